"""Read-only queries that return plain rows (no live ORM objects) for views, reports and stats."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from models.deadlines import chinese_date
from models.entities import KeyTask, Person, ProgressEntry, Section, Task, task_co_section
from models.enums import DeadlineKind, Light, ProgressKind, Status
from models.lights import LightRules, TaskFacts, is_overdue, period_of, task_light

FEEDBACK_KINDS = [k.value for k in ProgressKind if k.counts_as_feedback]


class TaskRow(NamedTuple):
    """One task as views, reports and stats see it (a NamedTuple: 20,000 of them build in a blink)."""

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


# Full-width letters and digits (ＡＢＣ１２３) fold to ASCII. Only those: Chinese text is full of full-width
# punctuation, and translating every text (or NFKC over 20,000 long texts) took half a second.
_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FOLD = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B)}


def fold_text(text: str) -> str:
    """Text as search compares it: full-width letters folded, case-insensitive, spaces ignored."""
    if _FULL_WIDTH.search(text):
        text = text.translate(_FOLD)
    return "".join(text.casefold().split())


_Latest = tuple[str, str, date]  # newest period with a report from the section; that report's text and day


def _latest_feedback(session: Session) -> dict[int, _Latest]:
    """Each task's newest report, in one scan of the (task, kind, period, id) index.

    Not limited to a year: the index is read in task order without a join, which is faster than
    filtering by year first; callers take the tasks they want.
    """
    newest = (select(ProgressEntry.task_id, func.max(ProgressEntry.id).label("entry_id"),
                     func.max(ProgressEntry.period).label("period"))
              .where(ProgressEntry.kind.in_(FEEDBACK_KINDS)).group_by(ProgressEntry.task_id).subquery())
    query = select(ProgressEntry.task_id, newest.c.period, ProgressEntry.text, ProgressEntry.entry_date).join(
        newest, newest.c.entry_id == ProgressEntry.id)
    return {task_id: (period, text, day) for task_id, period, text, day in session.connection().execute(query)}


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
    # Siblings come out in display order: top-level by key task, then everyone by sort order and id.
    top_key = case((Task.parent_id.is_(None), func.coalesce(KeyTask.sort_order, 0)), else_=0)
    query = query.order_by(top_key, Task.sort_order, Task.id)
    fetched = session.connection().execute(query).all()  # Core: no ORM loading step per row
    latest = _latest_feedback(session)
    co = _co_sections(session, year)
    current = period_of(as_of)
    plan_start = date(year, 1, 1)
    # Tuple unpacking: reading a Row's fields by name costs about a microsecond each, 20,000 rows over.
    fetched_tuples = [tuple(row) for row in fetched]
    codes, order = _tree_order([(t[0], t[1], t[16]) for t in fetched_tuples])
    rows: dict[int, TaskRow] = {}
    for (task_id, parent_id, title, key_task_id, lead_section_id, deadline_kind, due_date, start_date,
         deadline_text, recurrence, status, percent, completed_on, sort_order, measures, kt_title, _kt_order,
         section_name, leader_name, owner_name) in fetched_tuples:
        newest = latest.get(task_id)
        last_period, progress_text, progress_date = newest if newest else (None, "", None)
        facts = TaskFacts(status, deadline_kind, due_date, start_date, recurrence, percent, last_period)
        rows[task_id] = TaskRow(
            task_id, parent_id, codes.get(task_id, ""), title, key_task_id, kt_title or "", lead_section_id,
            section_name or "", tuple(co.get(task_id, ())), leader_name or "", owner_name or "",
            deadline_kind, due_date, deadline_text, status, percent,
            task_light(facts, as_of, rules, plan_start), is_overdue(facts, as_of),
            (last_period or "") >= current, progress_text, progress_date, completed_on, sort_order, measures,
            fold_text("\x00".join((title, measures, owner_name or "", progress_text))),
        )
    return [rows[task_id] for task_id in order]


def _tree_order(items: list[tuple[int, int | None, int | None]]) -> tuple[dict[int, str], list[int]]:
    """Number tasks as shown in 编号 (key task position, then position among siblings, any depth) and
    list them in tree order: each task followed by its subtasks. `items` come in sibling order."""
    children: dict[int | None, list[int]] = defaultdict(list)
    key_orders: dict[int, int] = {}
    for task_id, parent_id, key_order in items:
        children[parent_id].append(task_id)
        key_orders[task_id] = key_order or 0
    codes: dict[int, str] = {}
    order: list[int] = []
    per_key: dict[int, int] = defaultdict(int)
    # Top-level tasks count within their key task; tasks with no key task go to group 0.
    for task_id in children[None]:
        group = key_orders[task_id]
        per_key[group] += 1
        codes[task_id] = f"{group}.{per_key[group]}"
        stack = [task_id]
        while stack:
            current = stack.pop()
            order.append(current)
            kids = children.get(current, [])
            prefix = codes[current]
            for position, kid in enumerate(kids, start=1):
                codes[kid] = f"{prefix}.{position}"
            stack.extend(reversed(kids))
    if len(order) < len(items):  # a subtask whose parent is not in the list
        placed = set(order)
        order.extend(task_id for task_id, *_ in items if task_id not in placed)
    return codes, order


def find_task_by_code(rows: list[TaskRow], code: str) -> TaskRow | None:
    code = code.strip().rstrip(".")
    return next((row for row in rows if row.code == code), None)



def reports_as_of(session: Session, year: int, as_of: date) -> dict[int, tuple[str, str]]:
    """Each task's newest report (progress or 复命) dated on or before `as_of`: (period, text)."""
    newest = (select(func.max(ProgressEntry.id).label("entry_id"))
              .join(Task, Task.id == ProgressEntry.task_id)
              .where(Task.year == year, ProgressEntry.kind.in_(FEEDBACK_KINDS), ProgressEntry.entry_date <= as_of)
              .group_by(ProgressEntry.task_id).subquery())
    query = select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.text).join(
        newest, newest.c.entry_id == ProgressEntry.id)
    return {task_id: (period, text) for task_id, period, text in session.execute(query)}
