"""Progress columns of a breakdown kept as the office's 工作台账 keeps them ("1-3月进展情况", "上半年落实情况"):
which columns they are and the period each reports for, so an import brings the year's reports along."""

from __future__ import annotations

import re

from importers.grid import Grid
from models.domain.numerals import parse_chinese_number

# The header of a progress column: a period (or nothing: the current one) and then what it holds.
_PROGRESS = re.compile(r"^(?P<period>.{0,14}?)(进展情况|推进情况|落实情况|完成情况|工作进展|进展|推进落实情况)$")
_YEAR = re.compile(r"(\d{4})年")
_NUMERAL = "〇零一二两三四五六七八九十"
_MONTH_RANGE = re.compile(rf"([\d{_NUMERAL}]{{1,3}})月?\s*[-－—~～至到]\s*([\d{_NUMERAL}]{{1,3}})月")
_MONTH = re.compile(rf"([\d{_NUMERAL}]{{1,3}})月")
_QUARTER = re.compile(r"前?第?([1-4一二三四])季度")
_HALVES = {"上半年": 6, "下半年": 12, "全年": 12, "年度": 12, "年底": 12, "年中": 6}


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_chinese_number(text)


def period_of_header(word: str, year: int) -> str | None:
    """The period ("2026-03") a progress column's header names; "" for a column that names none (its reports
    are for the period of the import); None when the word is not a progress column at all."""
    found = _PROGRESS.match(word)
    if found is None:
        return None
    text = found["period"].removesuffix("份").removesuffix("的")
    if not text:
        return ""
    if written := _YEAR.search(text):
        year = int(written[1])
        text = text.replace(written[0], "")
    month: int | None = None
    if ranged := _MONTH_RANGE.search(text):
        month = _number(ranged[2])
    elif single := _MONTH.search(text):
        month = _number(single[1])
    elif quarter := _QUARTER.search(text):
        month = 3 * (_number(quarter[1]) or 0)
    else:
        month = next((end for words, end in _HALVES.items() if words in text), None)
    if month is None or not 1 <= month <= 12:
        return None  # "督查进展情况": a progress-like word with no period read from it — not a column of reports
    return f"{year:04d}-{month:02d}"


def progress_columns(grid: Grid, header_row: int, year: int) -> list[tuple[int, str]]:
    """(column, period) of each progress column named in the header row (or the row above it, for a two-row
    header), left to right."""
    rows = [grid.rows[header_row]] + ([grid.rows[header_row - 1]] if header_row > 0 else [])
    found: dict[int, str] = {}
    for cells in rows:
        for column, value in enumerate(cells):
            word = re.sub(r"\s+", "", str(value)) if value is not None else ""
            period = period_of_header(word, year) if word else None
            if period is not None and column not in found:
                found[column] = period
    return sorted(found.items())
