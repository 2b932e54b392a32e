"""Breakdowns laid out as offices publish them come through whole: key tasks from headings, units as written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.breakdown import plan_file
from models.apply.breakdown import import_breakdown
from models.domain.deadlines import parse_deadline
from models.domain.lights import LightRules
from models.file.ledger import Ledger
from models.read import lookups
from models.read.queries import task_rows
from tests.fixtures.breakdown_layouts import grouped_by_headings

TODAY = date(2026, 3, 25)


@pytest.mark.parametrize("variant", [{}, {"count_in_heading": False}, {"space_numeral": True}],
                         ids=["heading-with-count", "heading-alone", "numeral-then-space"])
def test_key_tasks_come_from_headings_merged_across_the_table(ledger: Ledger, tmp_path: Path,
                                                             variant: dict[str, bool]) -> None:
    path = grouped_by_headings(tmp_path / "分工方案.xlsx", **variant)
    rows = plan_file(path, 2026)
    assert [r.status for r in rows if r.status == "error"] == []
    skipped = [r for r in rows if r.status == "skip"]
    assert len(skipped) == 2 and any("合计" in r.messages[0] for r in skipped)  # 合计 row, 填表说明 sheet
    with ledger.begin() as session:
        result = import_breakdown(session, "测试员", rows, 2026, path.name)
    assert result.imported == 6  # two （一）（二） groups, four measures
    with ledger.reading() as session:
        tasks = {r.title: r for r in task_rows(session, 2026, TODAY, LightRules())}
        key_tasks = [k.name for k in lookups.key_tasks(session, 2026)]
    assert key_tasks == ["在“强化政治引领”方面", "在“建强基层组织”方面"]  # no count, no numeral
    group = tasks["加强理论武装"]
    assert group.parent_id is None and group.key_task_title == key_tasks[0]
    assert tasks["开展专题读书班"].parent_id == group.id
    assert tasks["指导召开高质量民主生活会"].parent_id == tasks["严肃党内政治生活"].id
    assert tasks["指导召开高质量民主生活会"].due_date == date(2026, 12, 31)  # 2026年底前
    assert tasks["整顿软弱涣散基层党组织"].key_task_title == key_tasks[1]


def test_a_unit_with_a_list_in_brackets_is_one_unit(ledger: Ledger, tmp_path: Path) -> None:
    rows = plan_file(grouped_by_headings(tmp_path / "分工方案.xlsx"), 2026)
    row = next(r for r in rows if r.title == "整顿软弱涣散基层党组织")
    assert row.co_sections == ["各县（市、区）委组织部"]  # brackets as written, never split at the 、 inside


@pytest.mark.parametrize(("text", "due"), [("2026年底前", date(2026, 12, 31)), ("2026年内", date(2026, 12, 31)),
                                          ("次年3月底前", date(2027, 3, 31)), ("年中", date(2026, 6, 30)),
                                          ("2026年10月底前完成", date(2026, 10, 31))])
def test_deadlines_as_published(text: str, due: date) -> None:
    assert parse_deadline(text, 2026).due == due
