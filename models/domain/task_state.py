"""Snapshots of a task's own fields, and putting one back: what undo and redo are built on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.audit import by_words, when_words
from models.domain.co_sections import in_order, place_co_sections
from models.domain.entities import Attachment, Extension, ProgressEntry, Task
from models.domain.text import cut_title
from models.errors import RuleError, said

# Every column a user action can change; ids, year and timestamps never change by an action.
STATE_FIELDS = (
    "title", "measures", "target", "note", "key_task_id", "lead_section_id", "leader_id", "owner_id",
    "deadline_kind", "due_date", "start_date", "deadline_text", "recurrence", "status", "percent",
    "source_text", "sort_order", "completed_on", "closed_on", "closed_note", "closed_by", "deleted_at",
    "rating", "rating_note", "closed_timing", "signed_at", "signed_by",
    "milestones", "righted_on",
)


@dataclass(frozen=True)
class TaskState:
    task_id: int
    values: tuple[object, ...]
    co_section_ids: tuple[int, ...]


def capture(session: Session, task_id: int, *, lock: bool = False) -> TaskState:
    """The task's fields now; with `lock`, its row is locked first (on a server) and read afresh, so that what
    an action starts from is what it changes, and another PC's action on the task waits for this one."""
    task = session.get(Task, task_id, with_for_update=lock or None, populate_existing=lock)
    if task is None:
        raise LookupError(task_id)
    return TaskState(task_id, tuple(getattr(task, name) for name in STATE_FIELDS),
                     tuple(s.id for s in task.co_sections))  # in their order: putting one back keeps it


def changed_fields(was: TaskState, became: TaskState) -> frozenset[str]:
    """The fields an action changed (its state before and after); "co_sections" for the co-operating units."""
    names = {name for name, old, new in zip(STATE_FIELDS, was.values, became.values, strict=True) if old != new}
    if was.co_section_ids != became.co_section_ids:
        names.add("co_sections")
    return frozenset(names)


def restore(session: Session, actor: str, state: TaskState, action: str = "undo",
            only: frozenset[str] | None = None) -> None:
    """Put the captured fields back (`only`: just these, the ones the action undone or redone changed, so that
    another PC's change to any other field stays), with one audit row per field that really changes."""
    task = session.get(Task, state.task_id)
    if task is None:
        raise LookupError(state.task_id)
    changed = False
    for name, value in zip(STATE_FIELDS, state.values, strict=True):
        old = getattr(task, name)
        if old != value and (only is None or name in only):
            audit.record(session, actor, action, "task", task.id, name, old, value)
            setattr(task, name, value)
            changed = True
    current = tuple(s.id for s in task.co_sections)
    if current != state.co_section_ids and (only is None or "co_sections" in only):
        audit.record(session, actor, action, "task", task.id, "co_sections",
                     ",".join(map(str, current)), ",".join(map(str, state.co_section_ids)))
        place_co_sections(session, task, in_order(session, state.co_section_ids))
        changed = True
    if changed:
        task.updated_at = datetime.now()


def remove_progress(session: Session, actor: str, entry_id: int) -> None:
    """Take back an entry (undo); its text stays in the audit trail."""
    entry = session.get(ProgressEntry, entry_id, with_for_update=True)
    if entry is None:
        return
    hanging = list(session.scalars(select(Attachment).where(Attachment.progress_entry_id == entry_id,
                                                            Attachment.deleted_at.is_(None))))
    others = [attachment for attachment in hanging if attachment.added_by != actor]
    if others:  # taking the report back would take their files with it
        raise RuleError("这条进展后来又由 {by} 附上了佐证材料“{name}”，不能再撤销，以免删掉别人的材料。",
                        by=others[0].added_by, name=others[0].name)
    for attachment in hanging:  # the files go with the report: the trail says so
        audit.record(session, actor, "undo", "task", entry.task_id, attachment.purpose.value, attachment.name, None)
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
                      and tuple(s.id for s in task.co_sections) != expected.co_section_ids)
    if moved or sections_moved:
        by, when = changed_by(session, "task", task.id)
        raise RuleError("「{title}」在这一步之后又被 {by} 于 {when} 改过，不能再撤销或重做这一步，以免覆盖别人的修改。",
                        title=cut_title(task.title), by=by, when=when)


def changed_by(session: Session, entity: str, entity_id: int) -> tuple[str, str]:
    """Who last changed a thing ("张三（PC-2）") and when ("12月5日 14:03"), from the audit trail."""
    who, pc, when = audit.last_change(session, entity, entity_id)
    return by_words(who, pc) or said("别人"), when_words(when)
