"""会议纪要: a meeting's record — who sat, what was reported, what is still owed, what it decided — as PDF and Word."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from models.domain.deadlines import chinese_date
from models.domain.enums import DeadlineKind
from models.domain.numerals import chinese_number
from models.read.meetings import Decision, MeetingSummary
from reports import gongwen as gw
from reports.blocks import Block, Grid, Heading, Text
from reports.blocks_pdf import blocks_story
from reports.docx_styles import BODY, new_document
from reports.fonts import FontSetup
from reports.gongwen_docx import add_blocks
from reports.page import MARGIN, build_pdf
from reports.sign_off import BLANK, printed_org
from reports.text import para, table_style

NONE_DECIDED = "本次会议未议定新的交办事项。"
DECIDED = "会议研究议定以下事项："
_ISO_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
SIGN_SIZE = 11.5  # the size of the 纪要's text on paper


@dataclass(frozen=True)
class MinutesFields:
    """What only the people in the room know; blank lines are printed to be filled in by hand."""

    org: str = ""
    chair: str = ""  # 主持
    attendees: str = ""  # 参加人员
    recorder: str = ""  # 记录
    place: str = ""  # 地点


def title_of(summary: MeetingSummary, fields: MinutesFields) -> str:
    return f"{printed_org(fields.org)}{summary.meeting.title}纪要"


def deadline_words(decision: Decision) -> str:
    """The deadline as a 纪要 says it: "6月底前完成", "2026年6月30日前完成", "长期坚持", "每季度报送进展"."""
    words = decision.deadline.strip()
    if not words or decision.deadline_kind is DeadlineKind.NONE:
        return ""
    if decision.deadline_kind is DeadlineKind.ONGOING:
        return words
    if decision.deadline_kind is DeadlineKind.RECURRING:
        return f"{words}报送进展"
    if decision.deadline_kind is DeadlineKind.UNPARSED:
        return f"完成时限：{words}"
    if _ISO_DAY.fullmatch(words):  # a date typed as 2026-12-15: said as the 纪要 says a date
        year, month, day = (int(part) for part in words.split("-"))
        words = f"{year}年{month}月{day}日"
    ends_in_time = words.endswith(("前", "内")) or "前（" in words or "内（" in words
    return f"{words}完成" if ends_in_time else f"{words}前完成"


def decision_text(number: int, decision: Decision) -> str:
    """"（一）<事项>。由<牵头>牵头，<配合>配合，<时限>。（编号 3.2）" — one paragraph per decision."""
    duty = [part for part in (f"由{decision.lead_section}牵头" if decision.lead_section else "",
                              f"{'、'.join(decision.co_sections)}配合" if decision.co_sections else "",
                              deadline_words(decision)) if part]
    title = decision.title.strip().rstrip("。；;，,. ")
    text = f"（{chinese_number(number)}）{title}。" + ("，".join(duty) + "。" if duty else "")
    return text + (f"（编号 {decision.code}）" if decision.code else "")


def _with_subtasks(title: str, subtasks: list[tuple[str, str]]) -> str:
    """A task owed through its subtasks names them: the task counted once, as on every sheet."""
    if not subtasks:
        return title
    return title + "\n未反馈的子任务：" + "；".join(f"{code} {name}" for code, name in subtasks)


def minutes_body(summary: MeetingSummary, fields: MinutesFields) -> list[Block]:
    """The 纪要 up to its third part's heading: the title, when, where and who sat, what was heard and what is
    still owed."""
    meeting = summary.meeting
    silent: list[tuple[str, ...]] = [(c, _with_subtasks(t, summary.silent_subtasks.get(c, [])), section)
                                     for c, t, section in summary.silent]
    return [
        Heading(title_of(summary, fields), 0),
        Text(f"时间：{chinese_date(meeting.held_on)}"), Text(f"地点：{fields.place or BLANK}"),
        Text(f"主持：{fields.chair or BLANK}"),
        Text(f"参加人员：{fields.attendees or BLANK}"), Text(f"记录：{fields.recorder or BLANK}"),
        Heading(f"一、本次会议听取进展（{len(summary.entries)}条）", 1),
        Grid(("编号", "任务", "进展情况"), [tuple(entry) for entry in summary.entries], (16, 62, 92),
             frozenset({0}), "本次会议没有录入进展。"),
        Heading(f"二、本期仍未反馈（{len(summary.silent)}项）", 1),
        Grid(("编号", "任务", "牵头科室"), silent, (16, 120, 34), frozenset({0}), "各项任务本期均已反馈。"),
        Heading(f"三、会议议定事项（{summary.assigned_tally.words(in_brackets=True)}）", 1)]


def minutes_ending(summary: MeetingSummary) -> list[Block]:
    """The 议定事项: the last lines, which the signatures are kept with. (How the office counts is the sheets'
    note, not a thing a 纪要 says.)"""
    if not summary.decisions:
        return [Text(NONE_DECIDED)]
    return [Text(DECIDED), *(Text(decision_text(n, d)) for n, d in enumerate(summary.decisions, start=1))]


def minutes_blocks(summary: MeetingSummary, fields: MinutesFields) -> list[Block]:
    return minutes_body(summary, fields) + minutes_ending(summary)


def signature_lines(summary: MeetingSummary) -> tuple[tuple[str, str], str, str]:
    """(主持人, 记录人) to sign side by side, 审核 under them, and the meeting's date, right."""
    return ((f"主持人（签字）：{BLANK}", f"记录人（签字）：{BLANK}"), f"审核：{BLANK}",
            chinese_date(summary.meeting.held_on))


def _signature_pdf(summary: MeetingSummary, fonts: FontSetup, width: float) -> Flowable:
    (chair, recorder), review, day = signature_lines(summary)
    block = Table([[para(chair, fonts, SIGN_SIZE), para(recorder, fonts, SIGN_SIZE)],
                   [para(review, fonts, SIGN_SIZE), ""],
                   [para(day, fonts, SIGN_SIZE, align="right"), ""]],
                  colWidths=[width / 2, width / 2], rowHeights=[10 * mm, 10 * mm, 10 * mm])
    block.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("SPAN", (0, 2), (1, 2))))
    return block


def write_minutes(summary: MeetingSummary, fields: MinutesFields, fonts: FontSetup, out: Path) -> int:
    """The minutes as a PDF; returns the number of pages. The signatures never start a page alone: the last
    lines of the 议定事项 go with them."""
    width = A4[0] - 2 * MARGIN
    ending = minutes_ending(summary)
    story = blocks_story(minutes_body(summary, fields) + ending[:-2], fonts, width)
    story.append(KeepTogether([*blocks_story(ending[-2:], fonts, width), Spacer(1, 4 * mm),
                               _signature_pdf(summary, fonts, width)]))
    org = printed_org(fields.org)
    return build_pdf(out, story, fonts, title=title_of(summary, fields), wide=False, footer_left=org)


def _signature_docx(document: DocumentType, summary: MeetingSummary, width_mm: float) -> None:
    (chair, recorder), review, day = signature_lines(summary)
    lines = [("", False), (f"{chair}\t{recorder}", False), (review, False), ("", False), (day, True)]
    for number, (words, right) in enumerate(lines):
        paragraph = document.add_paragraph(words, style=BODY)
        layout = paragraph.paragraph_format
        layout.first_line_indent, layout.keep_with_next = Pt(0), number < len(lines) - 1
        if right:  # the date four characters in from the right, as a 公文's 成文日期
            layout.alignment, layout.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, Pt(4 * gw.BODY_SIZE)
        else:
            layout.tab_stops.add_tab_stop(Mm(width_mm / 2), WD_TAB_ALIGNMENT.LEFT)


def minutes_docx_bytes(summary: MeetingSummary, fields: MinutesFields) -> bytes:
    """The minutes as a Word document in the 公文 styles, the signatures kept with the last lines, its pages footed
    as the PDF's: the org, 第 N 页 共 M 页."""
    document, width = new_document(title_of(summary, fields), footer_left=printed_org(fields.org))
    ending = minutes_ending(summary)
    add_blocks(document, minutes_body(summary, fields) + ending[:-2], width)
    kept_from = len(document.paragraphs)
    add_blocks(document, ending[-2:], width)
    for paragraph in document.paragraphs[kept_from:]:
        paragraph.paragraph_format.keep_with_next = True
    _signature_docx(document, summary, width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_minutes_docx(summary: MeetingSummary, fields: MinutesFields, out: Path) -> int:
    """The Word copy of the minutes; returns the number of decisions written."""
    out.write_bytes(minutes_docx_bytes(summary, fields))
    return len(summary.decisions)
