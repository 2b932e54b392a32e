"""Old binary workbooks (.xls, and WPS's .et, which is the same format) read into the same grids as .xlsx."""

from __future__ import annotations

from pathlib import Path

import xlrd

from importers.cells import tidy
from importers.sheets import MAX_COLUMNS, MAX_ROWS, Grid, clipped_merges, fill_merged
from models.apply.rows import Cell
from models.errors import RuleError

_UNREADABLE = ("{name} 无法作为旧版 .xls/.et 表格读取：它可能设置了打开密码，或已损坏。"
               "请在 Excel/WPS 中打开，取消密码后“另存为” .xlsx 再导入。")


def read_xls(path: Path) -> list[Grid]:
    """Every visible sheet, merged ranges applied, within the same limits as an .xlsx."""
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except xlrd.biffh.XLRDError as error:
        if "encrypt" in str(error).lower():
            raise RuleError("{name} 设置了打开密码：请在 Excel/WPS 中取消密码后再导入。", name=path.name) from error
        raise RuleError(_UNREADABLE, name=path.name) from error
    except Exception as error:  # a broken compound file fails in many ways: all mean it cannot be read
        raise RuleError(_UNREADABLE, name=path.name) from error
    grids = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility == 0:
                grids.append(_grid(path, book, sheet))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return grids


def _grid(path: Path, book: xlrd.book.Book, sheet: xlrd.sheet.Sheet) -> Grid:
    rows: list[list[Cell]] = []
    for number in range(sheet.nrows):
        cells: list[Cell] = []
        for column in range(sheet.ncols):
            value = _value(book, sheet.cell(number, column))
            if value is not None and (number >= MAX_ROWS or column >= MAX_COLUMNS):
                raise RuleError("{name} 的工作表“{sheet}”在第 {row} 行第 {column} 列还有内容："
                                "一张表最多读取 {rows} 行、{columns} 列。", name=path.name, sheet=sheet.name,
                                row=number + 1, column=column + 1, rows=MAX_ROWS, columns=MAX_COLUMNS)
            cells.append(value)
        while cells and cells[-1] is None:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    merges = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells]
    return Grid(sheet.name, fill_merged(rows, clipped_merges(merges, len(rows), width), width))


def _value(book: xlrd.book.Book, cell: xlrd.sheet.Cell) -> Cell:
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None  # #DIV/0! and the like are no task text
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return tidy(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError):
            return None
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value)
    return tidy(cell.value)
