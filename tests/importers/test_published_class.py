"""Every member of the class of published breakdowns (tests/fixtures/published_class.py) comes through whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.breakdown import plan_file
from tests.fixtures.published_class import build

SEEDS = range(120)  # about 20 ms each; `python -m tests.fixtures.published_class` writes them to look at


@pytest.mark.parametrize("seed", SEEDS)
def test_each_member_imports_every_task_with_its_fields(tmp_path: Path, seed: int) -> None:
    member = build(tmp_path / f"member-{seed}.xlsx", seed)
    rows = plan_file(member.path, 2026)
    traits = " ".join(member.traits)
    assert [r for r in rows if r.status == "error"] == [], traits
    tasks = [r for r in rows if r.status in ("ok", "warning")]
    got = [(r.key_task, r.title, r.lead_section, r.co_sections, r.due_date, r.reports, r.status_word) for r in tasks]
    want = [(t.key_task, t.title, t.lead, t.co, t.due, t.reports, t.status_word) for t in member.tasks]
    assert got == want, traits
