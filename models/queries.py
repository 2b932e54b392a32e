"""Read-only queries that return plain rows (no live ORM objects) for views, reports and stats."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models.deadlines import chinese_date
from models.entities import KeyTask, Person, ProgressEntry, Section, Task, task_co_section
from models.enums import DeadlineKind, Light, ProgressKind, Status
from models.lights import LightRules, TaskFacts, is_overdue, period_of, task_light

FEEDBACK_KINDS = [k.value for k in ProgressKind if k.counts_as_feedback]


@dataclass(frozen=True)
class TaskRow:
    id: int
    parent_id: int | None
    code: str  # 编号 as shown and printed: key task number, then position ("3.2", "3.2.1")
    title: str
    key_task_id: int | None
    key_task_title: str
    lead_section_id: int | None
    lead_section: str
    co_sections: tuple[str, ...]
    leader: str
    owner: str
    deadline_kind: DeadlineKind
    due_date: date | None
    deadline_text: str
    status: Status
    percent: int
    light: Light
    overdue: bool
    feedback_this_period: bool
    latest_progress: str
    latest_progress_date: date | None
    completed_on: date | None
    sort_order: int
    measures: str = ""
    search_text: str = ""  # title, measures, owner and latest progress, folded for the search box

    @property
    def deadline_display(self) -> str:
        if self.deadline_text:
            return self.deadline_text
        return chinese_date(self.due_date) if self.due_date else ""


def fold_text(text: str) -> str:
    """Text as search compares it: full-width folded, case-insensitive, spaces ignored."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _latest_feedback_periods(session: Session, year: int) -> dict[int, str]:
    query = (select(ProgressEntry.task_id, func.max(ProgressEntry.period))
             .join(Task, Task.id == ProgressEntry.task_id).where(Task.year == year)
             .where(ProgressEntry.kind.in_(FEEDBACK_KINDS))
             .group_by(ProgressEntry.task_id))
    return {task_id: period for task_id, period in session.execute(query)}


def _latest_progress(session: Session, year: int) -> dict[int, tuple[str, date]]:
    newest = (select(ProgressEntry.task_id, func.max(ProgressEntry.id).label("entry_id"))
              .join(Task, Task.id == ProgressEntry.task_id).where(Task.year == year)
              .where(ProgressEntry.kind.in_(FEEDBACK_KINDS))
              .group_by(ProgressEntry.task_id).subquery())
    query = select(ProgressEntry.task_id, ProgressEntry.text, ProgressEntry.entry_date).join(
        newest, newest.c.entry_id == ProgressEntry.id)
    return {task_id: (text, day) for task_id, text, day in session.execute(query)}


def _co_sections(session: Session, year: int) -> dict[int, list[str]]:
    query = (select(task_co_section.c.task_id, Section.name)
             .join(Section, Section.id == task_co_section.c.section_id)
             .join(Task, Task.id == task_co_section.c.task_id)
             .where(Task.year == year).order_by(Section.sort_order))
    result: dict[int, list[str]] = defaultdict(list)
    for task_id, name in session.execute(query):
        result[task_id].append(name)
    return result


def task_rows(session: Session, year: int, as_of: date, rules: LightRules,
              *, include_deleted: bool = False) -> list[TaskRow]:
    """Every task of `year` with its derived light, overdue flag and feedback state, in tree order."""
    leader, owner = aliased(Person), aliased(Person)
    # Plain columns, not Task entities: building 20,000 ORM objects costs more than the query itself.
    columns = (Task.id, Task.parent_id, Task.title, Task.key_task_id, Task.lead_section_id, Task.deadline_kind,
               Task.due_date, Task.start_date, Task.deadline_text, Task.recurrence, Task.status, Task.percent,
               Task.completed_on, Task.sort_order, Task.measures)
    query = (select(*columns, KeyTask.title.label("kt_title"), KeyTask.sort_order.label("kt_order"),
                    Section.name.label("section_name"), leader.name.label("leader_name"),
                    owner.name.label("owner_name"))
             .outerjoin(KeyTask, KeyTask.id == Task.key_task_id)
             .outerjoin(Section, Section.id == Task.lead_section_id)
             .outerjoin(leader, leader.id == Task.leader_id)
             .outerjoin(owner, owner.id == Task.owner_id)
             .where(Task.year == year))
    if not include_deleted:
        query = query.where(Task.deleted_at.is_(None))
    fetched = session.execute(query).all()
    last_periods = _latest_feedback_periods(session, year)
    latest = _latest_progress(session, year)
    co = _co_sections(session, year)
    current = period_of(as_of)
    plan_start = date(year, 1, 1)
    # Tuple unpacking: reading a Row's fields by name costs about a microsecond each, 20,000 rows over.
    fetched_tuples = [tuple(row) for row in fetched]
    codes = _codes([(t[0], t[1], t[16], t[13]) for t in fetched_tuples])
    rows = []
    for (task_id, parent_id, title, key_task_id, lead_section_id, deadline_kind, due_date, start_date,
         deadline_text, recurrence, status, percent, completed_on, sort_order, measures, kt_title, _kt_order,
         section_name, leader_name, owner_name) in fetched_tuples:
        last_period = last_periods.get(task_id)
        facts = TaskFacts(status, deadline_kind, due_date, start_date, recurrence, percent, last_period)
        progress_text, progress_date = latest.get(task_id, ("", None))
        rows.append(TaskRow(
            task_id, parent_id, codes.get(task_id, ""), title, key_task_id, kt_title or "", lead_section_id,
            section_name or "", tuple(co.get(task_id, ())), leader_name or "", owner_name or "",
            deadline_kind, due_date, deadline_text, status, percent,
            task_light(facts, as_of, rules, plan_start), is_overdue(facts, as_of),
            (last_period or "") >= current, progress_text, progress_date, completed_on, sort_order, measures,
            fold_text("\x00".join((title, measures, owner_name or "", progress_text))),
        ))
    order = {task_id: index for index, task_id in enumerate(sorted(codes, key=lambda i: _code_key(codes[i])))}
    rows.sort(key=lambda row: order.get(row.id, len(order)))
    return rows


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split(".") if part.isdigit())


def _codes(items: list[tuple[int, int | None, int | None, int]]) -> dict[int, str]:
    """Number tasks as shown in 编号: key task position, then position among siblings, any depth."""
    children: dict[int | None, list[tuple[int, int | None, int]]] = defaultdict(list)
    for task_id, parent_id, key_order, sort_order in items:
        children[parent_id].append((task_id, key_order, sort_order))
    codes: dict[int, str] = {}
    per_key: dict[int, int] = defaultdict(int)
    # Top-level tasks count within their key task; tasks with no key task go to group 0.
    for task_id, key_order, _ in sorted(children[None], key=lambda c: (c[1] or 0, c[2], c[0])):
        group = key_order or 0
        per_key[group] += 1
        codes[task_id] = f"{group}.{per_key[group]}"
    frontier = list(codes)
    while frontier:
        next_frontier = []
        for parent in frontier:
            kids = sorted(children.get(parent, []), key=lambda c: (c[2], c[0]))
            for position, (task_id, _, _) in enumerate(kids, start=1):
                codes[task_id] = f"{codes[parent]}.{position}"
                next_frontier.append(task_id)
        frontier = next_frontier
    return codes


def find_task_by_code(rows: list[TaskRow], code: str) -> TaskRow | None:
    code = code.strip().rstrip(".")
    return next((row for row in rows if row.code == code), None)

