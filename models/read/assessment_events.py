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
from models.read.stood import as_it_stood

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
    """复命, by the one counting rule (models.read.counting, as the 通报 and the statistics count 本期未反馈): of
    every period a top-level task owed a report in (monthly, or its own cadence) that has ended by `as_of`, the
    ones where it or a subtask still under way gave no report (未报, for its lead section), and the ones whose
    last such report came after the period ended (迟报). The period still running owes nothing yet, but counts
    as met once reported. A task or subtask owes from the month after it was made (or from its first report, if
    earlier) while it is under way as it stood at the month's end."""
    owed_from: dict[int, int] = {}
    cadence_of: dict[int, int] = {}
    for task_id, created, recurrence in session.execute(
            select(Task.id, Task.created_at, Task.recurrence)
            .where(Task.year == year, Task.deleted_at.is_(None))):
        owed_from[task_id] = _month(created.date()) + 1
        cadence_of[task_id] = recurrence.months if isinstance(recurrence, Recurrence) else 1
    year_start, running = _month(date(year, 1, 1)), _month(as_of)
    judged = range(year_start, min(_month(date(year, 12, 1)), running) + 1)
    # month → each task's first report for the period (by its cadence) the month falls in
    first_entry: dict[int, dict[int, date]] = {month: {} for month in judged}
    for task_id, written, day in session.execute(
            select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.entry_date)
            .join(Task, Task.id == ProgressEntry.task_id)
            .where(Task.year == year, ProgressEntry.kind.in_(FEEDBACK_KINDS), ProgressEntry.entry_date <= as_of)):
        month = _month(date(*parse_period(written), 1))
        cadence = cadence_of.get(task_id, 1)
        owed_from[task_id] = min(owed_from.get(task_id, month), month)
        for each in range(month // cadence * cadence, month // cadence * cadence + cadence):
            if each in first_entry:
                first = first_entry[each]
                first[task_id] = min(first.get(task_id, day), day)
    tops = [row for row in rows if row.parent_id is None and row.status not in (Status.CANCELLED, Status.SUSPENDED)
            and counting.top.get(row.id, row.id) == row.id]
    family: dict[int, list[TaskRow]] = {}
    for row in rows:
        family.setdefault(counting.top.get(row.id, row.id), []).append(row)
    finished = [row for row in rows if row.completed_on is not None]

    for month in judged:
        ended = _month_end(month)
        ends = [row for row in tops if (month + 1) % cadence_of.get(row.id, 1) == 0 or month == judged[-1]]
        if not ends:
            continue
        day_stood = min(ended, as_of)  # the tasks as they stood then: one finished later was still under way
        later = [row for row in finished if row.completed_on and row.completed_on > day_stood]
        changed = {row.id: row for row in as_it_stood(later, day_stood)}
        stood = [changed.get(row.id, row) for row in rows] if changed else list(rows)
        reports = first_entry[month]
        not_owing = {task_id for task_id, start in owed_from.items() if start > month}
        owes = {row.id for row in stood if row.status.is_active and row.id not in not_owing}
        owing = {top.id for top in ends if any(row.id in owes for row in family.get(top.id, [top]))}
        if not owing:
            continue
        missing = counting.silent_where(stood, not_owing | reports.keys())
        late = counting.silent_where(stood, not_owing | {t for t, d in reports.items() if d <= ended}) \
            if month < running else set()
        for top in ends:
            if top.id not in owing or (month >= running and top.id in missing):
                continue  # nothing owed, or the period is still running: its report is not due yet
            cadence = cadence_of.get(top.id, 1)
            last = _month_end(month // cadence * cadence + cadence - 1)
            when = {"year": last.year, "month": last.month}
            if top.id in missing:
                yield Event(top.lead_section, "report_missing", True, last, top.code, top.title,
                            Message("{year}年{month}月一期未报", **when))
                continue
            days = [reports[row.id] for row in family.get(top.id, [top]) if row.id in owes and row.id in reports]
            day = max(days, default=as_of)
            if top.id in late:
                yield Event(top.lead_section, "report_late", True, day, top.code, top.title,
                            Message("{year}年{month}月一期，{on_month}月{on_day}日才报", **when,
                                    on_month=day.month, on_day=day.day))
            else:  # scores nothing by itself, but makes the 复命率 shown beside the score
                yield Event(top.lead_section, "report_on_time", True, day, top.code, top.title,
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


def sign_events(session: Session, year: int, rows: Sequence[TaskRow], sign_days: int, as_of: date) -> Iterator[Event]:
    """Each top-level task its lead section signed for (签收) later than the office's days after it was assigned,
    or has still not signed for past them: once, on the day the days ran out. 0 days: no 签收期限, no event."""
    if sign_days <= 0:
        return
    by_id = {row.id: row for row in rows if row.parent_id is None and row.status is not Status.CANCELLED}
    query = (select(Task.id, Task.created_at, Task.signed_at)
             .where(Task.year == year, Task.deleted_at.is_(None), Task.parent_id.is_(None)))
    for task_id, assigned, signed in session.execute(query):
        row = by_id.get(task_id)
        if row is None or not row.lead_section:
            continue
        limit = assigned.date() + timedelta(days=sign_days)
        if signed is None:
            if row.status.is_active and as_of > limit:  # a task finished unsigned was taken on all the same
                yield Event(row.lead_section, "sign_late", True, limit + timedelta(days=1), row.code, row.title,
                            Message("交办{days}天仍未签收", days=(as_of - assigned.date()).days))
        elif signed.date() > limit:
            yield Event(row.lead_section, "sign_late", True, signed.date(), row.code, row.title,
                        Message("交办后第{days}天签收", days=(signed.date() - assigned.date()).days))
