"""A task's co units (配合单位) in the order written: the relationship writes only which units help, and
task_co_section.position where each stands, 县财政局、县委组织部 staying so and not taking the list's order."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.domain.entities import Section, Task, task_co_section


def place_co_sections(session: Session, task: Task, sections: list[Section]) -> None:
    """The task's co units become `sections` (each once), in that order."""
    wanted = list({section.id: section for section in sections}.values())
    task.co_sections = wanted
    if not wanted:
        return
    session.add(task)
    session.flush()  # the pairs written, this task's id known: each then takes its place
    for place, section in enumerate(wanted):
        session.execute(update(task_co_section).where(task_co_section.c.task_id == task.id,
                                                      task_co_section.c.section_id == section.id)
                        .values(position=place))


def in_order(session: Session, section_ids: Sequence[int]) -> list[Section]:
    """The units of `section_ids` in the order given (one query; an id no longer there is left out)."""
    found = {section.id: section for section in session.scalars(select(Section).where(Section.id.in_(section_ids)))}
    return [found[i] for i in dict.fromkeys(section_ids) if i in found]
