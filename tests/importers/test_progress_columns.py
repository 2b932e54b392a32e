"""A 工作台账 with its progress columns imports the year's reports along with the tasks, once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from importers.breakdown import plan_file
from importers.progress_columns import period_of_header
from models.apply.breakdown import _add_reports, import_breakdown
from models.domain.entities import ProgressEntry, Task
from models.domain.enums import Status
from models.ledger import Ledger
from tests.fixtures.breakdown_layouts import write


@pytest.mark.parametrize(("word", "period"), [
    ("1-3月进展情况", "2026-03"), ("上半年落实情况", "2026-06"), ("10月份推进情况", "2026-10"),
    ("十月份推进情况", "2026-10"), ("第一季度推进情况", "2026-03"), ("前三季度完成情况", "2026-09"),
    ("2025年12月进展情况", "2025-12"), ("进展情况", ""), ("工作进展", ""),
    ("督查进展情况", None), ("完成时限", None), ("13月进展情况", None)])
def test_the_period_a_progress_column_reports_for(word: str, period: str | None) -> None:
    assert period_of_header(word, 2026) == period


def _ledger_sheet(tmp_path: Path) -> Path:
    return write(tmp_path / "工作台账.xlsx", {"台账": ([
        ["序号", "具体措施", "牵头科室", "完成时限", "1-3月进展情况", "4月份推进情况", "备注"],
        ["1", "修订干部考核办法", "干部一科", "6月底前", "已形成初稿。", "征求意见中。", None],
        ["2", "开展专题调研", "研究室", "9月底前", None, "已制定调研方案。", "新增"],
        ["3", "建立人才工作联系点", "人才工作科", "年底前", None, None, None],
    ], [])})


def test_reports_in_progress_columns_become_entries_of_their_period(ledger: Ledger, tmp_path: Path) -> None:
    path = _ledger_sheet(tmp_path)
    rows = plan_file(path, 2026)
    assert rows[0].reports == [("2026-03", "已形成初稿。"), ("2026-04", "征求意见中。")]
    assert rows[1].note == "新增"  # 备注 is not a progress column
    with ledger.begin() as session:
        result = import_breakdown(session, "测试员", rows, 2026, path.name)
    assert result.reported == 3
    with ledger.reading() as session:
        entries = session.execute(select(Task.title, ProgressEntry.period, ProgressEntry.text, ProgressEntry.entry_date)
                                  .join(Task, Task.id == ProgressEntry.task_id).order_by(ProgressEntry.id)).all()
        statuses = dict(session.execute(select(Task.title, Task.status)).all())
    assert [(t, p, x) for t, p, x, _ in entries] == [
        ("修订干部考核办法", "2026-03", "已形成初稿。"), ("修订干部考核办法", "2026-04", "征求意见中。"),
        ("开展专题调研", "2026-04", "已制定调研方案。")]
    assert all(day <= date.today() for *_, day in entries)
    assert statuses["修订干部考核办法"] == Status.IN_PROGRESS and statuses["建立人才工作联系点"] == Status.NOT_STARTED
    with ledger.begin() as session:  # the same file again: the tasks are found unchanged, no report added twice
        again = import_breakdown(session, "测试员", plan_file(path, 2026), 2026, path.name)
    assert (again.imported, again.updated, again.unchanged, again.reported) == (0, 0, 3, 0)


def test_an_entry_is_dated_within_its_period(ledger: Ledger, tmp_path: Path) -> None:
    rows = plan_file(_ledger_sheet(tmp_path), 2026)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", rows[2:], 2026, "x.xlsx")  # the task without reports
        task_id = session.scalar(select(Task.id))
        assert task_id is not None
        rows[0].reports = [("2026-02", "二月的进展"), ("", "本期的进展")]
        _add_reports(session, "测试员", rows[:1], {(rows[0].sheet, rows[0].row): task_id}, today=date(2026, 4, 10))
        dated = dict(session.execute(select(ProgressEntry.period, ProgressEntry.entry_date)).all())
    assert dated == {"2026-02": date(2026, 2, 28), "2026-04": date(2026, 4, 10)}


def test_a_status_column_moves_each_task_where_the_workflow_allows(ledger: Ledger, tmp_path: Path) -> None:
    path = write(tmp_path / "督办清单.xlsx", {"清单": ([
        ["序号", "督办事项", "牵头单位", "完成时间", "办理状态"],
        ["1", "修订干部考核办法", "干部一科", "6月底前", "已完成"],
        ["2", "开展专题调研", "研究室", "9月底前", "滞后"],
        ["3", "建立人才工作联系点", "人才工作科", "年底前", "待定"],
        ["4", "整顿软弱涣散党组织", "组织科", "年底前", "已销号"],
    ], [])})
    rows = plan_file(path, 2026)
    assert [r.status_word for r in rows] == ["已完成", "滞后", "", "已销号"]
    assert rows[2].status == "warning" and "办理状态“待定”不认识" in rows[2].messages[-1]
    with ledger.begin() as session:
        import_breakdown(session, "测试员", rows, 2026, path.name)
    with ledger.reading() as session:
        statuses = dict(session.execute(select(Task.title, Task.status)).all())
    assert statuses == {"修订干部考核办法": Status.COMPLETED, "开展专题调研": Status.IN_PROGRESS,
                        "建立人才工作联系点": Status.NOT_STARTED,
                        "整顿软弱涣散党组织": Status.COMPLETED}  # 销号 needs an approver's note: done, not closed
