"""Every member of the class of headers worded the office's own way (tests/fixtures/header_class.py) is read
whole: its header found by what the columns hold, or skipped under columns given by hand, units without a full stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.breakdown import columns_from_text, plan_file
from tests.fixtures.header_class import build

SEEDS = range(120)


@pytest.mark.parametrize("seed", SEEDS)
def test_each_member_imports_its_tasks_and_never_its_header(tmp_path: Path, seed: int) -> None:
    member = build(tmp_path / f"header-{seed}.xlsx", seed)
    rows = plan_file(member.path, 2026, columns_from_text(member.columns) if member.columns else None)
    traits = " ".join(member.traits)
    assert [r.messages for r in rows if r.status == "error"] == [], traits
    tasks = [r for r in rows if r.status in ("ok", "warning")]
    got = [(r.key_task, r.title, r.lead_section, r.co_sections, r.due_date, r.leader) for r in tasks]
    assert got == [(t.key_task, t.title, t.lead, t.co, t.due, t.leader) for t in member.tasks], traits
    for planned, expected in zip(tasks, member.tasks, strict=True):  # a deadline word among the units: the deadline
        assert not expected.words or planned.deadline_text == expected.words, traits
    assert not any("未能识别" in m for r in rows for m in r.messages), traits  # /, —, 无: no deadline, as blank
    notes = [m for r in rows if r.status == "skip" for m in r.messages]
    assert notes == ([f"{member.unplaced}对应不上任务的哪一项，这一列没有导入（可在“列对应”中指定）。"]
                     if member.unplaced else []), traits  # named, never dropped silently
