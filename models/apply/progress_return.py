"""A section's progress return (推进情况表) applied: lines matched to tasks, entries for one period."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from models.apply.rows import ReturnLine
from models.apply.title_index import TitleIndex
from models.domain.enums import ProgressKind, Status
from models.domain.lights import LightRules, parse_period
from models.domain.progress import add_progress
from models.domain.tasks import change_status, get_task
from models.domain.workflow import BEHIND_WORDS, MAX_TEXT, RETURN_STATUS_WORDS, can_transition, status_of_word
from models.errors import Message
from models.read.queries import task_rows


@dataclass
class ReturnRow:
    sheet: str
    row: int
    title: str
    text: str
    status: str = "ok"  # ok | warning | error | skip (a row left blank)
    messages: list[str] = field(default_factory=list)
    task_code: str = ""
    task_id: int | None = None
    new_status: Status | None = None
    percent: int | None = None
    said_status: str = ""  # 滞后, 欠进度: the task stays 推进中, and its report says what the section said

    def to_dict(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "status": self.status, "messages": self.messages,
                "title": self.title, "task": self.task_code or None, "progress": self.text,
                "new_status": self.new_status.value if self.new_status else None, "percent": self.percent}


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
    open_subtasks: dict[int, int] = {}
    for task_row in tasks:
        if task_row.parent_id is not None and not task_row.status.is_finished and task_row.status != Status.CANCELLED:
            open_subtasks[task_row.parent_id] = open_subtasks.get(task_row.parent_id, 0) + 1
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
            _check_status(entry, task.status, word, bool(text), open_subtasks.get(task.id, 0))
        result.rows.append(entry)
    return result


def _check_status(entry: ReturnRow, now: Status, word: str, reported: bool, open_subtasks: int) -> None:
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
    if wanted is None or wanted == now:
        return
    if now.is_finished or now == Status.CANCELLED:
        entry.status = "warning"
        entry.messages.append(Message("任务现为「{current}」，反馈表不能把它改回「{wanted}」（需要时请在台账中重新打开）。",
                                      current=now.label, wanted=wanted.label))
    elif can_transition(now, wanted) or (now == Status.NOT_STARTED and reported):
        entry.new_status = wanted
        if wanted == Status.COMPLETED:
            entry.percent = 100  # as 办结 in the window: the report that finishes it is at 100%
            if open_subtasks:
                entry.status = "warning"
                entry.messages.append(Message("报为办结，但还有 {count} 项子任务没有办结：子任务保持原状。",
                                              count=open_subtasks))
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
        if row.task_id is None:
            continue
        if row.text:
            said = f"{row.text}（完成状态：{row.said_status}）" if row.said_status else row.text
            add_progress(session, actor, row.task_id, said, period=period, entry_date=day,
                         percent=row.percent, kind=ProgressKind.FEEDBACK, author=actor)
            result.entered += 1
        if row.new_status is not None:
            # The entry above may already have moved a not-started task to 推进中.
            current = get_task(session, row.task_id).status
            if current != row.new_status and can_transition(current, row.new_status):
                change_status(session, actor, row.task_id, row.new_status, on=day)
    return result
