"""Units outside the department and "各科室" come through an import, are counted apart and export back."""

from __future__ import annotations

from pathlib import Path

import pytest

import changes.directory
from changes.directory import Names
from importers.breakdown import plan_file
from models.apply.breakdown import import_breakdown
from models.domain.enums import UnitKind
from models.domain.lights import LightRules
from models.domain.units import unit_kind
from models.ledger import Ledger
from models.read import lookups
from models.read.queries import task_rows
from models.read.stats import ranks, unit_stats
from reports.xlsx_export import export_ledger
from tests.fixtures.breakdown_layouts import write
from tests.fixtures.day import TODAY


@pytest.mark.parametrize(("name", "kind"), [
    ("干部一科", UnitKind.SECTION), ("组织科", UnitKind.SECTION), ("办公室", UnitKind.SECTION),
    ("党员教育中心", UnitKind.SECTION), ("市委党校", UnitKind.OUTSIDE), ("市人社局", UnitKind.OUTSIDE),
    ("各县（市、区）委组织部", UnitKind.OUTSIDE), ("市直有关单位", UnitKind.OUTSIDE), ("市委办公室", UnitKind.OUTSIDE),
    ("各乡镇党委", UnitKind.OUTSIDE), ("各科室", UnitKind.EVERYONE), ("各有关科室", UnitKind.EVERYONE)])
def test_a_new_unit_is_sorted_by_what_its_name_says(name: str, kind: UnitKind) -> None:
    assert unit_kind(name) == kind


def _plan(tmp_path: Path) -> Path:
    rows: list[list[object]] = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "举办中青年干部培训班", "市委党校", "干部教育科", "10月底前"],
        ["2", "修订干部考核办法", "干部一科", "各科室", "6月底前"],
        ["3", "落实人才引进政策", "人才科牵头，市人社局、各县（市、区）委组织部配合", None, "年底前"],
    ]
    return write(tmp_path / "分工方案.xlsx", {"分工": (rows, [])})


def test_the_preview_names_new_sections_and_new_outside_units_apart(ledger: Ledger, tmp_path: Path) -> None:
    rows = plan_file(_plan(tmp_path), 2026)
    with ledger.reading() as session:
        known = {c.name for c in lookups.sections(session, include_inactive=True)}
        result = import_breakdown(session, "测试员", rows, 2026, "分工方案.xlsx", dry_run=True)
    assert not known & {"市委党校", "市人社局", "人才科"}
    assert result.created["outside"] == ["各县（市、区）委组织部", "市人社局", "市委党校"]
    assert "人才科" in result.created["sections"] and "市委党校" not in result.created["sections"]
    assert result.created["everyone"] == ["各科室"] and "各科室" not in result.created["sections"]
    assert not any("各科室" in message for row in rows for message in row.messages)  # no warning: kept as is


def test_everyone_stays_a_co_operator_and_exports_back(ledger: Ledger, tmp_path: Path) -> None:
    rows = plan_file(_plan(tmp_path), 2026)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", rows, 2026, "分工方案.xlsx")
    with ledger.reading() as session:
        task = next(r for r in task_rows(session, 2026, TODAY, LightRules()) if r.title == "修订干部考核办法")
        exported = tmp_path / "导出.xlsx"
        export_ledger(session, exported, year=2026, as_of=TODAY)
    assert list(task.co_sections) == ["各科室"]
    assert not any("各科室" in row.note for row in rows)  # not moved into 备注
    again = next(r for r in plan_file(exported, 2026) if r.title == "修订干部考核办法")
    assert again.co_sections == ["各科室"] and again.lead_section == "干部一科"


def test_outside_units_are_counted_after_the_sections_and_never_ranked(ledger: Ledger, tmp_path: Path) -> None:
    rows = plan_file(_plan(tmp_path), 2026)
    with ledger.begin() as session:
        import_breakdown(session, "测试员", rows, 2026, "分工方案.xlsx")
    with ledger.reading() as session:
        units = lookups.sections(session)
        report = unit_stats(task_rows(session, 2026, TODAY, LightRules()), 2026, TODAY, units)
    names = [s.section for s in report.sections]
    outside = [s for s in report.sections if s.outside]
    assert [s.section for s in outside] == ["市委党校"] and outside[0].label == "市委党校（部外）"
    assert names.index("市委党校") > max(names.index(n) for n in ("干部一科", "人才科"))
    assert "市委党校" not in ranks(report.sections) and "干部一科" in ranks(report.sections)
    assert report.totals.total == sum(s.total for s in report.sections)
    assert [u.name for u in units if u.kind == UnitKind.EVERYONE] == ["各科室"]


def test_a_county_office_s_own_units_come_from_its_list_not_from_their_names(ledger: Ledger, tmp_path: Path) -> None:
    """A 县委办 督查室 keeps the same ledger: its own units are 区发改局, 花湖街办, a 集团公司, as 设置 lists them."""
    for name in ("区发改局", "花湖街办", "区城投集团公司", "市委党校"):
        changes.directory.add_name(ledger, Names.UNITS, name)
    with ledger.reading() as session:
        listed = {s.name: s for s in lookups.sections(session, include_inactive=True)}
    for name in ("区发改局", "花湖街办", "区城投集团公司"):
        changes.directory.set_unit_kind(ledger, listed[name].id, UnitKind.SECTION)
    rows: list[list[object]] = [["序号", "工作任务", "责任单位", "完成时限"],
                                ["1", "推进老旧小区改造", "区住建局牵头，城关街办、区交投集团公司配合", "10月底前"],
                                ["2", "举办干部培训班", "市委党校、区发改局", "6月底前"]]
    path = write(tmp_path / "分工方案.xlsx", {"分工": (rows, [])})
    with ledger.reading() as session:
        preview = import_breakdown(session, "测试员", plan_file(path, 2026), 2026, path.name, dry_run=True)
    assert preview.created["sections"] == ["区交投集团公司", "区住建局", "城关街办"] and not preview.created["outside"]
    with ledger.begin() as session:
        import_breakdown(session, "测试员", plan_file(path, 2026), 2026, path.name)
    with ledger.reading() as session:
        report = unit_stats(task_rows(session, 2026, TODAY, LightRules()), 2026, TODAY, lookups.sections(session))
    outside = {s.section for s in report.sections if s.outside}
    assert outside == {"市委党校"} and "区住建局" in ranks(report.sections)  # counted and ranked as the office's own
