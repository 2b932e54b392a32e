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
from reports.page import MARGIN, build_pdf
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

    def field(name: str, value: str) -> list[Flowable | str]:
        return [para(name, fonts, 10, bold=True), text_cell(value, fonts, width - label - 12, 10)]

    deadline = row.deadline_display or "未填写"
    if detail.extensions:
        history = "；".join(f"原定{x.old or '未填'}，{chinese_date(x.approved_on)}延至{x.new}（{x.reason}）"
                           for x in detail.extensions)
        deadline = f"{deadline}（{history}）"
    facts = Table([
        field("任务编号", row.code), field("任务内容", row.title), field("具体措施", detail.measures or "—"),
        field("牵头科室", row.lead_section or "—"), field("配合科室", "、".join(row.co_sections) or "—"),
        field("分管领导", row.leader or "—"), field("责任人", row.owner or "—"), field("完成时限", deadline),
        field("当前状态", _state(row)),
    ], colWidths=[label, width - label])
    facts.setStyle(table_style(fonts, ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")))
    progress: list[list[Flowable | str]] = [[para(h, fonts, 10, bold=True, align="centre")
                                             for h in ("日期", "期次", "类别", "内容")]]
    widths = [28 * mm, 22 * mm, 16 * mm, width - 66 * mm]
    for entry in reversed(detail.timeline):  # oldest first, as a record reads
        progress.append([para(chinese_date(entry.entry_date), fonts, 9), para(entry.period, fonts, 9),
                         para(entry.kind.label, fonts, 9), text_cell(entry.text, fonts, widths[3] - 12, 9)])
    if len(progress) == 1:
        progress.append([para("（尚无进展记录）", fonts, 9), "", "", ""])
    history_table = Table(progress, colWidths=widths, repeatRows=1, splitInRow=1)
    history_table.setStyle(table_style(fonts, ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))))
    lines = Table([[para("督办意见：", fonts, 11, bold=True)], [""], [""], [""]], colWidths=[width],
                  rowHeights=[8 * mm, 10 * mm, 10 * mm, 10 * mm])
    lines.setStyle(table_style(fonts, ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.black)))
    story: list[Flowable] = [
        para("督　办　单", fonts, 20, bold=True, align="centre"), Spacer(1, 3 * mm),
        para(f"{data.org}　　{chinese_date(data.as_of)}", fonts, 10, align="centre"), Spacer(1, 5 * mm),
        facts, Spacer(1, 5 * mm), para("进展记录", fonts, 12, bold=True), Spacer(1, 2 * mm), history_table,
        Spacer(1, 6 * mm), lines, Spacer(1, 12 * mm),
        para("科室负责人（签字）：____________________　　　日期：______年____月____日", fonts, 11),
    ]
    return build_pdf(out, story, fonts, title=f"督办单 {row.code}", wide=False, footer_left=data.org)
