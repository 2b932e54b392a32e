"""Read-only queries that return plain rows (no live ORM objects) for views, reports and stats."""

from __future__ import annotations

import csv
import gc
import io
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from models.domain.deadlines import deadline_words
from models.domain.entities import ProgressEntry, Task
from models.domain.enums import DeadlineKind, Light, Pace, ProgressKind, Recurrence, Status
from models.domain.lights import LightRules, TaskFacts, kept_yellow_until, period_of, task_light
from models.domain.milestones import Milestones, decode, standing

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
    awaiting_sign: bool = False  # 待签收: a top-level task its section has not yet signed for
    notice_level: str = ""  # its newest 督办单's level (yellow, red; NoticeLevel), "" when it never had one
    pace: Pace | None = None  # 序时进度: its newest report (by the day judged) against its milestones
    kept_yellow_until: date | None = None  # 红灯纠正后保留黄灯: yellow for being put right lately, until this day
    made_on: date | None = None  # the day it was made (交办): it owes its first report the month after

    @property
    def deadline_display(self) -> str:
        return deadline_words(self.deadline_text, self.due_date)


class Stood(NamedTuple):
    """What a task was at the end of a past day, where it has changed since (models/read/stood.py): the row is
    built, its light and its 本期 report judged, from these instead of what the task holds now."""

    status: Status
    percent: int
    completed_on: date | None
    report_period: str  # its newest report's period by then ("" before its first)
    report_text: str
    report_date: date | None


_STATUS = {member.value: member for member in Status}
_DEADLINE_KIND = {member.value: member for member in DeadlineKind}
_RECURRENCE = {member.value: member for member in Recurrence}
TASK_ROWS_SQL = """
    SELECT t.id, t.parent_id, t.title, t.key_task_id, t.lead_section_id, t.deadline_kind, t.due_date,
           t.start_date, t.deadline_text, t.recurrence, t.status, t.percent, t.completed_on, t.sort_order,
           t.measures, t.report_period, t.report_text, t.report_date, k.title, k.sort_order, s.name, l.name,
           o.name, t.code, t.created_at, CASE WHEN t.signed_at IS NULL AND t.parent_id IS NULL THEN 1 ELSE 0 END,
           (SELECT n.level FROM notice n WHERE n.task_id = t.id ORDER BY n.id DESC LIMIT 1), t.righted_on
    FROM task t LEFT JOIN key_task k ON k.id = t.key_task_id LEFT JOIN section s ON s.id = t.lead_section_id
    LEFT JOIN person l ON l.id = t.leader_id LEFT JOIN person o ON o.id = t.owner_id
    WHERE t.year = {p} {deleted} {only}
    ORDER BY CASE WHEN t.parent_id IS NULL THEN coalesce(k.sort_order, 0) ELSE 0 END, t.sort_order, t.id"""
CO_SECTIONS_SQL = """
    SELECT c.task_id, s.name FROM task_co_section c JOIN section s ON s.id = c.section_id
    JOIN task t ON t.id = c.task_id WHERE t.year = {p} {only} ORDER BY c.position, s.sort_order"""


class _Days(dict[str | date, date]):
    """ISO text → date, each distinct day parsed once (a year's deadlines share a few hundred days).
    A server's driver hands dates over already made: they stand for themselves."""

    def __missing__(self, text: str | date) -> date:
        day = self[text] = date.fromisoformat(text) if isinstance(text, str) else text
        return day


def task_rows(session: Session, year: int, as_of: date, rules: LightRules,
              *, include_deleted: bool = False, only: Collection[int] | None = None,
              stood: Mapping[int, Stood] | None = None) -> list[TaskRow]:
    """Every task of `year` with its derived light, overdue flag and feedback state, in tree order.

    With `only`, just those tasks, fresh after a change, for `merge_rows`, in no particular order. With `stood`,
    the tasks named in it as they were at the end of `as_of` (models/read/stood.py builds it).

    Read with the driver's own cursor: opening a 20,000-task ledger must cost little more than the
    fetch itself, and SQLAlchemy's per-row result processing doubled it. Dates and enums arrive as
    the stored text and are converted here.
    """
    with no_collection_pauses():
        return _task_rows(session, year, as_of, rules, include_deleted, only, stood or {})


@contextmanager
def no_collection_pauses() -> Iterator[None]:
    """Hold Python's cyclic garbage collector while tens of thousands of plain rows are made.

    The rows hold no cycles, yet their sheer number set off repeated full collections that walk every
    object in the program (Qt's wrappers included): they cost a noticeable part of opening a big ledger.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _task_rows(session: Session, year: int, as_of: date, rules: LightRules,
               include_deleted: bool, only: Collection[int] | None, stood: Mapping[int, Stood]) -> list[TaskRow]:
    connection = session.connection()
    cursor = connection.connection.cursor()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"  # SQLite's driver, or a server's
    deleted = "" if include_deleted else "AND t.deleted_at IS NULL"
    # Ids are ints from our own rows, never user text, so they go into the statement as numbers.
    chosen = "" if only is None else f"AND t.id IN ({','.join(str(int(i)) for i in only) or 'NULL'})"
    fetched: Sequence[Any] | None = None
    if connection.dialect.name == "postgresql":
        fetched = _copied_rows(connection, cursor, TASK_ROWS_SQL.format(p=int(year), deleted=deleted, only=chosen))
    if fetched is None:  # a file, or a server that does not take COPY
        cursor.execute(TASK_ROWS_SQL.format(p=mark, deleted=deleted, only=chosen), (year,))
        fetched = cursor.fetchall()
    co: dict[int, list[str]] = defaultdict(list)
    cursor.execute(CO_SECTIONS_SQL.format(p=mark, only=chosen), (year,))
    for task_id, name in cursor.fetchall():
        co[task_id].append(name)
    cursor.close()
    paced = _reports_against_milestones(session, year, as_of, only)
    current = period_of(as_of)
    this_month = (as_of.year, as_of.month)
    plan_start = date(year, 1, 1)
    order = _tree_order([(row[0], row[1]) for row in fetched]) if only is None else [row[0] for row in fetched]
    no_sections: tuple[str, ...] = ()
    days = _Days()
    rows: dict[int, TaskRow] = {}
    # tuple.__new__ skips the NamedTuples' own Python-level __new__: a noticeable share of 20,000 rows.
    new, row_type, facts_type = tuple.__new__, TaskRow, TaskFacts
    red, yellow, behind = Light.RED, Light.YELLOW, Pace.BEHIND
    for (task_id, parent_id, title, key_task_id, lead_section_id, kind_text, due_text, start_text,
         deadline_text, recurrence_text, status_text, percent, completed_text, sort_order, measures,
         report_period, report_text, report_date, kt_title, _kt_order, section_name, leader_name,
         owner_name, code, made_text, unsigned_flag, notice_level, righted_text) in fetched:
        status, kind = _STATUS[status_text], _DEADLINE_KIND[kind_text]
        due_date = days[due_text] if due_text else None
        made = _assigned_day(made_text, days)
        unsigned = made if unsigned_flag else None
        completed = days[completed_text] if completed_text else None
        then = stood.get(task_id) if stood else None
        if then is not None:
            status, percent, completed, report_period, report_text, report_date = then
        righted = days[righted_text] if righted_text else None
        pace = None
        if task_id in paced:
            finished = status.is_finished and (completed is None or completed <= as_of)
            stands = standing(*paced[task_id], finished=finished)
            pace = stands.pace if stands else None
        facts = new(facts_type, (status, kind, due_date, days[start_text] if start_text else None,
                                 _RECURRENCE[recurrence_text] if recurrence_text else None, percent, report_period,
                                 unsigned, pace is behind, righted, made))
        # Red is exactly "overdue" (task_light), so the flag needs no second judgement.
        light = task_light(facts, as_of, rules, plan_start)
        kept = kept_yellow_until(righted, as_of, rules) if righted is not None and light is yellow else None
        sections = co.get(task_id)
        rows[task_id] = new(row_type, (
            task_id, parent_id, code, title, key_task_id, kt_title or "", lead_section_id,
            section_name or "", tuple(sections) if sections else no_sections, leader_name or "",
            owner_name or "", kind, due_date, deadline_text, status, percent, light,
            # a task made this period owes its first report the next (the 考核's 复命 rule): not silent now
            light is red, report_period >= current or (made.year, made.month) == this_month,
            report_text, days[report_date] if report_date else None,
            completed, sort_order, measures, unsigned is not None and status.is_active, notice_level or "", pace,
            kept, made,
        ))
    return [rows[task_id] for task_id in order]


def _reports_against_milestones(session: Session, year: int, as_of: date, only: Collection[int] | None
                                ) -> dict[int, tuple[Milestones, list[tuple[str, int | None]]]]:
    """The tasks that carry milestones, each with its reports written by `as_of` (period, percentage) in the
    order entered: what their 序时进度 is judged from. Few tasks carry any, so this reads little."""
    query = (select(Task.id, Task.milestones, ProgressEntry.period, ProgressEntry.percent)
             .join(ProgressEntry, ProgressEntry.task_id == Task.id)
             .where(Task.year == year, Task.milestones != "", ProgressEntry.entry_date <= as_of,
                    ProgressEntry.kind.in_([kind for kind in ProgressKind if kind.counts_as_feedback]))
             .order_by(ProgressEntry.id))
    if only is not None:
        query = query.where(Task.id.in_(list(only)))
    found: dict[int, tuple[Milestones, list[tuple[str, int | None]]]] = {}
    for task_id, stored, period, percent in session.execute(query):
        found.setdefault(task_id, (decode(stored), []))[1].append((period, percent))
    return found


def _assigned_day(value: str | datetime, days: _Days) -> date:
    """The day of a task's making, as a file (text) or a server's driver (a datetime) hands it over."""
    return value.date() if isinstance(value, datetime) else days[str(value)[:10]]


# TASK_ROWS_SQL's columns that may be NULL, and those that are numbers.
_NULLABLE_COLUMNS = (1, 3, 4, 6, 7, 9, 12, 17, 18, 19, 20, 21, 22, 26, 27)
_NUMBER_COLUMNS = (0, 1, 3, 4, 11, 13, 19, 25)
_NULL = "\\N"


_COPY = "COPY ({sql}) TO STDOUT WITH (FORMAT csv, NULL '{null}', FORCE_QUOTE *)"
_COPY_REFUSED: set[str] = set()  # servers that refused COPY in this process (信创 look-alikes): read plainly


def _copied_rows(connection: Connection, cursor: Any, sql: str) -> list[Any] | None:
    """A server's task rows through COPY … TO STDOUT as CSV. pg8000 makes a Python value of each cell of each
    row in Python, most of the time a big tree took to open; the csv module reads the whole text in C. Every
    value comes quoted and NULL bare as \\N, so text that reads \\N is still text where NULL cannot be.

    None when the server refuses COPY (a database that only looks like PostgreSQL may): the caller reads the
    rows plainly. The refusal is undone to a savepoint, so the reading transaction goes on."""
    server = connection.engine.url.render_as_string(hide_password=True)
    if server in _COPY_REFUSED:
        return None
    stream = io.BytesIO()
    cursor.execute("SAVEPOINT task_rows_copy")
    try:
        cursor.execute(_COPY.format(sql=sql, null=_NULL), stream=stream)
    except connection.dialect.loaded_dbapi.DatabaseError:  # the server's refusal; a lost connection is not one
        cursor.execute("ROLLBACK TO SAVEPOINT task_rows_copy")
        _COPY_REFUSED.add(server)
        return None
    cursor.execute("RELEASE SAVEPOINT task_rows_copy")
    rows: list[Any] = []
    append = rows.append
    for text_cells in csv.reader(io.StringIO(stream.getvalue().decode("utf-8"), newline="")):
        cells: list[Any] = text_cells
        for column in _NULLABLE_COLUMNS:
            if cells[column] == _NULL:
                cells[column] = None
        for column in _NUMBER_COLUMNS:
            value = cells[column]
            if value is not None:
                cells[column] = int(value)
        append(cells)
    return rows


def _tree_order(items: list[tuple[int, int | None]]) -> list[int]:
    """Tasks in tree order: each followed by its subtasks. `items` come in sibling order."""
    children: dict[int, list[int]] = {}
    top: list[int] = []
    for task_id, parent_id in items:
        if parent_id is None:
            top.append(task_id)
        elif (kids := children.get(parent_id)) is None:
            children[parent_id] = [task_id]
        else:
            kids.append(task_id)
    order: list[int] = []
    for task_id in top:
        if task_id not in children:  # most tasks have no subtasks
            order.append(task_id)
            continue
        stack = [task_id]
        while stack:
            current = stack.pop()
            order.append(current)
            kids = children.get(current)
            if kids:
                stack.extend(reversed(kids))
    if len(order) < len(items):  # a subtask whose parent is not in the list
        placed = set(order)
        order.extend(task_id for task_id, _parent in items if task_id not in placed)
    return order


# A change to any of these moves a task in the tree or renumbers it: the whole tree must be read again.
_PLACE_FIELDS = ("parent_id", "key_task_id", "sort_order")


def merge_rows(rows: list[TaskRow], fresh: list[TaskRow], asked: Collection[int]) -> list[TaskRow] | None:
    """`rows` with the `fresh` ones (task_rows(only=asked)) put in their places.

    None when that is not enough: a task is new or gone (deleted, restored), or moved in the tree.
    """
    by_id = {row.id: row for row in fresh}
    if set(asked) != set(by_id):
        return None
    result = list(rows)
    replaced = 0
    for position, row in enumerate(rows):
        new = by_id.get(row.id)
        if new is None:
            continue
        if any(getattr(new, name) != getattr(row, name) for name in _PLACE_FIELDS):
            return None
        result[position] = new
        replaced += 1
    return result if replaced == len(by_id) else None


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
