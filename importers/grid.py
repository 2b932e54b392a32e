"""A sheet as rows of cells, the limits on what one may fill, and its merges filled in, for every reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from models.apply.rows import Cell
from models.errors import Message, RuleError

# The most a sheet may fill. A year's breakdown has hundreds of rows and a dozen columns; the limits are
# far beyond that and keep the work bounded by them, never by what a file claims (a merge to XFD1048576).
MAX_ROWS = 20_000
MAX_COLUMNS = 200
# All the text of a file's cells, as read: 20,000 rows of a few long cells is some 20 million characters.
# One 32,000-character text repeated in every cell of an .xls (or through one shared string) is far more.
MAX_TEXT = 50_000_000


class TextBudget:
    """The characters a file's cells may still hold; spent as each text cell is read."""

    def __init__(self, path: Path) -> None:
        self.path, self.left = path, MAX_TEXT

    def spend(self, text: str) -> None:
        self.left -= len(text)
        if self.left < 0:
            raise RuleError("{name} 的单元格文字合计超过 {limit} 个字，不像任务分解表，已拒绝读取。",
                            name=self.path.name, limit=MAX_TEXT)


Merge = tuple[int, int, int, int]  # (min_row, min_col, max_row, max_col), 1-based


@dataclass
class Grid:
    """One sheet: rows of cell values (1-based row numbers kept for messages)."""

    sheet: str
    rows: list[list[Cell]]
    # What the reader left out and says so in the preview: (row, 1-based, the message)
    notes: list[tuple[int, Message]] = field(default_factory=list)

    def value(self, row: int, column: int) -> Cell:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else None


def clipped_merges(merges: list[Merge], last_row: int, width: int) -> list[Merge]:
    """Merges cut to the rows and columns that hold something: a merge to XFD1048576 fills only those."""
    clipped = []
    for min_row, min_col, max_row, max_col in merges:
        min_row, min_col = max(min_row, 1), max(min_col, 1)
        if min_row <= min(max_row, last_row) and min_col <= min(max_col, width):
            clipped.append((min_row, min_col, min(max_row, last_row), min(max_col, width)))
    return clipped


def fill_merged(rows: list[list[Cell]], ranges: list[Merge], width: int) -> list[list[Cell]]:
    """Each merged range's top-left value in every cell it covers, as the office reads the sheet."""
    budget = len(rows) * width  # merges that do not overlap cover the sheet at most once
    for min_row, min_col, max_row, max_col in ranges:
        budget -= (max_row - min_row + 1) * (max_col - min_col + 1)
        if budget < 0:
            raise RuleError("表格中的合并单元格互相重叠或过多，无法按合并关系读取；请取消合并后再导入。")
        first = rows[min_row - 1]
        top = first[min_col - 1] if min_col - 1 < len(first) else None
        for cells in rows[min_row - 1:max_row]:
            if len(cells) < max_col:
                cells.extend([None] * (max_col - len(cells)))
            cells[min_col - 1:max_col] = [top] * (max_col - min_col + 1)
    return rows
