"""Old binary workbooks (.xls, and WPS's .et, which is the same format) read into the same grids as .xlsx."""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import xlrd
import xlrd.compdoc

from importers.cells import tidy
from importers.grid import MAX_COLUMNS, MAX_ROWS, Grid, TextBudget, clipped_merges, fill_merged
from importers.progress import advance
from models.apply.rows import Cell
from models.errors import RuleError, os_error_words

_UNREADABLE = ("{name} 无法作为旧版 .xls/.et 表格读取：它可能设置了打开密码，或已损坏。"
               "请在 Excel/WPS 中打开，取消密码后“另存为” .xlsx 再导入。")
_EMPTY = (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR)


def read_xls(path: Path) -> list[Grid]:
    """Every visible sheet, merged ranges applied, within the same limits as an .xlsx."""
    try:
        data = path.read_bytes()  # the caller has checked it is a plain file within the size limit
    except OSError as error:
        raise RuleError("无法读取文件 {name}：{error}", name=path.name, error=os_error_words(error)) from error
    quiet = io.StringIO()  # xlrd writes its warnings about a damaged file to stdout otherwise, in English
    try:
        _check_chains(path, data, quiet)
        # Ragged rows: a formatted blank at IV65536 would otherwise pad the sheet to 16 million cells.
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, ragged_rows=True,
                                  logfile=quiet)
    except RuleError:
        raise
    except xlrd.biffh.XLRDError as error:
        if "encrypt" in str(error).lower():
            raise RuleError("{name} 设置了打开密码：请在 Excel/WPS 中取消密码后再导入。", name=path.name) from error
        raise RuleError(_UNREADABLE, name=path.name) from error
    except Exception as error:  # a broken compound file fails in many ways: all mean it cannot be read
        raise RuleError(_UNREADABLE, name=path.name) from error
    budget = TextBudget(path)
    grids = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility == 0:
                grids.append(_grid(path, book, sheet, budget))
            book.unload_sheet(index)
    except RuleError:
        raise
    except Exception as error:  # a sheet's records broken after the workbook opened
        raise RuleError(_UNREADABLE, name=path.name) from error
    finally:
        book.release_resources()
    return grids


def _family_tree(directory: list[Any], parent: int, child: int) -> None:
    """xlrd's _build_family_tree without its recursion: each directory entry placed once. A 6 KB file whose
    entries all point at the next as both left and right sibling took xlrd's walk exponential time."""
    placed: set[int] = set()
    pending = [(parent, child)]
    while pending:
        parent, entry_id = pending.pop()
        if entry_id < 0:
            continue
        if entry_id >= len(directory) or entry_id in placed:
            raise xlrd.compdoc.CompDocError("directory entries form no tree")
        placed.add(entry_id)
        entry = directory[entry_id]
        directory[parent].children.append(entry_id)
        entry.parent = parent
        pending += [(parent, entry.left_DID), (parent, entry.right_DID)]
        if entry.etype == 1:  # a storage: its own entries hang below it
            pending.append((entry_id, entry.root_DID))


xlrd.compdoc._build_family_tree = _family_tree  # pinned (xlrd 2.0, frozen upstream): tests/test_pinned_versions.py
MAX_SHARED_STRINGS = 500_000  # a year's breakdown has a few thousand distinct texts
_SST, _EOF = 0x00FC, 0x000A


def _check_chains(path: Path, data: bytes, log: io.StringIO) -> None:
    """Refuse a compound file whose small streams' sector chains loop.

    xlrd checks the chains of the main sector table for loops, but follows a stream kept in the mini
    stream until the chain ends: one that points back into itself made a 4 KB file take 1.9 GB."""
    document: Any = xlrd.compdoc.CompDoc(data, logfile=log)  # pinned: xlrd 2.0 is no longer changed
    table = document.SSAT
    for entry in document.dirlist:
        if entry.etype != 2 or entry.tot_size >= document.min_size_std_stream:
            continue
        sector, steps = entry.first_SID, 0
        while sector >= 0:
            steps += 1
            if sector >= len(table) or steps > len(table):
                raise RuleError(_UNREADABLE, name=path.name)
            sector = table[sector]
    _check_string_count(path, document)


def _check_shared_strings_claim(path: Path, stream: bytes, start: int, length: int) -> None:
    """The workbook's shared-string table says how many strings it holds, and xlrd reads that many, from
    wherever its pointers lead: 100 million claimed by a 5 KB file read the same bytes again for ever."""
    position, end = start, min(start + length, len(stream))
    while position + 4 <= end:
        kind, size = struct.unpack_from("<HH", stream, position)
        if kind == _SST and position + 12 <= end:
            _total, unique = struct.unpack_from("<ii", stream, position + 4)
            if not 0 <= unique <= MAX_SHARED_STRINGS:
                raise RuleError("{name} 声称有 {count} 个不同的文字，不像任务分解表，已拒绝读取。", name=path.name,
                                count=unique)
            return
        if kind == _EOF:
            return  # the end of the workbook's globals: no table, or it comes with no claim to check
        position += 4 + size


def _check_string_count(path: Path, document: Any) -> None:
    for name in ("Workbook", "Book"):
        stream, start, length = document.locate_named_stream(name)
        if stream is not None:
            _check_shared_strings_claim(path, stream, start, length)
            return


def _grid(path: Path, book: xlrd.book.Book, sheet: xlrd.sheet.Sheet, budget: TextBudget) -> Grid:
    rows: list[list[Cell]] = []
    blank_rows = 0  # empty rows are added only when something follows them
    for number in range(sheet.nrows):
        advance()
        cells = _row(path, book, sheet, number, budget) if sheet.row_len(number) else []
        if not cells:
            blank_rows += 1
            continue
        rows.extend([] for _ in range(blank_rows))
        blank_rows = 0
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    merges = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells]
    return Grid(sheet.name, fill_merged(rows, clipped_merges(merges, len(rows), width), width))


def _row(path: Path, book: xlrd.book.Book, sheet: xlrd.sheet.Sheet, number: int, budget: TextBudget) -> list[Cell]:
    cells: list[Cell] = []
    for column, (kind, raw) in enumerate(zip(sheet.row_types(number), sheet.row_values(number), strict=True)):
        if isinstance(raw, str):
            budget.spend(raw)
        value = _value(book, kind, raw)
        if value is not None and (number >= MAX_ROWS or column >= MAX_COLUMNS):
            raise RuleError("{name} 的工作表“{sheet}”在第 {row} 行第 {column} 列还有内容："
                            "一张表最多读取 {rows} 行、{columns} 列。", name=path.name, sheet=sheet.name,
                            row=number + 1, column=column + 1, rows=MAX_ROWS, columns=MAX_COLUMNS)
        cells.append(value)
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _value(book: xlrd.book.Book, kind: int, raw: Any) -> Cell:
    if kind in _EMPTY:
        return None  # #DIV/0! and the like are no task text
    if kind == xlrd.XL_CELL_DATE:
        try:
            return tidy(xlrd.xldate_as_datetime(raw, book.datemode))
        except (ValueError, OverflowError):
            return None
    if kind == xlrd.XL_CELL_NUMBER and float(raw).is_integer():
        return int(raw)
    return tidy(raw)
