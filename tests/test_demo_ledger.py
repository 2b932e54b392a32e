"""The example ledger reads as the office's own would: finished items end on a report that says so."""

from __future__ import annotations

from sqlalchemy import select

from models.domain.entities import ProgressEntry, Task
from models.domain.enums import InspectionKind, Light, ProblemStatus, Status
from models.domain.lights import LightRules
from models.ledger import Ledger
from models.read.problems import inspection_rows, problem_rows
from tests.conftest import DEMO_DAY


def test_every_finished_item_ends_on_a_report_that_it_is_finished(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        finished = list(session.scalars(select(Task).where(Task.status.in_([Status.COMPLETED, Status.CLOSED]))))
        assert len(finished) >= 2  # the example shows both 已办结 and 已销号
        for task in finished:
            last = session.scalars(select(ProgressEntry).where(ProgressEntry.task_id == task.id)
                                   .order_by(ProgressEntry.entry_date.desc(), ProgressEntry.id.desc())).first()
            assert last is not None and "完成" in last.text and "初稿" not in last.text, task.title
            assert last.percent == 100 and task.percent == 100, task.title


def test_the_example_shows_every_kind_of_record_and_every_stage_of_a_problem(demo_ledger: Ledger) -> None:
    """Each new view shows something on first start: records of each kind, problems late, due soon and closed."""
    with demo_ledger.reading() as session:
        records = inspection_rows(session, DEMO_DAY.year)
        problems = problem_rows(session, DEMO_DAY.year, DEMO_DAY, LightRules())
    assert {r.kind for r in records} == set(InspectionKind)
    assert all(r.units and r.findings and r.team for r in records)
    assert sum(r.problems for r in records) == len(problems)
    assert {p.status for p in problems} == set(ProblemStatus)
    assert {p.light for p in problems} == set(Light)  # overdue, due soon, on track, and solved
    assert all(p.section and p.owner and p.measures and p.deadline for p in problems)
    closed = [p for p in problems if p.status is ProblemStatus.CLOSED]
    assert all(p.closed_note and p.closed_by and p.rectified_on for p in closed)
