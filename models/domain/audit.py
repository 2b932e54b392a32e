"""The audit trail: one row for every change, written in the same transaction as the change."""

from __future__ import annotations

import platform
from datetime import date, datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import AuditEntry


def as_text(value: object) -> str | None:
    """How a value is kept in the trail: ISO dates, enum values, plain text."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def record(session: Session, actor: str, action: str, entity: str, entity_id: int,
           field: str = "", old: object = None, new: object = None) -> None:
    entry = AuditEntry(at=datetime.now(), actor=actor, action=action, entity=entity, entity_id=entity_id,
                       field=field, old_value=as_text(old), new_value=as_text(new), pc=this_pc())
    session.add(entry)
    session.info.setdefault(RECORDED, []).append(entry)


def this_pc() -> str:
    """This computer's name, as the office's network knows it (no network is asked: the system says)."""
    return (platform.node() or "")[:64]


RECORDED = "audit_entries"  # session.info key: this action's changes, whose newest id the save notes
BULK = "audit_in_bulk"  # session.info key: rows were also written past the ORM (an import's executemany)


def recorded_in_bulk(session: Session) -> None:
    """Audit rows went in with a Core insert: the newest change must be read back from the table."""
    session.info[BULK] = True


def last_change(session: Session, entity: str, entity_id: int) -> tuple[str, str, datetime | None]:
    """Who changed a thing last, on which PC, and when: what every refusal over another's change names."""
    row = session.execute(select(AuditEntry.actor, AuditEntry.pc, AuditEntry.at)
                          .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1], row[2]) if row else ("", "", None)


def by_words(who: str, pc: str) -> str:
    """"张三（PC-2）", or the name alone when the PC is not known."""
    return f"{who}（{pc}）" if pc else who


def when_words(when: datetime | None) -> str:
    """"12月5日 14:03": the moment as a refusal says it."""
    return f"{when.month}月{when.day}日 {when:%H:%M}" if when else ""


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    """A thing's changes, oldest first."""
    query = (select(AuditEntry)
             .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
             .order_by(AuditEntry.id))
    return list(session.scalars(query))
