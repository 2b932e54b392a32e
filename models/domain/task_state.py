"""Snapshots of a task's own fields, and putting one back: what undo and redo are built on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import AuditEntry, Extension, ProgressEntry, Section, Task
from models.errors import RuleError

# Every column a user action can change; ids, year and timestamps never change by an action.
STATE_FIELDS = (
    "title", "measures", "target", "note", "key_task_id", "lead_section_id", "leader_id", "owner_id",
    "deadline_kind", "due_date", "start_date", "deadline_text", "recurrence", "status", "percent",
    "source_text", "sort_order", "completed_on", "closed_on", "closed_note", "closed_by", "deleted_at",
    "rating", "rating_note", "closed_timing",
)


@dataclass(frozen=True)
class TaskState:
    task_id: int
    values: tuple[object, ...]
    co_section_ids: tuple[int, ...]


def capture(session: Session, task_id: int) -> TaskState:
    task = session.get(Task, task_id)
    if task is None:
        raise LookupError(task_id)
    return TaskState(task_id, tuple(getattr(task, name) for name in STATE_FIELDS),
                     tuple(sorted(s.id for s in task.co_sections)))


def restore(session: Session, actor: str, state: TaskState, action: str = "undo") -> None:
    """Put every captured field back, with one audit row per field that really changes."""
    task = session.get(Task, state.task_id)
    if task is None:
        raise LookupError(state.task_id)
    changed = False
    for name, value in zip(STATE_FIELDS, state.values, strict=True):
        old = getattr(task, name)
        if old != value:
            audit.record(session, actor, action, "task", task.id, name, old, value)
            setattr(task, name, value)
            changed = True
    current = tuple(sorted(s.id for s in task.co_sections))
    if current != state.co_section_ids:
        audit.record(session, actor, action, "task", task.id, "co_sections",
                     ",".join(map(str, current)), ",".join(map(str, state.co_section_ids)))
        task.co_sections = list(session.scalars(select(Section).where(Section.id.in_(state.co_section_ids))))
        changed = True
    if changed:
        task.updated_at = datetime.now()


def remove_progress(session: Session, actor: str, entry_id: int) -> None:
    """Take back an entry (undo); its text stays in the audit trail."""
    entry = session.get(ProgressEntry, entry_id)
    if entry is None:
        return
    audit.record(session, actor, "undo", "task", entry.task_id, entry.kind.value, entry.text, None)
    session.delete(entry)


def remove_extension(session: Session, actor: str, extension_id: int) -> None:
    """Take back an extension (undo); the task's deadline is put back by `restore`."""
    extension = session.get(Extension, extension_id)
    if extension is None:
        return
    audit.record(session, actor, "undo", "task", extension.task_id, "extension", extension.new_text, None)
    session.delete(extension)


def check_still(session: Session, expected: TaskState, reference: TaskState) -> None:
    """Before undo (or redo) puts `reference` back: the fields the action changed must still hold what it
    left (`expected`). On a ledger several PCs write, someone may have changed them since; undoing then
    would overwrite their change unseen, so it is refused (the row is locked while this is decided)."""
    task = session.get(Task, expected.task_id, with_for_update=True, populate_existing=True)
    if task is None:
        raise LookupError(expected.task_id)
    moved = [name for name, was, now in zip(STATE_FIELDS, reference.values, expected.values, strict=True)
             if was != now and getattr(task, name) != now]
    sections_moved = (reference.co_section_ids != expected.co_section_ids
                      and tuple(sorted(s.id for s in task.co_sections)) != expected.co_section_ids)
    if moved or sections_moved:
        who = session.execute(select(AuditEntry.actor, AuditEntry.pc).where(
            AuditEntry.entity == "task", AuditEntry.entity_id == task.id).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        by = f"{who[0]}（{who[1]}）" if who and who[1] else (who[0] if who else "")
        raise RuleError("「{title}」在这一步之后又被 {by} 改过，不能再撤销或重做这一步，以免覆盖别人的修改。",
                        title=task.title[:30], by=by)
