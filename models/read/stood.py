"""The year's tasks as they stood at the end of a past day: none made after it, none finished or 销号 after it,
one sent back (退回重办) after it still 已办结, each with the report and percentage it had then — what a month's
通报, 统计 and 考核 count, and a 统计表 of a past day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import AuditEntry, ProgressEntry, Task
from models.domain.enums import DeadlineKind, Light, ProgressKind, Status
from models.domain.settings import LedgerSettings
from models.read.queries import Stood, TaskRow, task_rows

_FEEDBACK = [kind for kind in ProgressKind if kind.counts_as_feedback]
_STATUSES = {status.value for status in Status}


def made_after(session: Session, year: int, as_of: date) -> set[int]:
    """The year's tasks made after the end of `as_of` (a 交办 of December is no part of November's figures)."""
    end = datetime.combine(as_of + timedelta(days=1), time.min)
    return set(session.scalars(select(Task.id).where(Task.year == year, Task.created_at >= end)))


def returned_after(session: Session, year: int, as_of: date) -> dict[int, date]:
    """The year's tasks sent back (退回重办) after `as_of` that were 已办结 on it: each with the day it was finished.
    The return keeps that day in the change history; a return recorded before it did, by the day the 已办结
    was recorded."""
    first_return: dict[int, date] = {}
    query = (select(ProgressEntry.task_id, ProgressEntry.entry_date).join(Task, Task.id == ProgressEntry.task_id)
             .where(Task.year == year, ProgressEntry.kind == ProgressKind.RETURN, ProgressEntry.entry_date > as_of))
    for task_id, day in session.execute(query):
        first_return[task_id] = min(first_return.get(task_id, day), day)
    if not first_return:
        return {}
    finished: dict[int, date] = {}
    last_finished: dict[int, date] = {}  # the 已办结 recorded last before the return, for a return that kept no day
    trail = (select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.action, AuditEntry.field, AuditEntry.old_value,
                    AuditEntry.new_value)
             .where(AuditEntry.entity == "task", AuditEntry.entity_id.in_(first_return))
             .order_by(AuditEntry.id))
    for task_id, at, action, field, old, new in session.execute(trail):
        if task_id in finished:
            continue
        if action == "status" and field == "status" and new == Status.COMPLETED.value:
            last_finished[task_id] = at.date()
        elif action == "return" and at.date() >= first_return[task_id]:  # the first return after the day
            kept = date.fromisoformat(old[:10]) if field == "completed_on" and old else last_finished.get(task_id)
            if kept is not None:
                finished[task_id] = kept
    return {task_id: day for task_id, day in finished.items() if day <= as_of}


def as_it_stood(rows: list[TaskRow], as_of: date, closed_on: dict[int, date] | None = None,
                returned: dict[int, date] | None = None) -> list[TaskRow]:
    """The tasks as they stood at the end of `as_of`: one finished after it was still under way then (and
    late, past a dated deadline), one 销号 after it was 已办结 then (`closed_on`: each closed task's day), and one
    sent back after it (`returned`: its 已办结 day) was 已办结 — so a 通报 of November counts neither December's
    completions, its 销号 nor its returns. (Other changes since — a title, a deadline moved — show as they are.)"""
    closed_on, returned = closed_on or {}, returned or {}
    stood = []
    for row in rows:
        if row.id in returned:
            row = row._replace(status=Status.COMPLETED, completed_on=returned[row.id], overdue=False, light=Light.NONE)
        elif row.status.is_finished and row.completed_on is not None and row.completed_on > as_of:
            late = row.deadline_kind == DeadlineKind.DATE and row.due_date is not None and row.due_date < as_of
            row = row._replace(status=Status.IN_PROGRESS, completed_on=None, overdue=late,
                               light=Light.RED if late else Light.GREEN)
        elif row.status == Status.CLOSED and closed_on.get(row.id, as_of) > as_of:
            row = row._replace(status=Status.COMPLETED)
        stood.append(row)
    return stood


def rows_that_stood(session: Session, year: int, as_of: date, settings: LedgerSettings) -> list[TaskRow]:
    """The year's tasks as they stood at the end of `as_of`, read from the ledger: their lights, 逾期 and 本期
    未反馈 judged from what they were then."""
    later = made_after(session, year, as_of)
    stood = facts_that_stood(session, year, as_of)
    return [row for row in task_rows(session, year, as_of, settings.light_rules, stood=stood) if row.id not in later]


def facts_that_stood(session: Session, year: int, as_of: date) -> dict[int, Stood]:
    """Each of the year's tasks changed since the end of `as_of` — a report dated after it, its percentage or
    status changed after it, finished, 销号 or sent back after it — as it was then. The reports go by the day they
    are dated; a percentage by the newest report by then that gave one, else by the change history; a task under
    way then is 推进中 once it had reported (a report moves a 未启动 task on), else as the history has it.
    暂缓 and 已撤销 are taken as they are now."""
    end = datetime.combine(as_of + timedelta(days=1), time.min)
    reports: dict[int, tuple[str, str, date | None]] = {}
    percents: dict[int, int] = {}
    changed: set[int] = set()
    entries = (select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.text, ProgressEntry.entry_date,
                      ProgressEntry.percent).join(Task, Task.id == ProgressEntry.task_id)
               .where(Task.year == year, ProgressEntry.kind.in_(_FEEDBACK))
               .order_by(ProgressEntry.period, ProgressEntry.id))  # the newest last, as the ledger keeps it
    for task_id, period, text, day, percent in session.execute(entries):
        if day > as_of:
            changed.add(task_id)
            continue
        reports[task_id] = (period, text, day)
        if percent is not None:
            percents[task_id] = percent
    history_percent, history_status = _history_after(session, year, end)
    returned = returned_after(session, year, as_of)
    tasks = select(Task.id, Task.status, Task.percent, Task.completed_on, Task.closed_on).where(Task.year == year)
    stood: dict[int, Stood] = {}
    for task_id, status, percent, completed, closed in session.execute(tasks):
        finished_after = status.is_finished and completed is not None and completed > as_of
        closed_after = status is Status.CLOSED and closed is not None and closed > as_of
        if not (finished_after or closed_after or task_id in changed or task_id in returned
                or task_id in history_percent or task_id in history_status):
            continue
        period, text, reported_on = reports.get(task_id, ("", "", None))
        if task_id in returned:
            status, percent, completed = Status.COMPLETED, 100, returned[task_id]
        elif status.is_finished and not finished_after:
            status = Status.COMPLETED if closed_after else status
        elif status.is_finished or status.is_active:  # under way then
            was = history_status.get(task_id, status)
            status = Status.NOT_STARTED if was is Status.NOT_STARTED and task_id not in reports else Status.IN_PROGRESS
            completed = None
            percent = percents.get(task_id, history_percent.get(task_id, percent))
        stood[task_id] = Stood(status, percent, completed, period, text, reported_on)
    return stood


def _history_after(session: Session, year: int, end: datetime) -> tuple[dict[int, int], dict[int, Status]]:
    """The percentage and the status each of the year's tasks had before its first change recorded after `end`."""
    percents: dict[int, int] = {}
    statuses: dict[int, Status] = {}
    trail = (select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.field, AuditEntry.old_value)
             .where(AuditEntry.entity == "task", AuditEntry.at >= end, AuditEntry.field.in_(("percent", "status")),
                    AuditEntry.entity_id.in_(select(Task.id).where(Task.year == year)))
             .order_by(AuditEntry.id))
    for task_id, action, field, old in session.execute(trail):
        if field == "percent" and task_id not in percents and old is not None and old.strip().isdigit():
            percents[task_id] = int(old)
        elif field == "status" and action == "status" and task_id not in statuses and old in _STATUSES:
            statuses[task_id] = Status(old)
    return percents, statuses
