"""A returned 反馈表 imported again, a return that came late, and a parent closed in the same file as its subtask:
over the class of returns (tests/fixtures/return_class.py) and a small tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from importers.breakdown import plan_file
from importers.progress_return import read_return
from models.apply.breakdown import import_breakdown
from models.apply.progress_return import import_return, plan_return
from models.apply.rows import ReturnLine
from models.domain.entities import ProgressEntry, Task
from models.domain.enums import ProgressKind, Status
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.fixtures.return_class import build

SEEDS = range(0, 40, 3)


def _entries(ledger: Ledger) -> list[tuple[int, str, str, int | None]]:
    with ledger.reading() as session:
        return sorted((entry.task_id, entry.period, entry.text, entry.percent) for entry in session.scalars(
            select(ProgressEntry).where(ProgressEntry.kind == ProgressKind.FEEDBACK)))


def _tasks(ledger: Ledger) -> dict[int, tuple[Status, int]]:
    with ledger.reading() as session:
        return {task.id: (task.status, task.percent) for task in session.scalars(select(Task))}


@pytest.mark.parametrize("seed", SEEDS)
def test_the_same_return_imported_twice_adds_nothing_the_second_time(ledger: Ledger, tmp_path: Path,
                                                                     seed: int) -> None:
    member = build(tmp_path, seed)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(member.ledger_plan, 2026), 2026, member.ledger_plan.name)
        first = import_return(session, "测试员", read_return(member.returned), 2026, "2026-03", TODAY)
    entries, tasks = _entries(ledger), _tasks(ledger)
    with ledger.begin() as session:
        again = import_return(session, "测试员", read_return(member.returned), 2026, "2026-03", TODAY)
    assert again.entered == 0 and _entries(ledger) == entries and _tasks(ledger) == tasks, member.traits
    written = {row.row for row in first.rows if row.task_id is not None and row.text}
    assert {row.row for row in again.rows if row.status == "same"} == written
    assert all(any("已导入过" in message for message in row.messages) for row in again.rows if row.row in written)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_changed_report_for_the_same_period_is_added_beside_the_first_and_said(ledger: Ledger, tmp_path: Path,
                                                                                 seed: int) -> None:
    member = build(tmp_path, seed)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(member.ledger_plan, 2026), 2026, member.ledger_plan.name)
        first = import_return(session, "测试员", read_return(member.returned), 2026, "2026-03", TODAY)
    corrected = [ReturnLine(line.sheet, line.row, line.number, line.title, line.text + "（更正）", line.status_word,
                            line.percent, line.problem) for line in read_return(member.returned)]
    with ledger.begin() as session:
        again = import_return(session, "测试员", corrected, 2026, "2026-03", TODAY)
    written = [row for row in first.rows if row.task_id is not None and row.text]
    assert again.entered == len(written), member.traits
    for row in again.rows:
        if row.task_id is not None and row.text:
            assert row.status == "warning" and any("又一条反馈" in message for message in row.messages)
    assert len(_entries(ledger)) == 2 * len(written)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_late_return_joins_the_timeline_and_moves_nothing_backwards(ledger: Ledger, tmp_path: Path,
                                                                      seed: int) -> None:
    member = build(tmp_path, seed)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(member.ledger_plan, 2026), 2026, member.ledger_plan.name)
        ids = list(session.scalars(select(Task.id)))
        for task_id in ids:  # April's report came first, at 80%
            add_progress(session, "测试员", task_id, "四月进展。", period="2026-04", entry_date=TODAY, percent=80,
                         kind=ProgressKind.FEEDBACK)
    before = _tasks(ledger)
    with ledger.begin() as session:
        late = import_return(session, "测试员", read_return(member.returned), 2026, "2026-03", TODAY)
        newest = {task.id: (task.report_period, task.percent, task.report_text)
                  for task in session.scalars(select(Task))}
    after = _tasks(ledger)
    order = [Status.NOT_STARTED, Status.IN_PROGRESS, Status.SUSPENDED, Status.COMPLETED]
    for task_id, (status, percent) in after.items():
        assert percent >= before[task_id][1], member.traits
        assert order.index(status) >= order.index(before[task_id][0]) or status == Status.SUSPENDED
        assert newest[task_id][0] == "2026-04"
        assert newest[task_id][2] == "四月进展。"  # April's words still the newest, not March's entered after
    matched = [row for row in late.rows if row.task_id is not None and row.text]
    assert late.entered == len(matched)
    assert all(row.late and any("2026-04" in message for message in row.messages) for row in matched)
    assert sum(period == "2026-03" for _task, period, _text, _percent in _entries(ledger)) == len(matched)


def _tree(ledger: Ledger) -> dict[str, int]:
    with ledger.begin() as session:
        parent = create_task(session, "测试员", TaskDraft(2026, "开展软弱涣散基层党组织排查整顿"))
        ids = {"parent": parent.id}
        for name in ("全面排查软弱涣散党组织", "逐个制定整顿方案"):
            ids[name] = create_task(session, "测试员", TaskDraft(2026, name, parent_id=parent.id)).id
        return ids


@pytest.mark.parametrize("children_first", [False, True])
def test_a_parent_closed_in_the_file_that_closes_its_subtasks_is_not_warned(ledger: Ledger,
                                                                            children_first: bool) -> None:
    _tree(ledger)
    parent = ReturnLine("反馈", 3, "", "开展软弱涣散基层党组织排查整顿", "已完成排查整顿。", "已完成")
    children = [ReturnLine("反馈", 4 + n, "", title, "已完成。", "已完成")
                for n, title in enumerate(("全面排查软弱涣散党组织", "逐个制定整顿方案"))]
    lines = [*children, parent] if children_first else [parent, *children]
    with ledger.reading() as session:
        result = plan_return(session, lines, 2026, "2026-03", TODAY)
    assert [row.new_status for row in result.rows] == [Status.COMPLETED] * 3
    assert not any("子任务" in message for row in result.rows for message in row.messages)
    with ledger.reading() as session:
        partly = plan_return(session, [parent, children[0]], 2026, "2026-03", TODAY)
    said = [message for message in partly.rows[0].messages if "子任务" in message]
    assert len(said) == 1 and "1 项" in said[0]
