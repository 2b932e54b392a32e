"""A task 交办 today is judged from today: green while on track, not 本期未反馈 in the month it was made (it owes
its first report the next month, as the 考核 counts 复命), and silent from the next month on if it says nothing."""

from __future__ import annotations

from datetime import date, timedelta

from changes.tasks import NamedTask, new_named_task
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, Light
from models.ledger import Ledger
from models.read.counting import Counting
from models.read.queries import TaskRow, task_rows

TODAY = date.today()


def assigned_today(ledger: Ledger, title: str, deadline: Deadline) -> int:
    (task_id,) = new_named_task(ledger, NamedTask(TODAY.year, title, lead_section="组织科",
                                                  deadline=deadline)).outcome.created_tasks
    return task_id


def rows_on(ledger: Ledger, day: date) -> dict[int, TaskRow]:
    with ledger.reading() as session:
        return {row.id: row for row in task_rows(session, TODAY.year, day, ledger.settings().light_rules)}


def next_month(day: date, on: int = 10) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, on)


def test_a_task_given_today_due_in_three_weeks_is_green_and_owes_no_report_this_month(ledger: Ledger) -> None:
    dated = assigned_today(ledger, "开展年终考核", Deadline(DeadlineKind.DATE, TODAY + timedelta(days=19)))
    ongoing = assigned_today(ledger, "加强干部日常监督", Deadline(DeadlineKind.ONGOING))
    rows = rows_on(ledger, TODAY)
    assert rows[dated].light is Light.GREEN  # not "behind schedule" against a start on 1 January
    assert rows[ongoing].light is Light.GREEN  # no report owed yet
    counting = Counting(rows.values())
    assert not counting.is_silent(rows[dated]) and not counting.is_silent(rows[ongoing])
    assert counting.tally(list(rows.values())).no_feedback == 0


def test_the_next_month_a_task_that_said_nothing_is_silent(ledger: Ledger) -> None:
    ongoing = assigned_today(ledger, "加强干部日常监督", Deadline(DeadlineKind.ONGOING))
    later = rows_on(ledger, next_month(TODAY))
    assert Counting(later.values()).is_silent(later[ongoing]) and later[ongoing].light is Light.YELLOW
