"""The 批示件办理情况报告 (呈报单): one A4 page back to the leader — the 批示, what was done since, the sign-offs."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from models.domain.deadlines import chinese_date
from models.read.instructions import InstructionReport
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, PartStart, build_pdf
from reports.sign_off import printed_org
from reports.text import FULL_TEXT_IN_LEDGER, latest_part, para, table_style

TITLE = "批示件办理情况报告"
WIDTH = A4[0] - 2 * MARGIN
ROOM = A4[1] - 2 * MARGIN - 1.0
LABEL = 26 * mm
VALUE = WIDTH / 2 - LABEL
PAD = 3.0
BLANK_DATE = "　　年　　月　　日"
NOTHING_YET = "（批示以来尚无办理情况报告，请承办科室填写）"
DONE_ROOM = 55 * mm  # the 办理情况 box is at least this tall, room to write by hand
REVIEW_ROOM = 24 * mm
SIGNER = "科室负责人\n（签字）"
REVIEWER = "督查室\n审核意见"


@dataclass(frozen=True)
class Budget:
    """How much the form prints: the latest reports, each cut to its latest part, and the 批示's words; shrunk a
    step at a time until the form fits one page."""

    entries: int = 8
    report_chars: int = 300
    text_chars: int = 400

    def smaller(self) -> Budget | None:
        if self.entries > 3:
            return replace(self, entries=self.entries - 1)
        if self.report_chars > 120:
            return replace(self, report_chars=self.report_chars - 60)
        if self.text_chars > 160:
            return replace(self, text_chars=160)
        if self.entries > 1:
            return replace(self, entries=self.entries - 1)
        if self.report_chars > 60:
            return replace(self, report_chars=60)
        return None


WORD_BUDGET = Budget(entries=4, report_chars=140, text_chars=200)  # Word lays out its own page: kept short


def _opening(text: str, limit: int) -> str:
    """The 批示 from its start (what the leader asked comes first), cut and marked where it is long."""
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "……" + FULL_TEXT_IN_LEDGER


def done_words(report: InstructionReport, budget: Budget) -> str:
    """What was done since the 批示: its latest reports, oldest of them first, a subtask's marked by its 编号."""
    done = list(report.done)
    shown = done[-budget.entries:]
    lines = [f"批示以来共{len(done)}条，此前{len(done) - len(shown)}条见台账"] if len(done) > len(shown) else []
    for row in shown:
        whose = "" if row.own or not row.code else f"（{row.code}）"
        lines.append(f"{chinese_date(row.entry_date)}{whose}：{latest_part(row.text, budget.report_chars)}")
    return "\n".join(lines) or NOTHING_YET


def fields(report: InstructionReport, budget: Budget) -> dict[str, str]:
    """Every box's words, the same on paper and in Word."""
    said = report.instruction
    units = report.lead_section or "—"
    if report.co_sections:
        units = f"{units}（牵头）、{'、'.join(report.co_sections)}（配合）"
    return {
        "批示领导": said.leader, "批示日期": chinese_date(said.given_on), "批示载体": said.document or "—",
        "批示内容": _opening(said.text, budget.text_chars),
        "落实事项": f"{report.code}　{_opening(report.title, 120)}" if report.code else _opening(report.title, 120),
        "承办科室": units, "完成时限": report.deadline or "—", "办理情况": done_words(report, budget),
        "目前状态": f"{report.status.label}　进度{report.percent}%",
        SIGNER: "", "日　　期": BLANK_DATE, REVIEWER: f"\n\n审核人：　　　　　　{BLANK_DATE}",
    }


# The form's rows: a pair of boxes, or one box across (its value over three columns).
ROWS: list[tuple[str, ...]] = [("批示领导", "批示日期"), ("批示载体",), ("批示内容",), ("落实事项",),
                               ("承办科室", "完成时限"), ("办理情况",), ("目前状态",), (SIGNER, "日　　期"),
                               (REVIEWER,)]


def _cell(text: str, fonts: FontSetup, width: float, *, bold: bool = False, align: str = "left") -> Flowable:
    return text_cell(text, fonts, width - 2 * PAD, BODY_SIZE, bold=bold, align=align)


def _form(report: InstructionReport, org: str, fonts: FontSetup, budget: Budget) -> list[Flowable]:
    words = fields(report, budget)
    rows: list[list[Any]] = []
    heights: list[float | None] = []
    for names in ROWS:
        cells: list[Any] = []
        for name in names:
            wide = len(names) == 1
            cells += [_cell(name, fonts, LABEL, bold=True, align="centre"),
                      _cell(words[name], fonts, WIDTH - LABEL if wide else VALUE)]
        rows.append([*cells, "", ""] if len(names) == 1 else cells)
        least = {"办理情况": DONE_ROOM, REVIEWER: REVIEW_ROOM}.get(names[0])
        needed = max(cell.wrap(WIDTH, ROOM)[1] for cell in cells) + 2 * PAD
        heights.append(max(least, needed) if least else None)
    table = Table(rows, colWidths=[LABEL, VALUE, LABEL, VALUE], rowHeights=heights)
    table.setStyle(table_style(
        fonts, ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (1, 5), (1, 5), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD), ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        *[("SPAN", (1, number), (3, number)) for number, names in enumerate(ROWS) if len(names) == 1]))
    heading = Table([[para(printed_org(org), fonts, BODY_SIZE), para(_number(report), fonts, BODY_SIZE,
                                                                      align="right")]],
                    colWidths=[WIDTH / 2, WIDTH / 2])
    heading.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return [PartStart(), para(TITLE, fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 4 * mm), heading,
            Spacer(1, 2 * mm), table]


def _number(report: InstructionReport) -> str:
    return f"任务编号：{report.code}" if report.code else ""


def instruction_story(report: InstructionReport, org: str, fonts: FontSetup) -> list[Flowable]:
    """The form at the largest budget that fits one page (the smallest if none does)."""
    budget: Budget | None = Budget()
    story: list[Flowable] = []
    while budget is not None:
        story = _form(report, org, fonts, budget)
        if sum(flowable.wrap(WIDTH, ROOM)[1] for flowable in story) <= ROOM:
            break
        budget = budget.smaller()
    return story


def write_instruction_pdf(report: InstructionReport, org: str, fonts: FontSetup, out: Path) -> int:
    """The 呈报单 as PDF; returns the number of pages (one)."""
    return build_pdf(out, instruction_story(report, org, fonts), fonts, title=f"{TITLE} {report.code}", wide=False,
                     parts=True)


def instruction_docx_bytes(report: InstructionReport, org: str) -> bytes:
    """The 呈报单 as a Word document in the 公文 styles: the title, then the form as a ruled table."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm

    from reports import docx_styles as ds
    from reports import gongwen_docx as gd

    document, width = ds.new_document(f"{TITLE} {report.code}")
    gd.drop_first_paragraph(document)
    gd.add_title(document, TITLE, width)
    line = document.add_paragraph("", style=ds.TABLE)
    line.paragraph_format.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT)
    line.add_run(ds.clean_text(printed_org(org)))
    line.add_run().add_tab()
    line.add_run(_number(report))
    words = fields(report, WORD_BUDGET)
    label, value = 26.0, width / 2 - 26.0
    table = document.add_table(rows=len(ROWS), cols=4)
    table.style, table.alignment, table.autofit = document.styles["Table Grid"], WD_TABLE_ALIGNMENT.CENTER, False
    text_style = document.styles[ds.TABLE]
    for row, names in zip(table.rows, ROWS, strict=True):
        cells = row.cells
        if len(names) == 1:
            cells = [cells[0], cells[1].merge(cells[3])]
        for number, name in enumerate(names):
            _word_cell(cells[2 * number], name, text_style, bold=True)
            _word_cell(cells[2 * number + 1], words[name], text_style, bold=False)
        least = {"办理情况": DONE_ROOM, REVIEWER: REVIEW_ROOM}.get(names[0])
        if least:
            row.height, row.height_rule = Mm(least / mm), WD_ROW_HEIGHT_RULE.AT_LEAST
    for column, size in zip(table.columns, (label, value, label, value), strict=True):
        for cell in column.cells:
            cell.width = Mm(size)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _word_cell(cell: Any, text: str, style: Any, *, bold: bool) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from reports.docx_styles import clean_text

    lines = clean_text(text).split("\n")
    if bold:  # a label in the middle of its box, as on paper
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    for number, line in enumerate(lines):
        if number:
            paragraph = cell.add_paragraph()
        paragraph.style = style
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if bold else WD_ALIGN_PARAGRAPH.LEFT
        paragraph.add_run(line).bold = bold or None


def write_instruction_docx(report: InstructionReport, org: str, out: Path) -> int:
    """The Word copy of the 呈报单; returns the number of reports it quotes."""
    out.write_bytes(instruction_docx_bytes(report, org))
    return len(report.done)
