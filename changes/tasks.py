"""A task made, edited, moved along its workflow (办结, 销号, 重新打开), given more time, deleted or restored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from changes.concurrency import check_status_seen, check_unchanged
from changes.undoing import Change, Outcome, carry_out
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.enums import EvidencePurpose, Status
from models.domain.evidence import attach_files
from models.domain.milestones import Milestones, set_milestones
from models.domain.rights import Act, require
from models.domain.tasks import (
    TaskDraft,
    change_status,
    create_task,
    delete_task,
    extend_deadline,
    get_task,
    restore_task,
    set_co_sections,
    set_deadline,
    subtree_ids,
    update_task,
)
from models.domain.workflow import REOPENABLE
from models.ledger import Ledger

Files = list[tuple[str, bytes]]  # (file name, content) of evidence


@dataclass
class TaskEdit:
    """What an edit changes: fields by name, and where given the co-operating units, the deadline and the
    people by name (a new name is added to the directory; "" clears). With `seen` (the edited fields as the
    user first saw them) a field another PC has changed since raises ChangedElsewhere and nothing is saved."""

    fields: dict[str, object] = field(default_factory=dict)
    co_section_ids: list[int] | None = None
    deadline: Deadline | None = None
    leader: str | None = None
    owner: str | None = None
    seen: dict[str, object] | None = None
    mine: dict[str, object] | None = None
    lead_section: str | None = None  # by name, as the command line gives it ("" clears)
    milestones: Milestones | None = None  # 序时进度 by month (() clears): the editor's line, `task milestones`


@dataclass
class NamedTask:
    """A new task as the command line names it: its units, key task and people by name (a new one is added
    to the directory, as an import adds it), its parent by id."""

    year: int
    title: str
    lead_section: str = ""
    co_sections: list[str] = field(default_factory=list)
    key_task: str = ""
    parent_id: int | None = None
    deadline: Deadline | None = None
    leader: str = ""
    owner: str = ""
    measures: str = ""
    note: str = ""


@dataclass
class StatusChange:
    """A step of the workflow; a 销号 names its approver and may carry a rating and its evidence."""

    status: Status
    note: str = ""
    approver: str = ""
    on: date | None = None
    rating: str = ""
    rating_note: str = ""
    files: Files = field(default_factory=list)
    seen: Status | None = None  # the status the user saw when choosing the step: refused if it has changed


def new_task(ledger: Ledger, draft: TaskDraft) -> Change:
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.EDIT)
        return Outcome(created_tasks=[create_task(session, actor, draft).id])
    return carry_out(ledger, work)


def new_named_task(ledger: Ledger, named: NamedTask) -> Change:
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.EDIT)
        def person_id(name: str) -> int | None:
            return directory.person(session, actor, name).id if name.strip() else None
        draft = TaskDraft(
            named.year, named.title, parent_id=named.parent_id, measures=named.measures, note=named.note,
            key_task_id=directory.key_task(session, actor, named.year, named.key_task).id if named.key_task else None,
            lead_section_id=directory.section(session, actor, named.lead_section).id if named.lead_section else None,
            co_section_ids=[directory.section(session, actor, name).id for name in named.co_sections],
            leader_id=person_id(named.leader), owner_id=person_id(named.owner))
        if named.deadline is not None:
            draft.deadline = named.deadline
        return Outcome(created_tasks=[create_task(session, actor, draft).id])
    return carry_out(ledger, work)


def edit_task(ledger: Ledger, task_id: int, edit: TaskEdit) -> Change:
    def work(session: Session, actor: str) -> None:
        require(session, Act.EDIT)
        if edit.seen is not None and edit.mine is not None:
            check_unchanged(session, "task", task_id, edit.seen, edit.mine)
        values = dict(edit.fields)
        if edit.lead_section is not None:
            values["lead_section_id"] = (directory.section(session, actor, edit.lead_section).id
                                         if edit.lead_section.strip() else None)
        for name, person_name in (("leader_id", edit.leader), ("owner_id", edit.owner)):
            if person_name is not None:
                values[name] = directory.person(session, actor, person_name).id if person_name.strip() else None
        update_task(session, actor, task_id, **values)
        if edit.co_section_ids is not None:
            set_co_sections(session, actor, task_id, edit.co_section_ids)
        if edit.deadline is not None:
            set_deadline(session, actor, task_id, edit.deadline)
        if edit.milestones is not None:
            set_milestones(session, actor, task_id, edit.milestones)
    return carry_out(ledger, work, [task_id])


def set_status(ledger: Ledger, task_id: int, step: StatusChange) -> Change:
    """`step.files`: evidence of a 销号, attached in the same transaction (a setting may require it)."""
    def work(session: Session, actor: str) -> None:
        require(session, _status_act(session, task_id, step.status), task_id=task_id)
        check_status_seen(session, "task", task_id, step.seen)
        if step.files:
            attach_files(session, actor, step.files, EvidencePurpose.CLOSING, task_id=task_id)
        change_status(session, actor, task_id, step.status, on=step.on, note=step.note, approver=step.approver,
                      rating=step.rating, rating_note=step.rating_note)
    return carry_out(ledger, work, [task_id])


def _status_act(session: Session, task_id: int, status: Status) -> Act:
    """销号 and 重新打开 are the office's; 办结 goes with a section's own report; 暂缓 and 撤销 are edits."""
    if status is Status.CLOSED:
        return Act.CLOSE
    now = get_task(session, task_id).status
    if status is Status.IN_PROGRESS and now in REOPENABLE:
        return Act.REOPEN
    return Act.REPORT if status in (Status.COMPLETED, Status.IN_PROGRESS) else Act.EDIT


def extend(ledger: Ledger, task_id: int, deadline: Deadline, reason: str, approved_by: str = "", *,
           seen: Status | None = None) -> Change:
    """`seen`: the status the user saw; refused when another PC has since finished or closed the task."""
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.EDIT)
        check_status_seen(session, "task", task_id, seen)
        extension = extend_deadline(session, actor, task_id, deadline, reason=reason, approved_by=approved_by)
        session.flush()
        return Outcome(extension_ids=[extension.id])
    return carry_out(ledger, work, [task_id], replay=True)


def delete(ledger: Ledger, task_id: int) -> Change:
    """To the recycle bin with its subtasks, each captured so that undo puts it back."""
    return _on_subtree(ledger, task_id, deleting=True)


def restore(ledger: Ledger, task_id: int) -> Change:
    return _on_subtree(ledger, task_id, deleting=False)


def _on_subtree(ledger: Ledger, task_id: int, *, deleting: bool) -> Change:
    with ledger.reading() as session:
        ids = subtree_ids(session, task_id)

    def work(session: Session, actor: str) -> None:
        require(session, Act.DELETE)
        (delete_task if deleting else restore_task)(session, actor, task_id)
    return carry_out(ledger, work, ids)
