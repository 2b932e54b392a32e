"""A task's 领导批示 as the editor, `task show` and the 呈报单 read them, and what was done since each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from models.domain.deadlines import deadline_words
from models.domain.entities import Instruction, ProgressEntry, Section, Task, task_co_section
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.domain.instructions import InstructionDraft, refuse_twice, said_by
from models.domain.tasks import get_task, subtree_ids
from models.domain.text import cut_title
from models.errors import RuleError


@dataclass(frozen=True)
class InstructionRow:
    """One 批示, and the 交办 it started (its 编号 and title; "" without one)."""

    id: int
    task_id: int | None
    assigned_task_id: int | None
    leader: str
    given_on: date
    document: str
    text: str
    on_code: str = ""  # the task it was written on
    assigned_code: str = ""
    assigned_title: str = ""

    def words(self) -> str:
        """"王建国同志11月20日在市委办《信息专报》第12期上批示：……" — as `task show` and the window say it."""
        return f"{said_by(self.leader, self.given_on, self.document)}：{self.text}"


@dataclass(frozen=True)
class DoneRow:
    """A report since the 批示: its day, the task's 编号 (a subtask's shown), its words."""

    entry_date: date
    code: str
    text: str
    own: bool  # the task's own report, not a subtask's


@dataclass(frozen=True)
class InstructionReport:
    """What a 呈报单 prints: the 批示, the task asked, and what was done since."""

    instruction: InstructionRow
    code: str
    title: str
    lead_section: str
    co_sections: tuple[str, ...]
    leader: str
    owner: str
    status: Status
    percent: int
    deadline: str
    done: tuple[DoneRow, ...]


def instructions_of(session: Session, task_id: int) -> list[InstructionRow]:
    """The 批示 written on the task or that started it, oldest first."""
    on, assigned = aliased(Task), aliased(Task)
    query = (select(Instruction, on.code, assigned.code, assigned.title)
             .outerjoin(on, on.id == Instruction.task_id)
             .outerjoin(assigned, assigned.id == Instruction.assigned_task_id)
             .where(or_(Instruction.task_id == task_id, Instruction.assigned_task_id == task_id))
             .order_by(Instruction.given_on, Instruction.id))
    return [InstructionRow(i.id, i.task_id, i.assigned_task_id, i.leader, i.given_on, i.document, i.text,
                           on_code or "", code or "", title or "")
            for i, on_code, code, title in session.execute(query)]


def instruction_report(session: Session, task_id: int, instruction_id: int | None = None) -> InstructionReport:
    """The 呈报单 of the task: its latest 批示 (or the one named), and its reports and its subtasks' since."""
    task = get_task(session, task_id)
    found = instructions_of(session, task_id)
    chosen = found[-1] if found and instruction_id is None else next(
        (row for row in found if row.id == instruction_id), None)
    if chosen is None:
        raise RuleError("「{title}」没有记录领导批示：请先记录批示，再生成呈报单。", title=cut_title(task.title))
    ids = subtree_ids(session, task_id)
    query = (select(ProgressEntry.entry_date, ProgressEntry.task_id, Task.code, ProgressEntry.text)
             .join(Task, Task.id == ProgressEntry.task_id)
             .where(ProgressEntry.task_id.in_(ids), Task.deleted_at.is_(None),
                    ProgressEntry.kind.in_([ProgressKind.PROGRESS, ProgressKind.FEEDBACK]),
                    ProgressEntry.entry_date >= chosen.given_on)
             .order_by(ProgressEntry.entry_date, ProgressEntry.id))
    done = tuple(DoneRow(day, code or "", text, owner == task_id) for day, owner, code, text in session.execute(query))
    co = tuple(session.scalars(select(Section.name).join(task_co_section, task_co_section.c.section_id == Section.id)
                               .where(task_co_section.c.task_id == task_id)
                               .order_by(task_co_section.c.position, Section.sort_order)))
    deadline = deadline_words(task.deadline_text, task.due_date if task.deadline_kind == DeadlineKind.DATE else None)
    return InstructionReport(
        chosen, task.code, task.title, task.lead_section.name if task.lead_section else "", co,
        task.leader.name if task.leader else "", task.owner.name if task.owner else "", task.status, task.percent,
        deadline, done)


def recorded_already(session: Session, task_id: int, draft: InstructionDraft) -> RuleError | None:
    """What recording this 批示 on the task would be told because it is there already (the same leader, day and
    words), or None: the dialog says it before it closes, the words still there to change."""
    try:
        refuse_twice(session, task_id, draft)
    except RuleError as error:
        return error
    return None
