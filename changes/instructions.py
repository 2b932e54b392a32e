"""A leader's 批示 recorded, on a task or a new 交办 made from it: one transaction, undoable; the 督查室's act, or a
分管领导's own 批示 on their account (the 交办, a new task, stays the 督查室's)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from changes.undoing import Change, Outcome, carry_out
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.instructions import Assignment, InstructionDraft, record_instruction
from models.domain.rights import Act, decided_by, require
from models.ledger import Ledger


@dataclass(frozen=True)
class NamedAssignment:
    """A 交办 as the command line or the dialog names it: its lead section by name (a new one is added, as an
    import adds it; "" none)."""

    title: str
    section: str = ""
    deadline: Deadline | None = None


def instruct(ledger: Ledger, year: int, task_id: int | None, draft: InstructionDraft,
             assign: NamedAssignment | None = None) -> Change:
    """Record the 批示 on `task_id` (None: a new task made from it, `assign` saying what), and its 交办 if any.
    A 分管领导's account records its own 批示 only: the draft's leader blank or its login."""
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.INSTRUCT, task_id=task_id)
        given = replace(draft, leader=decided_by(session, draft.leader))
        assignment = None
        if assign is not None:
            require(session, Act.EDIT, task_id=task_id)
            section = directory.section(session, actor, assign.section).id if assign.section.strip() else None
            assignment = (Assignment(assign.title, section, assign.deadline) if assign.deadline is not None
                          else Assignment(assign.title, section))
        recorded = record_instruction(session, actor, year, task_id, given, assignment)
        return Outcome(created_tasks=[recorded.assigned_task_id] if recorded.assigned_task_id else [],
                       progress_ids=[entry.id for entry in recorded.entries],
                       instructions_made=[recorded.instruction.id])
    return carry_out(ledger, work, [task_id] if task_id is not None else [], replay=True)
