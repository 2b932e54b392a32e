"""The ledger as spreadsheets in the office's own shape: the task breakdown and a section's feedback form."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.lights import LightRules, parse_period
from models.domain.settings import load_settings
from models.read.counting import Counting, Tally
from models.read.queries import TaskRow, reports_as_of, task_rows
from reports.output import save_workbook

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")

CellValue = str | int | float | date | None


def safe(value: CellValue) -> CellValue:
    """Text exactly as typed: illegal control characters dropped; never a formula (=, +, -, @ at the start)."""
    if not isinstance(value, str):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def sheet_title(text: str) -> str:
    """A worksheet name Excel accepts: none of \\ / ? * [ ] :, at most 31 characters, never empty."""
    return re.sub(r"[\\/?*\[\]:]", "", text)[:31] or "Sheet1"


def put(sheet: Worksheet, row: int, column: int, value: CellValue, *, style: Alignment = WRAP,
        bold: bool = False) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = safe(value)
    if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
        cell.data_type = "s"  # stored as text, so Excel/WPS never evaluates it
    cell.alignment = style
    cell.border = BOX
    if bold:
        cell.font = Font(bold=True)


def _title(sheet: Worksheet, text: str, subtitle: str, width: int) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.cell(row=1, column=1, value=safe(text)).font = Font(bold=True, size=16)
    sheet.cell(row=1, column=1).alignment = CENTRE
    sheet.cell(row=2, column=1, value=safe(subtitle)).alignment = CENTRE
    sheet.row_dimensions[1].height = 30


LINE_POINTS = 14.5  # one line of 11 pt text as Excel, WPS and LibreOffice space it


def text_lines(value: object, width: float) -> int:
    """How many lines `value` takes wrapped in a column `width` characters wide (a Chinese character is two)."""
    if value is None:
        return 1
    usable = max(width - 1.5, 1.0)  # the cell's own margins
    lines = 0
    for part in str(value).split("\n"):
        units = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in part)
        lines += max(1, math.ceil(units / usable))
    return lines


def fit_row_heights(sheet: Worksheet, rows: range, widths: list[float], *, spanned: int | None = None,
                    least: float = 0.0) -> None:
    """Store each row's height from its text: only Excel works heights out itself, so without them WPS and
    LibreOffice show and print every wrapped cell cut to one line. `spanned` is a column merged over blocks
    of rows (the key task): a block grows at its foot when its text needs more than its rows give."""
    heights: dict[int, float] = {}
    for row in rows:
        lines = max(text_lines(sheet.cell(row=row, column=column).value, width)
                    for column, width in enumerate(widths, start=1) if column != spanned)
        heights[row] = max(lines * LINE_POINTS + 4, least)
    if spanned is not None:
        for merged in sheet.merged_cells.ranges:
            if merged.min_col == spanned and merged.min_row in heights:
                block = range(merged.min_row, merged.max_row + 1)
                need = text_lines(sheet.cell(row=merged.min_row, column=spanned).value, widths[spanned - 1])
                short = need * LINE_POINTS + 4 - sum(heights[r] for r in block)
                if short > 0:
                    heights[merged.max_row] += short
        for row in rows:  # a row outside any block
            if not any(merged.min_col == spanned and merged.min_row <= row <= merged.max_row
                       for merged in sheet.merged_cells.ranges):
                needed = text_lines(sheet.cell(row=row, column=spanned).value, widths[spanned - 1])
                heights[row] = max(heights[row], needed * LINE_POINTS + 4)
    for row, height in heights.items():
        sheet.row_dimensions[row].height = round(height, 1)


def _print_setup(sheet: Worksheet, header_rows: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = header_rows


BREAKDOWN_COLUMNS = [("序号", 7), ("重点任务", 22), ("具体措施", 46), ("牵头", 12), ("配合", 14), ("分管领导", 11),
                     ("责任人", 10), ("完成时限", 14), ("状态", 9), ("最新进展", 40)]


def _numbers(rows: list[TaskRow]) -> dict[int, str]:
    """1. 2. within each key task, (1) (2) for subtasks, deeper levels ① ②…"""
    labels: dict[int, str] = {}
    counters: dict[tuple[int | None, int | None], int] = {}
    depth: dict[int, int] = {}
    for row in rows:
        level = 0 if row.parent_id is None else depth.get(row.parent_id, 0) + 1
        depth[row.id] = level
        key = (row.key_task_id, None) if level == 0 else (None, row.parent_id)
        counters[key] = counters.get(key, 0) + 1
        n = counters[key]
        labels[row.id] = f"{n}." if level == 0 else f"({n})" if level == 1 else chr(0x2460 + min(n, 20) - 1)
    return labels


def export_ledger(session: Session, out: Path, *, year: int = 0, as_of: date | None = None) -> Tally:
    """The year's tasks as a task breakdown that imports back as the same tasks; returns what it holds, counted
    as every sheet counts (the messages say it from this, without reading the year again)."""
    settings = load_settings(session)
    today = as_of or date.today()
    year = settings.year_for(year, today.year)
    rows = task_rows(session, year, today, settings.light_rules)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"{year}年重点任务"
    width = len(BREAKDOWN_COLUMNS)
    _title(sheet, f"{year}年重点工作任务分解表", f"{settings.org_name}　导出于{chinese_date(today)}", width)
    for column, (name, chars) in enumerate(BREAKDOWN_COLUMNS, start=1):
        put(sheet, 3, column, "责任单位" if name in ("牵头", "配合") else name, style=CENTRE, bold=True)
        put(sheet, 4, column, name if name in ("牵头", "配合") else None, style=CENTRE, bold=True)
        sheet.cell(row=3, column=column).fill = HEADER_FILL
        sheet.cell(row=4, column=column).fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = chars
    for column in (1, 2, 3, 6, 7, 8, 9, 10):
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    sheet.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    numbers = _numbers(rows)
    line = 5
    block_start, block_key = 5, None
    for row in rows:
        if row.key_task_title != block_key:
            if block_key is not None and line - 1 > block_start:
                sheet.merge_cells(start_row=block_start, start_column=2, end_row=line - 1, end_column=2)
            block_start, block_key = line, row.key_task_title
        values: list[CellValue] = [numbers[row.id], row.key_task_title, row.title, row.lead_section,
                                   "、".join(row.co_sections), row.leader, row.owner, row.deadline_display,
                                   row.status.label, row.latest_progress]
        for column, value in enumerate(values, start=1):
            put(sheet, line, column, value or None)
        line += 1
    if block_key is not None and line - 1 > block_start:
        sheet.merge_cells(start_row=block_start, start_column=2, end_row=line - 1, end_column=2)
    fit_row_heights(sheet, range(5, line), [float(chars) for _name, chars in BREAKDOWN_COLUMNS], spanned=2)
    sheet.freeze_panes = "A5"
    _print_setup(sheet, "3:4")
    save_workbook(book, out)
    return Counting(rows).tally(rows)


FEEDBACK_COLUMNS = [("编号", 9), ("任务内容", 44), ("完成时限", 14), ("上期进展", 36), ("进展情况", 44),
                    ("完成状态", 10), ("进度", 8)]


def feedback_form(session: Session, out: Path, section: str, period: str, *, year: int = 0) -> Tally:
    """A blank 反馈表 for one section and period; filled in, it imports back with `import-progress` as is.
    Returns the tasks it lists, counted as every sheet counts."""
    settings = load_settings(session)
    period_year, month = parse_period(period)
    year = settings.year_for(year, period_year)
    as_of = date(period_year, month, 1)
    year_rows = task_rows(session, year, as_of, LightRules())
    rows = [r for r in year_rows if section in (r.lead_section, *r.co_sections) and not r.status.is_finished]
    previous = reports_as_of(session, year, as_of)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(f"{section}{month}月反馈")
    _title(sheet, f"{section} {period_year}年{month}月重点任务推进情况反馈表",
           f"请于本月25日前填写“进展情况”“完成状态”和“进度”后报回{settings.org_name}", len(FEEDBACK_COLUMNS))
    for column, (name, chars) in enumerate(FEEDBACK_COLUMNS, start=1):
        put(sheet, 3, column, name, style=CENTRE, bold=True)
        sheet.cell(row=3, column=column).fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = chars
    for line, row in enumerate(rows, start=4):
        last = previous.get(row.id)
        cells: list[CellValue] = [row.code, row.title, row.deadline_display,
                                  f"（{last[0]}）{last[1]}" if last else "", None, None, None]
        for column, value in enumerate(cells, start=1):
            put(sheet, line, column, value or None)
    # Room to write in by hand (45 pt), more where the task or the last report needs it.
    fit_row_heights(sheet, range(4, 4 + len(rows)), [float(chars) for _name, chars in FEEDBACK_COLUMNS], least=45)
    sheet.freeze_panes = "A4"
    _print_setup(sheet, "3:3")
    save_workbook(book, out)
    return Counting(year_rows).tally(rows)
