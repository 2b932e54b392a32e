"""Reading a section's progress return (推进情况表) into plain lines: 编号, title, report, status word, percent."""

from __future__ import annotations

import re
from pathlib import Path

from importers.breakdown import Header, cell_text, cell_word, find_header
from importers.grid import Grid
from importers.progress import advance
from importers.sheets import read_grids
from models.apply.rows import Cell, ReturnLine
from models.domain.workflow import return_word
from models.errors import Message

PROGRESS_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("编号", "序号", "任务编号"),
    "title": ("任务内容", "工作任务", "具体措施", "任务名称", "工作内容", "工作措施", "具体任务", "重点工作任务",
              "任务事项"),
    "key_task": ("重点任务", "类别"),  # the title only where no column above says more
    "progress": ("进展情况", "推进情况", "工作进展", "进展", "完成情况", "进展情况（本期）", "落实情况", "本月进展",
                 "本月进展情况", "当月进展", "当月进展情况", "本期进展", "本期进展情况", "本月推进情况", "本月工作进展",
                 "工作进展情况", "推进落实情况", "本月落实情况", "本月完成情况"),
    "status": ("完成状态", "状态", "办理状态", "推进状态", "进度评价", "进展评价", "推进情况评价", "评价", "进度状态",
               "完成情况评价", "当前状态"),
    "percent": ("进度", "完成进度", "完成比例", "进度（%）"),
}


def percent_of(value: Cell) -> int | None:
    """50, "50%", or 0.5 and 1 (cells formatted as a percentage, 1 being 100%) all mean what they show."""
    if isinstance(value, (int, float)):
        return max(0, min(100, round(value * 100 if 0 < value <= 1 else value)))
    digits = re.search(r"\d+", str(value or ""))
    return max(0, min(100, int(digits.group()))) if digits else None


def read_return(path: Path) -> list[ReturnLine]:
    """Every filled row under a header naming 进展情况, on every sheet; a sheet with none is one problem line."""
    return return_lines(read_grids(path))


def return_lines(grids: list[Grid]) -> list[ReturnLine]:
    """`read_return` for a workbook already read."""
    lines: list[ReturnLine] = []
    for grid in grids:
        header: Header | None = find_header(grid, vocabulary=PROGRESS_WORDS)
        if header is None or "progress" not in header.columns:
            if any(any(v is not None for v in cells) for cells in grid.rows):
                lines.append(ReturnLine(grid.sheet, 1, problem=Message("没有找到含“进展情况”的表头行。")))
            continue
        for index in range(header.row + 1, len(grid.rows)):
            advance(0)  # only a chance to stop: the rows were counted as they were read
            values = {name: grid.value(index, column) for name, column in header.columns.items()}
            title = cell_text(values.get("title") if "title" in header.columns else values.get("key_task"))
            text = cell_text(values.get("progress"))
            if not title and not text:
                continue
            lines.append(ReturnLine(grid.sheet, index + 1, cell_word(values.get("number")), title, text,
                                    return_word(cell_word(values.get("status"))), percent_of(values.get("percent"))))
    return lines


_PERIOD_IN_NAME = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")


def period_in_name(name: str) -> tuple[int, int] | None:
    """The (year, month) a returned form's file name carries ("组织科2026年11月反馈表.xlsx"), if any."""
    found = _PERIOD_IN_NAME.search(name)
    if found is None or not 1 <= int(found[2]) <= 12:
        return None
    return int(found[1]), int(found[2])
