"""The year's tasks as they stood at the end of a past day: none made after it, none finished or 销号 after it,
and one sent back (退回重办) after it still 已办结 — what a month's 通报, 统计 and 考核 count."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import AuditEntry, ProgressEntry, Task
from models.domain.enums import DeadlineKind, Light, ProgressKind, Status
from models.domain.settings import LedgerSettings
from models.read.queries import TaskRow, task_rows


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
    """The year's tasks as they stood at the end of `as_of`, read from the ledger."""
    later = made_after(session, year, as_of)
    rows = [row for row in task_rows(session, year, as_of, settings.light_rules) if row.id not in later]
    closed = {row.id for row in rows if row.status == Status.CLOSED}
    closed_on: dict[int, date] = {}
    if closed:
        query = select(Task.id, Task.closed_on).where(Task.id.in_(closed), Task.closed_on.is_not(None))
        closed_on = {task_id: day for task_id, day in session.execute(query) if day is not None}
    return as_it_stood(rows, as_of, closed_on, returned_after(session, year, as_of))
