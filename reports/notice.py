"""督办单: a supervision notice for one task, with its deadline and progress history and signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.enums import Light
from models.domain.lights import LightRules
from models.domain.settings import load_settings
from models.errors import RuleError
from models.read.queries import TaskRow, find_task_by_code, task_rows
from models.read.task_detail import TaskDetail, task_detail
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.text import para, table_style


@dataclass(frozen=True)
class NoticeData:
    org: str
    row: TaskRow
    detail: TaskDetail
    as_of: date


def notice_data(session: Session, code: str, as_of: date, year: int = 0) -> NoticeData:
    """The task shown as `code` in 编号; a clear message when there is none."""
    settings = load_settings(session)
    year = year or settings.current_year or as_of.year
    rows = task_rows(session, year, as_of, LightRules(settings.warning_days, settings.schedule_gap))
    row = find_task_by_code(rows, code)
    if row is None:
        raise RuleError(f"{year}年没有编号为“{code}”的任务。")
    return NoticeData(settings.org_name, row, task_detail(session, row.id), as_of)


def _state(row: TaskRow) -> str:
    parts = [row.status.label, f"进度{row.percent}%"]
    if row.light != Light.NONE:
        parts.append(row.light.label)
    if row.overdue:
        parts.append("已逾期")
    return "　".join(parts)


def write_notice(data: NoticeData, fonts: FontSetup, out: Path) -> int:
    width = A4[0] - 2 * MARGIN
    row, detail = data.row, data.detail
    label = 28 * mm

    def field(name: str, value: str) -> GridRow:
        return GridRow([text_cell(name, fonts, label - 2 * PADDING, BODY_SIZE, bold=True),
                        text_cell(value, fonts, width - label - 2 * PADDING, BODY_SIZE)],
                       continued=text_cell(f"{name}（续）", fonts, label - 2 * PADDING, BODY_SIZE, bold=True))

    deadline = row.deadline_display or "未填写"
    if detail.extensions:
        history = "；".join(f"原定{x.old or '未填'}，{chinese_date(x.approved_on)}延至{x.new}（{x.reason}）"
                           for x in detail.extensions)
        deadline = f"{deadline}（{history}）"
    facts = GridTable([label, width - label], [], [
        field("任务编号", row.code), field("任务内容", row.title), field("具体措施", detail.measures or "—"),
        field("牵头科室", row.lead_section or "—"), field("配合科室", "、".join(row.co_sections) or "—"),
        field("分管领导", row.leader or "—"), field("责任人", row.owner or "—"), field("完成时限", deadline),
        field("当前状态", _state(row)),
    ])
    widths = [33 * mm, 19 * mm, 14 * mm, width - 66 * mm]  # 2026年10月25日 on one line
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(("日期", "期次", "类别", "内容"), widths, strict=True)]
    entries = []
    for entry in reversed(detail.timeline):  # oldest first, as a record reads
        values = (chinese_date(entry.entry_date), entry.period, entry.kind.label, entry.text)
        cells = [text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE) for v, w in zip(values, widths, strict=True)]
        entries.append(GridRow(cells, continued=text_cell(f"{values[0]}（续）", fonts, widths[0] - 2 * PADDING,
                                                          BODY_SIZE)))
    if not entries:
        entries.append(GridRow([text_cell("（尚无进展记录）", fonts, width - 2 * PADDING, BODY_SIZE, align="centre")],
                               spans=True))
    # The opinion lines and the signature stay with the last entries: never alone on a page of their own.
    closing = Table([[para("督办意见：", fonts, 11, bold=True)], [""], [""], [""], [""],
                     [para("科室负责人（签字）：____________________　　　日期：______年____月____日", fonts, 11)]],
                    colWidths=[width], rowHeights=[8 * mm, 10 * mm, 10 * mm, 10 * mm, 8 * mm, 8 * mm])
    closing.setStyle(table_style(fonts, ("LINEBELOW", (0, 1), (-1, 3), 0.5, colors.black),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, -1), (-1, -1), "BOTTOM")))
    story: list[Flowable] = [
        para("督　办　单", fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 3 * mm),
        para(f"{data.org}　　{chinese_date(data.as_of)}", fonts, BODY_SIZE, align="centre"), Spacer(1, 5 * mm),
        facts, Spacer(1, 5 * mm), para("进展记录", fonts, 12, bold=True), Spacer(1, 2 * mm),
        GridTable(widths, header, entries, closing=closing, closing_gap=6 * mm),
    ]
    return build_pdf(out, story, fonts, title=f"督办单 {row.code}", wide=False, footer_left=data.org)
