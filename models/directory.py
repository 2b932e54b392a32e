"""Sections, people, key tasks and meetings: the names tasks refer to."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import audit
from models.entities import KeyTask, Meeting, Person, Section
from models.workflow import RuleError, require_text


def clean_name(text: str) -> str:
    """Full-width letters, stray spaces and line breaks removed: "王 副部长" and "王副部长" are one."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def person(session: Session, actor: str, name: str, title: str = "") -> Person:
    """The person called `name`, created on first mention."""
    name = clean_name(name)
    if not name:
        raise RuleError("姓名不能为空。")
    found = session.scalar(select(Person).where(Person.name == name))
    if found is not None:
        return found
    created = Person(name=name, title=clean_name(title), active=True)
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "person", created.id, "name", None, name)
    return created


def section(session: Session, actor: str, name: str, leader: Person | None = None) -> Section:
    """The section called `name`, created on first mention at the end of the list."""
    name = clean_name(name)
    if not name:
        raise RuleError("科室名称不能为空。")
    found = session.scalar(select(Section).where(Section.name == name))
    if found is not None:
        return found
    order = session.scalar(select(func.coalesce(func.max(Section.sort_order), 0))) or 0
    created = Section(name=name, sort_order=order + 1, leader=leader, active=True)
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "section", created.id, "name", None, name)
    return created


def rename_section(session: Session, actor: str, section_id: int, new_name: str) -> None:
    """Tasks refer to the section by id, so every task shows the new name at once."""
    target = session.get(Section, section_id)
    if target is None:
        raise RuleError("找不到这个科室。")
    new_name = clean_name(new_name)
    require_text(new_name, "科室名称")
    clash = session.scalar(select(Section).where(Section.name == new_name, Section.id != section_id))
    if clash is not None:
        raise RuleError(f"已经有名为「{new_name}」的科室。")
    audit.record(session, actor, "update", "section", section_id, "name", target.name, new_name)
    target.name = new_name


def key_task(session: Session, actor: str, year: int, title: str, theme: str = "") -> KeyTask:
    """The key task of `year` with this title, created on first mention at the end of the list."""
    title = require_text(title, "重点任务名称")
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
    created = Meeting(held_on=held_on, title=require_text(title, "会议名称"))
    session.add(created)
    session.flush()
    audit.record(session, actor, "create", "meeting", created.id, "title", None, created.title)
    return created
