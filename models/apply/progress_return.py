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
from models.domain.workflow import MAX_TEXT, can_transition, status_of_word
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
    index = TitleIndex(task_rows(session, year, as_of, LightRules()))
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
            entry.messages.append(Message("在台账中找不到这项任务（编号和任务内容都对不上），未导入。"))
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
            wanted = status_of_word(word)
            if word and wanted is None:
                entry.status = "warning"
                entry.messages.append(Message("完成状态“{word}”不认识，未改变任务状态。", word=word))
            if wanted is not None and wanted != task.status:
                if can_transition(task.status, wanted) or (task.status == Status.NOT_STARTED and text):
                    entry.new_status = wanted
                else:
                    entry.status = "warning"
                    entry.messages.append(Message("任务现为「{current}」，不能改为「{wanted}」。",
                                                  current=task.status.label, wanted=wanted.label))
            entry.percent = line.percent
        result.rows.append(entry)
    return result


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
            add_progress(session, actor, row.task_id, row.text, period=period, entry_date=day,
                         percent=row.percent, kind=ProgressKind.FEEDBACK, author=actor)
            result.entered += 1
        if row.new_status is not None:
            # The entry above may already have moved a not-started task to 推进中.
            current = get_task(session, row.task_id).status
            if current != row.new_status and can_transition(current, row.new_status):
                change_status(session, actor, row.task_id, row.new_status, on=day)
    return result
