"""Importing a task breakdown: plan every sheet, then write all rows in the caller's one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import directory
from models.breakdown_import import PlannedRow, plan_sheet
from models.deadlines import Deadline, parse_deadline
from models.entities import KeyTask, Person, Section, Task
from models.enums import DeadlineKind
from models.tasks import TaskDraft, create_task, extend_deadline, set_co_sections, set_deadline, update_task
from models.xlsx_sheets import read_grids


@dataclass
class ImportResult:
    rows: list[PlannedRow]
    created: dict[str, list[str]] = field(default_factory=dict)
    imported: int = 0  # new tasks
    updated: int = 0  # tasks that were already there (the same file imported again)

    @property
    def importable(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status != "error"]

    def to_dict(self) -> dict[str, object]:
        return {"rows": [row.to_dict() for row in self.rows], "created": self.created,
                "imported": self.imported, "updated": self.updated}


def plan_file(path: Path, year: int) -> list[PlannedRow]:
    """Every sheet of the workbook (a sheet per section is one ledger), checked row by row."""
    rows: list[PlannedRow] = []
    for grid in read_grids(path):
        if any(any(value is not None for value in cells) for cells in grid.rows):
            rows.extend(plan_sheet(grid, year))
    return rows


def _new_names(session: Session, rows: list[PlannedRow], year: int) -> dict[str, list[str]]:
    sections = {s for r in rows for s in [r.lead_section, *r.co_sections] if s}
    people = {p for r in rows for p in (r.leader, r.owner) if p}
    key_tasks = {r.key_task for r in rows if r.key_task}
    known_sections = set(session.scalars(select(Section.name)))
    known_people = set(session.scalars(select(Person.name)))
    known_key_tasks = set(session.scalars(select(KeyTask.title).where(KeyTask.year == year)))
    return {"sections": sorted(sections - known_sections), "people": sorted(people - known_people),
            "key_tasks": [k for k in dict.fromkeys(r.key_task for r in rows if r.key_task)
                          if k in key_tasks - known_key_tasks]}


def import_breakdown(session: Session, actor: str, path: Path, year: int, *, dry_run: bool = False) -> ImportResult:
    """Plan `path` and, unless `dry_run`, write it; rows with errors are reported and left out."""
    result = ImportResult(plan_file(path, year))
    result.created = _new_names(session, result.importable, year)
    if dry_run:
        return result
    task_of_row: dict[tuple[str, int], int] = {}
    source = f"导入：{path.name}"
    for row in result.importable:
        lead = directory.section(session, actor, row.lead_section).id if row.lead_section else None
        co = [directory.section(session, actor, name).id for name in row.co_sections]
        leader = directory.person(session, actor, row.leader).id if row.leader else None
        owner = directory.person(session, actor, row.owner).id if row.owner else None
        key = directory.key_task(session, actor, year, row.key_task).id if row.key_task else None
        parent = task_of_row.get((row.sheet, row.parent_row)) if row.parent_row else None
        deadline = parse_deadline(row.deadline_value, year)
        existing = _same_task(session, year, row.title, parent, set(task_of_row.values()))
        if existing is None:
            task = create_task(session, actor, TaskDraft(
                year, row.title, key_task_id=key, parent_id=parent, lead_section_id=lead, co_section_ids=co,
                leader_id=leader, owner_id=owner, deadline=deadline, note=row.note, source_text=source))
            result.imported += 1
        else:
            task = existing
            update_task(session, actor, task.id, key_task_id=key, lead_section_id=lead, leader_id=leader,
                        owner_id=owner, **({"note": row.note} if row.note else {}))
            set_co_sections(session, actor, task.id, co)
            _update_deadline(session, actor, task, deadline, path.name)
            result.updated += 1
        task_of_row[(row.sheet, row.row)] = task.id
    return result


def _same_task(session: Session, year: int, title: str, parent: int | None, claimed: set[int]) -> Task | None:
    """The task this row already became if the file was imported before: same year, title and parent,
    and not already matched by another row of this import (two sections may share a title)."""
    query = select(Task).where(Task.year == year, Task.title == title, Task.deleted_at.is_(None),
                               Task.parent_id.is_(None) if parent is None else Task.parent_id == parent)
    return next((task for task in session.scalars(query.order_by(Task.id)) if task.id not in claimed), None)


def _update_deadline(session: Session, actor: str, task: Task, deadline: Deadline, file_name: str) -> None:
    if deadline.kind == DeadlineKind.NONE:
        return
    if task.deadline_kind == DeadlineKind.NONE:
        set_deadline(session, actor, task.id, deadline)
    elif (task.deadline_kind, task.due_date, task.deadline_text) != (deadline.kind, deadline.due, deadline.text):
        extend_deadline(session, actor, task.id, deadline, reason=f"按《{file_name}》重新导入")
