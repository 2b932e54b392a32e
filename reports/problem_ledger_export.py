"""The 问题清单 written out as the 整改台账 the sections are handed (a sheet per source), which imports back as is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.settings import load_settings
from models.errors import RuleError
from models.read.problem_ledger import LedgerSheet, ledger_sheets
from reports.output import save_workbook
from reports.xlsx_export import CENTRE, HEADER_FILL, WRAP, cut_to_rows, fit_row_heights, print_setup, put, sheet_title

COLUMNS = [("序号", 6), ("问题类别", 12), ("存在问题", 36), ("整改措施", 36), ("责任领导", 9), ("责任单位", 12),
           ("责任人", 9), ("整改时限", 12), ("整改进展", 36), ("完成情况", 9)]
HEADER_ROW = 3
REPORT_COLUMN = 9


def export_problems(session: Session, out: Path, *, year: int = 0, source: str = "",
                    as_of: date | None = None) -> tuple[int, int]:
    """Write the year's 整改台账 (only `source`'s, when named); returns the problems written and those left out
    for having no source (an import needs the record a row goes under)."""
    settings = load_settings(session)
    today = as_of or date.today()
    year = settings.year_for(year, today.year)
    sheets, without_source = ledger_sheets(session, year, source)
    if not sheets:
        raise RuleError("{year}年没有列在督查记录下的问题，没有可导出的整改台账。", year=year)
    write_problem_ledger(sheets, out, settings.org_name, today)
    return sum(len(sheet.rows) for sheet in sheets), without_source


def write_problem_ledger(sheets: list[LedgerSheet], out: Path, org: str, today: date) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    taken: set[str] = set()
    for ledger in sheets:
        name, number = sheet_title(ledger.title), 2
        while name in taken:  # two records whose titles cut to the same 31 characters
            name, number = f"{sheet_title(ledger.title)[:27]}（{number}）", number + 1
        taken.add(name)
        sheet = book.create_sheet(name)
        width = len(COLUMNS)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        put(sheet, 1, 1, ledger.title, style=CENTRE, bold=True)
        sheet.cell(row=1, column=1).font = Font(bold=True, size=16)
        sheet.row_dimensions[1].height = 30
        put(sheet, 2, 1, f"{org}　导出于{chinese_date(today)}".strip("　"), style=CENTRE)
        for column, (label, chars) in enumerate(COLUMNS, start=1):
            put(sheet, HEADER_ROW, column, label, style=CENTRE, bold=True)
            sheet.cell(row=HEADER_ROW, column=column).fill = HEADER_FILL
            sheet.column_dimensions[get_column_letter(column)].width = chars
        widths = [float(chars) for _label, chars in COLUMNS]
        body = range(HEADER_ROW + 1, HEADER_ROW + 1 + len(ledger.rows))
        for line, row in zip(body, ledger.rows, strict=True):
            values = [*row[:8], cut_to_rows(row.report, widths[REPORT_COLUMN - 1]), row.state]
            for column, value in enumerate(values, start=1):
                put(sheet, line, column, value or None, style=CENTRE if column in (1, 5, 7, 8, 10) else WRAP)
                if isinstance(value, date):
                    sheet.cell(row=line, column=column).number_format = 'yyyy"年"m"月"d"日"'
        fit_row_heights(sheet, body, widths)
        sheet.freeze_panes = f"A{HEADER_ROW + 1}"
        print_setup(sheet, f"{HEADER_ROW}:{HEADER_ROW}", org)
    save_workbook(book, out)
