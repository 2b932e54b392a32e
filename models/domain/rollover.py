"""Year rollover: carry the unfinished tasks of one year into the next, history linked."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit, directory
from models.domain.co_sections import place_co_sections
from models.domain.entities import KeyTask, Task
from models.domain.enums import Status
from models.domain.numbering import Numbering
from models.errors import RuleError

CARRIED_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.SUSPENDED)


def year_to_plan(today: date) -> int:
    """The year a new ledger is most likely for: in December the office breaks down next year's tasks."""
    return today.year + 1 if today.month == 12 else today.year


def rollover(session: Session, actor: str, from_year: int, to_year: int) -> dict[int, int]:
    """Copy each unfinished task (with its unfinished subtasks) into `to_year`.

    The copy points back through carried_from_id, so its earlier progress stays reachable; the
    old year is left as it was. A task already carried is not carried twice. Returns old → new ids.
    """
    if to_year <= from_year:
        raise RuleError("只能结转到以后的年度。")
    already = set(session.scalars(
        select(Task.carried_from_id).where(Task.year == to_year, Task.carried_from_id.is_not(None))))
    tasks = list(session.scalars(
        select(Task).where(Task.year == from_year, Task.deleted_at.is_(None),
                           Task.status.in_(CARRIED_STATUSES)).order_by(Task.parent_id, Task.sort_order)))
    carried_ids = {t.id for t in tasks}
    key_tasks: dict[int, int] = {}
    mapping: dict[int, int] = {}
    now = datetime.now()
    pending = [t for t in tasks if t.id not in already]
    numbering = Numbering(session, to_year)
    # Parents before children: a subtask is carried only under its carried parent.
    while pending:
        progressed = False
        for task in list(pending):
            if task.parent_id is not None and task.parent_id in carried_ids and task.parent_id not in mapping:
                continue
            pending.remove(task)
            progressed = True
            new_parent = mapping.get(task.parent_id) if task.parent_id is not None else None
            if task.parent_id is not None and new_parent is None:
                continue  # its parent is finished: the subtask stays with the year it belonged to
            key_task_id = _carry_key_task(session, actor, task.key_task_id, to_year, key_tasks)
            copy = Task(
                year=to_year, parent_id=new_parent, title=task.title, measures=task.measures,
                code=numbering.next(new_parent, key_task_id),
                target=task.target, note=task.note, lead_section_id=task.lead_section_id,
                leader_id=task.leader_id, owner_id=task.owner_id, deadline_kind=task.deadline_kind,
                due_date=task.due_date, start_date=task.start_date, deadline_text=task.deadline_text,
                recurrence=task.recurrence, status=task.status, percent=task.percent,
                source_text=task.source_text, sort_order=task.sort_order, carried_from_id=task.id,
                righted_on=task.righted_on,  # a red put right in December is kept yellow into January alike
                key_task_id=key_task_id, created_at=now, updated_at=now,
                # the work goes on in the section that signed for it: a 结转 is not a new 交办 to sign for again
                signed_at=task.signed_at, signed_by=task.signed_by,
            )
            session.add(copy)
            place_co_sections(session, copy, list(task.co_sections))  # in the order the year before had them
            session.flush()
            mapping[task.id] = copy.id
            numbering.given(copy.id, copy.code)
            audit.record(session, actor, "rollover", "task", copy.id, "carried_from_id", None, task.id)
        if not progressed:
            break
    return mapping


def _carry_key_task(session: Session, actor: str, key_task_id: int | None, to_year: int,
                    cache: dict[int, int]) -> int | None:
    if key_task_id is None:
        return None
    if key_task_id not in cache:
        old = session.get(KeyTask, key_task_id)
        if old is None:
            return None
        cache[key_task_id] = directory.key_task(session, actor, to_year, old.title, old.theme).id
    return cache[key_task_id]
