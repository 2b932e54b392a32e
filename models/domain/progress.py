"""Progress entries (进展, 复命, 督办, 催办) and what they do to their task."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import ProgressEntry
from models.domain.enums import ProgressKind, Status
from models.domain.lights import parse_period, period_of
from models.domain.tasks import change_status, get_task
from models.domain.workflow import check_percent, require_text
from models.errors import RuleError


def add_progress(session: Session, actor: str, task_id: int, text: str, *,
                 period: str | None = None, entry_date: date | None = None,
                 percent: int | None = None, kind: ProgressKind = ProgressKind.PROGRESS,
                 meeting_id: int | None = None, author: str | None = None, late: bool = False) -> ProgressEntry:
    """Record one entry. A section's own report moves a not-started task to 推进中 and sets its percent; one that
    came `late` (the task has a report of a later period) only ever raises the percent, never lowers it."""
    text = require_text(text, "进展内容")
    day = entry_date or date.today()
    period = period or period_of(day)
    parse_period(period)
    if percent is not None:
        check_percent(percent)
    task = get_task(session, task_id)
    entry = ProgressEntry(
        task_id=task_id, period=period, entry_date=day, text=text, percent=percent, kind=kind,
        author=author if author is not None else actor, meeting_id=meeting_id, created_at=datetime.now(),
    )
    session.add(entry)
    audit.record(session, actor, "progress", "task", task_id, kind.value, None, text)
    if kind.counts_as_feedback:
        if task.status == Status.NOT_STARTED:
            change_status(session, actor, task_id, Status.IN_PROGRESS, on=day)
        if percent is not None and percent != task.percent and not (late and percent < task.percent):
            audit.record(session, actor, "update", "task", task_id, "percent", task.percent, percent)
            task.percent = percent
    task.updated_at = datetime.now()
    session.flush()  # once, for the entry, its audit row and the task together; the caller gets entry.id
    return entry


def revise_progress(session: Session, actor: str, entry_id: int, text: str, *, percent: int | None = None,
                    seen: str | None = None) -> tuple[str, int | None]:
    """Say an entry again in other words (the meeting's report on a task, corrected where it was typed): its
    text and percentage, each change in the trail. `seen`: the words being corrected, refused when someone
    changed them meanwhile. Returns the words and percentage it had, for undo."""
    entry = session.scalar(select(ProgressEntry).where(ProgressEntry.id == entry_id).with_for_update())
    if entry is None:
        raise RuleError("这条进展已经不在台账中（可能刚被撤销），请重新录入。")
    if seen is not None and entry.text != seen:
        raise RuleError("这条进展刚被别人改过，请重新选中这项任务，看过再改。")
    text = require_text(text, "进展内容")
    if percent is not None:
        check_percent(percent)
    old = (entry.text, entry.percent)
    if text != entry.text:
        audit.record(session, actor, "update", "progress_entry", entry.id, "text", entry.text, text)
        entry.text = text
    if percent != entry.percent:
        audit.record(session, actor, "update", "progress_entry", entry.id, "percent", entry.percent, percent)
        entry.percent = percent
    task = get_task(session, entry.task_id)
    if entry.kind.counts_as_feedback and percent is not None and percent != task.percent:
        audit.record(session, actor, "update", "task", task.id, "percent", task.percent, percent)
        task.percent = percent
    task.updated_at = datetime.now()
    session.flush()
    return old


def entries_for(session: Session, task_id: int) -> list[ProgressEntry]:
    """A task's timeline, newest first."""
    query = (select(ProgressEntry).where(ProgressEntry.task_id == task_id)
             .order_by(ProgressEntry.entry_date.desc(), ProgressEntry.id.desc()))
    return list(session.scalars(query))
