"""A meeting's walk and its summary: entries made, tasks still without feedback, items assigned there."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import Meeting, ProgressEntry, Task
from models.domain.enums import DeadlineKind, Pace, ProgressKind, Status
from models.domain.lights import period_of
from models.domain.milestones import Milestones, decode
from models.domain.milestones import report_paces as classed_reports
from models.errors import RuleError
from models.read.counting import Counting, Tally
from models.read.lookups import meetings
from models.read.queries import TaskRow

WALKED_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.SUSPENDED)


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    held_on: date
    title: str

    @property
    def period(self) -> str:
        return period_of(self.held_on)


@dataclass(frozen=True)
class Decision:
    """An item the meeting decided and assigned (交办): what the 纪要's 议定事项 says of it."""

    code: str
    title: str
    lead_section: str
    co_sections: tuple[str, ...]
    deadline: str  # as the task's deadline is shown: 6月底前, 2026年6月30日, 长期坚持, "" when none
    deadline_kind: DeadlineKind


@dataclass(frozen=True)
class MeetingSummary:
    meeting: MeetingInfo
    entries: list[tuple[str, str, str]]  # code, title, text
    # Top-level tasks without a report this period, themselves or through a subtask (the one counting rule):
    silent: list[tuple[str, str, str]]  # code, title, lead section
    assigned: list[tuple[str, str, str]]  # code, title, lead section
    silent_subtasks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # task's code → (code, title)
    assigned_tally: Tally = field(default_factory=Tally)  # the items assigned, counted by the rule
    decisions: list[Decision] = field(default_factory=list)  # the items assigned, each whole, in the tree's order


def meeting_info(session: Session, meeting_id: int) -> MeetingInfo:
    found = session.get(Meeting, meeting_id)
    if found is None:
        raise LookupError(meeting_id)
    return MeetingInfo(found.id, found.held_on, found.title)


def meetings_on(session: Session, day: date) -> list[MeetingInfo]:
    """The meetings held on `day`, in the order they were started."""
    found = session.scalars(select(Meeting).where(Meeting.held_on == day).order_by(Meeting.id))
    return [MeetingInfo(m.id, m.held_on, m.title) for m in found]


def meeting_named(session: Session, key: str) -> MeetingInfo:
    """The meeting `key` names (its number, or the ISO day it was held), or a refusal that says which meetings
    there are."""
    if key.isdigit():
        try:
            return meeting_info(session, int(key))
        except LookupError:
            pass
    else:
        found = meetings_on(session, date.fromisoformat(key))
        if len(found) == 1:
            return found[0]
        if found:
            listed = "；".join(f"[{m.id}] {m.title}" for m in found)
            raise RuleError("{day} 开过 {n} 次会议：{listed}。请用 --meeting 编号 指定一次。",
                            day=key, n=len(found), listed=listed)
    known = meetings(session)[:5]
    hint = ("最近的会议：" + "；".join(f"[{m.id}] {m.held_on.isoformat()} {m.title}" for m in known) + "。"
            if known else "台账里还没有会议。")
    what = f"编号为 {key} 的会议" if key.isdigit() else f"在 {key} 召开的会议"
    raise RuleError("没有{what}。{hint}", what=what, hint=hint)


def walk_rows(rows: list[TaskRow]) -> list[TaskRow]:
    """The tasks a meeting goes through: everything still open, in the tree's order."""
    return [row for row in rows if row.status in WALKED_STATUSES]


class LastReport(NamedTuple):
    """The newest report before a period, as the meeting card reads it out: its month, words and 序时进度 class."""

    period: str
    text: str
    pace: Pace | None = None  # 超进度, 达进度 or 欠进度 against the task's milestones; None: not classed


def previous_progress(session: Session, task_id: int, period: str) -> LastReport | None:
    """The newest report from before `period`: what the clerk reads out as "last time", with its class."""
    query = (select(ProgressEntry.id, ProgressEntry.period, ProgressEntry.text)
             .where(ProgressEntry.task_id == task_id, ProgressEntry.period < period,
                    ProgressEntry.kind.in_([k.value for k in ProgressKind if k.counts_as_feedback]))
             .order_by(ProgressEntry.period.desc(), ProgressEntry.id.desc()).limit(1))
    found = session.execute(query).first()
    return LastReport(found[1], found[2], report_paces(session, [task_id]).get(found[0])) if found else None


def report_paces(session: Session, task_ids: Collection[int]) -> dict[int, Pace]:
    """Each report (entry id) of those of `task_ids` that carry milestones, classed as the task's timeline classes
    it (task_detail.timeline): against the latest milestone at or before its month, a missing percentage carried
    from the report entered before it. Reports not classed are left out."""
    ids = sorted(set(task_ids))
    kinds = [k.value for k in ProgressKind if k.counts_as_feedback]
    reports: dict[int, tuple[Milestones, list[tuple[int, str, int | None]]]] = {}
    for start in range(0, len(ids), 500):  # a server's and SQLite's limits on one IN list
        query = (select(Task.id, Task.milestones, ProgressEntry.id, ProgressEntry.period, ProgressEntry.percent)
                 .join(ProgressEntry, ProgressEntry.task_id == Task.id)
                 .where(Task.id.in_(ids[start:start + 500]), Task.milestones != "", ProgressEntry.kind.in_(kinds))
                 .order_by(ProgressEntry.id))
        for task_id, stored, entry_id, entry_period, percent in session.execute(query):
            reports.setdefault(task_id, (decode(stored), []))[1].append((entry_id, entry_period, percent))
    found: dict[int, Pace] = {}
    for milestones, entries in reports.values():
        classed = classed_reports(milestones, ((entry_period, percent) for _id, entry_period, percent in entries))
        found.update((entry[0], pace) for entry, pace in zip(entries, classed, strict=True) if pace is not None)
    return found


def entries_in_meeting(session: Session, meeting_id: int,
                       task_ids: Collection[int] | None = None) -> dict[int, list[str]]:
    """Texts recorded at this meeting, by task (only `task_ids`' when given)."""
    result: dict[int, list[str]] = {}
    query = select(ProgressEntry.task_id, ProgressEntry.text).where(
        ProgressEntry.meeting_id == meeting_id).order_by(ProgressEntry.id)
    if task_ids is not None:
        query = query.where(ProgressEntry.task_id.in_(list(task_ids)))
    for task_id, text in session.execute(query):
        result.setdefault(task_id, []).append(text)
    return result


def entered_at_meeting(session: Session, meeting_id: int, task_id: int) -> tuple[int, str] | None:
    """The newest entry for `task_id` made at this meeting (its id and words): what Enter there corrects."""
    found = session.execute(
        select(ProgressEntry.id, ProgressEntry.text)
        .where(ProgressEntry.meeting_id == meeting_id, ProgressEntry.task_id == task_id)
        .order_by(ProgressEntry.id.desc()).limit(1)).first()
    return (found[0], found[1]) if found is not None else None


def meeting_summary(session: Session, meeting_id: int, rows: list[TaskRow]) -> MeetingSummary:
    """`rows` must be computed as of the meeting's period so "without feedback" means this period. Counted as
    every sheet counts: a task is still owed when it or one of its subtasks has not reported."""
    info = meeting_info(session, meeting_id)
    by_id = {row.id: row for row in rows}
    entries = [(by_id[task_id].code if task_id in by_id else "", by_id[task_id].title if task_id in by_id else "",
                text) for task_id, texts in entries_in_meeting(session, meeting_id).items() for text in texts]
    counting = Counting(rows)
    silent = [(row.code, row.title, row.lead_section) for row in rows
              if row.parent_id is None and row.status is not Status.CANCELLED and counting.is_silent(row)]
    silent_subtasks: dict[str, list[tuple[str, str]]] = {}
    for row in rows:  # the subtasks that make their task silent, named under it
        if row.parent_id is not None and row.status.is_active and not row.feedback_this_period:
            top = by_id.get(counting.top.get(row.id, row.id))
            if top is not None:
                silent_subtasks.setdefault(top.code, []).append((row.code, row.title))
    assigned_ids = set(session.scalars(select(Task.id).where(Task.source_meeting_id == meeting_id,
                                                             Task.deleted_at.is_(None))))
    assigned_rows = [row for row in rows if row.id in assigned_ids]
    assigned = [(row.code, row.title, row.lead_section) for row in assigned_rows]
    decisions = [Decision(row.code, row.title, row.lead_section, row.co_sections, row.deadline_display,
                          row.deadline_kind) for row in assigned_rows  # what the tally counts: none cancelled
                 if row.status is not Status.CANCELLED and counting.top.get(row.id, row.id) not in counting.cancelled]
    return MeetingSummary(info, entries, silent, assigned, silent_subtasks, counting.tally(assigned_rows), decisions)


@dataclass(frozen=True)
class PeriodReports:
    """A task's reports as the meeting room reads them: the newest before the period, and the period's own."""

    last_period: str  # "" when it never reported before
    last_text: str
    this_period: tuple[str, ...]  # this period's reports, oldest first
    last_pace: Pace | None = None  # 序时进度: the last report's class, and this period's newest report's
    this_pace: Pace | None = None


def period_reports(session: Session, task_ids: Collection[int], period: str) -> dict[int, PeriodReports]:
    """Last period's and this period's reports of `task_ids` (the section's own words, not the office's
    chasing), read in a few queries for a whole meeting; a task with neither is left out."""
    found: dict[int, tuple[tuple[str, str, int] | None, list[str], int]] = {}
    ids = sorted(set(task_ids))
    kinds = [k.value for k in ProgressKind if k.counts_as_feedback]
    for start in range(0, len(ids), 500):  # a server's and SQLite's limits on one IN list
        query = (select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.text, ProgressEntry.id)
                 .where(ProgressEntry.task_id.in_(ids[start:start + 500]), ProgressEntry.period <= period,
                        ProgressEntry.kind.in_(kinds))
                 .order_by(ProgressEntry.period, ProgressEntry.id))
        for task_id, entry_period, text, entry_id in session.execute(query):
            last, this, newest = found.setdefault(task_id, (None, [], 0))
            if entry_period == period:
                this.append(text)
                found[task_id] = (last, this, entry_id)
            else:
                found[task_id] = ((entry_period, text, entry_id), this, newest)  # later periods come later
    paces = report_paces(session, found)
    return {task_id: PeriodReports(last[0] if last else "", last[1] if last else "", tuple(this),
                                   paces.get(last[2]) if last else None, paces.get(newest) if this else None)
            for task_id, (last, this, newest) in found.items()}
