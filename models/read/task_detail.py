"""Everything the task editor shows about one task, as plain rows: fields, timeline, extensions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import milestones as schedule
from models.domain.deadlines import Deadline, deadline_words
from models.domain.entities import Extension, Meeting, Problem, ProgressEntry, Task
from models.domain.enums import ClosingTiming, DeadlineKind, Pace, ProblemStatus, ProgressKind, Status
from models.domain.tasks import get_task, subtree_ids
from models.read.evidence import AttachmentRow, task_attachments
from models.read.reminders import ReminderRow, task_reminders
from models.read.supervision import RequestRow, extension_requests, return_count
from models.read.task_history import HistoryRow, task_history


@dataclass(frozen=True)
class ProgressRow:
    id: int
    kind: ProgressKind
    period: str
    entry_date: date
    text: str
    percent: int | None
    author: str
    meeting: str
    pace: Pace | None = None  # 序时进度: a section's report classed against the task's milestones


@dataclass(frozen=True)
class ExtensionRow:
    old: str
    new: str
    reason: str
    approved_by: str
    approved_on: date


@dataclass(frozen=True)
class TaskDetail:
    id: int
    year: int
    parent_id: int | None
    title: str
    key_task_id: int | None
    lead_section_id: int | None
    co_section_ids: tuple[int, ...]
    leader: str
    owner: str
    deadline_kind: DeadlineKind
    deadline_display: str
    measures: str
    target: str
    note: str
    status: Status
    percent: int
    completed_on: date | None
    closed_on: date | None
    closed_note: str
    closed_by: str
    source_text: str
    timeline: tuple[ProgressRow, ...]
    extensions: tuple[ExtensionRow, ...]
    history: tuple[HistoryRow, ...] = ()
    rating: str = ""  # 考核评价 at 销号, with its note and how the closing came in time
    rating_note: str = ""
    closed_timing: ClosingTiming | None = None
    evidence: tuple[AttachmentRow, ...] = ()  # 佐证材料 behind its reports and its 销号
    problems: tuple[tuple[str, ProblemStatus], ...] = ()  # problems found that bear on it: description, status
    # 督办: 签收 (None with awaiting_sign: 待签收), the 延期申请 with their 审批, how often it was 退回重办.
    signed_at: datetime | None = None
    signed_by: str = ""
    awaiting_sign: bool = False
    awaiting_since: date | None = None  # 待签收: the day it was assigned
    requests: tuple[RequestRow, ...] = ()
    returns: int = 0
    reminders: tuple[ReminderRow, ...] = ()  # 催办记录: each 提醒 and 督办单 sent, oldest first
    # 序时进度: the milestones by month, and where the newest report stands against them.
    milestones: schedule.Milestones = ()
    standing: schedule.Standing | None = None
    due_date: date | None = None  # the day the stored deadline means, read when it was typed

    @property
    def deadline(self) -> Deadline:
        """The stored deadline as it was read when typed: its words read again today could mean another year."""
        return Deadline(self.deadline_kind, self.due_date, self.deadline_display)

    @property
    def pending_request(self) -> RequestRow | None:
        return next((request for request in reversed(self.requests) if request.pending), None)


@dataclass(frozen=True)
class SubtaskRow:
    id: int
    title: str
    status: Status


def subtasks(session: Session, task_id: int) -> list[SubtaskRow]:
    """Every live task under this one, at any depth, in list order: what deleting or finishing it touches."""
    ids = subtree_ids(session, task_id)[1:]
    query = (select(Task.id, Task.title, Task.status)
             .where(Task.id.in_(ids), Task.deleted_at.is_(None)).order_by(Task.sort_order, Task.id))
    return [SubtaskRow(*row) for row in session.execute(query)]


def _deadline_display(kind: DeadlineKind, due: date | None, text: str) -> str:
    return deadline_words(text, due if kind == DeadlineKind.DATE else None)


def timeline(session: Session, task_id: int, milestones: schedule.Milestones = ()) -> list[ProgressRow]:
    """A task's progress entries, newest first, each with the meeting it was recorded at and, against the
    task's `milestones`, each report's class."""
    query = (select(ProgressEntry, Meeting.title).outerjoin(Meeting, Meeting.id == ProgressEntry.meeting_id)
             .where(ProgressEntry.task_id == task_id)
             .order_by(ProgressEntry.entry_date.desc(), ProgressEntry.id.desc()))
    found = [(e, title) for e, title in session.execute(query)]
    reports = sorted((e for e, _title in found if e.kind.counts_as_feedback), key=lambda e: e.id)
    paces = dict(zip((e.id for e in reports), schedule.report_paces(milestones, ((e.period, e.percent)
                                                                                 for e in reports)), strict=True))
    return [ProgressRow(e.id, e.kind, e.period, e.entry_date, e.text, e.percent, e.author, title or "",
                        paces.get(e.id)) for e, title in found]


def task_detail(session: Session, task_id: int) -> TaskDetail:
    task = get_task(session, task_id)
    milestones = schedule.decode(task.milestones)
    entries = timeline(session, task_id, milestones)
    reports = [(e.period, e.percent) for e in sorted(entries, key=lambda e: e.id) if e.kind.counts_as_feedback]
    extensions = session.scalars(select(Extension).where(Extension.task_id == task_id).order_by(Extension.id))
    awaiting = task.parent_id is None and task.signed_at is None and task.status.is_active
    return TaskDetail(
        id=task.id, year=task.year, parent_id=task.parent_id, title=task.title, key_task_id=task.key_task_id,
        lead_section_id=task.lead_section_id, co_section_ids=tuple(s.id for s in task.co_sections),
        leader=task.leader.name if task.leader else "", owner=task.owner.name if task.owner else "",
        deadline_kind=task.deadline_kind,
        deadline_display=_deadline_display(task.deadline_kind, task.due_date, task.deadline_text),
        measures=task.measures, target=task.target, note=task.note, status=task.status, percent=task.percent,
        completed_on=task.completed_on, closed_on=task.closed_on, closed_note=task.closed_note,
        closed_by=task.closed_by, source_text=task.source_text, rating=task.rating, rating_note=task.rating_note,
        closed_timing=ClosingTiming(task.closed_timing) if task.closed_timing else None,
        timeline=tuple(entries), evidence=tuple(task_attachments(session, task_id)),
        problems=tuple((p.description, p.status) for p in session.scalars(select(Problem).where(
            Problem.task_id == task_id, Problem.deleted_at.is_(None)).order_by(Problem.sort_order))),
        extensions=tuple(ExtensionRow(_deadline_display(DeadlineKind.DATE, x.old_due_date, x.old_text),
                                      _deadline_display(DeadlineKind.DATE, x.new_due_date, x.new_text),
                                      x.reason, x.approved_by, x.approved_on) for x in extensions),
        history=tuple(task_history(session, task_id)),
        signed_at=task.signed_at, signed_by=task.signed_by,
        awaiting_sign=awaiting, awaiting_since=task.created_at.date() if awaiting else None,
        requests=tuple(extension_requests(session, task_id)), returns=return_count(session, task_id),
        reminders=tuple(task_reminders(session, task_id)),
        milestones=milestones, standing=schedule.standing(milestones, reports, finished=task.status.is_finished),
        due_date=task.due_date,
    )
