"""Every member of the class of Word 分工方案 (tests/fixtures/word_class.py) comes through whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.breakdown import plan_file
from tests.fixtures.word_class import build


@pytest.mark.parametrize("seed", range(80))
def test_each_word_plan_imports_every_item_with_its_duty(tmp_path: Path, seed: int) -> None:
    member = build(tmp_path / f"word-{seed}.docx", seed)
    rows = plan_file(member.path, 2026)
    traits = " ".join(member.traits)
    assert [r for r in rows if r.status == "error"] == [], traits
    tasks = [r for r in rows if r.status in ("ok", "warning")]
    got = [(r.key_task, r.title, r.lead_section, r.co_sections, r.due_date, r.leader) for r in tasks]
    want = [(t.key_task, t.title, t.lead, t.co, t.due, t.leader) for t in member.tasks]
    assert got == want, traits
    by_row = {r.row: r for r in tasks}
    for planned, expected in zip(tasks, member.tasks, strict=True):  # an item under （一） is its subtask
        parent = by_row[planned.parent_row].title if planned.parent_row else ""
        assert parent == expected.group, traits
    assert all("：" not in r.deadline_text for r in tasks), traits  # 完成时限： is a label, not the deadline
