"""督查/调研 records as single transactions with an audit row each: create, edit, delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Inspection, Problem, Section, Task
from models.domain.enums import InspectionKind
from models.domain.workflow import check_length
from models.errors import RuleError

MAX_TITLE = 128


@dataclass
class InspectionDraft:
    held_on: date
    kind: InspectionKind
    title: str = ""  # blank: "3月大督查", from the date and kind
    team: str = ""  # who went
    findings: str = ""
    unit_ids: list[int] = field(default_factory=list)  # sections and units visited
    task_ids: list[int] = field(default_factory=list)  # tasks checked
    praised_ids: list[int] = field(default_factory=list)  # sections the 通报 praises (通报表扬)
    criticised_ids: list[int] = field(default_factory=list)  # and criticises (通报批评)


def default_title(held_on: date, kind: InspectionKind) -> str:
    return f"{held_on.year}年{held_on.month}月{kind.label}"


def get_inspection(session: Session, inspection_id: int) -> Inspection:
    found = session.get(Inspection, inspection_id)
    if found is None or found.deleted_at is not None:
        raise RuleError("找不到这条督查记录（可能已被删除）。")
    return found


@dataclass(frozen=True)
class Named:
    """What a record names besides its words: units visited, tasks checked, sections praised and criticised."""

    units: list[Section]
    tasks: list[Task]
    praised: list[Section]
    criticised: list[Section]


def _checked(session: Session, draft: InspectionDraft) -> tuple[str, Named]:
    title = check_length(draft.title.strip(), "督查记录标题", MAX_TITLE) or default_title(draft.held_on, draft.kind)
    check_length(draft.team, "督查人员")
    check_length(draft.findings, "发现的问题")
    both = set(draft.praised_ids) & set(draft.criticised_ids)
    if both:
        names = session.scalars(select(Section.name).where(Section.id.in_(both)).order_by(Section.sort_order))
        raise RuleError("同一份通报不能既表扬又批评{names}。", names="、".join(names))

    def sections(ids: list[int]) -> list[Section]:
        return list(session.scalars(select(Section).where(Section.id.in_(ids)))) if ids else []
    tasks = list(session.scalars(select(Task).where(Task.id.in_(draft.task_ids), Task.deleted_at.is_(None))))
    return title, Named(sections(draft.unit_ids), tasks, sections(draft.praised_ids), sections(draft.criticised_ids))


def create_inspection(session: Session, actor: str, draft: InspectionDraft) -> Inspection:
    title, named = _checked(session, draft)
    record = Inspection(year=draft.held_on.year, held_on=draft.held_on, kind=draft.kind, title=title,
                        team=draft.team.strip(), findings=draft.findings.strip(), created_by=actor,
                        created_at=datetime.now(), deleted_at=None)
    record.units, record.tasks = named.units, named.tasks
    record.praised, record.criticised = named.praised, named.criticised
    session.add(record)
    session.flush()
    audit.record(session, actor, "create", "inspection", record.id, "title", None, title)
    return record


def update_inspection(session: Session, actor: str, inspection_id: int, draft: InspectionDraft) -> Inspection:
    """Replace a record's fields with `draft`'s; one audit row per field that really changed."""
    record = get_inspection(session, inspection_id)
    title, named = _checked(session, draft)
    values: dict[str, object] = {"held_on": draft.held_on, "year": draft.held_on.year, "kind": draft.kind,
                                 "title": title, "team": draft.team.strip(), "findings": draft.findings.strip()}
    for name, value in values.items():
        old = getattr(record, name)
        if old != value:
            audit.record(session, actor, "update", "inspection", inspection_id, name, old, value)
            setattr(record, name, value)
    lists: tuple[tuple[str, list[Section] | list[Task], list[Section] | list[Task]], ...] = (
        ("units", record.units, named.units), ("tasks", record.tasks, named.tasks),
        ("praised", record.praised, named.praised), ("criticised", record.criticised, named.criticised))
    for name, old_items, new_items in lists:
        old_ids, new_ids = sorted(i.id for i in old_items), sorted(i.id for i in new_items)
        if old_ids != new_ids:
            audit.record(session, actor, "update", "inspection", inspection_id, name,
                         ",".join(map(str, old_ids)), ",".join(map(str, new_ids)))
            setattr(record, name, new_items)
    return record


def delete_inspection(session: Session, actor: str, inspection_id: int) -> None:
    """Set a record aside; one with problems still listed is kept, for the problems name it as their source."""
    record = get_inspection(session, inspection_id)
    problems = session.scalar(select(func.count()).select_from(Problem).where(
        Problem.inspection_id == inspection_id, Problem.deleted_at.is_(None))) or 0
    if problems:
        raise RuleError("这条督查记录下还有 {count} 个问题，请先删除这些问题或改到别的来源下。", count=problems)
    record.deleted_at = datetime.now()
    audit.record(session, actor, "delete", "inspection", inspection_id)
