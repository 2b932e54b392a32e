"""Importing a task breakdown: plan every sheet, then write all rows in the caller's one transaction."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from models.apply.new_ids import NewIds, one_import_at_a_time
from models.apply.rows import PlannedRow
from models.domain import audit, directory, settings
from models.domain.deadlines import Deadline, own_words, parse_deadline
from models.domain.entities import AuditEntry, KeyTask, Person, ProgressEntry, Task, task_co_section
from models.domain.enums import DeadlineKind, Status, UnitKind
from models.domain.lights import parse_period, period_of
from models.domain.numbering import Numbering
from models.domain.progress import add_progress
from models.domain.tasks import (
    TaskDraft,
    change_status,
    extend_deadline,
    new_task_values,
    set_co_sections,
    set_deadline,
    update_task,
)
from models.domain.text import readable_text
from models.domain.units import listed_name
from models.domain.workflow import can_transition, status_of_word

# What an import would add to the ledger's lists, in the order the preview names them.
CREATED_KINDS = (("sections", "新科室"), ("outside", "新部外单位"), ("everyone", "泛指"), ("people", "新人员"),
                 ("key_tasks", "新重点任务"))


@dataclass
class ImportResult:
    rows: list[PlannedRow]
    created: dict[str, list[str]] = field(default_factory=dict)
    imported: int = 0  # new tasks
    updated: int = 0  # tasks that were already there and changed (a file imported again after edits)
    unchanged: int = 0  # tasks that were already there as the file has them (the same file imported again)
    reported: int = 0  # progress entries from the sheet's own progress columns

    @property
    def importable(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status in ("ok", "warning")]

    def to_dict(self) -> dict[str, object]:
        return {"rows": [row.to_dict() for row in self.rows], "created": self.created,
                "imported": self.imported, "updated": self.updated, "unchanged": self.unchanged,
                "reported": self.reported}


def _new_names(session: Session, rows: list[PlannedRow], year: int) -> dict[str, list[str]]:
    sections = {s for r in rows for s in [r.lead_section, *r.co_sections] if s}
    people = {p for r in rows for p in (r.leader, r.owner) if p}
    key_tasks = {r.key_task for r in rows if r.key_task}
    known_people = set(session.scalars(select(Person.name)))
    known_key_tasks = set(session.scalars(select(KeyTask.title).where(KeyTask.year == year)))
    kinds = directory.new_units(session, sections)
    return {"sections": [name for name, kind in kinds.items() if kind == UnitKind.SECTION],
            "outside": [name for name, kind in kinds.items() if kind == UnitKind.OUTSIDE],
            "everyone": [name for name, kind in kinds.items() if kind == UnitKind.EVERYONE],
            "people": sorted(people - known_people),
            "key_tasks": [k for k in dict.fromkeys(r.key_task for r in rows if r.key_task)
                          if k in key_tasks - known_key_tasks]}


def import_breakdown(session: Session, actor: str, rows: list[PlannedRow], year: int, source: str, *,
                     dry_run: bool = False) -> ImportResult:
    """Write the rows read from the file named `source` (unless `dry_run`); rows with errors are left out."""
    result = ImportResult(rows)
    if not dry_run:
        one_import_at_a_time(session)  # before the first read: another PC's import is then seen whole
    result.created = _new_names(session, result.importable, year)
    if dry_run:
        return result
    task_of_row: dict[tuple[str, int], int] = {}  # (sheet, row) → the task id it became
    new_tasks: list[dict[str, object]] = []
    new_co_sections: list[dict[str, int]] = []
    source_text = f"导入：{readable_text(source)}"
    kinds = {name: kind for kind, key in ((UnitKind.SECTION, "sections"), (UnitKind.OUTSIDE, "outside"),
                                          (UnitKind.EVERYONE, "everyone")) for name in result.created[key]}
    names = _NameCache(session, actor, year, kinds, settings.org_name(session))
    names.people(dict.fromkeys(p for row in result.importable for p in (row.leader, row.owner) if p))
    existing = _existing_tasks(session, year)
    next_order = _next_orders(session, year)
    numbering = Numbering(session, year)
    # New tasks get their ids here, in file order, so a subtask can name a parent made by this very
    # import; they are then written in one bulk insert instead of one ORM object each.
    task_ids = NewIds(session, Task.metadata.tables[Task.__tablename__])
    with session.no_autoflush:  # thousands of rows: flush when an id is needed, not before every query
        importable = result.importable  # a list made afresh at each call: once, not once per row
        for index, row in enumerate(importable):
            lead = names.section(row.lead_section)
            co = [i for name in row.co_sections if (i := names.section(name)) is not None]
            leader, owner = names.person(row.leader), names.person(row.owner)
            key = names.key_task(row.key_task)
            parent_id = task_of_row.get((row.sheet, row.parent_row)) if row.parent_row else None
            deadline = parse_deadline(row.deadline_value, year)
            candidates = existing.get((row.title, parent_id), [])
            if not candidates:
                order = next_order.get(parent_id, 1)
                next_order[parent_id] = order + 1
                task_id = task_ids.next(likely=len(importable) - index)
                code = numbering.next(parent_id, key)
                numbering.given(task_id, code)
                values = new_task_values(TaskDraft(
                    year, row.title, key_task_id=key, parent_id=parent_id, lead_section_id=lead, leader_id=leader,
                    owner_id=owner, deadline=deadline, measures=row.measures, note=row.note, source_text=source_text),
                    order, code)
                new_tasks.append({"id": task_id, **values})
                new_co_sections.extend({"task_id": task_id, "section_id": section, "position": place}
                                       for place, section in enumerate(dict.fromkeys(co)))
                result.imported += 1
            else:
                task = candidates.pop(0)  # two sections may share a title: each row takes its own task
                task_id = task.id
                changes_before = len(session.info.get(audit.RECORDED, ()))  # every change made is audited
                update_task(session, actor, task_id, key_task_id=key, lead_section_id=lead, leader_id=leader,
                            owner_id=owner, **({"note": row.note} if row.note else {}),
                            **({"measures": row.measures} if row.measures else {}))
                set_co_sections(session, actor, task_id, co)
                _update_deadline(session, actor, task, deadline, source)
                if len(session.info.get(audit.RECORDED, ())) > changes_before:
                    result.updated += 1
                else:
                    result.unchanged += 1
            task_of_row[(row.sheet, row.row)] = task_id
    session.flush()  # names and updated tasks first: new tasks refer to them
    if new_tasks:  # Core executemany on the session's connection: the ORM's bulk path costs twice as much
        connection = session.connection()
        connection.execute(insert(Task.metadata.tables[Task.__tablename__]), new_tasks)
        if new_co_sections:
            connection.execute(insert(task_co_section), new_co_sections)
        now, pc = datetime.now(), audit.this_pc()
        audit.recorded_in_bulk(session)
        connection.execute(insert(AuditEntry.metadata.tables[AuditEntry.__tablename__]), [
            {"at": now, "actor": actor, "action": "create", "entity": "task", "entity_id": values["id"],
             "field": "title", "old_value": None, "new_value": values["title"], "pc": pc} for values in new_tasks])
    result.reported = _add_reports(session, actor, result.importable, task_of_row)
    _apply_status_words(session, actor, result.importable, task_of_row)
    return result


def _apply_status_words(session: Session, actor: str, rows: list[PlannedRow],
                        task_of_row: dict[tuple[str, int], int]) -> None:
    """A 办理状态 column's word moves its task there, where the workflow allows (已完成 after 推进中, …)."""
    wanted = {task_of_row[(row.sheet, row.row)]: status for row in rows
              if row.status_word and (status := status_of_word(row.status_word)) is not None}
    if not wanted:
        return
    session.flush()  # the entries just added may have moved a task to 推进中
    # One query for every task's status, not one a row: a 办理状态 column runs down thousands of rows.
    current: dict[int, Status] = {
        task_id: status for task_id, status in session.execute(select(Task.id, Task.status).where(Task.id.in_(wanted)))}
    for task_id, status in wanted.items():
        if current.get(task_id) not in (None, status) and can_transition(current[task_id], status):
            change_status(session, actor, task_id, status)


def _add_reports(session: Session, actor: str, rows: list[PlannedRow], task_of_row: dict[tuple[str, int], int],
                 today: date | None = None) -> int:
    """The sheet's own progress columns as entries, each dated within its period; one the ledger already
    holds (the same file imported again) is not added twice."""
    wanted = [(task_of_row[(row.sheet, row.row)], period, text) for row in rows for period, text in row.reports]
    if not wanted:
        return 0
    today = today or date.today()
    held: set[tuple[int, str, str]] = {
        (task_id, period, text) for task_id, period, text in session.execute(
            select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.text)
            .where(ProgressEntry.task_id.in_({task_id for task_id, _, _ in wanted})))}
    added = 0
    for task_id, period, text in wanted:
        period = period or period_of(today)
        if (task_id, period, text) in held:
            continue
        year, month = parse_period(period)
        month_end = date(year, month, monthrange(year, month)[1])
        add_progress(session, actor, task_id, text, period=period, entry_date=min(today, month_end))
        held.add((task_id, period, text))
        added += 1
    return added


class _NameCache:
    """Sections, people and key tasks by name, created on first mention, looked up once per import."""

    def __init__(self, session: Session, actor: str, year: int, kinds: dict[str, UnitKind], org: str) -> None:
        self.session, self.actor, self.year, self.org = session, actor, year, org
        self.kinds = kinds  # each new unit's kind as the preview named it, whatever this import adds first
        self.cache: dict[tuple[str, str], int] = {}

    def _get(self, kind: str, name: str, make: Callable[[], int]) -> int | None:
        if not name:
            return None
        if (kind, name) not in self.cache:
            self.cache[(kind, name)] = make()
        return self.cache[(kind, name)]

    def section(self, name: str) -> int | None:
        short = listed_name(name, self.org)  # 市委组织部干部一科 and 干部一科 are one unit on a 组织部's ledger
        return self._get("section", short, lambda: directory.section(self.session, self.actor, short,
                                                                      kind=self.kinds.get(short)).id)

    def people(self, names: Collection[str]) -> None:
        """The people the rows name, looked up and the new ones made in one go."""
        for name, person_id in directory.people(self.session, self.actor, [n for n in names if n]).items():
            self.cache[("person", name)] = person_id

    def person(self, name: str) -> int | None:
        return self._get("person", name, lambda: directory.person(self.session, self.actor, name).id)

    def key_task(self, title: str) -> int | None:
        return self._get("key_task", title,
                         lambda: directory.key_task(self.session, self.actor, self.year, title).id)


def _existing_tasks(session: Session, year: int) -> dict[tuple[str, object], list[Task]]:
    """The year's tasks by (title, parent): what a row matches if the file was imported before. A title kept with
    its final 。 (as a spreadsheet's was read before the import dropped it) is found under the title without."""
    found: dict[tuple[str, object], list[Task]] = {}
    query = select(Task).where(Task.year == year, Task.deleted_at.is_(None)).order_by(Task.id)
    for task in session.scalars(query):
        found.setdefault((task.title, task.parent_id), []).append(task)
        if (bare := task.title.rstrip("。；;，, ")) != task.title:
            found.setdefault((bare, task.parent_id), []).append(task)
    return found


def _next_orders(session: Session, year: int) -> dict[object, int]:
    """The next sort order under each parent already in the ledger (None: top level)."""
    query = (select(Task.parent_id, func.max(Task.sort_order)).where(Task.year == year)
             .group_by(Task.parent_id))
    return {parent: (order or 0) + 1 for parent, order in session.execute(query)}


def _update_deadline(session: Session, actor: str, task: Task, deadline: Deadline, file_name: str) -> None:
    if deadline.kind == DeadlineKind.NONE:
        return
    if task.deadline_kind == DeadlineKind.NONE:
        set_deadline(session, actor, task.id, deadline)
    elif (task.deadline_kind, task.due_date, own_words(task.deadline_text)) != (deadline.kind, deadline.due,
                                                                              deadline.text):
        # a date an older ledger kept as typed (2026-06-30) is the same as the date read again: no extension
        extend_deadline(session, actor, task.id, deadline, reason=f"按《{file_name}》重新导入")
