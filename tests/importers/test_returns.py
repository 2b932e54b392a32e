"""Progress returns as sections fill them in: status words, percentages, titles cut short, nothing matched."""

from __future__ import annotations

from pathlib import Path

from importers.breakdown import plan_file
from importers.progress_return import percent_of, read_return
from models.apply.breakdown import import_breakdown
from models.apply.progress_return import plan_return
from models.domain.enums import Status
from models.ledger import Ledger
from tests.fixtures.breakdown_layouts import grouped_by_headings, write
from tests.fixtures.day import TODAY


def test_returned_words_percentages_and_shortened_titles(ledger: Ledger, tmp_path: Path) -> None:
    plan = grouped_by_headings(tmp_path / "分工方案.xlsx")
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(plan, 2026), 2026, plan.name)
    returned = write(tmp_path / "反馈.xlsx", {"组织科": ([
        ["序号", "任务内容", "1-3月进展情况", "推进状态", "完成进度"],
        ["", "组织专题学习全国组织部长会议精神", "已组织两次专题学习", "达进度", 1],
        ["", "开展专题读书班", "已拟定方案", "欠进度", 0.3],
        ["", "指导召开高质量民主生活会", "已下发通知", "正常推进", "40%"],
        ["", "整顿软弱涣散基层", "已摸底", "滞后", None],  # cut short in the return
    ], [])})
    lines = read_return(returned)
    assert [line.percent for line in lines] == [100, 30, 40, None]
    with ledger.reading() as session:
        result = plan_return(session, lines, 2026, "2026-03", TODAY)
    assert all(row.task_id is not None for row in result.rows), [r.messages for r in result.rows]
    assert all(row.new_status in (None, Status.IN_PROGRESS) for row in result.rows)
    assert "删节" in result.rows[3].messages[0]  # found by the title it was cut from, and said so


def test_a_percentage_cell_reads_as_shown() -> None:
    assert (percent_of(1), percent_of(0.45), percent_of(45), percent_of("45%"), percent_of(0)) == (100, 45, 45, 45, 0)
