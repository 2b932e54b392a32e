"""What others changed since a window last looked: read from the audit trail, in whatever order its rows committed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.domain.entities import AuditEntry

TOO_MANY = 500  # past this many changes (an import on another PC) the window simply reads everything again
MOST_READ = 20000  # one look reads at most this many rows of the trail; past it, everything is read again
# A change's number is taken when it is written but shows only when its transaction commits, so a number
# below the newest seen may still come: it is looked for again this long. One that never comes (a save
# rolled back) is then given up; a transaction stays open far less (the server ends one idle for a minute).
GAP_LIFE_S = 600.0


@dataclass(frozen=True)
class Gap:
    """Numbers first to last not yet seen in the trail, missed since `since` (time.monotonic())."""

    first: int
    last: int
    since: float


@dataclass(frozen=True)
class Seen:
    """How far a window has read the audit trail: the newest change, when it was made (a trail whose change of
    that number is not the same one was replaced: a restore), and the numbers below it still to come."""

    newest: int = 0
    newest_at: datetime | None = None
    gaps: tuple[Gap, ...] = ()


@dataclass(frozen=True)
class Changes:
    seen: Seen  # where to look from next time
    task_ids: list[int] = field(default_factory=list)  # tasks changed (fields, status, reports)
    everything: bool = False  # names, settings, meetings, a great many tasks, a restore: read it all again

    @property
    def newest(self) -> int:
        return self.seen.newest

    @property
    def any(self) -> bool:
        return self.everything or bool(self.task_ids)


def newest_change(session: Session) -> int:
    """The newest change in the whole trail, by anyone: where a window starts looking for others' changes."""
    return int(session.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)


def seen_now(session: Session) -> Seen:
    """The trail as it stands: a window that has just read the whole ledger has seen all of it."""
    row = session.execute(select(AuditEntry.id, AuditEntry.at).order_by(AuditEntry.id.desc()).limit(1)).first()
    return Seen(row.id, row.at) if row else Seen()


def changes_since(session: Session, seen: Seen, now: float) -> Changes:
    """The changes committed since `seen` (by anyone: this window's own ones come back too), `now` being
    time.monotonic(): above the newest seen, and below it those whose numbers were still missing."""
    if seen.newest and session.scalar(select(AuditEntry.at).where(AuditEntry.id == seen.newest)) != seen.newest_at:
        return Changes(seen_now(session), everything=True)  # the trail was replaced beneath the window
    gaps = [gap for gap in seen.gaps if now - gap.since < GAP_LIFE_S]
    wanted = AuditEntry.id > seen.newest
    if gaps:
        wanted = or_(wanted, and_(AuditEntry.id >= min(gap.first for gap in gaps),
                                  AuditEntry.id <= max(gap.last for gap in gaps)))
    rows = session.execute(select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at)
                           .where(wanted).order_by(AuditEntry.id).limit(MOST_READ + 1)).all()
    if len(rows) > MOST_READ:
        return Changes(seen_now(session), everything=True)
    fresh = [row for row in rows if row.id > seen.newest or any(gap.first <= row.id <= gap.last for gap in gaps)]
    if not fresh:
        return Changes(Seen(seen.newest, seen.newest_at, tuple(gaps)))
    ids = [row.id for row in fresh]
    still = [part for gap in gaps for part in _unfound(gap.first, gap.last, ids, gap.since)]
    newest = rows[-1] if rows[-1].id > seen.newest else None
    if newest is not None:
        still += _unfound(seen.newest + 1, newest.id, ids, now)
    after = Seen(newest.id, newest.at, tuple(still)) if newest is not None else Seen(
        seen.newest, seen.newest_at, tuple(still))
    if len(fresh) > TOO_MANY:
        return Changes(after, everything=True)
    tasks = list(dict.fromkeys(row.entity_id for row in fresh if row.entity == "task"))
    return Changes(after, tasks, everything=any(row.entity != "task" for row in fresh))


def _unfound(first: int, last: int, found: list[int], since: float) -> list[Gap]:
    """The runs of numbers from first to last that are not in `found` (sorted), each missed since `since`."""
    runs, start = [], first
    for number in found:
        if number > last:
            break
        if number >= start:
            if number > start:
                runs.append(Gap(start, number - 1, since))
            start = number + 1
    if start <= last:
        runs.append(Gap(start, last, since))
    return runs
