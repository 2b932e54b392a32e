"""A section's progress return (推进情况表) applied: lines matched to tasks, entries for one period."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.apply.rows import ReturnLine
from models.apply.title_index import TitleIndex
from models.domain.entities import ProgressEntry
from models.domain.enums import ProgressKind, Status
from models.domain.lights import LightRules, parse_period
from models.domain.progress import add_progress
from models.domain.tasks import change_status, get_task
from models.domain.workflow import BEHIND_WORDS, MAX_TEXT, RETURN_STATUS_WORDS, can_transition, status_of_word
from models.errors import Message
from models.read.queries import task_rows

_REPORT_KINDS = [kind for kind in ProgressKind if kind.counts_as_feedback]


@dataclass
class ReturnRow:
    sheet: str
    row: int
    title: str
    text: str
    status: str = "ok"  # ok | warning | error | skip (a row left blank) | same (imported before: nothing to add)
    messages: list[str] = field(default_factory=list)
    task_code: str = ""
    task_id: int | None = None
    new_status: Status | None = None
    percent: int | None = None
    said_status: str = ""  # 滞后, 欠进度: the task stays 推进中, and its report says what the section said
    late: bool = False  # the task has a report of a later period: this one joins the timeline and moves nothing
    repeated: bool = False  # the ledger holds this very report for the period already (the file imported again)

    @property
    def report(self) -> str:
        """The entry's words as the ledger keeps them: the section's text, with the 滞后 it said."""
        return f"{self.text}（完成状态：{self.said_status}）" if self.said_status else self.text

    def to_dict(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "status": self.status, "messages": self.messages,
                "title": self.title, "task": self.task_code or None, "progress": self.text,
                "new_status": self.new_status.value if self.new_status else None, "percent": self.percent,
                "late": self.late}


@dataclass
class ReturnResult:
    period: str
    rows: list[ReturnRow]
    entered: int = 0

    @property
    def unmatched(self) -> list[ReturnRow]:
        return [row for row in self.rows if row.task_id is None]

    def to_dict(self) -> dict[str, object]:
        return {"period": self.period, "rows": [row.to_dict() for row in self.rows],
                "unmatched": [{"sheet": r.sheet, "row": r.row, "title": r.title} for r in self.unmatched],
                "entered": self.entered}


def plan_return(session: Session, lines: list[ReturnLine], year: int, period: str, as_of: date) -> ReturnResult:
    """Each line matched to a task of `year` and checked; nothing is written."""
    parse_period(period)
    tasks = task_rows(session, year, as_of, LightRules())
    index = TitleIndex(tasks)
    open_children: dict[int, set[int]] = {}
    for task_row in tasks:
        if task_row.parent_id is not None and not task_row.status.is_finished and task_row.status != Status.CANCELLED:
            open_children.setdefault(task_row.parent_id, set()).add(task_row.id)
    result = ReturnResult(period, [])
    for line in lines:
        if line.problem:
            result.rows.append(ReturnRow(line.sheet, line.row, "", "", "error", [line.problem]))
            continue
        title, text = line.title, line.text
        entry = ReturnRow(line.sheet, line.row, title, text)
        task, how = index.match(line.number, title)
        if len(text) > MAX_TEXT:
            entry.status = "error"
            entry.messages.append(Message("进展情况太长：{count} 个字，最多 {limit} 个字，未导入。", count=len(text),
                                          limit=MAX_TEXT))
        elif task is None:
            entry.status = "error"
            entry.messages.append(how or Message("在台账中找不到这项任务（编号和任务内容都对不上），未导入。"))
        else:
            entry.task_id, entry.task_code = task.id, task.code
            if how:
                entry.status = "warning"
                entry.messages.append(how)
            word = line.status_word
            if not text and not word and line.percent is None:  # a row of the blank form left as it was sent
                entry.status = "skip"
                entry.messages.append(Message("没有填写，本行跳过（这项任务本期仍算未反馈）。"))
                result.rows.append(entry)
                continue
            if not text:
                entry.status = "warning"
                entry.messages.append(Message("没有填写进展情况，本行只更新状态。") if word else
                                      Message("只填了进度，没有填写进展情况：本行未导入。"))
            entry.percent = line.percent
            _check_status(entry, task.status, word, bool(text))
        result.rows.append(entry)
    _against_reports(session, result)
    _judge_subtasks(result, open_children)
    return result


def _against_reports(session: Session, result: ReturnResult) -> None:
    """Each row beside the reports its task already has. The same words at the same percent for the period (the
    file sent or imported twice) add nothing: 不变. Different words where the period has a 复命 already (a file
    sent again, corrected) are added beside it, both kept, and the preview says so. A task with a report of a
    later period takes this one into its timeline at its own period; its percent and status only go forward."""
    rows = [row for row in result.rows if row.task_id is not None and row.status != "skip"]
    held: dict[int, list[tuple[str, str, int | None]]] = {}  # every report: the meeting's and the sections' own
    returned: dict[int, list[tuple[str, str, int | None]]] = {}  # the 复命 among them (returns, 办结)
    if rows:
        query = select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.text, ProgressEntry.percent,
                       ProgressEntry.kind).where(ProgressEntry.task_id.in_({row.task_id for row in rows}),
                                                 ProgressEntry.kind.in_(_REPORT_KINDS))
        for task_id, period, text, percent, kind in session.execute(query):
            held.setdefault(task_id, []).append((period, _words(text), percent))
            if kind == ProgressKind.FEEDBACK:
                returned.setdefault(task_id, []).append((period, _words(text), percent))
    for row in rows:
        assert row.task_id is not None
        reports = held.setdefault(row.task_id, [])
        later = max((period for period, _text, _percent in reports if period > result.period), default="")
        row.late = bool(later)
        said = (result.period, _words(row.report), row.percent)
        if row.text and said in reports:
            row.repeated = True
            if row.new_status is None:
                row.status = "same"
                row.messages.append(Message("不变：台账中已有这条 {period} 的反馈（内容和进度都相同，已导入过），"
                                            "不再添加。", period=result.period))
            else:
                row.status = "warning"
                row.messages.append(Message("台账中已有这条 {period} 的反馈（已导入过），不再添加，只改任务状态。",
                                            period=result.period))
            continue
        if later:
            row.status = "warning"
            row.messages.append(Message("这项任务已有 {later} 的反馈：本表 {period} 的反馈按期次记入时间线，任务的进度"
                                        "和状态只会前进，不因此退回。", later=later, period=result.period))
        if not row.text:
            continue
        if any(period == result.period for period, _text, _percent in returned.get(row.task_id, ())):
            if row.status == "ok":
                row.status = "warning"
            row.messages.append(Message("这项任务 {period} 已有反馈，本表所写不同：作为 {period} 的又一条反馈加入，"
                                        "原有的保留。", period=result.period))
        reports.append(said)  # a row saying it again further down the file adds nothing either
        returned.setdefault(row.task_id, []).append(said)


def _judge_subtasks(result: ReturnResult, open_children: dict[int, set[int]]) -> None:
    """A parent reported 办结 with subtasks still open is noted, once the whole file is read: a subtask the same
    file finishes, above or below its parent, is not open."""
    finished = {row.task_id for row in result.rows if row.new_status == Status.COMPLETED}
    for row in result.rows:
        if row.new_status != Status.COMPLETED or row.task_id is None:
            continue
        still_open = len(open_children.get(row.task_id, set()) - finished)
        if still_open:
            row.status = "warning"
            row.messages.append(Message("报为办结，但还有 {count} 项子任务没有办结：子任务保持原状。",
                                        count=still_open))


def _words(text: str) -> str:
    """A report as compared: spaces and line breaks do not make two reports."""
    return re.sub(r"\s+", "", text)


def _check_status(entry: ReturnRow, now: Status, word: str, reported: bool) -> None:
    """The status the row's 完成状态 word brings, as the window's steps allow it: 已完成/已办结 is 办结 (a report at
    100%), 滞后 keeps the task 推进中 with the word in its report, and a finished task is not reopened."""
    wanted = status_of_word(word) if word in RETURN_STATUS_WORDS else None
    if word and wanted is None:
        entry.status = "warning"
        entry.messages.append(Message("完成状态“{word}”不认识（可选：{words}），未改变任务状态。", word=word[:20],
                                      words="、".join(RETURN_STATUS_WORDS)))
        return
    if word in BEHIND_WORDS and now in (Status.NOT_STARTED, Status.IN_PROGRESS):
        entry.said_status = word if reported else ""
        entry.status = "warning"
        entry.messages.append(Message("报为“{word}”：任务仍为推进中，已在本期进展中注明。", word=word) if reported
                              else Message("报为“{word}”：任务仍为推进中。", word=word))
    if wanted == Status.COMPLETED and now != Status.CANCELLED:
        entry.percent = 100  # as 办结 in the window: the report that finishes it is at 100% (sent again: the same)
    if wanted is None or wanted == now:
        return
    if now.is_finished or now == Status.CANCELLED:
        entry.status = "warning"
        entry.messages.append(Message("任务现为「{current}」，反馈表不能把它改回「{wanted}」（需要时请在台账中重新打开）。",
                                      current=now.label, wanted=wanted.label))
    elif can_transition(now, wanted) or (now == Status.NOT_STARTED and reported):
        entry.new_status = wanted
    else:
        entry.status = "warning"
        entry.messages.append(Message("任务现为「{current}」，不能改为「{wanted}」。", current=now.label,
                                      wanted=wanted.label))


def import_return(session: Session, actor: str, lines: list[ReturnLine], year: int, period: str, as_of: date, *,
                  dry_run: bool = False) -> ReturnResult:
    """Write one progress entry per matched row (in the caller's one transaction); unmatched rows are listed."""
    result = plan_return(session, lines, year, period, as_of)
    if dry_run:
        return result
    # Entries are dated within their period: the as-of day, or the period's 28th for an earlier month.
    year_of_period, month = parse_period(period)
    day = as_of if (year_of_period, month) == (as_of.year, as_of.month) else min(as_of, date(year_of_period, month, 28))
    for row in result.rows:
        if row.task_id is None or row.status in ("skip", "same"):
            continue
        if row.text and not row.repeated:
            add_progress(session, actor, row.task_id, row.report, period=period, entry_date=day, percent=row.percent,
                         kind=ProgressKind.FEEDBACK, author=actor, late=row.late)
            result.entered += 1
        if row.new_status is not None:
            # The entry above may already have moved a not-started task to 推进中.
            current = get_task(session, row.task_id).status
            if current != row.new_status and can_transition(current, row.new_status):
                change_status(session, actor, row.task_id, row.new_status, on=day)
    return result
