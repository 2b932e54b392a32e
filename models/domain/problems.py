"""Problems found (问题清单) and their 整改: create, edit, reports, the status workflow, delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.deadlines import Deadline
from models.domain.entities import Problem, ProblemReport
from models.domain.enums import DeadlineKind, ProblemStatus
from models.domain.inspections import get_inspection
from models.domain.tasks import get_task
from models.domain.workflow import check_length, require_text
from models.errors import RuleError

# 已整改 can go back to work when a check finds it was not; a closed problem reopens the same way.
PROBLEM_TRANSITIONS: dict[ProblemStatus, frozenset[ProblemStatus]] = {
    ProblemStatus.PENDING: frozenset({ProblemStatus.RECTIFYING, ProblemStatus.RECTIFIED}),
    ProblemStatus.RECTIFYING: frozenset({ProblemStatus.RECTIFIED}),
    ProblemStatus.RECTIFIED: frozenset({ProblemStatus.CLOSED, ProblemStatus.RECTIFYING}),
    ProblemStatus.CLOSED: frozenset({ProblemStatus.RECTIFYING}),
}
EDITABLE = frozenset({"description", "measures", "section_id", "owner_id", "task_id", "inspection_id", "number",
                      "category", "leader_id"})


@dataclass
class ProblemDraft:
    year: int
    description: str
    inspection_id: int | None = None  # the record it was found in (its source)
    task_id: int | None = None  # the task it bears on
    section_id: int | None = None  # the section responsible for putting it right
    owner_id: int | None = None
    measures: str = ""  # 整改措施
    deadline: Deadline = field(default_factory=lambda: Deadline(DeadlineKind.NONE))
    number: str = ""  # 序号 as a 整改台账 wrote it
    category: str = ""  # 问题类别
    leader_id: int | None = None  # 责任领导


def get_problem(session: Session, problem_id: int) -> Problem:
    found = session.get(Problem, problem_id)
    if found is None or found.deleted_at is not None:
        raise RuleError("找不到这个问题（可能已被删除）。")
    return found


def _check_links(session: Session, inspection_id: int | None, task_id: int | None) -> None:
    if inspection_id is not None:
        get_inspection(session, inspection_id)
    if task_id is not None:
        get_task(session, task_id)


def create_problem(session: Session, actor: str, draft: ProblemDraft) -> Problem:
    _check_links(session, draft.inspection_id, draft.task_id)
    last = session.scalar(select(func.coalesce(func.max(Problem.sort_order), 0)).where(Problem.year == draft.year))
    now = datetime.now()
    problem = Problem(
        year=draft.year, inspection_id=draft.inspection_id, task_id=draft.task_id,
        description=require_text(draft.description, "问题描述"), section_id=draft.section_id,
        owner_id=draft.owner_id, measures=check_length(draft.measures, "整改措施").strip(),
        deadline_kind=draft.deadline.kind, due_date=draft.deadline.due, deadline_text=draft.deadline.text,
        status=ProblemStatus.PENDING, rectified_on=None, closed_on=None, closed_note="", closed_by="",
        sort_order=(last or 0) + 1, created_at=now, updated_at=now, deleted_at=None, number=draft.number.strip(),
        category=check_length(draft.category, "问题类别", 128).strip(), leader_id=draft.leader_id)
    session.add(problem)
    session.flush()
    audit.record(session, actor, "create", "problem", problem.id, "description", None, problem.description)
    return problem


def update_problem(session: Session, actor: str, problem_id: int, **changes: object) -> Problem:
    """Change plain fields; one audit row per field that really changed."""
    problem = get_problem(session, problem_id)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise RuleError("这些字段不能直接修改：{fields}", fields="、".join(sorted(unknown)))
    _check_links(session, changes.get("inspection_id"), changes.get("task_id"))  # type: ignore[arg-type]
    for name, value in changes.items():
        if name == "description":
            value = require_text(str(value), "问题描述")
        elif name == "measures":
            value = check_length(str(value), "整改措施").strip()
        elif name == "category":
            value = check_length(str(value), "问题类别", 128).strip()
        old = getattr(problem, name)
        if old != value:
            audit.record(session, actor, "update", "problem", problem_id, name, old, value)
            setattr(problem, name, value)
    problem.updated_at = datetime.now()
    return problem


def set_problem_deadline(session: Session, actor: str, problem_id: int, new: Deadline, reason: str = "") -> None:
    """The 整改时限 follows the task rule: the first is simply set; moving one needs a reason, kept in the trail."""
    problem = get_problem(session, problem_id)
    if (problem.deadline_kind, problem.due_date, problem.deadline_text) == (new.kind, new.due, new.text):
        return
    old_display = problem.deadline_text or audit.as_text(problem.due_date)
    if problem.deadline_kind == DeadlineKind.NONE:
        audit.record(session, actor, "update", "problem", problem_id, "deadline", None, new.display)
    else:
        if new.kind == DeadlineKind.NONE:
            raise RuleError("整改时限不能改为空。")
        reason = require_text(reason, "调整整改时限的理由")
        audit.record(session, actor, "extend", "problem", problem_id, "deadline", old_display, new.display)
        audit.record(session, actor, "note", "problem", problem_id, "deadline_reason", None, reason)
    problem.deadline_kind, problem.due_date, problem.deadline_text = new.kind, new.due, new.text
    problem.updated_at = datetime.now()


def change_problem_status(session: Session, actor: str, problem_id: int, new: ProblemStatus, *,
                          on: date | None = None, note: str = "", approver: str = "") -> Problem:
    """Move a problem along 待整改 → 整改中 → 已整改 → 已销号; 销号 needs a note and keeps its approver."""
    problem = get_problem(session, problem_id)
    old = problem.status
    if old == new:
        raise RuleError("问题已经是「{status}」状态，无需更改。", status=old.label)
    if new not in PROBLEM_TRANSITIONS[old]:
        allowed = "、".join(s.label for s in ProblemStatus if s in PROBLEM_TRANSITIONS[old])
        raise RuleError("问题不能从「{old}」改为「{new}」；此时只能改为：{allowed}。", old=old.label, new=new.label,
                        allowed=allowed)
    day = on or date.today()
    if new == ProblemStatus.CLOSED:
        note = require_text(note, "销号说明")
        problem.closed_on, problem.closed_note, problem.closed_by = day, note, approver.strip() or actor
    elif new == ProblemStatus.RECTIFIED:
        problem.rectified_on = day
    else:  # back to work: the earlier 整改 and 销号 stay in the audit trail
        problem.rectified_on, problem.closed_on, problem.closed_note, problem.closed_by = None, None, "", ""
    audit.record(session, actor, "status", "problem", problem_id, "status", old, new)
    if note and new != ProblemStatus.CLOSED:
        audit.record(session, actor, "note", "problem", problem_id, "status_note", None, note)
    problem.status = new
    problem.updated_at = datetime.now()
    return problem


def add_problem_report(session: Session, actor: str, problem_id: int, text: str, *,
                       entry_date: date | None = None, author: str | None = None) -> ProblemReport:
    """A report on the 整改; the first one moves a 待整改 problem to 整改中."""
    text = require_text(text, "整改情况")
    problem = get_problem(session, problem_id)
    day = entry_date or date.today()
    report = ProblemReport(problem_id=problem_id, entry_date=day, text=text,
                           author=author if author is not None else actor, created_at=datetime.now())
    session.add(report)
    audit.record(session, actor, "progress", "problem", problem_id, "report", None, text)
    if problem.status == ProblemStatus.PENDING:
        change_problem_status(session, actor, problem_id, ProblemStatus.RECTIFYING, on=day)
    problem.updated_at = datetime.now()
    session.flush()
    return report


def delete_problem(session: Session, actor: str, problem_id: int) -> None:
    problem = get_problem(session, problem_id)
    problem.deleted_at = datetime.now()
    audit.record(session, actor, "delete", "problem", problem_id)


def restore_problem(session: Session, actor: str, problem_id: int) -> None:
    problem = session.get(Problem, problem_id)
    if problem is None or problem.deleted_at is None:
        raise RuleError("没有这个已删除的问题。")
    problem.deleted_at = None
    audit.record(session, actor, "restore", "problem", problem_id)
