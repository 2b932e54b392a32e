"""退回重办 as the office does it: with a 重办时限 the deadline moves to it in the same step (a 延期 with the reason
退回重办, undone together) and the section loses only the return's points; without one a passed deadline makes the
task 逾期 at once. Either way the task is no longer at 100%."""

from __future__ import annotations

from datetime import date

import pytest

from changes.progress import ProgressDraft, enter_progress
from changes.supervision import return_task
from changes.tasks import NamedTask, new_named_task
from changes.undoing import take_back
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, Light, Status
from models.domain.lights import LightRules
from models.errors import RuleError
from models.ledger import Ledger
from models.read.assessment import assessment
from models.read.lookups import sections
from models.read.queries import TaskRow, task_rows
from models.read.task_detail import TaskDetail, task_detail

DUE = date(2026, 10, 27)
FINISHED = date(2026, 10, 25)  # two days early
REVIEWED = date(2026, 12, 6)  # the review, forty days after the deadline
REDO = Deadline(DeadlineKind.DATE, date(2026, 12, 31), "12月31日前")


def finished_task(ledger: Ledger, section: str, *, report: int | None = 45) -> int:
    """As task 1.2 of the example: due 10月27日, reported at `report`% in October (None: not reported before),
    finished on 10月25日, and November's report saying so."""
    made = new_named_task(ledger, NamedTask(2026, f"{section}完善干部档案", lead_section=section,
                                            deadline=Deadline(DeadlineKind.DATE, DUE, "10月27日前")))
    (task_id,) = made.outcome.created_tasks
    if report is not None:
        enter_progress(ledger, task_id, ProgressDraft("完成初稿", period="2026-10", percent=report,
                                                      entry_date=date(2026, 10, 6)))
    enter_progress(ledger, task_id, ProgressDraft("已全部完成", period="2026-10", percent=100,
                                                  status=Status.COMPLETED, entry_date=FINISHED))
    enter_progress(ledger, task_id, ProgressDraft("任务已全部完成，形成工作总结", period="2026-11", percent=100,
                                                  entry_date=date(2026, 11, 6)))
    return task_id


def detail(ledger: Ledger, task_id: int) -> TaskDetail:
    with ledger.reading() as session:
        return task_detail(session, task_id)


def row(ledger: Ledger, task_id: int) -> TaskRow:
    with ledger.reading() as session:
        return next(r for r in task_rows(session, 2026, REVIEWED, LightRules()) if r.id == task_id)


def test_a_return_with_a_redo_deadline_moves_the_deadline_and_is_undone_with_it(ledger: Ledger) -> None:
    task_id = finished_task(ledger, "干部监督科")
    returned = return_task(ledger, task_id, "佐证材料不全", by="督查室 张敏", on=REVIEWED, deadline=REDO)
    shown = detail(ledger, task_id)
    assert shown.status == Status.IN_PROGRESS and shown.deadline_display == "12月31日前"
    assert [(x.old, x.new, x.reason) for x in shown.extensions] == [("10月27日前", "12月31日前", "退回重办")]
    assert "重办时限：12月31日前" in shown.timeline[0].text
    assert shown.percent == 45  # where its section stood before it reported 办结
    assert not row(ledger, task_id).overdue and row(ledger, task_id).light != Light.RED
    take_back(ledger, returned)
    shown = detail(ledger, task_id)
    assert shown.status == Status.COMPLETED and shown.deadline_display == "10月27日前" and not shown.extensions
    assert shown.percent == 100


def test_a_return_without_a_redo_deadline_leaves_a_passed_deadline_late(ledger: Ledger) -> None:
    task_id = finished_task(ledger, "干部监督科", report=None)
    return_task(ledger, task_id, "佐证材料不全", on=REVIEWED)
    shown = detail(ledger, task_id)
    assert shown.deadline_display == "10月27日前" and not shown.extensions
    assert shown.percent == 90  # no report before the 办结: nearly done, not done
    assert row(ledger, task_id).overdue and row(ledger, task_id).light == Light.RED


def test_a_redo_deadline_before_the_return_is_refused(ledger: Ledger) -> None:
    task_id = finished_task(ledger, "干部监督科")
    with pytest.raises(RuleError, match="重办时限"):
        return_task(ledger, task_id, "佐证材料不全", on=REVIEWED,
                    deadline=Deadline(DeadlineKind.DATE, date(2026, 12, 1)))
    assert detail(ledger, task_id).status == Status.COMPLETED


def test_returned_with_a_redo_deadline_ahead_the_section_loses_only_the_return(ledger: Ledger) -> None:
    """Two sections each had a task finished two days early sent back forty days after its deadline: the one
    given a 重办时限 is docked the return's 2 points and nothing more (its 按时完成 waits for the new 办结); the one
    without is also docked for a task 逾期 a full month."""
    given = finished_task(ledger, "干部监督科")
    not_given = finished_task(ledger, "干部教育科")
    return_task(ledger, given, "佐证材料不全", on=REVIEWED, deadline=REDO)
    return_task(ledger, not_given, "佐证材料不全", on=REVIEWED)
    with ledger.reading() as session:
        report = assessment(session, 2026, REVIEWED, ledger.settings(), sections(session))
    taken = {s.section: [(line.rule, line.points) for line in s.lines if line.points < 0] for s in report.sections}
    assert taken["干部监督科"] == [("办结后被退回重办（每次）", -2.0)]
    assert sorted(taken["干部教育科"]) == sorted([("办结后被退回重办（每次）", -2.0), ("逾期未完成任务（每项）", -2.0),
                                                  ("逾期未完成，每逾期一个月", -0.5)])
