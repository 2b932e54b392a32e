"""Year rollover, numbering, and the per-section statistics on the example ledger."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models.domain.entities import Task
from models.domain.enums import Light, Status
from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.domain.rollover import rollover
from models.domain.tasks import change_status
from models.ledger import Ledger
from models.read.queries import TaskRow, find_task_by_code, task_rows
from models.read.stats import section_stats
from tests.fixtures.day import TODAY
from tests.models.test_tasks import ACTOR, new_task


def test_rollover_carries_unfinished_tasks_with_their_subtasks_and_links_history(ledger: Ledger) -> None:
    open_parent = new_task(ledger, "开展专项调研")
    open_child = new_task(ledger, "形成调研报告", parent_id=open_parent)
    done = new_task(ledger, "印发通知")
    with ledger.begin() as session:
        change_status(session, ACTOR, done, Status.COMPLETED)
        add_progress(session, ACTOR, open_parent, "已完成调研。", entry_date=date(2026, 11, 1), percent=60)
    with ledger.begin() as session:
        mapping = rollover(session, ACTOR, 2026, 2027)
    assert set(mapping) == {open_parent, open_child}
    with ledger.reading() as session:
        carried = {t.carried_from_id: t for t in session.scalars(select(Task).where(Task.year == 2027))}
        assert carried[open_child].parent_id == carried[open_parent].id
        assert (carried[open_parent].status, carried[open_parent].percent) == (Status.IN_PROGRESS, 60)
    with ledger.begin() as session:
        assert rollover(session, ACTOR, 2026, 2027) == {}  # running it again carries nothing twice


def test_a_red_put_right_in_december_is_carried_with_its_day(ledger: Ledger) -> None:
    """The day a red was put right goes with the task into the next year, so a light the office keeps yellow
    some days does not turn green for the year's turning alone."""
    task_id = new_task(ledger, "开展专项调研")
    with ledger.begin() as session:
        session.get_one(Task, task_id).righted_on = date(2026, 12, 20)
        mapping = rollover(session, ACTOR, 2026, 2027)
    with ledger.reading() as session:
        assert session.get_one(Task, mapping[task_id]).righted_on == date(2026, 12, 20)


def test_demo_ledger_shows_every_light_and_the_stats_add_up(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        rows = task_rows(session, 2026, TODAY, LightRules())
    assert len(rows) >= 40
    assert {Light.RED, Light.YELLOW, Light.GREEN} <= {r.light for r in rows}
    assert any(r.status == Status.CLOSED for r in rows)
    assert any(r.status.is_active and not r.feedback_this_period for r in rows)
    assert any(r.parent_id is not None for r in rows)
    report = section_stats(rows, 2026, TODAY, [])
    top = [r for r in rows if r.parent_id is None and r.status != Status.CANCELLED]
    assert report.totals.total == len(top) == sum(s.total for s in report.sections)
    # A task counts as late or unreported when it or one of its subtasks is (subtasks roll into their task).
    by_id = {r.id: r for r in rows}

    def top_of(row: TaskRow) -> int:
        while row.parent_id is not None:
            row = by_id[row.parent_id]
        return row.id
    family: dict[int, list[TaskRow]] = {r.id: [] for r in top}
    for row in rows:
        if row.status != Status.CANCELLED and top_of(row) in family:
            family[top_of(row)].append(row)
    assert report.totals.overdue == sum(1 for r in top if any(s.overdue for s in family[r.id])) > 0
    assert report.totals.closed == sum(1 for r in top if r.status == Status.CLOSED)
    assert report.totals.no_feedback == sum(1 for r in top if any(
        s.status.is_active and not s.feedback_this_period for s in family[r.id]))
    for item in [*report.sections, report.totals]:  # every status has its column: a row adds up
        assert item.total == item.not_started + item.in_progress + item.completed + item.closed + item.suspended
    assert len(report.sections) >= 8


def test_numbering_follows_key_tasks_and_depth(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        rows = task_rows(session, 2026, TODAY, LightRules())
    codes = [r.code for r in rows]
    keyed = [r for r in rows if r.key_task_id is not None]
    assert [r.code for r in keyed[:3]] == ["1.1", "1.2", "1.3"]
    assert [r.code for r in rows if r.key_task_id is None] == ["0.1", "0.2"]  # the last meeting's 交办, no key task
    assert len(set(codes)) == len(codes)
    child = next(r for r in rows if r.parent_id is not None)
    parent = next(r for r in rows if r.id == child.parent_id)
    assert child.code.startswith(parent.code + ".")
    assert find_task_by_code(rows, "1.1.") is keyed[0]


def test_stats_rates(ledger: Ledger) -> None:
    on_time, late, open_task = new_task(ledger, "按时"), new_task(ledger, "超期完成"), new_task(ledger, "未完成")
    with ledger.begin() as session:
        change_status(session, ACTOR, on_time, Status.COMPLETED, on=date(2026, 6, 1))
        change_status(session, ACTOR, late, Status.COMPLETED, on=date(2026, 7, 15))
    with ledger.reading() as session:
        rows = task_rows(session, 2026, date(2026, 8, 1), LightRules())
    report = section_stats(rows, 2026, date(2026, 8, 1), ["研究室", "办公室"])
    research = report.sections[0]
    assert (research.total, research.completed, research.overdue) == (3, 2, 1)
    assert research.completion_rate == round(2 / 3, 4)
    assert research.on_time_rate == 0.5
    assert report.sections[1].total == 0 and report.sections[1].completion_rate is None
    assert open_task in research.task_ids["overdue"]


def test_a_ledger_made_in_december_is_offered_for_next_year() -> None:
    from models.domain.rollover import year_to_plan

    assert year_to_plan(date(2026, 12, 5)) == 2027  # the breakdown of next year's tasks
    assert year_to_plan(date(2026, 11, 30)) == 2026
    assert year_to_plan(date(2027, 1, 2)) == 2027
