"""Unit kinds as a class: many unit names, each on a 组织部's ledger and on a 县委办 督查室's, through the task import
and the 整改台账 import, the kind the preview names and the kind the import stores.

On a 组织部's ledger a unit named with the department's own organ is its section under its short name
(市委组织部干部一科 is its 干部一科), the department itself is every section (泛指, as 各科室 is), and a name that
shows another organ is outside it. On a 县委办 督查室's ledger its list decides, and the name where nothing alike is
listed, as before (tests/importers/test_outside_units.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import changes.directory
from changes.directory import Names
from changes.imports import check_breakdown, import_tasks
from changes.problem_ledger import check_problems, import_problems
from importers.breakdown import plan_file
from importers.problem_ledger import read_problem_ledger
from models.domain.enums import UnitKind
from models.domain.lights import LightRules
from models.domain.settings import save_setting
from models.domain.units import listed_name, unit_kind
from models.ledger import Ledger
from models.read import lookups
from models.read.queries import task_rows
from tests.fixtures.breakdown_layouts import write
from tests.fixtures.day import TODAY

S, OUT, E = UnitKind.SECTION, UnitKind.OUTSIDE, UnitKind.EVERYONE
OFFICES = {"组织部": "中共××市委组织部", "县委办": "中共××县委办公室"}
# Each name as a document writes it: on a 组织部's ledger the name it is kept under and its kind; on a 县委办's,
# its kind.
MEMBERS: list[tuple[str, str, UnitKind, UnitKind]] = [
    ("市委组织部干部一科", "干部一科", S, OUT),
    ("市委组织部组织二科", "组织二科", S, OUT),
    ("××市委组织部公务员管理科", "公务员管理科", S, S),
    ("中共××市委组织部干部监督科", "干部监督科", S, S),  # a 县委办 reads it as before: no level in front
    ("市委组织部（人才科）", "人才科", S, OUT),
    ("中共××市委组织部", "市委组织部", E, OUT),
    ("东城街道办事处", "东城街道办事处", OUT, S),
    ("××经开区管委会", "××经开区管委会", OUT, S),
    ("花湖街道办事处", "花湖街道办事处", OUT, S),
    ("城南街道办", "城南街道办", OUT, S),
    ("柳林街办", "柳林街办", OUT, S),
    ("团县委", "团县委", OUT, S),
    ("共青团××县委", "共青团××县委", OUT, S),
    ("城关镇", "城关镇", OUT, S),
    ("石桥乡", "石桥乡", OUT, S),
    ("城关镇人民政府", "城关镇人民政府", OUT, OUT),
    ("县委宣传部", "县委宣传部", OUT, OUT),
    ("县委组织部", "县委组织部", OUT, OUT),
    ("市委编办", "市委编办", OUT, OUT),
    ("县财政局", "县财政局", OUT, OUT),
    ("区公安分局交警大队", "区公安分局交警大队", OUT, OUT),
    ("县城投集团公司", "县城投集团公司", OUT, OUT),
    ("区国资中心", "区国资中心", OUT, OUT),
    ("市委党校", "市委党校", OUT, OUT),
    ("各县（市、区）委组织部", "各县（市、区）委组织部", OUT, OUT),
    ("干部教育科", "干部教育科", S, S),
    ("办公室", "办公室", S, S),
    ("研究室", "研究室", S, S),
    ("党员教育中心", "党员教育中心", S, S),
    ("各科室", "各科室", E, E),
]
FILED = MEMBERS[:-1]  # 各科室 is a co-operator, never the one 责任单位 (test_outside_units.py)
YEAR = 2026


def _expected(office: str) -> dict[str, UnitKind]:
    if office == "组织部":
        return {kept: kind for _written, kept, kind, _county in FILED}
    return {written: kind for written, _kept, _kind, kind in FILED}


@pytest.mark.parametrize("office", list(OFFICES))
@pytest.mark.parametrize(("written", "kept", "department", "county"), MEMBERS, ids=[m[0] for m in MEMBERS])
def test_a_name_is_kept_and_sorted_as_its_office_reads_it(office: str, written: str, kept: str,
                                                          department: UnitKind, county: UnitKind) -> None:
    org = OFFICES[office]
    assert unit_kind(written, {}, org) == (department if office == "组织部" else county)
    assert listed_name(written, org) == (kept if office == "组织部" else written)


def _created(created: dict[str, list[str]]) -> dict[str, UnitKind]:
    return {name: kind for kind, key in ((S, "sections"), (OUT, "outside"), (E, "everyone")) for name in created[key]}


def _stored(ledger: Ledger) -> dict[str, UnitKind]:
    with ledger.reading() as session:
        return {unit.name: unit.kind for unit in lookups.sections(session, include_inactive=True)}


def _on(ledger: Ledger, office: str) -> Ledger:
    with ledger.begin() as session:
        save_setting(session, "org_name", OFFICES[office])
    return ledger


def _breakdown(folder: Path) -> Path:
    rows: list[list[object]] = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]]
    rows += [[str(n), f"第{n}项任务", written, None, "年底前"] for n, (written, *_rest) in enumerate(FILED, 1)]
    return write(folder / "分工方案.xlsx", {"分工": (rows, [])})


def _rectification(folder: Path) -> Path:
    rows: list[list[object]] = [["2026年巡察反馈问题整改台账"],
                                ["序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任单位", "责任人",
                                 "整改时限", "整改进展", "完成情况"]]
    rows += [[n, "作风建设", f"第{n}个问题", "限期整改", None, written, None, "6月底前", None, "未启动"]
             for n, (written, *_rest) in enumerate(FILED, 1)]
    return write(folder / "整改台账.xlsx", {"台账": (rows, [])})


@pytest.mark.parametrize("office", list(OFFICES))
def test_the_task_import_names_and_stores_each_unit_s_kind(ledger: Ledger, tmp_path: Path, office: str) -> None:
    _on(ledger, office)
    path = _breakdown(tmp_path)
    preview = check_breakdown(ledger, plan_file(path, YEAR), YEAR, path.name)
    assert _created(preview.created) == _expected(office)
    assert _stored(ledger) == {}  # the preview wrote nothing
    import_tasks(ledger, plan_file(path, YEAR), YEAR, path.name)
    assert _stored(ledger) == _expected(office)
    with ledger.reading() as session:
        leads = [row.lead_section for row in task_rows(session, YEAR, TODAY, LightRules())]
    assert leads == [kept if office == "组织部" else written for written, kept, *_kinds in FILED]
    again = check_breakdown(ledger, plan_file(path, YEAR), YEAR, path.name)
    assert _created(again.created) == {}  # each unit, written in full or not, is the one the list has now


@pytest.mark.parametrize("office", list(OFFICES))
def test_the_rectification_import_names_and_stores_each_unit_s_kind(ledger: Ledger, tmp_path: Path,
                                                                    office: str) -> None:
    _on(ledger, office)
    path = _rectification(tmp_path)
    preview = check_problems(ledger, read_problem_ledger(path, YEAR), YEAR, path.name, date(YEAR, 7, 1))
    assert _created(preview.created) == _expected(office)
    import_problems(ledger, read_problem_ledger(path, YEAR), YEAR, path.name, date(YEAR, 7, 1))
    assert _stored(ledger) == _expected(office)
    again = import_problems(ledger, read_problem_ledger(path, YEAR), YEAR, path.name, date(YEAR, 7, 1))
    assert (again.imported, again.updated, again.unchanged) == (0, 0, len(FILED))  # 干部一科 is no change


def test_a_section_written_in_full_is_the_listed_one(ledger: Ledger, tmp_path: Path) -> None:
    """A 组织部 that lists 干部一科 and 各科室 reads 市委组织部干部一科 as that 干部一科, nothing new; its 团县委 and
    街道办事处 are outside it though the list has no unit of their sort."""
    _on(ledger, "组织部")
    for name in ("干部一科", "组织科", "市人社局"):
        changes.directory.add_name(ledger, Names.UNITS, name)
    assert not changes.directory.add_name(ledger, Names.UNITS, "××市委组织部干部一科")  # listed: not added again
    rows: list[list[object]] = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
                                ["1", "修订干部考核办法", "市委组织部干部一科", "团县委、东城街道办事处", "6月底前"],
                                ["2", "开展年轻干部培训", "干部一科", "市委组织部组织科、市委组织部", "10月底前"]]
    path = write(tmp_path / "分工方案.xlsx", {"分工": (rows, [])})
    preview = check_breakdown(ledger, plan_file(path, YEAR), YEAR, path.name)
    assert _created(preview.created) == {"团县委": OUT, "东城街道办事处": OUT, "市委组织部": E}
    import_tasks(ledger, plan_file(path, YEAR), YEAR, path.name)
    with ledger.reading() as session:
        got = [(row.lead_section, row.co_sections) for row in task_rows(session, YEAR, TODAY, LightRules())]
    assert [lead for lead, _co in got] == ["干部一科", "干部一科"]
    assert set(got[1][1]) == {"组织科", "市委组织部"}
    assert _stored(ledger) == {"干部一科": S, "组织科": S, "市人社局": OUT, "团县委": OUT, "东城街道办事处": OUT,
                               "市委组织部": E}
