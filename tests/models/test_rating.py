"""考核评价: ratings at 销号 on the office's scale, how closings came in time, and the sections' yearly score."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import directory
from models.domain.assessment_rules import DEFAULT_RULES, WEIGHTED, save_rules
from models.domain.deadlines import parse_deadline
from models.domain.entities import Task
from models.domain.enums import ClosingTiming, ProblemStatus, ProgressKind, Status
from models.domain.problems import ProblemDraft, change_problem_status, create_problem
from models.domain.progress import add_progress
from models.domain.rating import parse_scale
from models.domain.tasks import TaskDraft, change_status, create_task, extend_deadline
from models.errors import RuleError
from models.file.ledger import open_ledger
from models.file.schema import upgrade
from models.file.storage import make_engine
from models.ledger import Ledger
from models.read.assessment import assessment
from models.read.lookups import sections
from models.read.task_detail import task_detail

AS_OF = date(2026, 6, 30)


def _closed(session: Session, title: str, section: str, deadline: str, finished: date, *, rating: str = "",
            extend_to: str = "") -> int:
    unit = directory.section(session, "甲", section)
    task = create_task(session, "甲", TaskDraft(2026, title, lead_section_id=unit.id,
                                                 deadline=parse_deadline(deadline, 2026)))
    if extend_to:
        extend_deadline(session, "甲", task.id, parse_deadline(extend_to, 2026), reason="需协调")
    change_status(session, "甲", task.id, Status.COMPLETED, on=finished)
    change_status(session, "甲", task.id, Status.CLOSED, on=finished, note="同意销号", approver="王建国", rating=rating,
                  rating_note="成效明显" if rating else "")
    return task.id


@pytest.mark.parametrize(("text", "expected"), [
    ("好=100,较好=85,一般=70,差=50", [("好", 100), ("较好", 85), ("一般", 70), ("差", 50)]),
    ("优秀，良好，合格，不合格", [("优秀", 100), ("良好", 67), ("合格", 33), ("不合格", 0)]),
    ("A=95、B", [("A", 95), ("B", 0)]),
])
def test_the_office_writes_its_scale_its_own_way(text: str, expected: list[tuple[str, int]]) -> None:
    assert parse_scale(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("", "不能为空"), ("好=120", "0 到 100"), ("好,好", "写了两次"), ("好=满分", "0 到 100")])
def test_a_bad_scale_is_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_scale(text)


def test_a_closing_keeps_its_rating_and_whether_it_came_on_time(ledger: Ledger) -> None:
    with ledger.begin() as session:
        on_time = _closed(session, "按时", "组织科", "6月10日前", date(2026, 6, 8), rating="好")
        late = _closed(session, "逾期", "组织科", "6月10日前", date(2026, 6, 20))
        extended = _closed(session, "延期", "组织科", "6月10日前", date(2026, 6, 20), extend_to="6月25日前",
                           rating="一般")
    with ledger.reading() as session:
        details = {i: task_detail(session, i) for i in (on_time, late, extended)}
    assert (details[on_time].rating, details[on_time].rating_note) == ("好", "成效明显")
    assert [details[i].closed_timing for i in (on_time, late, extended)] == [
        ClosingTiming.ON_TIME, ClosingTiming.OVERDUE, ClosingTiming.EXTENDED]


def test_a_word_off_the_scale_is_refused_and_reopening_clears_the_rating(ledger: Ledger) -> None:
    with ledger.begin() as session, pytest.raises(RuleError, match="不是设置中的评价等次"):
        _closed(session, "评价", "组织科", "6月10日前", date(2026, 6, 8), rating="优秀")
    with ledger.begin() as session:
        task_id = _closed(session, "评价", "组织科", "6月10日前", date(2026, 6, 8), rating="较好")
        change_status(session, "甲", task_id, Status.IN_PROGRESS)
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and (task.rating, task.closed_timing) == ("", "")


def test_the_weighted_rule_set_weighs_the_figures_a_section_has_and_ranks(ledger: Ledger) -> None:
    with ledger.begin() as session:
        _closed(session, "组织科任务", "组织科", "5月31日前", date(2026, 5, 20), rating="好")
        _closed(session, "干部科任务", "干部科", "5月31日前", date(2026, 6, 10), rating="差")
        unit = directory.section(session, "甲", "干部科")
        problem = create_problem(session, "甲", ProblemDraft(2026, "问题", section_id=unit.id,
                                                           deadline=parse_deadline("6月10日前", 2026)))
        change_problem_status(session, "甲", problem.id, ProblemStatus.RECTIFIED)
        save_rules(session, "甲", 2026, replace(DEFAULT_RULES, method=WEIGHTED, weights={
            "on_time": 50, "rating": 50, "problems": 0, "reports": 0}))
    with ledger.reading() as session:
        report = assessment(session, 2026, AS_OF, ledger.settings(), sections(session))
    scores = {s.section: s for s in report.sections}
    assert scores["组织科"].score == 100.0 and scores["组织科"].rank == 1
    # Finished late (0% on time), rated 差 (50 points): (0 × 50 + 0.5 × 50) ÷ 100; its problem weighs nothing.
    assert scores["干部科"].score == 25.0 and scores["干部科"].rank == 2
    assert [line.points for line in scores["干部科"].lines] == [0.0, 25.0]


def test_the_report_rate_counts_the_months_a_report_was_owed(ledger: Ledger) -> None:
    with ledger.begin() as session:
        unit = directory.section(session, "甲", "组织科")
        task = create_task(session, "甲", TaskDraft(2026, "月报任务", lead_section_id=unit.id,
                                                     deadline=parse_deadline("年底前", 2026)))
        sub = create_task(session, "甲", TaskDraft(2026, "子任务", parent_id=task.id, lead_section_id=unit.id))
        # March the task alone (its subtask owes from its first report, in April), April and June both, May the
        # task alone: silent through its subtask, as the 通报 and the statistics count it.
        for month, who in ((3, task.id), (4, task.id), (4, sub.id), (5, task.id), (6, task.id), (6, sub.id)):
            add_progress(session, "甲", who, f"{month}月进展", entry_date=date(2026, month, 15),
                         kind=ProgressKind.PROGRESS)
        add_progress(session, "甲", sub.id, "督办", entry_date=date(2026, 5, 15), kind=ProgressKind.SUPERVISION)
    with ledger.reading() as session:
        [score] = assessment(session, 2026, AS_OF, ledger.settings(), sections(session)).sections
    # From its first report (March: the task was made today, after that) to June: four months, three reported.
    assert [line.note for line in score.lines if line.points == -0.5] == ["2026年5月一期未报"]
    assert (score.reported, score.expected) == (3, 4) and score.report_rate == 0.75


@pytest.mark.file_only
def test_tasks_closed_before_the_upgrade_get_their_timing(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()
    engine = make_engine(path)
    upgrade(engine, "0009")
    late, extended = date(2026, 3, 20), date(2026, 3, 5)
    with engine.begin() as connection:
        for title, completed in (("逾期", late), ("延期", extended), ("按时", date(2026, 3, 1))):
            connection.exec_driver_sql(
                "INSERT INTO task (year, title, measures, target, note, deadline_kind, due_date, deadline_text, "
                "status, percent, source_text, sort_order, completed_on, closed_on, closed_note, closed_by, "
                "created_at, updated_at) VALUES (2026, ?, '', '', '', 'date', '2026-03-10', '', 'closed', 100, '', "
                "0, ?, ?, '好', '王', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                (title, completed.isoformat(), (completed + timedelta(days=1)).isoformat()))
        connection.exec_driver_sql(
            "INSERT INTO extension (task_id, old_text, new_text, reason, approved_by, approved_on, created_by) "
            "SELECT id, '', '', '理由', '', '2026-03-01', '' FROM task WHERE title = '延期'")
    engine.dispose()
    ledger = open_ledger(path, auto_backup=False)
    try:
        with ledger.reading() as session:
            timings = dict(session.execute(select(Task.title, Task.closed_timing)).all())
    finally:
        ledger.close()
    assert timings == {"逾期": "overdue", "延期": "extended", "按时": "on_time"}
