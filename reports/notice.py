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
from models.domain.notices import LATE_OPINION, USUAL_OPINION, cited_notices, notice_number, open_notice
from models.domain.settings import load_settings
from models.errors import RuleError, said
from models.read.evidence import names
from models.read.lookups import sections
from models.read.notice_targets import NOTICE_CHOICES, ListedSubtask, NoticeTarget, NoticeTargets
from models.read.queries import TaskRow, find_task_by_code, task_rows
from models.read.task_detail import TaskDetail, task_detail
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import printed_org
from reports.text import para, table_style


@dataclass(frozen=True)
class NoticeData:
    org: str
    row: TaskRow  # the top-level task the notice goes to
    detail: TaskDetail
    as_of: date
    number: str = ""  # 督〔2026〕12号; empty on a preview before the notice is issued
    reply_by: date | None = None  # 反馈时限
    matter: str = ""  # 督办事项
    opinion: str = ""  # 督办意见
    subtasks: tuple[ListedSubtask, ...] = ()  # its late or silent subtasks
    issued_on: date | None = None  # the day it went out (a reprint keeps it); None on a preview
    cites: str = ""  # a 催办: 前已于11月5日发出督〔2026〕1号督办单……
    new: bool = True  # False: a notice already out (open), shown or reprinted under its own number


def _targets(session: Session, as_of: date, year: int) -> tuple[NoticeTargets, int]:
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    return NoticeTargets(task_rows(session, year, as_of, settings.light_rules), as_of), year


def target_for_notice(session: Session, code: str, as_of: date, year: int = 0) -> tuple[NoticeTarget, TaskRow]:
    """The notice for the task shown as `code` in 编号, which goes to its top-level task (a subtask is listed on
    its task's notice); with the task named. A clear message when there is none."""
    targets, year = _targets(session, as_of, year)
    row = find_task_by_code(targets.rows, code)
    if row is None:
        raise RuleError(f"{year}年没有编号为“{code}”的任务。")
    target = targets.target(row)
    if not target.row.status.is_active and not target.overdue and not target.subtasks:
        # 已办结, 已销号 or 已撤销 with nothing under it still owed: there is nothing to 督办
        raise RuleError("“{code}”{status}，不需要督办。", code=target.row.code, status=said(target.row.status.label))
    return target, row


def targets_for_notices(session: Session, as_of: date, *, only: str = "overdue", section: str = "",
                        year: int = 0) -> list[NoticeTarget]:
    """The tasks a batch of notices goes to, counted as the sheets count: one per top-level task that is late
    (逾期), red, or without a report this period, itself or through a subtask; one section."""
    if only not in NOTICE_CHOICES:
        raise ValueError(only)
    targets, year = _targets(session, as_of, year)
    if section and section not in {s.name for s in sections(session, include_inactive=True)}:
        raise RuleError(f"{year}年台账中没有科室“{section}”。")
    return targets.chosen(only, section)


def _cites(chain: list[Notice]) -> str:
    """What a 催办 cites: "前已于11月5日发出督〔2026〕1号督办单，11月20日又发出督〔2026〕5号，现再次督办。"""
    if not chain:
        return ""
    first, *later = chain
    words = f"前已于{first.issued_on.month}月{first.issued_on.day}日发出{notice_number(first.year, first.number)}督办单"
    words += "".join(f"，{n.issued_on.month}月{n.issued_on.day}日又发出{notice_number(n.year, n.number)}"
                     for n in later)
    return words + "，现再次督办。"


def preview_notices(session: Session, targets: list[NoticeTarget], as_of: date, *,
                    again: bool = False) -> list[NoticeData]:
    """The notices `targets` would get, before any is issued: a task's open notice as it stands (numbered),
    otherwise an unnumbered one (with `again`, a 催办 citing the open one)."""
    settings = load_settings(session)
    org = printed_org(settings.org_name)
    found = []
    for target in targets:
        standing = open_notice(session, target.row.id, as_of)
        if standing is not None and not again:
            found.extend(issued_notices(session, [standing.id], as_of))
            continue
        chain = [*cited_notices(session, standing), standing] if standing is not None else []
        found.append(NoticeData(org, target.row, task_detail(session, target.row.id), as_of,
                                reply_by=as_of + timedelta(days=settings.notice_reply_days), matter=target.row.title,
                                opinion=LATE_OPINION if target.overdue else USUAL_OPINION,
                                subtasks=target.subtasks, cites=_cites(chain)))
    return found


def notice_data(session: Session, code: str, as_of: date, year: int = 0, *, again: bool = False) -> NoticeData:
    """The notice for the task `code` as it would go out: its open one, or a preview before it is numbered."""
    target, _named = target_for_notice(session, code, as_of, year)
    return preview_notices(session, [target], as_of, again=again)[0]


def issued_notices(session: Session, notice_ids: list[int], as_of: date, *,
                   new: frozenset[int] = frozenset()) -> list[NoticeData]:
    """Issued notices as printed: number, dates, matter, opinion and what they cite as stored, the task and its
    late or silent subtasks as of `as_of`. `new`: those just issued (the rest were out already)."""
    settings = load_settings(session)
    rules = settings.light_rules
    by_year: dict[int, NoticeTargets] = {}  # the whole year is read once: a task's 编号 needs its tree
    found = []
    for notice_id in notice_ids:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise RuleError(f"没有这张督办单（{notice_id}）。")
        if notice.year not in by_year:
            by_year[notice.year] = NoticeTargets(task_rows(session, notice.year, as_of, rules), as_of)
        targets = by_year[notice.year]
        row = targets.by_id[notice.task_id]
        subtasks = targets.target(row).subtasks if row.parent_id is None else ()  # one issued for a subtask once
        found.append(NoticeData(printed_org(settings.org_name), row, task_detail(session, notice.task_id),
                                as_of, notice_number(notice.year, notice.number), notice.reply_by, notice.matter,
                                notice.opinion, subtasks, notice.issued_on, _cites(cited_notices(session, notice)),
                                notice.id in new))
    return found


def _state(data: NoticeData) -> str:
    row = data.row
    parts = [row.status.label, f"进度{row.percent}%"]
    if row.light != Light.NONE:
        parts.append(row.light.label)
    if row.overdue:
        parts.append("已逾期")
    late = sum(1 for sub in data.subtasks if sub.days_late is not None)
    if late:
        parts.append(f"子任务{late}项已逾期")
    return "　".join(parts)


def _subtask_lines(subtasks: tuple[ListedSubtask, ...]) -> str:
    """The task's late or silent subtasks by 编号, a line each: one notice for the task, its subtasks named in it
    (a field, not a table of their own, so a notice stays on one page)."""
    return "\n".join(f"{sub.code}　{sub.title}（完成时限：{sub.deadline}；{sub.words()}）" for sub in subtasks)


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
        field("当前状态", _state(data)),
        *([field("督办子任务", _subtask_lines(data.subtasks))] if data.subtasks else []),
        *([field("佐证材料", evidence)] if evidence else []),
        field("督办意见", data.cites + data.opinion or "—"),  # a 催办's opinion begins with the notice it follows
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
    title = "督　办　单（催办）" if data.cites else "督　办　单"
    return [
        para(title, fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 3 * mm),
        number_line, Spacer(1, 1 * mm),
        para(f"{chinese_date(data.issued_on or data.as_of)}", fonts, BODY_SIZE, align="right"), Spacer(1, 3 * mm),
        facts, Spacer(1, 5 * mm), para("进展记录", fonts, 12, bold=True), Spacer(1, 2 * mm),
        GridTable(widths, header, entries, closing=reply, closing_gap=6 * mm),
    ]
