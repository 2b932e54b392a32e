"""Reading an office spreadsheet safely into plain grids: bounded by what the file holds, merged cells filled."""

from __future__ import annotations

import io
import re
import stat
import zipfile
from pathlib import Path
from typing import IO, Any, BinaryIO
from xml.parsers import expat

from openpyxl import load_workbook
from openpyxl.utils.cell import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from importers.cells import tidy
from importers.grid import MAX_COLUMNS, MAX_ROWS, Grid, Merge, TextBudget, clipped_merges, fill_merged
from importers.sheet_xml import SheetXmlReader
from models.apply.rows import Cell
from models.errors import RuleError, os_error_words, said

MAX_BYTES = 30 * 1024 * 1024  # a task breakdown is a few hundred KB; anything this big is not one
MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # what the XML inside may add up to: a guard against zip bombs
MAX_CELLS = 2_000_000  # cells in a sheet's XML, filled or only formatted
MAX_CLEANED_BYTES = 50 * 1024 * 1024  # the most XML read into memory to drop forbidden characters
MAX_SHEETS = 255  # a breakdown has a sheet per section at most; 20,000 sheets on one part took minutes
MAX_SHARED_STRINGS = 500_000  # distinct texts: a year's breakdown has a few thousand
MAX_STYLES = 70_000  # cell formats: Excel keeps at most 64,000; 400,000 took openpyxl 11 s and 390 MB
MAX_NAMES = 10_000  # defined names: 500,000 took 11 s and 478 MB
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and also password-protected .xlsx

def check_plain_file(path: Path) -> None:
    """Refuse what is not a plain file before opening it: a pipe blocks the reading for ever, and a link to
    /dev/zero reads without end until memory runs out."""
    try:
        info = path.stat()
    except OSError as error:
        raise RuleError("无法读取文件 {name}：{error}", name=path.name, error=os_error_words(error)) from error
    if not stat.S_ISREG(info.st_mode):
        raise RuleError("{name} 不是一个普通文件（可能是文件夹、设备或管道），无法导入。", name=path.name)


def read_grids(path: Path) -> list[Grid]:
    """Every visible sheet of `path`, its cells tidied and each merged range's value in every cell it covers."""
    check_plain_file(path)
    unpacked = _check_file(path)
    if _is_ole(path):
        from importers.legacy import read_xls  # xlrd loads only for an old .xls/.et

        return read_xls(path)
    try:
        return _read_workbook(path, path)
    except _UnparsableError:
        # Some exports write characters XML forbids (a control byte, half of a surrogate pair): rather
        # than refuse the whole file for one cell, read it again with those dropped.
        if unpacked > MAX_CLEANED_BYTES:
            raise
        return _read_workbook(path, _cleaned_copy(path))


class _UnparsableError(RuleError):
    """openpyxl could not parse the workbook or a sheet (the message says so in the user's words)."""


def _read_workbook(path: Path, source: Path | BinaryIO) -> list[Grid]:
    try:
        # Read-only mode streams each sheet: several times faster than building every cell object.
        workbook = load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise _UnparsableError("{name} 已损坏或不是 Excel 表格，无法读取。", name=path.name) from error
    except Exception as error:  # defusedxml refuses entity bombs with its own exception types
        raise _UnparsableError("{name} 含有不安全或无法解析的内容，已拒绝读取。", name=path.name) from error
    budget = TextBudget(path)
    grids: list[Grid] = []
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state == "visible":
                grids.append(_read_sheet(path, workbook, sheet, budget))
    finally:
        workbook.close()
    return grids


# Bytes XML 1.0 forbids, as raw bytes or as character references: control characters other than tab and
# line breaks, and UTF-16 surrogates (encoded in UTF-8, or referenced by number).
_FORBIDDEN_IN_XML = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xed[\xa0-\xbf][\x80-\xbf]"
    rb"|&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2})"
    rb"|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|5529[6-9]|55[3-9][0-9]{2}|56[0-9]{3}|57[0-2][0-9]{2}|573[0-3][0-9]"
    rb"|5734[0-3]));")


def _cleaned_copy(path: Path) -> BinaryIO:
    """The workbook in memory with what XML forbids dropped from every XML part."""
    cleaned = io.BytesIO()
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(cleaned, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename.endswith((".xml", ".rels")):
                data = _FORBIDDEN_IN_XML.sub(b"", data)
            copy.writestr(info.filename, data)
    cleaned.seek(0)
    return cleaned


def _check_file(path: Path) -> int:
    """The file's unpacked size, once it is known to be a workbook within the limits."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise RuleError("无法读取文件 {name}：{error}", name=path.name, error=os_error_words(error)) from error
    if size == 0:
        raise RuleError("{name} 是一个空文件（0 字节），没有可导入的内容。", name=path.name)
    if size > MAX_BYTES:
        raise RuleError("文件 {name} 太大：{size:.1f} MB，最多读取 {limit:.0f} MB，不像任务分解表；"
                        "请只保留需要导入的工作表。", name=path.name, size=size / 1048576, limit=MAX_BYTES / 1048576)
    if head == OLE_MAGIC and path.suffix.lower() not in (".doc", ".wps"):
        return size  # an old .xls/.et workbook: importers/legacy.py reads it
    other = _other_kind(path, head)
    if other:
        raise RuleError("{name} {kind}本程序读取 Excel/WPS 表格的 .xlsx 文件：请在 Excel 或 WPS 中打开它，"
                        "“另存为” .xlsx 后再导入。", name=path.name, kind=other)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise RuleError("{name} 已损坏或不是 Excel 表格，无法读取。", name=path.name) from error
    if unpacked > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise RuleError("{name} 解压后超过 {limit} MB，不像任务分解表，已拒绝读取。", name=path.name, limit=limit)
    _check_shared_strings(path)
    return unpacked


# Per part of an .xlsx: the elements openpyxl reads in full before the first sheet, each with its limit.
_COUNTED: dict[str, dict[str, tuple[int, str]]] = {
    "xl/workbook.xml": {
        "sheet": (MAX_SHEETS, said("{name} 有超过 {limit} 张工作表，不像任务分解表，已拒绝读取。")),
        "definedName": (MAX_NAMES, said("{name} 有超过 {limit} 个定义的名称，不像任务分解表，已拒绝读取。"))},
    "xl/sharedstrings.xml": {
        "si": (MAX_SHARED_STRINGS, said("{name} 有超过 {limit} 个不同的文字，不像任务分解表，已拒绝读取。"))},
    "xl/styles.xml": {
        "xf": (MAX_STYLES, said("{name} 有超过 {limit} 种单元格格式，不像任务分解表，已拒绝读取。"))},
}


def _check_shared_strings(path: Path) -> None:
    """What openpyxl reads in full before the first sheet, counted first, reading no further than the limit:
    250 MB of empty shared strings (a 515 KB file), or 20,000 sheets on one part, kept it busy for minutes."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {name.lower(): name for name in archive.namelist()}
            for part_name, limits in _COUNTED.items():
                if part_name in parts:
                    with archive.open(parts[part_name]) as stream:
                        _count(path, stream, limits)
    except RuleError:
        raise
    except Exception:  # broken XML or zip: openpyxl says so in its own turn
        return


def _count(path: Path, stream: IO[bytes], limits: dict[str, tuple[int, str]]) -> None:
    counted = dict.fromkeys(limits, 0)

    def start(name: str, _attributes: object) -> None:
        element = name.rpartition(":")[2]
        if element in counted:
            counted[element] += 1
            limit, refusal = limits[element]
            if counted[element] > limit:
                raise RuleError(refusal, name=path.name, limit=limit)
    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    while chunk := stream.read(1 << 20):
        parser.Parse(chunk, False)


def _is_ole(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(8) == OLE_MAGIC


def _other_kind(path: Path, head: bytes) -> str:
    """What the file is when it is not an .xlsx workbook, in a clause ending with "。"; "" for a workbook."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return said("是 PDF 文件，其中的表格不能直接导入。")
    if head == OLE_MAGIC:
        if suffix in (".doc", ".wps"):
            return said("是旧版 Word/WPS 文字文档。")
        return said("是旧版 .xls/.et 表格，或设置了打开密码（请先取消密码）。")
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        return said("不是 Excel 表格文件。")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return ""  # looked like a workbook at first: the reading below says what is wrong with it
    if "word/document.xml" in parts:
        return said("是 Word 文档（.docx），不是表格。")
    if "xl/workbook.xml" not in parts and any(name.startswith("ppt/") for name in parts):
        return said("是 PowerPoint 演示文稿。")
    return ""


def _read_sheet(path: Path, workbook: Any, sheet: Any, budget: TextBudget) -> Grid:
    cells, merges = _parse_sheet(path, workbook, sheet, budget)
    last_row = max(cells, default=0)
    rows: list[list[Cell]] = []
    for number in range(1, last_row + 1):
        filled = cells.get(number)
        if not filled:
            rows.append([])
            continue
        row_cells: list[Cell] = [None] * max(filled)
        for column, value in filled.items():
            row_cells[column - 1] = value
        rows.append(row_cells)
    width = max((len(r) for r in rows), default=0)
    return Grid(sheet.title, fill_merged(rows, clipped_merges(merges, last_row, width), width))


def _parse_sheet(path: Path, workbook: Any, sheet: Any,
                 budget: TextBudget) -> tuple[dict[int, dict[int, Cell]], list[Merge]]:
    """The tidied value of each cell holding something, by row and column, and the sheet's merged ranges.

    openpyxl's own iter_rows pads every row to the widest cell and every gap between rows, so one stray
    cell at column XFD made 16,384 values a row; the reader here gives only what is there, and stops at
    the first cell beyond the limits."""
    unparsable = _UnparsableError("{name} 的工作表“{sheet}”已损坏或含有无法解析的内容，无法读取。", name=path.name,
                                  sheet=sheet.title)
    cells: dict[int, dict[int, Cell]] = {}
    seen = 0

    def keep(row_number: int, column: int, raw: object) -> None:
        nonlocal seen
        seen += 1
        if seen > MAX_CELLS:
            raise RuleError("{name} 的工作表“{sheet}”有超过 {limit} 个单元格，不像任务分解表，已拒绝读取。",
                            name=path.name, sheet=sheet.title, limit=MAX_CELLS)
        if isinstance(raw, str):
            budget.spend(raw)
        value = tidy(raw)
        if value is None:
            return
        if row_number > MAX_ROWS or column > MAX_COLUMNS:  # refused at once, before reading on
            raise RuleError("{name} 的工作表“{sheet}”在第 {row} 行 {column} 列还有内容：一张表最多读取 {rows} 行、"
                            "{columns} 列。请删去多余的行列（或分成几个文件）后再导入。", name=path.name,
                            sheet=sheet.title, row=row_number, column=get_column_letter(column), rows=MAX_ROWS,
                            columns=MAX_COLUMNS)
        cells.setdefault(row_number, {})[column] = value

    reader = SheetXmlReader(sheet._shared_strings, workbook._date_formats, workbook._timedelta_formats,
                            workbook.epoch, keep)
    try:  # private: read-only sheets expose no parser
        with workbook._archive.open(sheet._worksheet_path) as source:
            reader.read(source)
        merges = [_bounds(ref) for ref in reader.merges]
    except RuleError:
        raise
    except Exception as error:
        # A hostile or broken sheet fails in many ways (bad XML, an entity, a shared string that is not
        # there, a cell reference past XFD), all meaning "this file cannot be read".
        raise unparsable from error
    return cells, merges


def _bounds(ref: str) -> Merge:
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    if min_col is None or min_row is None or max_col is None or max_row is None:
        raise ValueError(f"a merged range must name its corners: {ref}")
    return min_row, min_col, max_row, max_col
