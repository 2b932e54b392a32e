"""The monthly 通报, drafted from the ledger: 总体情况 with the change from last month, 进展较好的, 存在的问题
named by section, 下步要求 from 设置, and the three tables as 附件 — the draft a person finishes and signs."""

from __future__ import annotations

from datetime import date
from itertools import groupby
from pathlib import Path

from models.domain.deadlines import chinese_date
from models.domain.enums import Status
from models.domain.numerals import chinese_number
from models.read.monthly import MonthFigures, MonthlyBulletin, made_in
from models.read.notice_targets import NoticeTarget
from models.read.queries import TaskRow
from reports.blocks import PORTRAIT_POINTS, WIDE_POINTS, Attachment, Block, Grid, Heading, Text, fitted_shares
from reports.fonts import FontSetup
from reports.gongwen import GongwenFrame
from reports.gongwen_frame_docx import gongwen_docx
from reports.gongwen_pdf import gongwen_pdf
from reports.inspection_bulletin import ADDRESSEE, COPY_TO, EDITOR, KIND
from reports.line_breaks import SOFT_BREAK
from reports.sign_off import printed_org


def quoted(title: str) -> str:
    """A title in “”, its own “” made ‘’ as 公文 nest them."""
    return "“" + title.replace("“", "‘").replace("”", "’") + "”"


def _rate(rate: float | None) -> str:
    return f"{rate * 100:.1f}%" if rate is not None else "—"


def _change(now: int, before: int | None, unit: str = "项") -> str:
    """"比上月增加2项", "比上月减少1项", "与上月持平"; "" without last month."""
    if before is None:
        return ""
    if now == before:
        return "，与上月持平"
    return f"，比上月{'增加' if now > before else '减少'}{abs(now - before)}{unit}"


def _rate_change(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return ""
    points = round((now - before) * 100, 1)
    if points == 0:
        return "，与上月持平"
    return f"，比上月{'提高' if points > 0 else '下降'}{abs(points):.1f}个百分点"


def month_words(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year}年{number}月"


def title_of(bulletin: MonthlyBulletin, *, breakable: bool = False) -> str:
    """The title; `breakable` marks where it breaks on paper when it must: between its two phrases, never
    before "的通报"."""
    between = SOFT_BREAK if breakable else ""
    return f"关于{month_words(bulletin.month)}重点工作任务{between}推进落实情况的通报"


def overview(now: MonthFigures, before: MonthFigures | None) -> str:
    """一、总体情况: the month's counts by the one rule, each with its change from last month, in sentences
    that say what is not there (no task owed a report, none finished) instead of printing a dash."""
    was = before
    if not now.tasks:
        return f"截至{chinese_date(now.as_of)}，尚无纳入督办的重点任务。"
    subtasks = f"（另有子任务{now.subtasks}项）" if now.subtasks else ""
    finished = (f"已完成{now.finished}项{_change(now.finished, was.finished if was else None)}，"
                f"其中已销号{now.closed}项{_change(now.closed, was.closed if was else None)}；"
                f"完成率{_rate(now.completion_rate)}"
                f"{_rate_change(now.completion_rate, was.completion_rate if was else None)}，"
                f"按时完成率{_rate(now.on_time_rate)}。" if now.finished else
                f"尚无完成的任务{_change(now.finished, was.finished if was and was.finished else None)}，"
                f"完成率{_rate(now.completion_rate)}，不计按时完成率。")
    return (f"截至{chinese_date(now.as_of)}，纳入督办的重点任务共{now.tasks}项{subtasks}"
            f"{_change(now.tasks, was.tasks if was else None)}。{reporting(now, was)}{finished}"
            f"逾期未完成{now.overdue}项{_change(now.overdue, was.overdue if was else None)}。"
            + (f"对照序时进度，设有节点的{now.paced}项中，欠进度{now.behind}项"
               f"{_change(now.behind, was.behind if was and was.paced else None)}。" if now.paced else ""))


def reporting(now: MonthFigures, was: MonthFigures | None) -> str:
    """Who owed the month a report and who gave it; a task made in the month owes none yet, and is counted
    neither 已反馈 nor 未反馈 but said apart."""
    if not now.owing:
        return f"在办的{now.fresh}项均为本月新交办，尚不需反馈进展。" if now.fresh else "本月没有应反馈进展的任务。"
    return (f"应于本月反馈进展的{now.owing}项中，已反馈{now.reported}项"
            f"{_change(now.reported, was.reported if was else None)}，"
            f"未反馈{now.no_feedback}项{_change(now.no_feedback, was.no_feedback if was else None)}"
            + (f"；另有本月新交办的{now.fresh}项，尚不需反馈。" if now.fresh else "。"))


def _by_section(targets: list[NoticeTarget], late: bool, day: date) -> list[str]:
    """"组织科：1.2“……”逾期8天；2.1“……”。": the targets (already in the office's order) a line per section."""
    lines = []
    for section, group in groupby(targets, key=lambda target: target.row.lead_section or "未指定科室"):
        named = "；".join(_named_on(target, late, day) for target in group)
        lines.append(f"{section}：{named}。")
    return lines


def _behind_by_section(rows: list[TaskRow]) -> list[str]:
    """"研究室：1.3“……”；2.1“……”。": the tasks 欠进度, a line per section."""
    return [f"{section}：{'；'.join(f'{row.code}{quoted(row.title)}' for row in group)}。"
            for section, group in groupby(rows, key=lambda row: row.lead_section or "未指定科室")]


def _named_on(target: NoticeTarget, late: bool, day: date) -> str:
    """"1.2“……”逾期8天（其中1.2.1逾期3天）": a task by 编号, its days late, or its silent subtasks."""
    row = target.row
    words = f"{row.code}{quoted(row.title)}"
    if late and row.overdue and row.due_date is not None:
        words += f"逾期{max((day - row.due_date).days, 0)}天"
    listed = [f"{sub.code}{sub.words()}" for sub in target.subtasks
              if (late and sub.days_late is not None) or (not late and sub.silent)]
    return words + (f"（其中{'，'.join(listed)}）" if listed else "")


def _late_cell(target: NoticeTarget, day: date) -> str:
    """附件2's 逾期情况: "逾期2天", and under it its late subtasks a line each ("（其中2.2.2逾期2天）")."""
    row = target.row
    lines = [f"逾期{max((day - row.due_date).days, 0)}天"] if row.overdue and row.due_date is not None else []
    listed = [f"{sub.code}{sub.words()}" for sub in target.subtasks if sub.days_late is not None]
    if listed:
        lines.append("（其中" + "，\n".join(listed) + "）")
    return "\n".join(lines) or "逾期"


def bulletin_blocks(bulletin: MonthlyBulletin) -> list[Block]:
    """The 通报's body, under the 公文 frame the caller puts round it."""
    now, day = bulletin.now, bulletin.now.as_of
    blocks: list[Block] = [
        Heading(title_of(bulletin, breakable=True), 0),
        Text(f"根据年初工作部署，现将{month_words(bulletin.month)}各科室重点工作任务推进落实情况通报如下。"),
        Heading("一、总体情况", 1), Text(overview(now, bulletin.before)),
        Heading("二、进展较好的方面", 1)]
    good: list[tuple[str, list[str]]] = []
    if bulletin.leading:
        named = "、".join(f"{s.label}（完成{s.finished}项，完成率{_rate(s.completion_rate)}）"
                         for s in bulletin.leading)
        good.append(("完成率居前的科室", [f"{named}任务完成率位居前列。"]))
    if bulletin.finished:
        finished = []
        for task in bulletin.finished:
            ahead = task.days_ahead
            when = "按时" if ahead is None else (f"提前{ahead}天" if ahead else "按期")
            finished.append(f"{task.code}{quoted(task.title)}（{task.section or '未指定科室'}），"
                            f"于{chinese_date(task.completed_on)}完成，{when}。")
        good.append(("本月按时或提前完成的任务", finished))
    if len(good) > 1:  # a （一） only where a （二） follows it
        for number, (heading, lines) in enumerate(good, start=1):
            blocks.append(Heading(f"（{chinese_number(number)}）{heading}", 2))
            blocks.extend(Text(line) for line in lines)
    elif good:  # one part: its words without a heading, a list of tasks under a sentence saying what it is
        heading, lines = good[0]
        blocks.extend(Text(line) for line in ([f"{heading}如下。"] if bulletin.finished else []) + lines)
    else:
        blocks.append(Text("本月没有完成的任务。"))
    blocks.append(Heading("三、存在的问题", 1))
    none_owed = "本月没有应反馈进展的任务。" if not now.owing else f"应于本月反馈进展的{now.owing}项均已反馈。"
    parts = [("逾期未完成的任务", _by_section(bulletin.overdue, True, day), "没有逾期未完成的任务。"),
             ("本月未反馈进展的任务", _by_section(bulletin.silent, False, day), none_owed),
             *([("欠序时进度的任务", _behind_by_section(bulletin.behind), "没有欠序时进度的任务。")]
               if now.paced else []),
             ("督查发现问题逾期未整改", [f"问题{p.number}{quoted(p.description)}（{p.section or '未指定科室'}），"
                                    f"整改时限{p.deadline}，已逾期{p.days_late}天。" for p in bulletin.late_problems],
              "督查发现的问题没有逾期未整改的。")]
    for number, (heading, lines, none) in enumerate(parts, start=1):
        blocks.append(Heading(f"（{chinese_number(number)}）{heading}", 2))
        blocks.extend(Text(line) for line in lines) if lines else blocks.append(Text(none))
    blocks.append(Heading("四、下步要求", 1))
    blocks.extend(Text(f"（{chinese_number(n)}）{line}") for n, line in enumerate(bulletin.requirements, start=1))
    blocks += annex_blocks(bulletin)
    return blocks


def annex_blocks(bulletin: MonthlyBulletin) -> list[Block]:
    """附件: the progress table, and the overdue and unreported lists where there is something in them (an
    empty one would take a page to say nothing: the body says it in a sentence), each a ruled grid."""
    counted = [row for row in bulletin.rows if row.status is not Status.CANCELLED]
    progress: list[tuple[str, ...]] = [
        (row.code, row.title, row.lead_section or "—", row.deadline_display or "—",
         f"{row.status.label}\n{row.percent}%", _latest(row, bulletin.month)) for row in counted]
    late: list[tuple[str, ...]] = [
        (t.row.code, t.row.title, t.row.lead_section or "—", t.row.deadline_display or "—",
         _late_cell(t, bulletin.now.as_of)) for t in bulletin.overdue]
    silent: list[tuple[str, ...]] = [
        (t.row.code, t.row.title, t.row.lead_section or "—", _latest(t.row, bulletin.month))
        for t in bulletin.silent]
    progress_headers = ("编号", "任务", "牵头科室", "完成时限", "进度", "最近进展")
    late_headers = ("编号", "任务", "牵头科室", "完成时限", "逾期情况")
    silent_headers = ("编号", "任务", "牵头科室", "最近一次进展")
    # The columns of names, dates and figures as wide as their words (干部教育科, 11月28日前, 逾期2天 on one line);
    # the texts share the rest.
    tables: list[tuple[str, bool, Grid]] = [
        ("重点工作任务推进情况表", True,  # six columns: 1.4.1 and 推进中 on one line
         Grid(progress_headers, progress, fitted_shares(progress_headers, progress, (9, 30, 11, 11, 9, 30),
                                                        frozenset({0, 2, 3, 4}), WIDE_POINTS), frozenset({0, 4}))),
        ("逾期任务清单", False,
         Grid(late_headers, late, fitted_shares(late_headers, late, (9, 38, 12, 12, 29), frozenset({0, 2, 3, 4}),
                                                PORTRAIT_POINTS), frozenset({0}))),
        ("本月未反馈任务清单", False,
         Grid(silent_headers, silent, fitted_shares(silent_headers, silent, (9, 38, 12, 41), frozenset({0, 2}),
                                                    PORTRAIT_POINTS), frozenset({0}))),
    ]
    present = [(title, wide, grid) for title, wide, grid in tables if grid.rows]
    if len(present) == 1:  # GB/T 9704 7.3.6: one 附件 takes no number
        title, wide, grid = present[0]
        return [Text(f"附件：{title}", annexes=True), Attachment("附件", title, wide=wide), grid]
    listed = "\n".join(f"{'附件：' if number == 1 else '　　　'}{number}. {title}"
                        for number, (title, _wide, _grid) in enumerate(present, start=1))
    blocks: list[Block] = [Text(listed, annexes=True)] if present else []
    for number, (title, wide, grid) in enumerate(present, start=1):
        blocks += [Attachment(f"附件{number}", title, wide=wide), grid]
    return blocks


LATEST_CHARS = 80  # a report in a table cell: its latest words, the whole in the ledger


def _latest(row: TaskRow, month: str) -> str:
    """The newest report as a cell carries it: cut to its first words with （全文见台账）. Without one: （未反馈）
    for a task under way that owed one, （本月新交办，尚不需反馈） for one made in the month, which owes none yet,
    and — for one that owes none (暂缓, or finished)."""
    report = row.latest_progress
    if not report:
        if not row.status.is_active:
            return "—"
        return "（本月新交办，尚不需反馈）" if made_in(row, month) else "（未反馈）"
    return report if len(report) <= LATEST_CHARS else report[:LATEST_CHARS] + "……（全文见台账）"


def monthly_frame(bulletin: MonthlyBulletin, issue_number: int, issued_on: date) -> GongwenFrame:
    """The 公文 round it: the 督查通报 series' 红头 and 第N期 (0: a preview, 第　期), 主送 各科室, 抄送 部领导."""
    org = printed_org(bulletin.org)
    return GongwenFrame(organ=org, kind=KIND, issue_number=issue_number, year=bulletin.year, issued_by=EDITOR,
                        issued_on=issued_on, addressee=ADDRESSEE, copy_to=COPY_TO,
                        printed_by=f"{org}{EDITOR}" if org else EDITOR, printed_on=issued_on)


def write_monthly_pdf(bulletin: MonthlyBulletin, frame: GongwenFrame, fonts: FontSetup, out: Path) -> int:
    """The 通报 as a PDF (A4, 公文 form); returns the number of pages."""
    return gongwen_pdf(out, frame, bulletin_blocks(bulletin), fonts)


def write_monthly_docx(bulletin: MonthlyBulletin, frame: GongwenFrame, out: Path) -> int:
    """The 通报 as a Word draft in the 公文 styles, for the office to finish and sign."""
    return gongwen_docx(out, frame, bulletin_blocks(bulletin))
