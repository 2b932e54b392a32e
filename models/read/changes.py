"""What others changed since a window last looked: read from the audit trail, newest change first."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain.entities import AuditEntry

TOO_MANY = 500  # past this many changes (an import on another PC) the window simply reads everything again


@dataclass(frozen=True)
class Changes:
    newest: int  # the newest change in the trail: where to look from next time
    task_ids: list[int] = field(default_factory=list)  # tasks changed (fields, status, reports)
    everything: bool = False  # names, settings, meetings or a great many tasks: read it all again


def newest_change(session: Session) -> int:
    """The newest change in the whole trail, by anyone: where a window starts looking for others' changes."""
    return int(session.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)


def changes_since(session: Session, after: int) -> Changes:
    """The changes made after change number `after` (by anyone: this window's own ones come back too)."""
    rows = session.execute(select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id)
                           .where(AuditEntry.id > after).order_by(AuditEntry.id).limit(TOO_MANY + 1)).all()
    if not rows:
        return Changes(after)
    if len(rows) > TOO_MANY:
        return Changes(newest_change(session), everything=True)
    tasks = list(dict.fromkeys(entity_id for _id, entity, entity_id in rows if entity == "task"))
    others = any(entity != "task" for _id, entity, _entity_id in rows)
    return Changes(rows[-1][0], tasks, everything=others)
