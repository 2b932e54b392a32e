"""Every member of the class of returned 反馈表 (tests/fixtures/return_class.py): each row finds its task, or is
listed as found nowhere, and brings the status its words say."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from importers.breakdown import plan_file
from importers.progress_return import read_return
from models.apply.breakdown import import_breakdown
from models.apply.progress_return import import_return, plan_return
from models.domain.entities import ProgressEntry
from models.domain.enums import Status
from models.domain.lights import LightRules
from models.domain.workflow import return_word, status_of_word
from models.ledger import Ledger
from models.read.queries import task_rows
from reports.feedback_form import STATUS_CHOICES
from tests.fixtures.day import TODAY
from tests.fixtures.return_class import build

SEEDS = range(40)


@pytest.mark.parametrize("seed", SEEDS)
def test_each_row_finds_its_task_or_is_listed_and_its_status_word_counts(
        ledger: Ledger, tmp_path: Path, seed: int) -> None:
    member = build(tmp_path, seed)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(member.ledger_plan, 2026), 2026, member.ledger_plan.name)
    with ledger.reading() as session:
        titles = {row.id: row.title for row in task_rows(session, 2026, TODAY, LightRules())}
        result = plan_return(session, read_return(member.returned), 2026, "2026-03", TODAY)
    traits = " ".join(member.traits)
    got = [(row.row, titles.get(row.task_id) if row.task_id else None, row.new_status, row.said_status)
           for row in result.rows]
    assert got == [(line.row, line.task, line.status, line.said) for line in member.lines], traits
    assert {row.row for row in result.unmatched} == {line.row for line in member.lines if line.task is None}
    assert all(row.messages for row in result.unmatched), traits  # each says why it was not taken
    assert all(row.text.endswith(("已按计划推进。", "有进展。")) for row in result.rows), traits  # never 上期进展
    said = {row.row: "；".join(row.messages) for row in result.rows}
    for line in member.lines:  # "蹲苗" names 1.12 and 1.13: the preview says so, not 找不到这项任务
        assert all(f"{code} " in said[line.row] for code in line.named), (traits, said[line.row])
        assert not line.named or ("对应两项任务" in said[line.row]) == (len(line.named) == 2), said[line.row]


def test_a_return_finishes_and_notes_as_the_window_would(ledger: Ledger, tmp_path: Path) -> None:
    member = build(tmp_path, 7)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(member.ledger_plan, 2026), 2026, member.ledger_plan.name)
        result = import_return(session, "测试员", read_return(member.returned), 2026, "2026-03", TODAY)
    with ledger.reading() as session:
        tasks = {row.id: row for row in task_rows(session, 2026, TODAY, LightRules())}
        reports = {entry.task_id: entry for entry in session.scalars(select(ProgressEntry))}
    for row in result.rows:
        if row.task_id is None:
            continue
        if row.new_status == Status.COMPLETED:
            assert tasks[row.task_id].status == Status.COMPLETED and reports[row.task_id].percent == 100
        if row.said_status:
            assert tasks[row.task_id].status == Status.IN_PROGRESS
            assert reports[row.task_id].text.endswith(f"（完成状态：{row.said_status}）")
    assert any(row.said_status for row in result.rows) and any(row.new_status == Status.COMPLETED
                                                               for row in result.rows)


def test_the_forms_drop_down_offers_exactly_the_words_the_import_reads() -> None:
    for word in STATUS_CHOICES:
        assert return_word(word) == word and status_of_word(word) is not None
    typed = ["进行中", "已完成。", "滞后（受换届影响）", "√已办结", "按计划推进"]
    assert [return_word(word) for word in typed] == ["推进中", "已完成", "滞后", "已办结", "正常推进"]
    assert return_word("差不多了") == "差不多了"  # not read: said so in the preview, the status kept
