"""Reading an office spreadsheet safely into plain grids: merged cells filled, text tidied, bad files named."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from models.workflow import RuleError

MAX_BYTES = 30 * 1024 * 1024  # a task breakdown is a few hundred KB; anything this big is not one
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and also password-protected .xlsx

Cell = str | date | float | int | None
_CJK = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"  # ideographs and Chinese punctuation
_FULL_WIDTH_ALNUM = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                     *range(0xFF41, 0xFF5B))}


@dataclass
class Grid:
    """One sheet: rows of cell values (1-based row numbers kept for messages)."""

    sheet: str
    rows: list[list[Cell]]

    def value(self, row: int, column: int) -> Cell:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None


def tidy(value: object) -> Cell:
    """Full-width letters folded, line breaks and stray spaces inside Chinese text removed."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (date, int, float)) or value is None:
        return value
    # Full-width letters and digits become ASCII; Chinese punctuation（，。）stays as the office wrote it.
    text = str(value).translate(_FULL_WIDTH_ALNUM).replace("\u3000", " ").replace("\xa0", " ")
    text = re.sub(r"\s*\n\s*", "", text.replace("\r", "\n"))
    text = re.sub(f"(?<={_CJK})\\s+|\\s+(?={_CJK})", "", text)  # "王 副部长" is "王副部长"
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).strip()
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
    try:
        workbook = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise RuleError(f"{path.name} 已损坏或不是 Excel 表格：{error}") from error
    except Exception as error:  # defusedxml refuses entity bombs with its own exception types
        raise RuleError(f"{path.name} 含有不安全或无法解析的内容，已拒绝读取（{type(error).__name__}）。") from error
    grids = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        rows = [[tidy(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            top = rows[merged.min_row - 1][merged.min_col - 1] if merged.min_row - 1 < len(rows) else None
            for r in range(merged.min_row - 1, min(merged.max_row, len(rows))):
                for c in range(merged.min_col - 1, merged.max_col):
                    while len(rows[r]) <= c:
                        rows[r].append(None)
                    rows[r][c] = top
        grids.append(Grid(sheet.title, rows))
    workbook.close()
    return grids
