"""Task edits as single transactions with an audit row each: create, edit, status, extend, delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.co_sections import in_order, place_co_sections
from models.domain.deadlines import Deadline
from models.domain.entities import Attachment, Extension, Section, Task
from models.domain.enums import DeadlineKind, EvidencePurpose, Status
from models.domain.lights import TaskFacts, is_overdue
from models.domain.numbering import next_code
from models.domain.rating import closing_timing, parse_scale
from models.domain.settings import load_settings
from models.domain.workflow import check_length, check_percent, check_transition, require_text
from models.errors import RuleError

# Fields a plain edit may change; deadline and status have rules of their own below.
TEXT_FIELD_NAMES = {"measures": "具体措施", "target": "工作目标", "note": "备注", "source_text": "来源"}
EDITABLE_FIELDS = frozenset({
    "title", "measures", "target", "note", "lead_section_id", "leader_id", "owner_id",
    "key_task_id", "source_text", "sort_order", "percent", "start_date",
})


@dataclass
class TaskDraft:
    year: int
    title: str
    key_task_id: int | None = None
    parent_id: int | None = None
    lead_section_id: int | None = None
    co_section_ids: list[int] = field(default_factory=list)
    leader_id: int | None = None
    owner_id: int | None = None
    deadline: Deadline = field(default_factory=lambda: Deadline(DeadlineKind.NONE))
    measures: str = ""
    target: str = ""
    note: str = ""
    source_meeting_id: int | None = None
    source_text: str = ""
    sort_order: int | None = None  # None: after its siblings (one query); an import passes its own count


def get_task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.deleted_at is not None:
        raise RuleError("找不到这项任务（可能已被删除）。")
    return task


def create_task(session: Session, actor: str, draft: TaskDraft) -> Task:
    task = build_task(session, draft)
    session.flush()
    if draft.co_section_ids:  # session.get finds sections already loaded without a query
        place_co_sections(session, task, [found for i in draft.co_section_ids
                                          if (found := session.get(Section, i)) is not None])
    audit.record(session, actor, "create", "task", task.id, "title", None, task.title)
    return task


def new_task_values(draft: TaskDraft, sort_order: int, code: str) -> dict[str, object]:
    """Every column of a new task made from `draft` (checked) with its 编号, for the ORM or a bulk insert alike."""
    now = datetime.now()
    return {
        "year": draft.year, "title": require_text(draft.title, "任务内容"), "key_task_id": draft.key_task_id,
        "parent_id": draft.parent_id, "lead_section_id": draft.lead_section_id, "leader_id": draft.leader_id,
        "owner_id": draft.owner_id, "measures": check_length(draft.measures, "具体措施"),
        "target": check_length(draft.target, "工作目标"), "note": check_length(draft.note, "备注"),
        "deadline_kind": draft.deadline.kind, "due_date": draft.deadline.due, "start_date": draft.deadline.start,
        "deadline_text": draft.deadline.text, "recurrence": draft.deadline.recurrence, "code": code,
        "status": Status.NOT_STARTED, "percent": 0, "source_meeting_id": draft.source_meeting_id,
        "source_text": draft.source_text, "sort_order": sort_order, "completed_on": None, "closed_on": None,
        "closed_note": "", "closed_by": "", "rating": "", "rating_note": "", "closed_timing": "",
        "deleted_at": None, "carried_from_id": None,
        "created_at": now, "updated_at": now, "report_period": "", "report_text": "", "report_date": None,
    }


def build_task(session: Session, draft: TaskDraft) -> Task:
    """A new task added to the session, not yet flushed; its co units are create_task's to place."""
    if draft.parent_id is not None and get_task(session, draft.parent_id).year != draft.year:
        raise RuleError("子任务必须与上级任务属于同一年度。")
    if draft.sort_order is None:
        siblings = Task.parent_id.is_(None) if draft.parent_id is None else Task.parent_id == draft.parent_id
        order = session.scalar(
            select(func.coalesce(func.max(Task.sort_order), 0)).where(Task.year == draft.year, siblings)) or 0
    else:
        order = draft.sort_order - 1
    code = next_code(session, draft.year, draft.parent_id, draft.key_task_id)
    task = Task(**new_task_values(draft, order + 1, code))
    session.add(task)
    return task


def update_task(session: Session, actor: str, task_id: int, **changes: object) -> Task:
    """Change plain fields of a task; one audit row per field that really changed."""
    task = get_task(session, task_id)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise RuleError("这些字段不能直接修改：{fields}", fields="、".join(sorted(unknown)))
    for name, value in changes.items():
        if name == "title":
            value = require_text(str(value), "任务内容")
        elif name in TEXT_FIELD_NAMES:
            value = check_length(str(value), TEXT_FIELD_NAMES[name])
        if name == "percent":
            value = check_percent(int(str(value)))
        old = getattr(task, name)
        if old == value:
            continue
        audit.record(session, actor, "update", "task", task_id, name, old, value)
        setattr(task, name, value)
    task.updated_at = datetime.now()
    return task


def set_co_sections(session: Session, actor: str, task_id: int, section_ids: list[int]) -> None:
    """The task's co units, in the order given (县财政局、县委组织部 as the file wrote them)."""
    task = get_task(session, task_id)
    wanted = in_order(session, section_ids)
    old = ",".join(str(s.id) for s in task.co_sections)
    new = ",".join(str(s.id) for s in wanted)
    if old != new:
        place_co_sections(session, task, wanted)
        audit.record(session, actor, "update", "task", task_id, "co_sections", old, new)
        task.updated_at = datetime.now()


def change_status(session: Session, actor: str, task_id: int, new: Status, *,
                  on: date | None = None, note: str = "", approver: str = "", rating: str = "",
                  rating_note: str = "") -> Task:
    """Move a task along the workflow; closing (销号) needs a note, keeps who approved it, the approver's rating
    on the office's scale (optional) and whether it came on time, after an extension or late."""
    task = get_task(session, task_id)
    check_transition(task.status, new)
    day = on or date.today()
    if new == Status.CLOSED:
        note = require_text(note, "销号说明")
        if load_settings(session).closing_needs_evidence and not has_closing_evidence(session, task_id):
            raise RuleError("按本台账的设置，销号需要附上佐证材料：请在销号时选择文件。")
        task.closed_on, task.closed_note, task.closed_by = day, note, approver.strip() or actor
        _rate(session, actor, task, rating.strip(), check_length(rating_note.strip(), "评价意见"))
    elif new == Status.COMPLETED:
        task.completed_on = day
        task.percent = 100
    elif new == Status.IN_PROGRESS and task.status in (Status.COMPLETED, Status.CLOSED, Status.CANCELLED):
        # Reopening: the earlier completion and closing stay in the audit trail, not on the task.
        task.completed_on, task.closed_on, task.closed_note, task.closed_by = None, None, "", ""
        task.rating, task.rating_note, task.closed_timing = "", "", ""
    audit.record(session, actor, "status", "task", task_id, "status", task.status, new)
    if note and new != Status.CLOSED:
        audit.record(session, actor, "note", "task", task_id, "status_note", None, note)
    task.status = new
    task.updated_at = datetime.now()
    return task


def has_closing_evidence(session: Session, task_id: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Attachment).where(
        Attachment.task_id == task_id, Attachment.purpose == EvidencePurpose.CLOSING,
        Attachment.deleted_at.is_(None))))


def _rate(session: Session, actor: str, task: Task, rating: str, note: str) -> None:
    if rating and rating not in dict(parse_scale(load_settings(session).rating_scale)):
        raise RuleError("“{rating}”不是设置中的评价等次。", rating=rating)
    extended = session.scalar(select(func.count()).select_from(Extension).where(Extension.task_id == task.id)) or 0
    timing = closing_timing(task.deadline_kind, task.due_date, task.completed_on or task.closed_on, extended > 0)
    task.rating, task.rating_note, task.closed_timing = rating, note, timing.value
    if rating:
        audit.record(session, actor, "rate", "task", task.id, "rating", None, rating)


def extend_deadline(session: Session, actor: str, task_id: int, new: Deadline, *, reason: str,
                    approved_by: str = "", approved_on: date | None = None) -> Extension:
    """Change a deadline: the reason is required and the original is kept as an Extension row. A task overdue
    that day and no longer overdue by the new deadline is put right (红灯纠正) that day: some offices keep it
    yellow a while after (设置 → 红灯纠正后黄灯天数); moved again while not overdue, the day stays."""
    reason = require_text(reason, "延期理由")
    task = get_task(session, task_id)
    if new.kind == DeadlineKind.NONE:
        raise RuleError("新的完成时限不能为空。")
    day = approved_on or date.today()
    extension = Extension(
        task_id=task_id, old_due_date=task.due_date, old_text=task.deadline_text,
        new_due_date=new.due, new_text=new.display, reason=reason,
        approved_by=approved_by.strip(), approved_on=day, created_by=actor,
    )
    session.add(extension)
    audit.record(session, actor, "extend", "task", task_id, "deadline",
                 task.deadline_text or audit.as_text(task.due_date), new.display)
    righted = (_overdue_on(task.deadline_kind, task.due_date, task.status, day)
               and not _overdue_on(new.kind, new.due, task.status, day))
    if righted:
        audit.record(session, actor, "extend", "task", task_id, "righted_on", task.righted_on, day)
        task.righted_on = day
    task.deadline_kind, task.due_date, task.deadline_text = new.kind, new.due, new.text
    task.recurrence = new.recurrence
    if new.start:
        task.start_date = new.start
    task.updated_at = datetime.now()
    return extension


def _overdue_on(kind: DeadlineKind, due: date | None, status: Status, day: date) -> bool:
    """逾期 on `day` by this deadline, as the lights judge it (models/domain/lights.is_overdue)."""
    return is_overdue(TaskFacts(status, kind, due, None, None, 0, None), day)


def set_deadline(session: Session, actor: str, task_id: int, new: Deadline) -> None:
    """Give a task its first deadline; changing one that exists is an extension and needs a reason."""
    task = get_task(session, task_id)
    if task.deadline_kind == new.kind and task.due_date == new.due and task.deadline_text == new.text:
        return
    if task.deadline_kind != DeadlineKind.NONE:
        raise RuleError("这项任务已有完成时限；要改动请用“延期”，并写明理由。")
    audit.record(session, actor, "update", "task", task_id, "deadline", None, new.display)
    task.deadline_kind, task.due_date, task.deadline_text = new.kind, new.due, new.text
    task.recurrence = new.recurrence
    if new.start:
        task.start_date = new.start
    task.updated_at = datetime.now()


def subtree_ids(session: Session, task_id: int) -> list[int]:
    ids, frontier = [task_id], [task_id]
    while frontier:
        frontier = list(session.scalars(select(Task.id).where(Task.parent_id.in_(frontier))))
        ids.extend(frontier)
    return ids


def delete_task(session: Session, actor: str, task_id: int) -> list[int]:
    """Move a task and its subtasks to the recycle bin; nothing is removed from the file."""
    get_task(session, task_id)
    now = datetime.now()
    ids = subtree_ids(session, task_id)
    for task in session.scalars(select(Task).where(Task.id.in_(ids), Task.deleted_at.is_(None))):
        task.deleted_at = now
        audit.record(session, actor, "delete", "task", task.id)
    return ids


def restore_task(session: Session, actor: str, task_id: int) -> list[int]:
    """Bring a task back from the recycle bin with the subtasks deleted together with it."""
    task = session.get(Task, task_id)
    if task is None or task.deleted_at is None:
        raise RuleError("回收站里没有这项任务。")
    if task.parent_id is not None:
        parent = session.get(Task, task.parent_id)
        if parent is not None and parent.deleted_at is not None:
            raise RuleError("请先恢复它的上级任务。")
    deleted_at = task.deleted_at
    ids = subtree_ids(session, task_id)
    restored = []
    for item in session.scalars(select(Task).where(Task.id.in_(ids), Task.deleted_at == deleted_at)):
        item.deleted_at = None
        audit.record(session, actor, "restore", "task", item.id)
        restored.append(item.id)
    return restored
