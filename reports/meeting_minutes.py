"""会议纪要: the record of one monthly meeting — who sat, what each section reported, what is still owed,
what was newly assigned — printed on the same page rules as the other sheets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from models.domain.deadlines import chinese_date
from models.read.counting import COUNTING_RULE
from models.read.meetings import MeetingSummary
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable, continued_cell
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import printed_org
from reports.text import para


@dataclass(frozen=True)
class MinutesFields:
    """What only the people in the room know; blank lines are printed to be filled in by hand."""

    org: str = ""
    chair: str = ""  # 主持
    attendees: str = ""  # 参加人员
    recorder: str = ""  # 记录


def write_minutes(summary: MeetingSummary, fields: MinutesFields, fonts: FontSetup, out: Path) -> int:
    """The minutes as a PDF; returns the number of pages."""
    meeting, org = summary.meeting, printed_org(fields.org)
    width = A4[0] - 2 * MARGIN
    label = 24 * mm

    def line(name: str, value: str) -> GridRow:
        return GridRow([text_cell(name, fonts, label - 2 * PADDING, BODY_SIZE, bold=True),
                       text_cell(value or "", fonts, width - label - 2 * PADDING, BODY_SIZE)])
    facts = GridTable([label, width - label], [], [
        line("会议", meeting.title), line("时间", chinese_date(meeting.held_on)), line("主持", fields.chair),
        line("参加人员", fields.attendees), line("记录", fields.recorder)])
    story: list[Flowable] = [
        para(f"{org}{meeting.title}纪要", fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 5 * mm), facts,
        Spacer(1, 6 * mm)]
    code = 16 * mm
    story += _part(f"一、本次会议听取进展（{len(summary.entries)}条）",
                   ("编号", "任务", "进展情况"), [code, 62 * mm, width - code - 62 * mm],
                   [(c, t, text) for c, t, text in summary.entries], "本次会议没有录入进展。", fonts)
    silent = [(c, _with_subtasks(t, summary.silent_subtasks.get(c, [])), section)
              for c, t, section in summary.silent]
    story += _part(f"二、本期仍未反馈（{len(summary.silent)}项）",
                   ("编号", "任务", "牵头科室"), [code, width - code - 34 * mm, 34 * mm],
                   silent, "各项任务本期均已反馈。", fonts)
    story += _part(f"三、本次会议交办事项（{summary.assigned_tally.words(in_brackets=True)}）",
                   ("编号", "事项", "牵头科室"), [code, width - code - 34 * mm, 34 * mm],
                   summary.assigned, "本次会议没有交办新事项。", fonts)
    story.append(para(f"说明：{COUNTING_RULE}。", fonts, BODY_SIZE))
    return build_pdf(out, story, fonts, title=f"{meeting.title}纪要", wide=False, footer_left=org)


def _with_subtasks(title: str, subtasks: list[tuple[str, str]]) -> str:
    """A task owed through its subtasks names them: the task counted once, as on every sheet."""
    if not subtasks:
        return title
    return title + "\n未反馈的子任务：" + "；".join(f"{code} {name}" for code, name in subtasks)


def _part(heading: str, headers: tuple[str, ...], widths: list[float], rows: list[tuple[str, str, str]],
          nothing: str, fonts: FontSetup) -> list[Flowable]:
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(headers, widths, strict=True)]
    body = [GridRow([text_cell(value, fonts, w - 2 * PADDING, BODY_SIZE) for value, w in zip(row, widths, strict=True)],
                    continued=continued_cell(row[0], fonts, widths[0] - 2 * PADDING, BODY_SIZE))
            for row in rows]
    if not body:
        body.append(GridRow([text_cell(nothing, fonts, sum(widths) - 2 * PADDING, BODY_SIZE, align="centre")],
                            spans=True))
    # A heading never ends a page without the first rows of its table under it.
    return [CondPageBreak(30 * mm), para(heading, fonts, 12, bold=True), Spacer(1, 2 * mm),
            GridTable(widths, header, body), Spacer(1, 6 * mm)]
