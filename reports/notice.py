"""督办单: numbered supervision notices, one a page: the task, the opinion, the reply deadline and box, signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.entities import Notice
from models.domain.enums import Light
from models.domain.notices import LATE_OPINION, USUAL_OPINION, notice_number
from models.domain.settings import load_settings
from models.errors import RuleError
from models.read.evidence import names
from models.read.lookups import sections
from models.read.queries import TaskRow, find_task_by_code, task_rows
from models.read.task_detail import TaskDetail, task_detail
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import printed_org
from reports.text import para, table_style

NOTICE_CHOICES = ("all", "overdue", "red", "no_feedback")


@dataclass(frozen=True)
class NoticeData:
    org: str
    row: TaskRow
    detail: TaskDetail
    as_of: date
    number: str = ""  # 督〔2026〕12号; empty on a preview before the notice is issued
    reply_by: date | None = None  # 反馈时限
    matter: str = ""  # 督办事项
    opinion: str = ""  # 督办意见


def task_for_notice(session: Session, code: str, as_of: date, year: int = 0) -> TaskRow:
    """The task shown as `code` in 编号; a clear message when there is none."""
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    rows = task_rows(session, year, as_of, settings.light_rules)
    row = find_task_by_code(rows, code)
    if row is None:
        raise RuleError(f"{year}年没有编号为“{code}”的任务。")
    return row


def tasks_for_notices(session: Session, as_of: date, *, only: str = "overdue", section: str = "",
                      year: int = 0) -> list[TaskRow]:
    """The tasks a batch of notices goes to: late (逾期), red, or without a report this period; one section."""
    if only not in NOTICE_CHOICES:
        raise ValueError(only)
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    rows = task_rows(session, year, as_of, settings.light_rules)
    if section and section not in {s.name for s in sections(session, include_inactive=True)}:
        raise RuleError(f"{year}年台账中没有科室“{section}”。")
    def wanted(row: TaskRow) -> bool:
        if only == "overdue":
            return row.overdue
        if only == "red":
            return row.light == Light.RED
        if only == "no_feedback":
            return row.status.is_active and not row.feedback_this_period
        return row.status.is_active
    return [r for r in rows if wanted(r) and (not section or section in (r.lead_section, *r.co_sections))]


def notice_data(session: Session, code: str, as_of: date, year: int = 0) -> NoticeData:
    """A preview of the notice for the task `code`, before it is issued and numbered."""
    settings = load_settings(session)
    row = task_for_notice(session, code, as_of, year)
    return NoticeData(printed_org(settings.org_name), row, task_detail(session, row.id), as_of,
                      reply_by=as_of + timedelta(days=settings.notice_reply_days), matter=row.title,
                      opinion=LATE_OPINION if row.overdue else USUAL_OPINION)


def issued_notices(session: Session, notice_ids: list[int], as_of: date) -> list[NoticeData]:
    """Issued notices as printed: number, reply date, matter and opinion as stored, the task as of `as_of`."""
    settings = load_settings(session)
    rules = settings.light_rules
    by_year: dict[int, dict[int, TaskRow]] = {}  # the whole year is read once: a task's 编号 needs its tree
    found = []
    for notice_id in notice_ids:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise RuleError(f"没有这张督办单（{notice_id}）。")
        if notice.year not in by_year:
            by_year[notice.year] = {row.id: row for row in task_rows(session, notice.year, as_of, rules)}
        row = by_year[notice.year][notice.task_id]
        found.append(NoticeData(printed_org(settings.org_name), row, task_detail(session, notice.task_id),
                                as_of, notice_number(notice.year, notice.number), notice.reply_by, notice.matter,
                                notice.opinion))
    return found


def _state(row: TaskRow) -> str:
    parts = [row.status.label, f"进度{row.percent}%"]
    if row.light != Light.NONE:
        parts.append(row.light.label)
    if row.overdue:
        parts.append("已逾期")
    return "　".join(parts)


def write_notice(data: NoticeData, fonts: FontSetup, out: Path) -> int:
    return write_notices([data], fonts, out)


def write_notices(notices: list[NoticeData], fonts: FontSetup, out: Path) -> int:
    """Each notice on pages of its own; returns the number of pages."""
    story: list[Flowable] = []
    for number, data in enumerate(notices):
        if number:
            story.append(PageBreak())
        story.extend(_notice_story(data, fonts))
    if not story:
        story.append(para("（没有符合条件的任务，未生成督办单）", fonts, BODY_SIZE, align="centre"))
    title = f"督办单 {notices[0].number or notices[0].row.code}" if len(notices) == 1 else "督办单"
    return build_pdf(out, story, fonts, title=title, wide=False, footer_left=notices[0].org if notices else "")


def _notice_story(data: NoticeData, fonts: FontSetup) -> list[Flowable]:
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
    evidence = names(list(detail.evidence))  # listed when there is some: a notice stays one page
    facts = GridTable([label, width - label], [], [
        field("督办事项", data.matter or row.title), field("任务编号", row.code),
        field("具体措施", detail.measures or "—"),
        field("牵头科室", row.lead_section or "—"), field("配合科室", "、".join(row.co_sections) or "—"),
        field("分管领导", row.leader or "—"), field("责任人", row.owner or "—"), field("完成时限", deadline),
        field("当前状态", _state(row)), *([field("佐证材料", evidence)] if evidence else []),
        field("督办意见", data.opinion or "—"),
        field("反馈时限", f"请于{chinese_date(data.reply_by)}前报送办理情况" if data.reply_by else "—"),
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
        nothing = text_cell("（尚无进展记录）", fonts, width - 2 * PADDING, BODY_SIZE, align="centre")
        entries.append(GridRow([nothing], spans=True))
    # The section's reply and the signatures stay with the last entries: never alone on a page of their own.
    reply = Table([[para("办理情况（由承办科室填写）：", fonts, BODY_SIZE, bold=True)], [""],
                   [para("承办科室负责人（签字）：____________　　日期：______年____月____日", fonts, BODY_SIZE)],
                   [para("签发：____________　　　　　　　　　　日期：______年____月____日", fonts, BODY_SIZE)]],
                  colWidths=[width], rowHeights=[8 * mm, 40 * mm, 10 * mm, 10 * mm])
    reply.setStyle(table_style(fonts, ("BOX", (0, 0), (-1, 1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("VALIGN", (0, 0), (0, 0), "TOP")))
    number_line = Table([[para(data.org, fonts, BODY_SIZE),
                          para(data.number or "督〔　　〕　号（发出时编号）", fonts, BODY_SIZE, align="right")]],
                        colWidths=[width / 2, width / 2])
    number_line.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return [
        para("督　办　单", fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 3 * mm),
        number_line, Spacer(1, 1 * mm),
        para(f"{chinese_date(data.as_of)}", fonts, BODY_SIZE, align="right"), Spacer(1, 3 * mm),
        facts, Spacer(1, 5 * mm), para("进展记录", fonts, 12, bold=True), Spacer(1, 2 * mm),
        GridTable(widths, header, entries, closing=reply, closing_gap=6 * mm),
    ]
