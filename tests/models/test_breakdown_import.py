"""Importing task breakdowns: the office's samples, the variants real files have, and hostile files."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from importers import sheets as xlsx_sheets
from importers.breakdown import plan_file
from models.apply import breakdown as breakdown_apply
from models.apply.breakdown import import_breakdown
from models.domain.entities import Extension, Task
from models.domain.lights import LightRules
from models.errors import RuleError
from models.ledger import Ledger
from models.read.queries import task_rows
from tests.fixtures.day import TODAY

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"  # copies of ../shared/samples
ROOT = Path(__file__).resolve().parents[2]


def rows_of(ledger: Ledger) -> list:  # type: ignore[type-arg]
    with ledger.reading() as session:
        return task_rows(session, 2026, TODAY, LightRules())


def run_import(ledger: Ledger, path: Path, **options: object) -> breakdown_apply.ImportResult:
    with ledger.begin() as session:
        columns = options.pop("columns", None)
        rows = plan_file(path, 2026, columns)  # type: ignore[arg-type]
        return import_breakdown(session, "测试员", rows, 2026, path.name, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["任务分解表-合并单元格.xlsx", "任务分解表-标准格式.xlsx"])
def test_the_office_samples_import_completely(ledger: Ledger, name: str) -> None:
    result = run_import(ledger, SAMPLES / name)
    assert result.imported == 12 and not [r for r in result.rows if r.status == "error"]
    rows = rows_of(ledger)
    assert len(rows) == 12
    assert {r.key_task_title for r in rows} == {"提高组织工作政治站位", "坚守组织工作职责定位", "提高组织工作境界水平",
                                                "抓好组织工作任务落实"}
    first = next(r for r in rows if r.title.startswith("组织分管科室专题学习"))
    assert (first.lead_section, first.co_sections, first.leader, first.due_date) == (
        "办公室", ("研究室",), "王副部长", date(2026, 3, 31))
    assert "，" in first.title  # Chinese punctuation is kept as written


def test_importing_again_updates_instead_of_duplicating(ledger: Ledger, tmp_path: Path) -> None:
    run_import(ledger, SAMPLES / "任务分解表-合并单元格.xlsx")
    again = run_import(ledger, SAMPLES / "任务分解表-标准格式.xlsx")  # the same tasks, now with owners
    assert (again.imported, again.updated) == (0, 12)
    rows = rows_of(ledger)
    assert len(rows) == 12 and next(r for r in rows if r.title.startswith("组织分管")).owner == "李明"


def build(path: Path, sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None) -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merges or {}).get(title, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def test_two_row_header_below_titles_numbered_hierarchy_and_footers(ledger: Ledger, tmp_path: Path) -> None:
    path = build(tmp_path / "two-row.xlsx", {"组织科": [
        ["2026年组织科任务分解表"], ["填报：组织科"], [],
        ["序号", "工作内容", "责任单位", None, "责任领导", "时间节点"],
        [None, None, "牵头", "配合", None, None],
        ["一、", "抓好基层组织建设", None, None, None, None],
        ["1.", "整顿软弱涣散村党组织", "组织科", "干部科、 办公室", "刘 副部长", "6月底前"],
        ["(1)", "摸底排查", "组织科", None, "刘副部长", datetime(2026, 4, 15)],
        ["（2）", "逐村制定整顿方案", "组织科", None, "刘副部长", "5月中旬"],
        ["2.", "换届后村干部培训", "组织科", None, "刘副部长", "视换届进度而定"],
        ["二、", "加强党员队伍建设", None, None, None, None],
        ["1.", "发展党员质量提升", "组织科", None, "刘副部长", "长期"],
        [],
        ["填表人：张三", None, "联系电话：1234567", None, None, None],
    ]}, {"组织科": ["A1:F1", "A2:F2", "C4:D4", "A4:A5", "B4:B5", "E4:E5", "F4:F5"]})
    result = run_import(ledger, path)
    assert [r.title for r in result.rows] == ["整顿软弱涣散村党组织", "摸底排查", "逐村制定整顿方案",
                                             "换届后村干部培训", "发展党员质量提升"]
    rows = {r.title: r for r in rows_of(ledger)}
    assert rows["整顿软弱涣散村党组织"].co_sections == ("干部科", "办公室")
    assert rows["整顿软弱涣散村党组织"].leader == "刘副部长"  # "刘 副部长" is the same person
    assert rows["摸底排查"].parent_id == rows["整顿软弱涣散村党组织"].id
    assert rows["摸底排查"].due_date == date(2026, 4, 15)  # an Excel date cell
    assert rows["发展党员质量提升"].key_task_title == "加强党员队伍建设"
    assert rows["换届后村干部培训"].key_task_title == "抓好基层组织建设"
    warned = next(r for r in result.rows if r.title == "换届后村干部培训")
    assert warned.status == "warning" and "未能识别为日期" in warned.messages[0]


def test_a_sheet_per_section_is_one_ledger_and_rows_without_a_title_are_errors(ledger: Ledger,
                                                                             tmp_path: Path) -> None:
    header = ["序号", "任务名称", "牵头部门", "完成时间"]
    path = build(tmp_path / "sheets.xlsx", {
        "办公室": [header, [1, "修订部务会议事规则", "办公室", "3月底前"]],
        "干部科": [header, [1, "修订部务会议事规则", "干部科", "4月底前"], [2, None, "干部科", "5月"]],
    })
    result = run_import(ledger, path)
    assert result.imported == 2  # two sections may have a task of the same name
    error = next(r for r in result.rows if r.status == "error")
    assert (error.sheet, error.row, error.messages) == ("干部科", 3, ["没有任务内容。"])
    assert sorted(r.lead_section for r in rows_of(ledger)) == ["办公室", "干部科"]


def test_dry_run_writes_nothing(ledger: Ledger) -> None:
    result = run_import(ledger, SAMPLES / "任务分解表-合并单元格.xlsx", dry_run=True)
    assert len(result.rows) == 12 and "办公室" in result.created["sections"] and result.imported == 0
    assert rows_of(ledger) == []


def test_an_import_that_fails_half_way_leaves_nothing(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = breakdown_apply.new_task_values

    def failing(*args: object, **kwargs: object) -> dict[str, object]:
        calls["n"] += 1
        if calls["n"] == 6:
            raise OSError("磁盘已满")
        return real(*args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(breakdown_apply, "new_task_values", failing)
    with pytest.raises(OSError):
        run_import(ledger, SAMPLES / "任务分解表-合并单元格.xlsx")
    assert rows_of(ledger) == []
    with ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Task)) == 0


def test_a_changed_deadline_on_reimport_is_an_extension_with_the_file_as_reason(ledger: Ledger,
                                                                               tmp_path: Path) -> None:
    header = ["序号", "重点任务", "牵头科室", "完成时限"]
    run_import(ledger, build(tmp_path / "v1.xlsx", {"表": [header, [1, "建立台账", "办公室", "3月底前"]]}))
    run_import(ledger, build(tmp_path / "v2.xlsx", {"表": [header, [1, "建立台账", "办公室", "6月底前"]]}))
    with ledger.reading() as session:
        extension = session.scalars(select(Extension)).one()
        assert (extension.old_text, extension.new_text) == ("3月底前", "6月底前")
        assert extension.reason == "按《v2.xlsx》重新导入"


def test_a_date_an_older_ledger_kept_in_digits_is_no_change_on_reimport(ledger: Ledger, tmp_path: Path) -> None:
    """A ledger made before dates in digits were shown the Chinese way holds "2026-06-30" as the deadline's words:
    the same sheet imported again is the same day, not an extension 按《…》重新导入 to itself."""
    sheet = build(tmp_path / "表.xlsx", {"表": [["序号", "重点任务", "牵头科室", "完成时限"],
                                               [1, "建立台账", "办公室", "2026-06-30"]]})
    run_import(ledger, sheet)
    with ledger.begin() as session:
        session.scalars(select(Task)).one().deadline_text = "2026-06-30"  # as the older version kept it
    run_import(ledger, sheet)
    with ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Extension)) == 0
    assert rows_of(ledger)[0].deadline_display == "2026年6月30日"


@pytest.mark.parametrize(("content", "message"), [
    (b"just text, not a workbook", "不是 Excel 表格文件"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "旧版 .xls"),
    (b"PK\x03\x04 broken zip", "不是 Excel 表格文件"),
])
def test_files_that_are_not_spreadsheets_get_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(RuleError, match=message):
        plan_file(path, 2026)


def test_an_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_sheets, "MAX_BYTES", 100)
    with pytest.raises(RuleError, match="太大"):
        plan_file(SAMPLES / "任务分解表-标准格式.xlsx", 2026)


def test_a_file_that_unpacks_to_far_more_than_a_breakdown_is_refused(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = build(tmp_path / "bomb.xlsx", {"表": [["序号", "具体措施"], *[[n, "同一句话" * 50] for n in range(400)]]})
    monkeypatch.setattr(xlsx_sheets, "MAX_UNPACKED_BYTES", 200_000)  # the file itself is far smaller
    assert path.stat().st_size < 200_000
    with pytest.raises(RuleError, match="解压后超过"):
        plan_file(path, 2026)


def test_every_row_is_read_even_when_the_file_states_a_wrong_size(tmp_path: Path) -> None:
    """WPS and some exporters write <dimension ref="A1"/> whatever the sheet holds."""
    import re
    import zipfile

    source = build(tmp_path / "src.xlsx", {"表": [["序号", "具体措施", "牵头科室"],
                                                  *[[n, f"措施{n}", "办公室"] for n in range(1, 31)]]})
    target = tmp_path / "wrong-dimension.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            new.writestr(item, data)
    rows = plan_file(target, 2026)
    assert [r.title for r in rows] == [f"措施{n}" for n in range(1, 31)]


def test_a_sheet_without_a_header_says_so(tmp_path: Path) -> None:
    rows = plan_file(build(tmp_path / "no-header.xlsx", {"表": [["随便写的"], ["没有表头"]]}), 2026)
    assert rows[0].status == "error" and "没有找到表头行" in rows[0].messages[0]


def test_hostile_text_is_imported_literally(ledger: Ledger, tmp_path: Path) -> None:
    title = "<b>加粗</b> & 'x' 😀 =SUM(A1:A9)"
    path = build(tmp_path / "hostile.xlsx", {"表": [["序号", "具体措施", "牵头科室"], [1, title, "办公室"]]})
    run_import(ledger, path)
    assert [r.title for r in rows_of(ledger)] == [title]


def test_import_command_json_and_dry_run(ledger: Ledger) -> None:
    command = [sys.executable, str(ROOT / "main.py"), "import", str(SAMPLES / "任务分解表-合并单元格.xlsx"),
               "--db", str(ledger.place), "--json", "--dry-run"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"rows", "created", "imported", "updated", "unchanged", "reported"} and data["imported"] == 0
    row = data["rows"][0]
    assert set(row) >= {"sheet", "row", "status", "messages", "key_task", "title", "lead_section", "co_sections",
                        "leader", "owner", "deadline_text", "deadline_kind", "due_date"}
    assert (row["row"], row["deadline_kind"], row["due_date"]) == (6, "date", "2026-03-31")
    assert rows_of(ledger) == []


def test_a_title_imported_with_its_full_stop_before_is_updated_not_doubled(ledger: Ledger, tmp_path: Path) -> None:
    """Titles from a sheet once kept their final 。 and now lose it: the file imported again finds those tasks."""
    with ledger.begin() as session:  # as the import wrote it before: "…次。"
        rows = plan_file(_sheet(tmp_path / "表.xlsx"), 2026)
        for row in rows:
            row.title += "。"
        import_breakdown(session, "测试员", rows, 2026, "表.xlsx")
    again = run_import(ledger, _sheet(tmp_path / "表.xlsx"))
    assert (again.imported, again.updated + again.unchanged) == (0, 2)  # both found, none made twice
    assert sorted(r.title for r in rows_of(ledger)) == ["制定年度学习计划。", "召开常委会专题研究乡村振兴工作。"]


def _sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["序号", "工作任务", "牵头单位", "完成时限"],
                [1, "召开常委会专题研究乡村振兴工作。", "县委办", "12月底前"],
                [2, "制定年度学习计划。", "县委宣传部", "2月底前"]):
        sheet.append(row)
    book.save(path)
    return path
