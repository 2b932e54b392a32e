"""A past month counted as it stood at its end, in its 通报, its 统计 and its 考核 alike: a task made after the
month is no part of it, and a task 已办结 in the month but sent back (退回重办) after it was finished then — not
late, not a 逾期 against its section."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import update

from changes.supervision import return_task
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.entities import Task
from models.domain.enums import DeadlineKind, Status
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from models.read.months import MonthView, month_view
from tests.fixtures.day import TODAY
from tests.fixtures.made import made_at_breakdown

FEBRUARY = "2026-02"


def february_then_march(ledger: Ledger) -> dict[str, int]:
    """组织科 finished 档案 on 25 February, two days early; on 10 March it was sent back. 干部科's 调研 runs to
    June and reported in February. On 5 March 组织科 was given 培训, already due 1 February (a backlog item)."""
    with ledger.begin() as session:
        ours, theirs = (directory.section(session, "测试员", name) for name in ("组织科", "干部科"))
        made = {
            "档案": create_task(session, "测试员", TaskDraft(2026, "完善干部档案", lead_section_id=ours.id,
                                                          deadline=Deadline(DeadlineKind.DATE, date(2026, 2, 27)))).id,
            "调研": create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id,
                                                          deadline=Deadline(DeadlineKind.DATE, date(2026, 6, 30)))).id,
        }
        add_progress(session, "测试员", made["档案"], "已建档", period=FEBRUARY, entry_date=date(2026, 2, 25))
        add_progress(session, "测试员", made["调研"], "已走访5个单位", period=FEBRUARY, entry_date=date(2026, 2, 20))
        change_status(session, "测试员", made["档案"], Status.COMPLETED, on=date(2026, 2, 25))
    made_at_breakdown(ledger)
    return_task(ledger, made["档案"], "档案缺少任免审批表", on=date(2026, 3, 10))
    with ledger.begin() as session:
        made["培训"] = create_task(session, "测试员", TaskDraft(2026, "组织党务培训", lead_section_id=ours.id,
                                                              deadline=Deadline(DeadlineKind.DATE,
                                                                                date(2026, 2, 1)))).id
        session.execute(update(Task).where(Task.id == made["培训"])
                        .values(created_at=datetime.combine(date(2026, 3, 5), time(9))))
    return made


def february(ledger: Ledger) -> MonthView:
    with ledger.reading() as session:
        return month_view(session, FEBRUARY, TODAY, ledger.settings())


def test_february_counts_the_task_finished_then_and_not_the_one_made_in_march(ledger: Ledger) -> None:
    february_then_march(ledger)
    view = february(ledger)
    assert (view.figures.tasks, view.figures.finished, view.figures.overdue) == (2, 1, 0)
    ours = next(s for s in view.stats.sections if s.section == "组织科")
    assert (ours.total, ours.finished, ours.overdue) == (1, 1, 0)


def test_februarys_assessment_scores_the_finish_on_time_not_a_later_return_or_a_later_task(ledger: Ledger) -> None:
    february_then_march(ledger)
    ours = next(s for s in february(ledger).scores.sections if s.section == "组织科")
    rules = [line.rule for line in ours.lines]
    assert "按时完成任务（每项）" in rules
    assert "逾期未完成任务（每项）" not in rules and "办结后被退回重办（每次）" not in rules


def test_march_as_the_ledger_stands_has_the_return_and_the_new_task(ledger: Ledger) -> None:
    february_then_march(ledger)
    with ledger.reading() as session:
        march = month_view(session, "2026-03", TODAY, ledger.settings())
    ours = next(s for s in march.stats.sections if s.section == "组织科")
    assert (ours.total, ours.finished, ours.overdue) == (2, 0, 2)  # 档案 back under way past its date; 培训 late
    rules = [line.rule for line in next(s for s in march.scores.sections if s.section == "组织科").lines]
    assert "办结后被退回重办（每次）" in rules
