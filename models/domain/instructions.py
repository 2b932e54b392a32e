"""A leader's 批示 recorded: on a task (a line of its timeline), and the 交办 it may start (a task made from it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.audit import when_words
from models.domain.deadlines import Deadline
from models.domain.entities import Instruction, ProgressEntry
from models.domain.enums import DeadlineKind, ProgressKind
from models.domain.lights import period_of
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task, get_task
from models.domain.workflow import check_length, require_text
from models.errors import RuleError, said

SOURCE_LIMIT = 128  # a task's 来源 column


@dataclass(frozen=True)
class InstructionDraft:
    """The 批示 as written: the leader, the day, the document it was written on (may be blank), its words."""

    leader: str
    given_on: date
    text: str
    document: str = ""


@dataclass(frozen=True)
class Assignment:
    """A 交办 started by the 批示: a new task (a subtask of the task the 批示 is on), its lead section by id."""

    title: str
    lead_section_id: int | None = None
    deadline: Deadline = field(default_factory=lambda: Deadline(DeadlineKind.NONE))


@dataclass
class Recorded:
    """What recording the 批示 made: its row, the timeline entries, the 交办 task (None without one)."""

    instruction: Instruction
    entries: list[ProgressEntry]
    assigned_task_id: int | None


def month_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


def said_by(leader: str, day: date, document: str) -> str:
    """"王建国同志11月20日在市委办《信息专报》第12期上批示": who, when and where, as a 呈报单 or a 来源 says it."""
    where = f"在{document}上" if document else ""
    return f"{leader}同志{month_day(day)}{where}批示"


def source_words(draft: InstructionDraft) -> str:
    """The 交办 task's 来源: "领导批示：王建国同志11月20日在市委办《信息专报》第12期上批示" (the 督办单 ticks 批示)."""
    words = "领导批示：" + said_by(draft.leader, draft.given_on, draft.document)
    return words if len(words) <= SOURCE_LIMIT else words[:SOURCE_LIMIT - 1] + "…"


def _checked(draft: InstructionDraft) -> InstructionDraft:
    leader = require_text(draft.leader, "批示领导", 64)
    text = require_text(draft.text, "批示内容")
    document = check_length(draft.document.strip(), "批示载体", 128)
    return InstructionDraft(leader, draft.given_on, text, document)


def record_instruction(session: Session, actor: str, year: int, task_id: int | None, draft: InstructionDraft,
                       assignment: Assignment | None = None) -> Recorded:
    """The 批示 on `task_id` (None: on a document alone, then `assignment` is the task it starts), each task it
    concerns given a line of its timeline on the day of the 批示."""
    if task_id is None and assignment is None:
        raise RuleError("批示要么记在一项任务上，要么据此交办一项新任务（写明交办事项）。")
    draft = _checked(draft)
    task = get_task(session, task_id) if task_id is not None else None
    if task is not None:
        refuse_twice(session, task.id, draft)
    assigned = None
    if assignment is not None:
        assigned = create_task(session, actor, TaskDraft(
            task.year if task is not None else year, require_text(assignment.title, "交办事项"),
            key_task_id=task.key_task_id if task is not None else None,
            parent_id=task_id, lead_section_id=assignment.lead_section_id, deadline=assignment.deadline,
            source_text=source_words(draft)))
    instruction = Instruction(task_id=task_id, assigned_task_id=assigned.id if assigned else None,
                              leader=draft.leader, given_on=draft.given_on, document=draft.document,
                              text=draft.text, created_by=actor, created_at=datetime.now())
    session.add(instruction)
    where = f"（{draft.document}）" if draft.document else ""
    entries = []
    if task is not None:
        words = f"{draft.leader}批示{where}：{draft.text}"
        if assigned is not None:
            words += f"（据此交办：{assigned.code}　{assigned.title}）" if assigned.code else \
                f"（据此交办：{assigned.title}）"
        entries.append(_entry(session, actor, task.id, words, draft))
    if assigned is not None:
        entries.append(_entry(session, actor, assigned.id, f"据{draft.leader}批示交办{where}：{draft.text}", draft))
    session.flush()
    on = task_id if task_id is not None else instruction.assigned_task_id
    audit.record(session, actor, "instruct", "task", on or 0, "instruction", None,
                 f"{draft.leader} {draft.given_on.isoformat()}")
    return Recorded(instruction, entries, assigned.id if assigned else None)


def refuse_twice(session: Session, task_id: int, draft: InstructionDraft) -> None:
    """The same 批示 (leader, day and words) on the same task is recorded once: a second form of it, or a second
    clerk, is told when and by whom it was."""
    found = session.scalars(select(Instruction).where(
        Instruction.task_id == task_id, Instruction.leader == draft.leader, Instruction.given_on == draft.given_on,
        Instruction.text == draft.text).order_by(Instruction.id)).first()
    if found is not None:
        raise RuleError("{leader}{day}的这条批示已于 {when} 由 {by} 记在这项任务上，不再重复记录。",
                        leader=draft.leader, day=month_day(draft.given_on), when=when_words(found.created_at),
                        by=found.created_by or said("别人"))


def _entry(session: Session, actor: str, task_id: int, words: str, draft: InstructionDraft) -> ProgressEntry:
    return add_progress(session, actor, task_id, words, entry_date=draft.given_on, period=period_of(draft.given_on),
                        kind=ProgressKind.INSTRUCTION, author=draft.leader)


def remove_instruction(session: Session, actor: str, instruction_id: int) -> None:
    """Undo of a 批示 recorded: the row goes (its entries and its 交办 task go with the rest of the undo)."""
    instruction = session.get(Instruction, instruction_id)
    if instruction is None:
        return
    audit.record(session, actor, "undo", "task", instruction.task_id or instruction.assigned_task_id or 0,
                 "instruction", f"{instruction.leader} {instruction.given_on.isoformat()}", None)
    session.delete(instruction)
