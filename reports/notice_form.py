"""The 督办单 on paper: one A4 page a notice, the task and the opinion above, the 回执 to tear off below."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Paragraph, Spacer, Table

from models.domain.deadlines import chinese_date
from models.domain.enums import Light, NoticeLevel
from models.domain.notices import SOURCES
from models.domain.text import clause, cut_title
from models.read.evidence import names
from models.read.notice_targets import ListedSubtask
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.notice import NoticeData
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, PartStart, build_pdf
from reports.text import FULL_TEXT_IN_LEDGER, latest_part, markup, para, style, table_style

WIDTH = A4[0] - 2 * MARGIN
ROOM = A4[1] - 2 * MARGIN - 1.0  # the page's frame, a point kept back for rounding
LABEL = 24 * mm
VALUE = WIDTH / 2 - LABEL
PAD = 3.0
BLANK_DATE = "　　年　　月　　日"
TITLES = {NoticeLevel.BLUE: "提　醒　函", NoticeLevel.YELLOW: "督　办　单", NoticeLevel.RED: "红色督办单"}
# The level's colour, dark enough to read on paper (a yellow title is printed amber).
LEVEL_COLOURS = {NoticeLevel.BLUE: colors.HexColor("#1F4E9E"), NoticeLevel.YELLOW: colors.HexColor("#B07800"),
                 NoticeLevel.RED: colors.HexColor("#C00000")}


@dataclass(frozen=True)
class Budget:
    """How much of the task's record a notice prints: its latest entries, each cut to its latest part, so the
    form and its 回执 stay on one page. Shrunk a step at a time until they do."""

    entries: int = 6
    report_chars: int = 240
    subtasks: int = 8  # named; past this many they are named in a run, 等共N项 after them
    field_chars: int = 300

    def smaller(self) -> Budget | None:
        """The next budget down, what matters least going first: older entries, then the latest report's
        length, subtasks named beyond two (one at a time), long fields, the subtasks named but their count, and
        last the latest report."""
        if self.entries > 1:
            return replace(self, entries=self.entries - 1)
        if self.report_chars > 120:
            return replace(self, report_chars=120)
        if self.subtasks > 2:
            return replace(self, subtasks=self.subtasks - 1)
        if self.field_chars > 60:
            return replace(self, field_chars=max(60, self.field_chars // 2))
        if self.subtasks:
            return replace(self, subtasks=self.subtasks - 1)
        if self.report_chars > 60:
            return replace(self, report_chars=60)
        if self.field_chars > 20:
            return replace(self, field_chars=20)
        if self.entries:
            return replace(self, entries=0)
        return None


def write_notice(data: NoticeData, fonts: FontSetup, out: Path) -> int:
    return write_notices([data], fonts, out)


def write_notices(notices: list[NoticeData], fonts: FontSetup, out: Path) -> int:
    """Each notice on a page of its own, numbered only if one ever runs longer; returns the number of pages."""
    story: list[Flowable] = []
    for number, data in enumerate(notices):
        if number:
            story.append(PageBreak())
        story.extend(notice_story(data, fonts))
    if not story:
        story.append(para("（没有符合条件的任务，未生成督办单）", fonts, BODY_SIZE, align="centre"))
    title = f"督办单 {notices[0].number or notices[0].row.code}" if len(notices) == 1 else "督办单"
    return build_pdf(out, story, fonts, title=title, wide=False, parts=True)


def notice_story(data: NoticeData, fonts: FontSetup) -> list[Flowable]:
    """The notice at the largest budget that fits one page (the smallest if none does: it then runs on, its pages
    numbered as its own)."""
    budget: Budget | None = Budget()
    story: list[Flowable] = []
    while budget is not None:
        story = _story(data, fonts, budget)
        if _fits(story):
            break
        budget = budget.smaller()
    while budget is not None and budget.subtasks < len(data.subtasks):  # the room left names more late subtasks
        more = _story(data, fonts, replace(budget, subtasks=budget.subtasks + 1))
        if not _fits(more):
            break
        story, budget = more, replace(budget, subtasks=budget.subtasks + 1)
    return story


def _story(data: NoticeData, fonts: FontSetup, budget: Budget) -> list[Flowable]:
    return [PartStart(), *_form(data, fonts, budget), *_reply_slip(data, fonts)]


def _fits(story: list[Flowable]) -> bool:
    return sum(flowable.wrap(WIDTH, ROOM)[1] for flowable in story) <= ROOM


def _cell(text: str, fonts: FontSetup, width: float, *, bold: bool = False, align: str = "left") -> Flowable:
    return text_cell(text, fonts, width - 2 * PAD, BODY_SIZE, bold=bold, align=align)


def _grid(fonts: FontSetup, rows: list[list[Any]], spans: list[int], heights: list[float | None]) -> Table:
    """A ruled four-column form: label, value, label, value; a row in `spans` has one value across three."""
    table = Table(rows, colWidths=[LABEL, VALUE, LABEL, VALUE], rowHeights=heights)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    commands += [("SPAN", (1, row), (3, row)) for row in spans]
    table.setStyle(table_style(fonts, *commands))
    return table


def _pair(fonts: FontSetup, name: str, value: str, name2: str, value2: str) -> list[Any]:
    return [_cell(name, fonts, LABEL, bold=True, align="centre"), _cell(value, fonts, VALUE),
            _cell(name2, fonts, LABEL, bold=True, align="centre"), _cell(value2, fonts, VALUE)]


def _wide(fonts: FontSetup, name: str, value: str) -> list[Any]:
    return [_cell(name, fonts, LABEL, bold=True, align="centre"), _cell(value, fonts, WIDTH - LABEL), "", ""]


def _state(data: NoticeData) -> str:
    """"推进中　进度70%　红灯　已逾期10天": what the task stands at, how late in days."""
    row = data.row
    parts = [row.status.label, f"进度{row.percent}%"]
    if row.light != Light.NONE:
        parts.append(row.light.label)
    if data.days_late is not None:
        parts.append(f"已逾期{data.days_late}天" if data.days_late else "已逾期")
    late = sum(1 for sub in data.subtasks if sub.days_late is not None)
    if late:
        parts.append(f"子任务{late}项已逾期")
    return "　".join(parts)


def _subtask_lines(subtasks: tuple[ListedSubtask, ...], budget: Budget) -> str:
    """The task's late or silent subtasks by 编号: a line each with its deadline when the page holds them all;
    else as many as it holds by 编号 and title, one after another, then how many in all (等共14项, the rest in the
    ledger)."""
    if len(subtasks) <= budget.subtasks:
        return "\n".join(f"{sub.code}　{_opening(sub.title, budget.field_chars)}（完成时限：{sub.deadline}；"
                         f"{sub.words()}）" for sub in subtasks)
    named = "；".join(f"{sub.code} {cut_title(sub.title, budget.field_chars)}（{sub.words()}）"
                     for sub in subtasks[:budget.subtasks])
    return f"{named}{'等' if named else ''}共{len(subtasks)}项{FULL_TEXT_IN_LEDGER}"


def _opening(text: str, limit: int) -> str:
    """A title cut to its opening words: what names a thing comes first."""
    return text if len(text) <= limit else text[:limit] + "……" + FULL_TEXT_IN_LEDGER


def _record(data: NoticeData, budget: Budget) -> str:
    """The latest reports, oldest of them first, each cut to its latest part; how many earlier ones the ledger
    holds."""
    # oldest first, as a record reads; the 催办记录's own lines (this notice and others sent) are not reports
    chased = {reminder.progress_id for reminder in data.detail.reminders}
    timeline = [entry for entry in reversed(data.detail.timeline) if entry.id not in chased]
    shown = timeline[-budget.entries:] if budget.entries else []
    if timeline and not shown:
        return f"共{len(timeline)}条，最近一次为{chinese_date(timeline[-1].entry_date)}{FULL_TEXT_IN_LEDGER}"
    lines = [f"此前{len(timeline) - len(shown)}条见台账"] if len(timeline) > len(shown) else []
    lines += [f"{chinese_date(entry.entry_date)}（{entry.kind.label}）：{latest_part(entry.text, budget.report_chars)}"
              for entry in shown]
    return "\n".join(lines) or "（尚无进展记录）"


def _level_words(data: NoticeData) -> str:
    """"□提醒（蓝）　□督办（黄）　■红色督办（红）　逾期12天": the level ticked, readable in black and white."""
    boxes = "　".join(("■" if level is data.level else "□") + f"{level.label}（{level.colour}）"
                     for level in NoticeLevel)
    return f"{boxes}　{data.reason}" if data.reason else boxes


def _title(data: NoticeData, fonts: FontSetup) -> list[Flowable]:
    """The notice's name in its level's colour (督办单, 红色督办单, 提醒函), a rule of that colour under it."""
    words = TITLES[data.level]
    colour = LEVEL_COLOURS[data.level]
    chosen = ParagraphStyle(f"notice-{data.level.value}", parent=style(fonts, TITLE_SIZE, bold=True, align="centre"),
                            textColor=colour)
    title = Paragraph(markup(words + ("（催办）" if data.cites else ""), fonts, chosen.fontName), chosen)
    return [title, Spacer(1, 1 * mm), HRFlowable(width="100%", thickness=1.5, color=colour, spaceAfter=0)]


def _source_words(data: NoticeData) -> str:
    """"■会议　□批示　□督查　（任务来源：年初任务分解）": the form's boxes, the task's own words after them."""
    boxes = "　".join(("■" if source == data.form.source else "□") + source for source in SOURCES)
    said = data.form.source_text.strip()
    return f"{boxes}　（任务来源：{said}）" if said else boxes


def _form(data: NoticeData, fonts: FontSetup, budget: Budget) -> list[Flowable]:
    row, detail = data.row, data.detail
    deadline = row.deadline_display or "未填写"
    if detail.extensions:
        history = "；".join(f"原定{x.old or '未填'}，{chinese_date(x.approved_on)}延至{x.new}（{clause(x.reason)}）"
                           for x in detail.extensions)
        deadline = f"{deadline}（{history}）"
    waiting = [request.words() for request in detail.requests if request.state != "approved"]
    addressee = row.lead_section or "承办科室"
    if row.co_sections:
        addressee = f"{addressee}（牵头）、{'、'.join(row.co_sections)}（配合）"
    reply_by = f"{chinese_date(data.reply_by)}前" if data.reply_by else "—"
    rows = [
        _wide(fonts, "督办事项", _opening(data.matter or row.title, budget.field_chars)),
        _pair(fonts, "任务编号", row.code, "交办日期", chinese_date(data.issued_on or data.as_of)),
        _pair(fonts, "牵头科室", row.lead_section or "—", "配合科室", "、".join(row.co_sections) or "—"),
        _pair(fonts, "分管领导", row.leader or "—", "责任人", row.owner or "—"),
        _wide(fonts, "事项来源", _source_words(data)),
        _wide(fonts, "完成时限", latest_part(deadline, budget.field_chars)),
        _wide(fonts, "当前状态", _state(data)),
        _wide(fonts, "督办等级", _level_words(data)),
    ]
    if waiting:  # an approved one is in 完成时限 already; one waiting or refused is said here
        rows.append(_wide(fonts, "延期申请", latest_part("；".join(waiting), budget.field_chars)))
    if detail.measures:
        rows.append(_wide(fonts, "具体措施", _opening(detail.measures, budget.field_chars)))
    if data.subtasks:
        rows.append(_wide(fonts, "督办子任务", _subtask_lines(data.subtasks, budget)))
    evidence = names(list(detail.evidence))
    if evidence:
        rows.append(_wide(fonts, "佐证材料", latest_part(evidence, budget.field_chars)))
    rows += [
        _wide(fonts, "进展情况", _record(data, budget)),
        # a 催办's opinion begins with the notices it follows
        _wide(fonts, "督办意见", _opening(data.cites + data.opinion, 2 * budget.field_chars) or "—"),
        _wide(fonts, "反馈时限", f"请于{reply_by}报送办理情况（填写下方回执）" if data.reply_by else "—"),
        _pair(fonts, "领导批示", f"\n\n签字：　　　{BLANK_DATE}", "督查室\n审核意见",
              f"\n\n审核人：　　{BLANK_DATE}"),
        _pair(fonts, "联系人", data.form.contact, "联系电话", data.form.phone),
    ]
    spans = [number for number, cells in enumerate(rows) if cells[2] == ""]
    number = data.number or f"{data.form.code}〔　　〕　号（发出时编号）"
    if data.level is NoticeLevel.BLUE:  # a 提醒 is never numbered: its day stands where the 文号 would
        number = chinese_date(data.issued_on or data.as_of)
    heading = Table([[para(data.org, fonts, BODY_SIZE), para(number, fonts, BODY_SIZE, align="right")]],
                    colWidths=[WIDTH / 2, WIDTH / 2])
    heading.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return [
        *_title(data, fonts), Spacer(1, 2 * mm), heading, Spacer(1, 2 * mm),
        para(f"{addressee}：", fonts, 12, bold=True), Spacer(1, 2 * mm),
        _grid(fonts, rows, spans, [None] * len(rows)),
    ]


class CutLine(Flowable):
    """The dashed line the 回执 is torn off along, its words in a gap in the middle."""

    def __init__(self, fonts: FontSetup, words: str = "（沿此线剪下）") -> None:
        super().__init__()
        self.fonts, self.words = fonts, words

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, 9 * mm

    def draw(self) -> None:
        canvas: Any = self.canv
        middle = 4.5 * mm
        gap = len(self.words) * 9 + 8
        canvas.saveState()
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.6)
        canvas.line(0, middle, (WIDTH - gap) / 2, middle)
        canvas.line((WIDTH + gap) / 2, middle, WIDTH, middle)
        canvas.setFont(self.fonts.body, 9)
        canvas.drawCentredString(WIDTH / 2, middle - 3, self.words)
        canvas.restoreState()


def _reply_slip(data: NoticeData, fonts: FontSetup) -> list[Flowable]:
    """The 回执 the section tears off, fills in and returns to the 督查室."""
    number = data.number or f"{data.form.code}〔　　〕　号"
    if data.level is NoticeLevel.BLUE:
        number = "提醒函（不编号）"
    reply_by = f"{chinese_date(data.reply_by)}前" if data.reply_by else ""
    rows = [
        _pair(fonts, "督办单号", number, "任务编号", data.row.code),
        _pair(fonts, "承办科室", data.row.lead_section or "", "反馈时限", reply_by),
        _wide(fonts, "办理情况", ""),
        _wide(fonts, "办理结果", "□已办结　　□正在推进　　□申请延期（延至　　月　　日）"),
        _pair(fonts, "科室负责人\n（签字）", "", "报送日期", BLANK_DATE),
        _pair(fonts, "联系人", "", "联系电话", ""),
    ]
    heights: list[float | None] = [None, None, 25 * mm, None, None, None]
    slip = "提醒函回执" if data.level is NoticeLevel.BLUE else "督办单回执"
    return [CutLine(fonts), para(slip, fonts, 14, bold=True, align="centre"), Spacer(1, 2 * mm),
            _grid(fonts, rows, [2, 3], heights)]
