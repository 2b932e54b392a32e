"""Reading an office spreadsheet safely into plain grids: merged cells filled, text tidied, bad files named."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.exceptions import InvalidFileException

from models.apply.rows import Cell
from models.domain.text import fold_full_width
from models.errors import RuleError

MAX_BYTES = 30 * 1024 * 1024  # a task breakdown is a few hundred KB; anything this big is not one
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and also password-protected .xlsx

_CJK = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"  # ideographs and Chinese punctuation


@dataclass
class Grid:
    """One sheet: rows of cell values (1-based row numbers kept for messages)."""

    sheet: str
    rows: list[list[Cell]]

    def value(self, row: int, column: int) -> Cell:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None


_NEEDS_TIDYING = re.compile(r"[\s\x00-\x1f\x7f\u3000\xa0]")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_SPACE_BY_CJK = re.compile(f"(?<={_CJK})\\s+|\\s+(?={_CJK})")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def tidy(value: object) -> Cell:
    """Full-width letters folded, line breaks and stray spaces inside Chinese text removed."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (date, int, float)) or value is None:
        return value
    # Full-width letters and digits become ASCII; Chinese punctuation（，。）stays as the office wrote it.
    text = fold_full_width(str(value))
    if _NEEDS_TIDYING.search(text):  # most cells have no spaces or breaks: skip the rewriting for them
        text = text.replace("\u3000", " ").replace("\xa0", " ")
        text = _LINE_BREAK.sub("", text.replace("\r", "\n"))
        text = _SPACE_BY_CJK.sub("", text)  # "王 副部长" is "王副部长"
        text = _CONTROL.sub("", text).strip()
    return text or None


def read_grids(path: Path) -> list[Grid]:
    """Every sheet of `path` with merged ranges applied to each cell they cover."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise RuleError(f"无法读取文件 {path.name}：{error.strerror or error}") from error
    if size > MAX_BYTES:
        raise RuleError(f"文件 {path.name} 有 {size // (1024 * 1024)} MB，太大，不像任务分解表；"
                        "请只保留需要导入的工作表。")
    if head == OLE_MAGIC:
        raise RuleError(f"{path.name} 是旧版 .xls 文件或设置了打开密码：请在 Excel/WPS 中取消密码并"
                        "“另存为” .xlsx 后再导入。")
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise RuleError(f"{path.name} 不是 Excel 表格文件（.xlsx）。")
    _check_unpacked_size(path)
    try:
        # Read-only mode streams each sheet: several times faster than building every cell object.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise RuleError(f"{path.name} 已损坏或不是 Excel 表格：{error}") from error
    except Exception as error:  # defusedxml refuses entity bombs with its own exception types
        raise RuleError(f"{path.name} 含有不安全或无法解析的内容，已拒绝读取（{type(error).__name__}）。") from error
    # Only openpyxl's streaming read is guarded: a hostile or broken sheet fails there in many ways, all
    # meaning "this file cannot be read". Our own tidying below runs outside, so a fault in it is not
    # passed off as a damaged file.
    read: list[tuple[str, list[tuple[object, ...]], list[tuple[int, int, int, int]]]] = []
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            sheet.reset_dimensions()  # WPS often writes a wrong <dimension>; read every row there is
            read.append((sheet.title, list(sheet.iter_rows(values_only=True)), _merged_ranges(workbook, sheet)))
    except Exception as error:
        raise RuleError(f"{path.name} 已损坏或含有无法解析的内容（{type(error).__name__}）。") from error
    finally:
        workbook.close()
    return [Grid(title, _fill_merged([[tidy(cell) for cell in row] for row in rows], ranges))
            for title, rows, ranges in read]


def _fill_merged(rows: list[list[Cell]], ranges: list[tuple[int, int, int, int]]) -> list[list[Cell]]:
    """Each merged range's top-left value in every cell it covers, as the office reads the sheet."""
    for min_row, min_col, max_row, max_col in ranges:
        first = rows[min_row - 1] if min_row - 1 < len(rows) else []
        top = first[min_col - 1] if min_col - 1 < len(first) else None
        for cells in rows[min_row - 1:max_row]:
            cells.extend([None] * (max_col - len(cells)))
            cells[min_col - 1:max_col] = [top] * (max_col - min_col + 1)
    return rows


MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # what the XML inside may add up to: a guard against zip bombs
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _check_unpacked_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise RuleError(f"{path.name} 已损坏或不是 Excel 表格：{error}") from error
    if unpacked > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise RuleError(f"{path.name} 解压后超过 {limit} MB，不像任务分解表，已拒绝读取。")


def _merged_ranges(workbook: Any, sheet: Any) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col) of each merged range, 1-based.

    Read-only worksheets do not expose merged cells, so they are taken from the sheet's own XML, where
    each is one simple <mergeCell ref="A3:A7"/> element.
    """
    xml = workbook._archive.read(sheet._worksheet_path)  # private: openpyxl keeps no public handle
    return [(int(r1), column_index_from_string(c1.decode()), int(r2), column_index_from_string(c2.decode()))
            for c1, r1, c2, r2 in _MERGE.findall(xml)]
