"""The lists that editors and filters choose from: sections, people, key tasks, years, meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models.domain.entities import KeyTask, Meeting, Person, ProgressEntry, Section, Task
from models.domain.enums import UnitKind


@dataclass(frozen=True)
class Choice:
    """One named thing as a plain row: id, display name, and whether it is still in use."""

    id: int
    name: str
    active: bool = True
    extra: str = ""  # a section's leader, a person's title, a key task's theme
    kind: UnitKind = UnitKind.SECTION  # sections only: own 科室, outside unit, or 各科室


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: date
    title: str
    entries: int


def sections(session: Session, *, include_inactive: bool = False) -> list[Choice]:
    own_first = case((Section.kind == UnitKind.SECTION, 0), (Section.kind == UnitKind.OUTSIDE, 1), else_=2)
    query = select(Section).order_by(own_first, Section.sort_order, Section.id)
    if not include_inactive:
        query = query.where(Section.active)
    return [Choice(s.id, s.name, s.active, s.leader.name if s.leader else "", s.kind) for s in session.scalars(query)]


def people(session: Session, *, include_inactive: bool = False) -> list[Choice]:
    query = select(Person).order_by(Person.name)
    if not include_inactive:
        query = query.where(Person.active)
    return [Choice(p.id, p.name, p.active, p.title) for p in session.scalars(query)]


def key_tasks(session: Session, year: int) -> list[Choice]:
    query = select(KeyTask).where(KeyTask.year == year).order_by(KeyTask.sort_order, KeyTask.id)
    return [Choice(k.id, k.title, True, k.theme) for k in session.scalars(query)]


def years(session: Session, current: int) -> list[int]:
    """Years that hold tasks, plus the ledger's current year, newest first."""
    found = set(session.scalars(select(Task.year).distinct()))
    found.add(current)
    return sorted(found, reverse=True)


def meetings(session: Session, year: int | None = None) -> list[MeetingRow]:
    """Meetings newest first, with how many progress entries were recorded in each."""
    counts = (select(ProgressEntry.meeting_id, func.count().label("n"))
              .group_by(ProgressEntry.meeting_id).subquery())
    query = (select(Meeting, func.coalesce(counts.c.n, 0))
             .outerjoin(counts, counts.c.meeting_id == Meeting.id)
             .order_by(Meeting.held_on.desc(), Meeting.id.desc()))
    if year is not None:
        query = query.where(Meeting.held_on >= date(year, 1, 1), Meeting.held_on < date(year + 1, 1, 1))
    return [MeetingRow(m.id, m.held_on, m.title, n) for m, n in session.execute(query)]


def deleted_tasks(session: Session, year: int) -> list[tuple[int, str, str]]:
    """The recycle bin: (id, title, deleted at as text) for tasks deleted on their own or with a parent."""
    query = (select(Task.id, Task.title, Task.deleted_at)
             .where(Task.year == year, Task.deleted_at.is_not(None))
             .order_by(Task.deleted_at.desc(), Task.id))
    return [(task_id, title, f"{at:%Y-%m-%d %H:%M}") for task_id, title, at in session.execute(query)]
