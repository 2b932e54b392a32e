"""Sections, people, key tasks and meetings: the names tasks refer to."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.co_sections import place_co_sections
from models.domain.entities import KeyTask, Meeting, Person, Section, Task
from models.domain.enums import UnitKind
from models.domain.settings import org_name
from models.domain.text import clean_name
from models.domain.units import listed_name, unit_kind
from models.domain.workflow import MAX_KEY_TASK, MAX_NAME, require_text
from models.errors import RuleError


def person(session: Session, actor: str, name: str, title: str = "") -> Person:
    """The person called `name`, created on first mention."""
    name = require_text(clean_name(name), "姓名", MAX_NAME)
    found = session.scalar(select(Person).where(Person.name == name))
    if found is not None:
        return found
    created = Person(name=name, title=clean_name(title), active=True)
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "person", created.id, "name", None, name)
    return created


def people(session: Session, actor: str, names: Collection[str]) -> dict[str, int]:
    """Each of `names` (as `person` cleans it) with its person's id, those not yet listed created together: an
    import names dozens of people and a flush each cost a tenth of its writing."""
    wanted = {name: require_text(clean_name(name), "姓名", MAX_NAME) for name in names}
    found = {person.name: person for person in session.scalars(select(Person).where(Person.name.in_(
        set(wanted.values()))))} if wanted else {}
    created = [Person(name=name, title="", active=True) for name in dict.fromkeys(wanted.values()) if name not in found]
    if created:
        session.add_all(created)
        session.flush()
        for person in created:
            audit.record(session, actor, "create", "person", person.id, "name", None, person.name)
            found[person.name] = person
    return {written: found[name].id for written, name in wanted.items()}


def section(session: Session, actor: str, name: str, leader: Person | None = None,
            kind: UnitKind | None = None) -> Section:
    """The unit called `name`, created on first mention at the end of the list, unless `kind` is given of the kind
    the office's list says for its like, else its name (市委党校 is outside the department): see unit_kind. A
    组织部's own section written in full (市委组织部干部一科) is its 干部一科: see listed_name."""
    written = require_text(clean_name(name), "科室名称", MAX_NAME)
    org = org_name(session)
    name = listed_name(written, org)
    found = session.scalar(select(Section).where(Section.name == name))
    if found is not None:
        return found
    order = session.scalar(select(func.coalesce(func.max(Section.sort_order), 0))) or 0
    kind = kind or unit_kind(written, listed_units(session), org)
    created = Section(name=name, sort_order=order + 1, leader=leader, active=True, kind=kind)
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "section", created.id, "name", None, name)
    return created


def unit_name(session: Session, name: str) -> str:
    """The name `section` keeps a unit under (市委组织部干部一科 on a 组织部's ledger is its 干部一科)."""
    return listed_name(clean_name(name), org_name(session))


def new_units(session: Session, written: Collection[str]) -> dict[str, UnitKind]:
    """The units the names `written` would add to the list, by name, each under the name `section` keeps it by
    (市委组织部干部一科 on a 组织部's ledger is its 干部一科) with the kind it would get."""
    listed = listed_units(session)  # the office's own units are those its list says, and their like
    org = org_name(session)
    kinds: dict[str, UnitKind] = {}
    # A name written with the department's own organ says the kind of the section it names: it goes first.
    for name in sorted(written, key=lambda name: (listed_name(name, org) == name, name)):
        if (short := listed_name(name, org)) not in listed and short not in kinds:
            kinds[short] = unit_kind(name, listed, org)
    return dict(sorted(kinds.items()))


def listed_units(session: Session) -> dict[str, UnitKind]:
    """The office's units as 设置 → 科室 lists them, each with its kind."""
    return {name: kind for name, kind in session.execute(select(Section.name, Section.kind))}


def set_unit_kind(session: Session, actor: str, section_id: int, kind: UnitKind) -> None:
    """Mark a unit as the department's own 科室, a unit outside it, or "every section"."""
    target = session.get(Section, section_id)
    if target is None:
        raise RuleError("找不到这个科室。")
    if target.kind != kind:
        audit.record(session, actor, "update", "section", section_id, "kind", target.kind.value, kind.value)
        target.kind = kind


def rename_section(session: Session, actor: str, section_id: int, new_name: str) -> None:
    """Tasks refer to the section by id, so every task shows the new name at once."""
    target = session.get(Section, section_id)
    if target is None:
        raise RuleError("找不到这个科室。")
    new_name = require_text(clean_name(new_name), "科室名称", MAX_NAME)
    clash = session.scalar(select(Section).where(Section.name == new_name, Section.id != section_id))
    if clash is not None:
        raise RuleError("已经有名为「{name}」的科室。", name=new_name)
    audit.record(session, actor, "update", "section", section_id, "name", target.name, new_name)
    target.name = new_name


def key_task(session: Session, actor: str, year: int, title: str, theme: str = "") -> KeyTask:
    """The key task of `year` with this title, created on first mention at the end of the list."""
    title = require_text(title, "重点任务名称", MAX_KEY_TASK)
    found = session.scalar(select(KeyTask).where(KeyTask.year == year, KeyTask.title == title))
    if found is not None:
        return found
    order = session.scalar(
        select(func.coalesce(func.max(KeyTask.sort_order), 0)).where(KeyTask.year == year)) or 0
    created = KeyTask(year=year, title=title, theme=theme, sort_order=order + 1)
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "key_task", created.id, "title", None, title)
    return created


def meeting(session: Session, actor: str, held_on: date, title: str) -> Meeting:
    """A new meeting; its name is unique within the year, so the meeting list never shows two alike."""
    title = require_text(title, "会议名称", MAX_NAME)
    clash = session.scalar(select(Meeting.id).where(
        Meeting.title == title, Meeting.held_on.between(date(held_on.year, 1, 1), date(held_on.year, 12, 31))))
    if clash is not None:
        raise RuleError("{year}年已经有一个「{title}」了，请换一个名称（例如加上日期）。", year=held_on.year,
                        title=title)
    created = Meeting(held_on=held_on, title=title)
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "meeting", created.id, "title", None, created.title)
    return created


def rename_person(session: Session, actor: str, person_id: int, new_name: str) -> None:
    target = session.get(Person, person_id)
    if target is None:
        raise RuleError("找不到这个人员。")
    new_name = require_text(clean_name(new_name), "姓名", MAX_NAME)
    clash = session.scalar(select(Person).where(Person.name == new_name, Person.id != person_id))
    if clash is not None:
        raise RuleError("已经有名为「{name}」的人员；要把两人合并请用“合并”。", name=new_name)
    audit.record(session, actor, "update", "person", person_id, "name", target.name, new_name)
    target.name = new_name


def set_active(session: Session, actor: str, entity: type[Section] | type[Person], item_id: int,
               active: bool) -> None:
    """Deactivated names stay on old tasks but are no longer offered for new ones."""
    target = session.get(Section, item_id) if entity is Section else session.get(Person, item_id)
    if target is None:
        raise RuleError("找不到要修改的条目。")
    if target.active != active:
        audit.record(session, actor, "update", entity.__tablename__, item_id, "active", target.active, active)
        target.active = active


def merge_sections(session: Session, actor: str, source_id: int, target_id: int) -> int:
    """Fold one section into another (e.g. after a reorganisation); returns how many tasks moved."""
    source, target = session.get(Section, source_id), session.get(Section, target_id)
    if source is None or target is None or source_id == target_id:
        raise RuleError("请选择两个不同的科室进行合并。")
    moved = 0
    for task in session.scalars(select(Task).where(Task.lead_section_id == source_id)):
        audit.record(session, actor, "update", "task", task.id, "lead_section_id", source_id, target_id)
        task.lead_section_id = target_id
        moved += 1
    for task in list(session.scalars(select(Task).where(Task.co_sections.any(Section.id == source_id)))):
        # the unit merged into takes the merged one's place among the co units, unless it leads the task
        kept = [target if s.id == source_id else s for s in task.co_sections]
        audit.record(session, actor, "update", "task", task.id, "co_sections", source.name, target.name)
        place_co_sections(session, task, [s for s in kept if s.id != task.lead_section_id])
        moved += 1
    audit.record(session, actor, "merge", "section", source_id, "name", source.name, target.name)
    source.active = False
    source.name = _retired_name(session, Section, source.name)
    return moved


def merge_people(session: Session, actor: str, source_id: int, target_id: int) -> int:
    """One person entered under two names: every task and section moves to `target`."""
    source, target = session.get(Person, source_id), session.get(Person, target_id)
    if source is None or target is None or source_id == target_id:
        raise RuleError("请选择两个不同的人员进行合并。")
    moved = 0
    for column in (Task.leader_id, Task.owner_id):
        for task in session.scalars(select(Task).where(column == source_id)):
            audit.record(session, actor, "update", "task", task.id, column.key, source_id, target_id)
            setattr(task, column.key, target_id)
            moved += 1
    for item in session.scalars(select(Section).where(Section.leader_id == source_id)):
        item.leader_id = target_id
    audit.record(session, actor, "merge", "person", source_id, "name", source.name, target.name)
    source.active = False
    source.name = _retired_name(session, Person, source.name)
    return moved


def _retired_name(session: Session, entity: type[Section] | type[Person], name: str) -> str:
    """Names are unique, so a merged-away entry keeps its old name with a mark, free for reuse."""
    candidate, counter = f"{name}（已合并）", 1
    while session.scalar(select(entity).where(entity.name == candidate)) is not None:
        counter += 1
        candidate = f"{name}（已合并{counter}）"
    return candidate


def rename_key_task(session: Session, actor: str, key_task_id: int, new_title: str) -> None:
    target = session.get(KeyTask, key_task_id)
    if target is None:
        raise RuleError("找不到这项重点任务。")
    new_title = require_text(new_title, "重点任务名称", MAX_KEY_TASK)
    clash = session.scalar(select(KeyTask).where(KeyTask.year == target.year, KeyTask.title == new_title,
                                                 KeyTask.id != key_task_id))
    if clash is not None:
        raise RuleError("{year}年已经有重点任务「{title}」。", year=target.year, title=new_title)
    audit.record(session, actor, "update", "key_task", key_task_id, "title", target.title, new_title)
    target.title = new_title
