"""The fast sheet reader gives what openpyxl gives, cell for cell, and refuses what defusedxml refuses."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ERROR_CODES

from importers.breakdown import plan_file
from importers.cells import tidy
from importers.sheet_xml import SheetXmlReader, UnsafeXml
from importers.sheets import read_grids
from models.apply.rows import Cell
from models.errors import RuleError
from tests.fixtures import hostile_xlsx
from tests.fixtures.hostile_xlsx import header_row, task_row

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def openpyxl_rows(path: Path) -> list[list[Cell]]:
    """openpyxl's own reading of the first sheet, tidied as the importer tidies, without trailing blanks;
    a formula's error value (#REF!) is not something the office wrote, and the importer leaves it out."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = [[None if value in ERROR_CODES else tidy(value) for value in values]
                for values in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    return _trimmed(rows)


def _trimmed(rows: list[list[Cell]]) -> list[list[Cell]]:
    rows = [list(r) for r in rows]
    for cells in rows:
        while cells and cells[-1] is None:
            cells.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


ODD_CELLS = [
    header_row(),
    task_row(2),
    # shared strings, a boolean, a float, a formula's cached text and an error value
    '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="b"><v>1</v></c><c r="C3"><v>2.5</v></c>'
    '<c r="D3" t="str"><f>CONCAT("组织","科")</f><v>组织科</v></c><c r="E3" t="e"><v>#REF!</v></c></row>',
    # rich text runs, and a phonetic run that is not part of the text
    '<row r="4"><c r="C4" t="inlineStr"><is><r><t>开展</t></r><r><rPr><b/></rPr><t>专题</t></r>'
    '<rPh sb="0" eb="2"><t>かいてん</t></rPh></is></c><c r="D4" t="s"><v>1</v></c></row>',
    # cells and a row without their references: counted on from the last one
    '<row><c t="inlineStr"><is><t>7</t></is></c><c/><c t="inlineStr"><is><t>无编号的行</t></is></c></row>',
    # a namespace prefix instead of the default namespace
    f'<x:row xmlns:x="{MAIN}" r="9"><x:c r="C9" t="inlineStr"><x:is><x:t>前缀写法</x:t></x:is></x:c>'
    '<x:c r="E9"><x:v>1E3</x:v></x:c></x:row>',
]


def test_odd_but_valid_cells_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    path = hostile_xlsx.write(tmp_path / "odd.xlsx", ODD_CELLS, shared=["序号甲", "干部  科"], dimension="A1:E9")
    grid = read_grids(path)[0]
    assert _trimmed(grid.rows) == openpyxl_rows(path)
    assert grid.value(3, 2) == "开展专题" and grid.value(4, 2) == "无编号的行" and grid.value(8, 4) == 1000.0


def test_dates_and_numbers_written_by_a_spreadsheet_program(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "具体措施", "完成时限", "进度"])
    sheet.append([1, "修订干部考核办法", datetime(2026, 6, 30), 0.5])
    sheet.append([2, "开展专题调研", date(2026, 10, 31), 1])
    path = tmp_path / "dates.xlsx"
    book.save(path)
    grid = read_grids(path)[0]
    assert _trimmed(grid.rows) == openpyxl_rows(path)
    assert grid.value(1, 2) == date(2026, 6, 30) and grid.value(2, 2) == date(2026, 10, 31)
    assert grid.value(1, 3) == 0.5 and grid.value(2, 0) == 2


ENTITY_BOMB = ('<!DOCTYPE worksheet [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
               '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>')


@pytest.mark.parametrize("attack", ["entity-expansion", "external-entity", "missing-shared-string", "bad-xml"])
def test_a_hostile_or_broken_sheet_is_refused_in_chinese(tmp_path: Path, attack: str) -> None:
    path = tmp_path / f"{attack}.xlsx"
    if attack == "missing-shared-string":
        hostile_xlsx.write(path, [header_row(), '<row r="2"><c r="C2" t="s"><v>99</v></c></row>'])
    elif attack == "bad-xml":
        hostile_xlsx.write(path, [header_row(), '<row r="2"><c r="C2"><v>1</c></row>'])
    else:
        hostile_xlsx.write(path, [header_row(), task_row(2)])
        text = _sheet_xml(path)
        prolog = ENTITY_BOMB if attack == "entity-expansion" else \
            '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        use = "&c;" if attack == "entity-expansion" else "&x;"
        text = text.replace("<worksheet", prolog + "<worksheet", 1).replace("第1项具体措施", use)
        _replace_sheet_xml(path, text)
    with pytest.raises(RuleError) as refused:
        plan_file(path, 2026)
    assert path.name in str(refused.value) and ("无法解析" in str(refused.value) or "无法读取" in str(refused.value))
    assert "passwd" not in str(refused.value) and "root:" not in str(refused.value)


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def _replace_sheet_xml(path: Path, text: str) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = text.replace('<?xml version="1.0" encoding="UTF-8"?>', "").encode()
    parts["xl/worksheets/sheet1.xml"] = b'<?xml version="1.0" encoding="UTF-8"?>' + parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("prolog", [ENTITY_BOMB, '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                                    "<!DOCTYPE worksheet>"], ids=["expansion", "external", "bare-doctype"])
def test_the_reader_itself_refuses_any_doctype(prolog: str) -> None:
    cells: list[tuple[int, int, object]] = []
    reader = SheetXmlReader([], set(), set(), datetime(1899, 12, 30), lambda *cell: cells.append(cell))
    sheet = f'{prolog}<worksheet xmlns="{MAIN}"><sheetData>{task_row(2)}</sheetData></worksheet>'
    with pytest.raises(UnsafeXml):
        reader.read(io.BytesIO(sheet.encode()))
    assert all("root:" not in str(value) for *_, value in cells)
