"""Every member of the class of three numbered levels beside a 重点任务 column (tests/fixtures/levels_class.py)
comes out as a reader sees it: the key task from its column, （一） a task, 1. its subtask, parents right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.breakdown import plan_file
from tests.fixtures.levels_class import build, build_numbered

SEEDS = range(60)


def assert_read_as_its_tree(member: Any) -> None:
    """Every task of the generated member read with its title, key task, parent and lead, and no row refused."""
    rows = plan_file(member.path, 2026)
    traits = " ".join(member.traits)
    assert [r.messages for r in rows if r.status == "error"] == [], traits
    tasks = [r for r in rows if r.status in ("ok", "warning")]
    title_of = {r.row: r.title for r in tasks}
    got = [(r.title, r.key_task, title_of.get(r.parent_row) if r.parent_row else None, r.lead_section)
           for r in tasks]
    assert got == [(t.title, t.key_task, t.parent, t.lead) for t in member.tasks], traits


@pytest.mark.parametrize("seed", SEEDS)
def test_each_member_comes_out_as_its_tree(tmp_path: Path, seed: int) -> None:
    member = build(tmp_path / f"levels-{seed}.xlsx", seed)
    assert_read_as_its_tree(member)


@pytest.mark.parametrize("seed", range(40))
def test_each_member_numbered_in_its_number_column_comes_out_as_its_tree(tmp_path: Path, seed: int) -> None:
    """（一） in the 序号 column with no unit of its own: the key task where no 一、 is above it (its rows were
    top-level tasks without a unit, the rows under it flat), a task over the rows below it under an 一、."""
    member = build_numbered(tmp_path / f"numbered-{seed}.xlsx", seed)
    assert_read_as_its_tree(member)
