"""The ledger as a spreadsheet in the office's own shape (the task breakdown), and what every exported sheet
shares: cells, row heights within Excel's limit, print set-up with page numbers."""

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
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.settings import load_settings
from models.read.counting import Counting, Tally
from models.read.queries import TaskRow, task_rows
from reports.line_breaks import break_lines
from reports.output import save_workbook
from reports.text import latest_part

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


def title_rows(sheet: Worksheet, text: str, subtitle: str, width: int) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.cell(row=1, column=1, value=safe(text)).font = Font(bold=True, size=16)
    sheet.cell(row=1, column=1).alignment = CENTRE
    sheet.cell(row=2, column=1, value=safe(subtitle)).alignment = CENTRE
    sheet.row_dimensions[1].height = 30


LINE_POINTS = 14.5  # one line of 11 pt text as Excel, WPS and LibreOffice space it
MAX_ROW_POINTS = 409.0  # Excel's tallest row
MAX_LINES = int((MAX_ROW_POINTS - 4) // LINE_POINTS)


def char_units(char: str) -> int:
    """A character's width in a column's units: a Chinese character (or a full-width mark) is two."""
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def text_lines(value: object, width: float) -> int:
    """How many lines `value` takes wrapped in a column `width` characters wide (a Chinese character is two)."""
    if value is None:
        return 1
    usable = max(width - 1.5, 1.0)  # the cell's own margins
    lines = 0
    for part in str(value).split("\n"):
        units = sum(char_units(char) for char in part)
        lines += max(1, math.ceil(units / usable))
    return lines


def lines_within(text: str, width: float) -> str:
    """`text` broken into lines a tenth short of a column `width` characters wide, by the 禁则 (no 。 or ） starts
    a line): LibreOffice fills a line to the cell's very edge, where the last glyph is cut off on paper, and hangs
    a 。 past it or leaves it alone on a line of its own; a line ours never needs the sheet's own wrapping."""
    return "\n".join(break_lines(text, char_units, max(width - 1.5, 1.0) * 0.9))


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
        sheet.row_dimensions[row].height = round(min(height, MAX_ROW_POINTS), 1)


def cut_to_rows(text: str, width: float, *, broken: bool = False) -> str:
    """A report cut to its latest part (全文见台账) so its cell fits the tallest row Excel allows: a taller row
    is cut to 409 pt anyway, and LibreOffice then showed half a report. `broken`: in lines of our own
    (lines_within), counted as they are broken."""
    def shown(part: str) -> str:
        return lines_within(part, width) if broken else part

    if text_lines(shown(text), width) <= MAX_LINES:
        return shown(text)
    limit = int(MAX_LINES * max(width - 1.5, 1.0) / 2)  # Chinese characters the cell can show
    while limit > 20 and text_lines(shown(latest_part(text, limit)), width) > MAX_LINES:
        limit = limit * 9 // 10
    return shown(latest_part(text, limit))


# The print margins (inches) every exported sheet is set up with, and what fits between them on A4 landscape.
MARGINS = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3)
PRINTED_WIDTH = (841.9 - 72 * (MARGINS.left + MARGINS.right))  # points
PRINTED_HEIGHT = (595.3 - 72 * (MARGINS.top + MARGINS.bottom))


def print_setup(sheet: Worksheet, header_rows: str, org: str = "") -> None:
    """A4 landscape, one page wide, the header rows on every page, "第 1 页 共 3 页" at the foot."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins = MARGINS
    sheet.print_title_rows = header_rows
    footer = sheet.oddFooter
    assert footer is not None  # openpyxl gives every sheet one
    footer.center.text, footer.center.size = "第 &P 页 共 &N 页", 9
    if org:
        footer.left.text, footer.left.size = org.replace("&", "&&"), 9  # & starts a code in a footer


def rows_per_page_points(widths: list[float], header_points: float) -> float:
    """How much of the sheet's row height one printed page holds, under the repeated header: the sheet is
    scaled to the paper's width, so a wide sheet takes more rows. A tenth is kept back, as Excel, WPS and
    LibreOffice each round a little differently."""
    sheet_width = sum(chars * 7 + 5 for chars in widths) * 0.75  # Excel's column width in points
    scale = min(1.0, PRINTED_WIDTH / sheet_width)
    return PRINTED_HEIGHT / scale * 0.9 - header_points


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


HEADER_ROW_POINTS = 20.0
TITLE_POINTS = 30 + 15.0  # the title and its subtitle, over the first page's rows


def _pages(sheet: Worksheet, body: range, room: float, above_first: float) -> list[int]:
    """The first row of each printed page, with a page break set before each but the first: pages the
    spreadsheet program will not break sooner, so each page's key task can be merged and shown on it."""
    starts, used = [body.start], above_first
    for row in body:
        height = sheet.row_dimensions[row].height or LINE_POINTS
        if used + height > room and row != starts[-1]:
            sheet.row_breaks.append(Break(id=row - 1))
            starts.append(row)
            used = 0.0
        used += height
    return starts


def _merge_key_tasks(sheet: Worksheet, body: range, pages: list[int]) -> None:
    """The key task merged down its rows, as the office's sheet has it, but afresh on each printed page: a
    block that goes on over a page break names its key task again at the top of the next page."""
    block = body.start
    for row in range(body.start + 1, body.stop + 1):
        ends = (row == body.stop or row in pages
                or sheet.cell(row=row, column=2).value != sheet.cell(row=block, column=2).value)
        if ends:
            if row - 1 > block:
                sheet.merge_cells(start_row=block, start_column=2, end_row=row - 1, end_column=2)
            block = row


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
    title_rows(sheet, f"{year}年重点工作任务分解表", f"{settings.org_name}　导出于{chinese_date(today)}", width)
    for column, (name, chars) in enumerate(BREAKDOWN_COLUMNS, start=1):
        put(sheet, 3, column, "责任单位" if name in ("牵头", "配合") else name, style=CENTRE, bold=True)
        put(sheet, 4, column, name if name in ("牵头", "配合") else None, style=CENTRE, bold=True)
        sheet.cell(row=3, column=column).fill = HEADER_FILL
        sheet.cell(row=4, column=column).fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = chars
    for column in (1, 2, 3, 6, 7, 8, 9, 10):
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    sheet.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    sheet.row_dimensions[3].height = sheet.row_dimensions[4].height = HEADER_ROW_POINTS
    numbers = _numbers(rows)
    widths = [float(chars) for _name, chars in BREAKDOWN_COLUMNS]
    body = range(5, 5 + len(rows))
    for line, row in zip(body, rows, strict=True):
        values: list[CellValue] = [numbers[row.id], row.key_task_title, row.title, row.lead_section,
                                   "、".join(row.co_sections), row.leader, row.owner, row.deadline_display,
                                   row.status.label, cut_to_rows(row.latest_progress, widths[9])]
        for column, value in enumerate(values, start=1):
            put(sheet, line, column, value or None)
    fit_row_heights(sheet, body, widths)  # each row with its key task: how tall it is at most, for the pages
    pages = _pages(sheet, body, rows_per_page_points(widths, 2 * HEADER_ROW_POINTS), TITLE_POINTS)
    _merge_key_tasks(sheet, body, pages)
    fit_row_heights(sheet, body, widths, spanned=2)
    sheet.freeze_panes = "A5"
    print_setup(sheet, "3:4", settings.org_name)
    save_workbook(book, out)
    return Counting(rows).tally(rows)
