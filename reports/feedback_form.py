"""A section's 反馈表: its open tasks with the last report — those it leads first, then those it helps with (牵头/
配合 in a column of its own, with who leads) —, a line for who fills it in, a drop-down of the status words the
progress-return import reads; filled in, it imports back as it is."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from models.domain.lights import LightRules, parse_period
from models.domain.settings import load_settings
from models.domain.workflow import RETURN_STATUS_WORDS
from models.read.counting import Counting, Tally
from models.read.queries import TaskRow, reports_as_of, task_rows
from reports.output import save_workbook
from reports.xlsx_export import (
    CENTRE,
    HEADER_FILL,
    WRAP,
    CellValue,
    char_units,
    cut_to_rows,
    fit_row_heights,
    lines_within,
    print_setup,
    put,
    sheet_title,
    title_rows,
)

FEEDBACK_COLUMNS = [("编号", 9), ("任务内容", 44), ("牵头/配合", 16), ("完成时限", 14), ("上期进展", 36),
                    ("进展情况", 44), ("完成状态", 10), ("进度", 8)]
# 牵头/配合, 完成时限, 上期进展 and 完成状态, counted from 1
ROLE_COLUMN, DEADLINE_COLUMN, LAST_COLUMN, STATUS_COLUMN = 3, 4, 5, 7
# Columns as wide as their widest line (（公务员管理科牵头）, 2027年1月25日前) up to these: past them a line breaks,
# 牵头/配合 between the unit's name and 牵头.
WIDEST = {ROLE_COLUMN: 24.0, DEADLINE_COLUMN: 20.0}
HEADER_ROW = 4  # under the title, its subtitle and the line of who fills it in
# The drop-down offers exactly the words the return import reads (the one list, in models/domain/workflow.py).
STATUS_CHOICES = RETURN_STATUS_WORDS
FILLED_IN_BY = ("填报人：__________　　科室负责人（签字）：__________　　联系电话：__________　　"
                "填报日期：____年__月__日")


def period_words(period: str) -> str:
    """"2026-02" as the sheets print a month: 【2026年2月】."""
    year, _, month = period.partition("-")
    return f"【{year}年{int(month)}月】" if month.isdigit() else f"【{period}】"


def feedback_form(session: Session, out: Path, section: str, period: str, *, year: int = 0) -> Tally:
    """A blank 反馈表 for one section and period; filled in, it imports back with `import-progress` as is.
    Returns the tasks it lists, counted as every sheet counts."""
    settings = load_settings(session)
    period_year, month = parse_period(period)
    year = settings.year_for(year, period_year)
    as_of = date(period_year, month, 1)
    year_rows = task_rows(session, year, as_of, LightRules())
    rows = [r for r in year_rows if section in (r.lead_section, *r.co_sections) and not r.status.is_finished]
    rows.sort(key=lambda r: r.lead_section != section)  # its own tasks first, then those it helps with
    previous = reports_as_of(session, year, as_of)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(f"{section}{month}月反馈")
    width = len(FEEDBACK_COLUMNS)
    title_rows(sheet, f"{section} {period_year}年{month}月重点任务推进情况反馈表",
               f"请于本月25日前填写“进展情况”“完成状态”和“进度”后报回{settings.org_name}", width)
    # Who fills it in, above the table: the import reads from the header down, so this line is never a task.
    sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=width)
    sheet.cell(row=3, column=1, value=FILLED_IN_BY)
    sheet.row_dimensions[3].height = 24
    roles = [role(row, section) for row in rows]
    widths = [float(chars) for _name, chars in FEEDBACK_COLUMNS]
    for column, texts in ((ROLE_COLUMN, roles), (DEADLINE_COLUMN, [row.deadline_display for row in rows])):
        widths[column - 1] = _fitted_width(texts, widths[column - 1], WIDEST[column])
    for column, (name, _chars) in enumerate(FEEDBACK_COLUMNS, start=1):
        put(sheet, HEADER_ROW, column, name, style=CENTRE, bold=True)
        sheet.cell(row=HEADER_ROW, column=column).fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = widths[column - 1]
    first = HEADER_ROW + 1
    for line, (row, said) in enumerate(zip(rows, roles, strict=True), start=first):
        last = previous.get(row.id)
        # what the section reads but does not fill in, in lines of our own; the task as it is (it imports back)
        earlier = cut_to_rows(f"{period_words(last[0])}{last[1]}", widths[LAST_COLUMN - 1], broken=True) if last \
            else ""
        cells: list[CellValue] = [row.code, row.title, lines_within(said, widths[ROLE_COLUMN - 1]),
                                  lines_within(row.deadline_display, widths[DEADLINE_COLUMN - 1]), earlier, None,
                                  None, None]
        for column, value in enumerate(cells, start=1):
            put(sheet, line, column, value or None, style=CENTRE if column == ROLE_COLUMN else WRAP)
    if rows:
        letter = get_column_letter(STATUS_COLUMN)
        _status_drop_down(sheet, f"{letter}{first}:{letter}{first + len(rows) - 1}")
    # Room to write in by hand (45 pt), more where the task or the last report needs it.
    fit_row_heights(sheet, range(first, first + len(rows)), widths, least=45)
    sheet.freeze_panes = f"A{first}"
    print_setup(sheet, f"{HEADER_ROW}:{HEADER_ROW}", settings.org_name)
    save_workbook(book, out)
    return Counting(year_rows).tally(rows)


def role(row: TaskRow, section: str) -> str:
    """"牵头", or "配合" with who leads ("配合\n（组织科牵头）"): what the section owes on the task; a unit's name
    too long for the column's widest is broken before 牵头, never inside a word or before its closing bracket."""
    if row.lead_section == section:
        return "牵头"
    if not row.lead_section:
        return "配合"
    led = f"（{row.lead_section}牵头）"
    if _line_width(led) > WIDEST[ROLE_COLUMN]:
        led = f"（{row.lead_section}\n牵头）"
    return f"配合\n{led}"


def _line_width(line: str) -> float:
    """The column width a line needs to stand on one line, as lines_within breaks it: a tenth to spare."""
    return sum(char_units(char) for char in line) / 0.9 + 1.5


def _fitted_width(texts: list[str], least: float, most: float) -> float:
    """A column as wide as its widest line needs, between `least` and `most`."""
    widest = max((_line_width(line) for text in texts for line in text.split("\n")), default=least)
    return float(min(most, max(least, math.ceil(widest))))


def _status_drop_down(sheet: Worksheet, cells: str) -> None:
    """完成状态 chosen from the words the import reads; typed in by hand (进行中, 已完成。) it is still read."""
    choices = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True,
                             showErrorMessage=False, showInputMessage=True, promptTitle="完成状态",
                             prompt="从列表中选择：" + "、".join(STATUS_CHOICES))
    choices.add(cells)
    sheet.add_data_validation(choices)
