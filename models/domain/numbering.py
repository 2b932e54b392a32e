"""编号: a task's number, given once when it is made and kept for life; renumbering is an explicit act.

A top-level task is numbered within its key task ("3.2": the key task's place, then the next free number), a
subtask under its parent ("3.2.1"). The next number follows the highest ever given there, deleted tasks'
included, so a number handed out on a sheet, a 督办单 or a 反馈表 never comes to name another task; a gap
after a delete is normal, as with 文号. 重新编号 (设置, `main.py renumber`) numbers the year by the tree as it
stands, after showing every change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import KeyTask, Task


def code_order(code: str) -> tuple[int, ...]:
    """A 编号 as it is read, part by part: 2.1 before 10.1, 1.2 before 1.10 (as text, 10.1 came first). A part
    that is no number goes last."""
    return tuple(int(part) if part.isdigit() else 1_000_000 for part in code.split("."))


def _split(code: str) -> tuple[str, int] | None:
    prefix, _dot, last = code.rpartition(".")
    return (prefix, int(last)) if prefix and last.isdigit() else None


class Numbering:
    """The next number under each parent and key task of one year, read once: for an import or a rollover
    that gives hundreds of numbers in one go."""

    def __init__(self, session: Session, year: int) -> None:
        one_numbering_at_a_time(session)
        self.session = session
        self.codes: dict[int, str] = {
            task_id: code for task_id, code in session.execute(select(Task.id, Task.code).where(Task.year == year))}
        self.highest = _highest(self.codes.values())
        self.key_places = {key_id: place for key_id, place in session.execute(
            select(KeyTask.id, KeyTask.sort_order).where(KeyTask.year == year))}

    def next(self, parent_id: int | None, key_task_id: int | None) -> str:
        """A new task's number: under its parent, or within its key task (0 when it has none)."""
        if parent_id is not None and self.codes.get(parent_id):
            prefix = self.codes[parent_id]
        elif key_task_id is None:
            prefix = "0"
        else:
            if key_task_id not in self.key_places:  # made by this import or rollover
                key_task = self.session.get(KeyTask, key_task_id)
                self.key_places[key_task_id] = key_task.sort_order if key_task is not None else 0
            prefix = str(self.key_places[key_task_id] or 0)
        number = self.highest[prefix] = self.highest.get(prefix, 0) + 1
        return f"{prefix}.{number}"

    def given(self, task_id: int, code: str) -> None:
        """`task_id` now has `code`: its subtasks are numbered under it."""
        self.codes[task_id] = code


# Any number will do, so long as nothing else of ours takes a transaction advisory lock by it ("LSIM").
NUMBERING_LOCK = 0x4C53494D


def one_numbering_at_a_time(session: Session) -> None:
    """On a server, wait until no other PC is giving numbers (a new task, an import, a 结转, 重新编号), for the
    rest of the caller's transaction: two PCs each reading the highest number before the other wrote would
    give the same 编号 twice. A file has one writer at a time already (its lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NUMBERING_LOCK})


def next_code(session: Session, year: int, parent_id: int | None, key_task_id: int | None) -> str:
    """The number a task made now gets (one task: only its siblings are read)."""
    one_numbering_at_a_time(session)
    if parent_id is not None:
        prefix = session.scalar(select(Task.code).where(Task.id == parent_id)) or ""
    else:
        place = session.scalar(select(KeyTask.sort_order).where(KeyTask.id == key_task_id)) if key_task_id else 0
        prefix = str(place or 0)
    siblings = select(Task.code).where(Task.year == year, Task.code.like(f"{prefix}.%"))
    numbers = [split[1] for code in session.scalars(siblings) if (split := _split(code)) and split[0] == prefix]
    return f"{prefix}.{max(numbers, default=0) + 1}"


@dataclass(frozen=True)
class Renumbered:
    task_id: int
    title: str
    old: str
    new: str


def tree_numbers(session: Session, year: int) -> list[Renumbered]:
    """What 重新编号 would give each shown task of `year`: the key task's place, then the place among its
    siblings, any depth (the tree as the window lists it); those whose number would change."""
    rows = session.execute(
        select(Task.id, Task.parent_id, Task.title, Task.code, KeyTask.sort_order)
        .outerjoin(KeyTask, KeyTask.id == Task.key_task_id)
        .where(Task.year == year, Task.deleted_at.is_(None))
        .order_by(Task.parent_id.is_not(None), KeyTask.sort_order, Task.sort_order, Task.id)).all()
    children: dict[int, list[int]] = {}
    known = {row.id for row in rows}
    for row in rows:
        if row.parent_id is not None and row.parent_id in known:
            children.setdefault(row.parent_id, []).append(row.id)
    by_id = {row.id: row for row in rows}
    new: dict[int, str] = {}
    per_key: dict[int, int] = {}
    for row in rows:
        if row.parent_id is None or row.parent_id not in known:
            group = row.sort_order or 0
            per_key[group] = per_key.get(group, 0) + 1
            new[row.id] = f"{group}.{per_key[group]}"
            stack = [row.id]
            while stack:
                parent = stack.pop()
                for position, kid in enumerate(children.get(parent, []), start=1):
                    new[kid] = f"{new[parent]}.{position}"
                    stack.append(kid)
    return [Renumbered(task_id, by_id[task_id].title, by_id[task_id].code, code)
            for task_id, code in new.items() if by_id[task_id].code != code]


def renumber(session: Session, actor: str, year: int) -> list[Renumbered]:
    """重新编号: every shown task of `year` numbered by the tree as it stands, each change in the trail. Tasks in
    the recycle bin that would clash with a new number are numbered after the rest."""
    one_numbering_at_a_time(session)
    changes = tree_numbers(session, year)
    if not changes:
        return []
    tasks = {task.id: task for task in session.scalars(select(Task).where(Task.year == year))}
    for change in changes:
        tasks[change.task_id].code = change.new
        audit.record(session, actor, "renumber", "task", change.task_id, "code", change.old, change.new)
    shown = [task for task in tasks.values() if task.deleted_at is None]
    highest = _highest(task.code for task in shown)
    taken = {task.code for task in shown}
    for task in tasks.values():
        if task.deleted_at is not None and task.code in taken:  # restored later, it must not share a number
            prefix = split[0] if (split := _split(task.code)) else "0"
            number = highest[prefix] = highest.get(prefix, 0) + 1
            task.code = f"{prefix}.{number}"
    return changes


def _highest(codes: Iterable[str]) -> dict[str, int]:
    """The highest number given under each prefix."""
    highest: dict[str, int] = {}
    for code in codes:
        split = _split(code)
        if split is not None and split[1] > highest.get(split[0], 0):
            highest[split[0]] = split[1]
    return highest
