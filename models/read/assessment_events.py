"""The events a 考核办法 scores, read from the ledger: each task finished on time or late, each still overdue,
each report owed and missing or late, each rated 销号, each problem put right or not — with its date and 编号."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import ProgressEntry, Task
from models.domain.enums import DeadlineKind, ProgressKind, Recurrence, Status
from models.domain.lights import parse_period
from models.errors import Message
from models.read.counting import Counting
from models.read.problems import InspectionRow, ProblemRow
from models.read.queries import TaskRow
from models.read.reminders import red_notices_of_year

FEEDBACK_KINDS = [kind for kind in ProgressKind if kind.counts_as_feedback]
DAYS_A_MONTH = 30  # "每逾期一个月": a full month overdue is 30 days late


@dataclass(frozen=True)
class Event:
    """One thing that happened to a section's work, before a rule set gives it points."""

    section: str
    kind: str  # a key of models.domain.assessment_rules.EVENT_NAMES, "rating" or "report_on_time"
    as_lead: bool
    day: date | None
    code: str  # the task's 编号, or "问题3"
    title: str  # the task's title, or the problem's description: what a section chief looks for
    note: Message  # "逾期8天", "销号评价：好", "2026年10月一期未报": the window says it in its language
    count: int = 1  # how many times the rule applies (full months overdue)
    rating: str = ""


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_end(index: int) -> date:
    year, month = divmod(index + 1, 12)
    return date(year, month + 1, 1) - timedelta(days=1)


def finished_on_time(row: TaskRow) -> bool:
    """By the deadline it has (an approved extension moved it); a task with no dated deadline is on time."""
    if row.deadline_kind != DeadlineKind.DATE or row.due_date is None or row.completed_on is None:
        return True
    return row.completed_on <= row.due_date


def task_events(rows: Sequence[TaskRow], counting: Counting, as_of: date) -> Iterator[Event]:
    """Per top-level task, as the statistics count it: finished on time or late, or overdue — itself or through
    a subtask — for its lead section and each co-operating section."""
    late_subtasks: dict[int, list[TaskRow]] = {}
    for row in rows:
        if row.parent_id is not None and row.overdue and row.status is not Status.CANCELLED:
            late_subtasks.setdefault(counting.top.get(row.id, row.id), []).append(row)
    for row in rows:
        if row.parent_id is not None or row.status is Status.CANCELLED:
            continue
        units = [(row.lead_section, True), *((name, False) for name in row.co_sections)]
        if counting.is_overdue(row):  # first: a finished task with a subtask still late is late, as counted
            late = [r for r in (row, *late_subtasks.get(row.id, ())) if r.overdue and r.due_date is not None]
            worst = max(late, key=lambda r: as_of - r.due_date if r.due_date else timedelta(0), default=row)
            days = (as_of - worst.due_date).days if worst.due_date is not None else 0
            note = (Message("逾期{days}天（子任务{code}）", days=days, code=worst.code) if worst is not row
                    else Message("逾期{days}天", days=days))
            for name, lead in units:
                yield Event(name, "overdue", lead, worst.due_date, row.code, row.title, note)
            if days >= DAYS_A_MONTH:
                months = days // DAYS_A_MONTH
                reached = worst.due_date + timedelta(days=months * DAYS_A_MONTH) if worst.due_date else None
                yield Event(row.lead_section, "overdue_month", True, reached, row.code, row.title,
                            Message("逾期{days}天，满{months}个月", days=days, months=months), months)
        elif row.status.is_finished:
            on_time = finished_on_time(row)
            late_by = 0 if on_time or row.due_date is None or row.completed_on is None else (
                row.completed_on - row.due_date).days
            note = Message("按时完成") if on_time else Message("逾期{days}天完成", days=late_by)
            for name, lead in units:
                yield Event(name, "on_time" if on_time else "late", lead, row.completed_on, row.code, row.title,
                            note)


def rating_events(session: Session, year: int, rows: Sequence[TaskRow]) -> Iterator[Event]:
    """Each 销号 with a rating, tasks and subtasks alike, for the section that led the task rated."""
    by_id = {row.id: row for row in rows}
    query = (select(Task.id, Task.rating, Task.closed_on)
             .where(Task.year == year, Task.deleted_at.is_(None), Task.status == Status.CLOSED, Task.rating != ""))
    for task_id, rating, closed_on in session.execute(query):
        row = by_id.get(task_id)
        if row is not None and rating:
            yield Event(row.lead_section, "rating", True, closed_on, row.code, row.title,
                        Message("销号评价：{rating}", rating=rating), rating=rating)


def report_events(session: Session, year: int, as_of: date, rows: Sequence[TaskRow],
                  counting: Counting) -> Iterator[Event]:
    """复命: of every period a top-level task owed a report in (monthly, or its own cadence) that has ended by
    `as_of`, the ones with no report from it or its subtasks (未报), and the ones first reported after the
    period ended (迟报). The period still running owes nothing yet, but counts as met once reported. A task owes
    from its creation (or its first report, if earlier) to its completion."""
    facts = {task_id: (created.date(), recurrence, closed_on) for task_id, created, recurrence, closed_on in
             session.execute(select(Task.id, Task.created_at, Task.recurrence, Task.closed_on)
                             .where(Task.year == year, Task.parent_id.is_(None), Task.deleted_at.is_(None)))}
    first_entry: dict[tuple[int, int], date] = {}  # (top task, month) → the day its first report was entered
    for task_id, written, day in session.execute(
            select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.entry_date)
            .join(Task, Task.id == ProgressEntry.task_id)
            .where(Task.year == year, ProgressEntry.kind.in_(FEEDBACK_KINDS), ProgressEntry.entry_date <= as_of)):
        key = (counting.top.get(task_id, task_id), _month(date(*parse_period(written), 1)))
        first_entry[key] = min(first_entry.get(key, day), day)
    first_of_task: dict[int, date] = {}
    for (task_id, _), day in first_entry.items():
        first_of_task[task_id] = min(first_of_task.get(task_id, day), day)
    year_start, year_end, running = _month(date(year, 1, 1)), _month(date(year, 12, 1)), _month(as_of)
    for row in rows:
        if row.parent_id is not None or row.status in (Status.CANCELLED, Status.SUSPENDED):
            continue
        created, recurrence, closed_on = facts.get(row.id, (as_of, None, None))
        cadence = recurrence.months if isinstance(recurrence, Recurrence) else 1
        start = max(year_start, _month(min(created, first_of_task.get(row.id, created))))
        end = min(year_end, _month(min(as_of, row.completed_on or closed_on or as_of)))
        for period in sorted({month // cadence for month in range(start, end + 1)}):
            last_month = period * cadence + cadence - 1
            reported = [first_entry[(row.id, m)] for m in range(period * cadence, last_month + 1)
                        if (row.id, m) in first_entry]
            if last_month >= running and not reported:
                continue  # the period is still running: its report is not due yet
            ended = _month_end(last_month)
            when = {"year": ended.year, "month": ended.month}
            if not reported:
                yield Event(row.lead_section, "report_missing", True, ended, row.code, row.title,
                            Message("{year}年{month}月一期未报", **when))
            elif min(reported) > ended:
                yield Event(row.lead_section, "report_late", True, min(reported), row.code, row.title,
                            Message("{year}年{month}月一期，{on_month}月{on_day}日才报", **when,
                                    on_month=min(reported).month, on_day=min(reported).day))
            else:  # scores nothing by itself, but makes the 复命率 shown beside the score
                yield Event(row.lead_section, "report_on_time", True, min(reported), row.code, row.title,
                            Message("{year}年{month}月一期按期报送", **when))


def problem_events(problems: Sequence[ProblemRow]) -> Iterator[Event]:
    """Each problem with a responsible section: put right by its deadline, after it, or still open past it."""
    for problem in problems:
        if not problem.section:
            continue
        code = f"问题{problem.number}"
        if problem.solved:
            day = problem.rectified_on or problem.closed_on
            if problem.due_date is not None and day is not None and day > problem.due_date:
                yield Event(problem.section, "problem_late", True, day, code, problem.description,
                            Message("逾期{days}天整改", days=(day - problem.due_date).days))
            else:
                yield Event(problem.section, "problem_on_time", True, day, code, problem.description,
                            Message("按期整改"))
        elif problem.overdue:
            yield Event(problem.section, "problem_overdue", True, problem.due_date, code, problem.description,
                        Message("整改逾期{days}天", days=problem.days_late))


def bulletin_events(records: Sequence[InspectionRow]) -> Iterator[Event]:
    """Each section a 督查通报 praised or criticised, on the day of the record."""
    for record in records:
        for name in record.praised:
            yield Event(name, "praise", True, record.held_on, "", record.title, Message("督查通报表扬"))
        for name in record.criticised:
            yield Event(name, "criticism", True, record.held_on, "", record.title, Message("督查通报批评"))


def return_events(session: Session, year: int, rows: Sequence[TaskRow]) -> Iterator[Event]:
    """Each 退回重办 (a task reported 已办结 sent back at review), for the section that led the task."""
    by_id = {row.id: row for row in rows}
    query = (select(ProgressEntry.task_id, ProgressEntry.entry_date).join(Task, Task.id == ProgressEntry.task_id)
             .where(Task.year == year, Task.deleted_at.is_(None), ProgressEntry.kind == ProgressKind.RETURN))
    for task_id, day in session.execute(query):
        row = by_id.get(task_id)
        if row is not None and row.lead_section:
            yield Event(row.lead_section, "returned", True, day, row.code, row.title, Message("退回重办"))


def red_notice_events(session: Session, year: int, rows: Sequence[TaskRow]) -> Iterator[Event]:
    """Each 红色督办单 issued (a numbered notice at the red level), for the section that leads the task."""
    by_id = {row.id: row for row in rows}
    for task_id, day, number in red_notices_of_year(session, year):
        row = by_id.get(task_id)
        if row is not None and row.lead_section:
            yield Event(row.lead_section, "red_notice", True, day, row.code, row.title,
                        Message("红色督办单{number}", number=number))
