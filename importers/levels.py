"""The tree a task column's own numbering draws beside a 重点任务 column: （一） a task, 1. its subtask, (1) below."""

from __future__ import annotations

import re

from models.apply.rows import PlannedRow

_LEVELS = [re.compile(r"^[一二三四五六七八九十]+[、.．]"), re.compile(r"^[（(]\s*[一二三四五六七八九十]+\s*[)）]"),
           re.compile(r"^\d+\s*[.．、](?!\d)"), re.compile(r"^[（(]\s*\d+\s*[)）]")]


def title_level(text: str) -> int:
    """1 for 一、, 2 for （一）, 3 for 1., 4 for (1); 0 for a text not numbered."""
    return next((level for level, pattern in enumerate(_LEVELS, start=1) if pattern.match(text)), 0)


class Levels:
    """The open rows of each level under the current key task: a row's parent is the nearest one above it."""

    def __init__(self) -> None:
        self.key_task = ""
        self.open: list[tuple[int, PlannedRow]] = []

    def reset(self) -> None:
        self.open = []

    def place(self, row: PlannedRow, level: int) -> None:
        """Give `row` (numbered on `level`) its parent; it is the parent of the deeper rows that follow."""
        if row.key_task != self.key_task:
            self.key_task, self.open = row.key_task, []
        while self.open and self.open[-1][0] >= level:
            self.open.pop()
        row.parent_row = self.open[-1][1].row if self.open else None
        if row.status != "error":
            self.open.append((level, row))
