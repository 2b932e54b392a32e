"""Saving over another PC's change: the fields a user edited are checked against what they saw when they began.

Only a field the user changed can clash, and only when someone else has since changed that same field to
something else: a progress entry, a change to another field, or the same change made twice is no clash."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain.entities import AuditEntry, Inspection, Problem, Task
from models.domain.text import normalise_text
from models.errors import RuleError, said
from models.read.task_detail import TaskDetail, task_detail

# The editor's fields, as TaskDetail names them, in the words the window uses.
FIELD_WORDS = {
    "title": said("任务内容"), "measures": said("具体措施"), "target": said("工作目标"), "note": said("备注"),
    "percent": said("进度"), "key_task_id": said("重点任务"), "lead_section_id": said("牵头科室"),
    "co_section_ids": said("配合科室"), "leader": said("分管领导"), "owner": said("责任人"),
    "deadline_display": said("完成时限"),
}


@dataclass(frozen=True)
class Clash:
    field: str  # a TaskDetail name
    seen: object  # when the user began
    theirs: object  # in the ledger now
    mine: object  # what the user typed


class ChangedElsewhere(RuleError):
    """The task was changed by someone else since the user began editing; nothing of this save was written."""

    def __init__(self, title: str, clashes: list[Clash], who: str, pc: str, when: datetime | None) -> None:
        fields = "、".join(FIELD_WORDS.get(clash.field, clash.field) for clash in clashes)
        by = f"{who}（{pc}）" if pc else who
        super().__init__("「{title}」在你开始修改之后，已由 {by} 于 {when} 改过：{fields}。为免覆盖，这次没有保存。",
                         title=title[:30], by=by or said("别人"),
                         when=f"{when.month}月{when.day}日 {when:%H:%M}" if when else "",
                         fields=fields)
        self.clashes, self.who, self.pc, self.when = clashes, who, pc, when


def comparable(value: object) -> object:
    if isinstance(value, str):
        return normalise_text(value).strip()
    if isinstance(value, list | tuple):
        return tuple(sorted(value))
    return value


def check_unchanged(session: Session, task_id: int, seen: Mapping[str, object], mine: Mapping[str, object]) -> None:
    """Raise ChangedElsewhere when a field the user changed (`mine`) no longer holds what they saw (`seen`).

    The task's row is locked first (on a server; a file has one writer anyway) and held to the end of the
    save: another PC's save of the same task waits, then finds this one's values, and no save slips between
    this check and the write."""
    session.get(Task, task_id, with_for_update=True, populate_existing=True)
    now = task_detail(session, task_id)
    clashes = [Clash(name, seen[name], getattr(now, name), value) for name, value in mine.items()
               if name in seen and comparable(getattr(now, name)) != comparable(seen[name])
               and comparable(getattr(now, name)) != comparable(value)]
    if clashes:
        who, pc, when = last_change(session, task_id)
        raise ChangedElsewhere(now.title, clashes, who, pc, when)


def last_change(session: Session, task_id: int) -> tuple[str, str, datetime | None]:
    """Who changed the task last, on which PC, and when (from the audit trail)."""
    row = session.execute(select(AuditEntry.actor, AuditEntry.pc, AuditEntry.at)
                          .where(AuditEntry.entity == "task", AuditEntry.entity_id == task_id)
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1], row[2]) if row else ("", "", None)


def seen_values(detail: TaskDetail, names: list[str]) -> dict[str, object]:
    return {name: getattr(detail, name) for name in names}


# Problems and 督查 records are saved whole from a form: one changed by someone else since the form was opened
# is not written over, whichever fields they changed.
LOCKED = {"problem": Problem, "inspection": Inspection}


class EditedElsewhere(RuleError):
    def __init__(self, title: str, who: str, pc: str, when: datetime | None) -> None:
        by = f"{who}（{pc}）" if pc else who
        super().__init__("「{title}」在你打开之后，已由 {by} 于 {when} 改过。为免覆盖，这次没有保存：请取消，"
                         "重新打开后再改。", title=title[:30], by=by or said("别人"),
                         when=f"{when.month}月{when.day}日 {when:%H:%M}" if when else "")


def last_change_to(session: Session, entity: str, entity_id: int) -> int:
    """The audit trail's newest entry for a thing: what a form remembers when it opens."""
    return session.scalar(select(func.coalesce(func.max(AuditEntry.id), 0)).where(
        AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)) or 0


def edited_since(session: Session, entity: str, entity_id: int, seen: int, title: str) -> EditedElsewhere | None:
    """What to tell the user when the thing has changed since `seen` (a read: the form asks before it closes)."""
    if last_change_to(session, entity, entity_id) == seen:
        return None
    row = session.execute(select(AuditEntry.actor, AuditEntry.pc, AuditEntry.at).where(
        AuditEntry.entity == entity, AuditEntry.entity_id == entity_id).order_by(AuditEntry.id.desc())
        .limit(1)).first()
    return EditedElsewhere(title, *(row if row else ("", "", None)))


def check_untouched(session: Session, entity: str, entity_id: int, seen: int, title: str) -> None:
    """Raise EditedElsewhere when the thing has changed since `seen`; its row is locked first (on a server)
    and held to the end of the save, so no save slips between this check and the write."""
    session.get(LOCKED[entity], entity_id, with_for_update=True, populate_existing=True)
    error = edited_since(session, entity, entity_id, seen, title)
    if error is not None:
        raise error
