"""The year's 工作台账 as plain data: per key task and section what was planned and done, what was extended or
carried over (结转), the problems found and put right, the ratings — what a 年度总结 is written from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from models.domain.deadlines import chinese_date, deadline_words
from models.domain.entities import Attachment, Extension, Meeting, Task
from models.domain.enums import ClosingTiming, DeadlineKind, EvidencePurpose, InspectionKind, Status
from models.domain.settings import load_settings
from models.domain.text import clause
from models.read.assessment import AssessmentReport, assessment
from models.read.counting import Counting, Tally
from models.read.lookups import sections
from models.read.problems import InspectionRow, ProblemRow, ProblemStats, inspection_rows, problem_rows, problem_stats
from models.read.queries import TaskRow, reports_as_of, task_rows
from models.read.task_views import NO_KEY_TASK

# The office going out to look (督查, 调研): a 巡察反馈 is received and a 月例会 is a meeting, said apart.
INSPECTING = (InspectionKind.RESEARCH, InspectionKind.SUPERVISION, InspectionKind.SPECIAL)


@dataclass(frozen=True)
class AccountTask:
    code: str
    title: str
    is_subtask: bool
    section: str
    plan: str  # 具体措施 and 工作目标, as written
    deadline: str
    status: Status
    done: str  # the closing note, or the newest report as of the account's day
    extensions: tuple[str, ...]  # "原定3月底前，2026年3月20日延至6月底前（理由）"
    carry: str  # "已结转2027年", "未完成，年底结转", "逾期8天，拟结转", "拟结转", "由2025年结转", or ""
    rating: str
    timing: ClosingTiming | None
    goes_on: bool = False  # into next year, as the account's day sees it (see _carry)


@dataclass
class KeyTaskAccount:
    title: str
    theme: str
    tasks: list[AccountTask] = field(default_factory=list)


@dataclass
class YearAccount:
    org: str
    year: int
    as_of: date
    tally: Tally
    top_level: int  # counted tasks: top-level, not cancelled, as the statistics count them
    finished: int
    closed: int
    extended: int
    key_tasks: list[KeyTaskAccount]
    scores: AssessmentReport
    records: list[InspectionRow]
    problems: list[ProblemRow]
    problem_totals: ProblemStats
    ratings: dict[str, int]
    timings: dict[ClosingTiming, int]
    signers: tuple[str, str, str] = ("", "", "")  # 制表人, 审核人, 分管领导 as the settings name them
    meetings: int = 0  # 月例会 held by the account's day: the days of the ledger's meetings and of records of one

    @property
    def inspections(self) -> list[InspectionRow]:
        """The 督查 and 调研 the office carried out: not the 巡察反馈 it received, nor the 月例会."""
        return [record for record in self.records if record.kind in INSPECTING]

    @property
    def year_ended(self) -> bool:
        """Whether the account's day is the year's last or later: only then is every unfinished task carried."""
        return self.as_of >= year_end(self.year)

    @property
    def unfinished(self) -> list[AccountTask]:
        """Top-level tasks not finished: once the year has ended, what goes on into next year, the work a
        年度总结's 下一步 names."""
        return [t for k in self.key_tasks for t in k.tasks if (not t.is_subtask and t.status.is_active)
                or (not t.is_subtask and t.status is Status.SUSPENDED)]

    @property
    def carried_on(self) -> list[AccountTask]:
        """What goes on into next year as the account's day sees it: after the year every unfinished task,
        before it those already late or due after the year (拟结转)."""
        return self.unfinished if self.year_ended else [t for t in self.unfinished if t.goes_on]

    @property
    def open_problems(self) -> list[ProblemRow]:
        return [p for p in self.problems if p.status.is_open]


def year_account(session: Session, year: int, as_of: date) -> YearAccount:
    settings = load_settings(session)
    rules = settings.light_rules
    rows = task_rows(session, year, as_of, rules)
    reports = reports_as_of(session, year, as_of)
    # Each read is by the year, not by a list of ids: a list of 20,000 ids is past what an older SQLite takes.
    in_year = Task.year == year
    extra = {task.id: task for task in session.scalars(select(Task).where(in_year).options(
        selectinload(Task.key_task)))}
    later, earlier = aliased(Task), aliased(Task)
    carried_into = dict(session.execute(select(later.carried_from_id, later.year).join(
        Task, Task.id == later.carried_from_id).where(in_year, later.deleted_at.is_(None))).all())
    carried_from_year = dict(session.execute(select(Task.id, earlier.year).join(
        earlier, earlier.id == Task.carried_from_id).where(in_year)).all())
    extensions: dict[int, list[str]] = {}
    for x in session.scalars(select(Extension).join(Task, Task.id == Extension.task_id).where(in_year)
                             .order_by(Extension.id)):
        extensions.setdefault(x.task_id, []).append(
            f"原定{deadline_words(x.old_text, x.old_due_date) or '未填'}，"
            f"{chinese_date(x.approved_on)}延至{deadline_words(x.new_text, x.new_due_date)}（{clause(x.reason)}）")
    closing_evidence: dict[int, list[str]] = {}
    for task_id, name in session.execute(select(Attachment.task_id, Attachment.name).join(
            Task, Task.id == Attachment.task_id).where(in_year, Attachment.purpose == EvidencePurpose.CLOSING,
                                                       Attachment.deleted_at.is_(None)).order_by(Attachment.id)):
        closing_evidence.setdefault(task_id or 0, []).append(name)
    key_tasks: dict[str, KeyTaskAccount] = {}
    ratings: dict[str, int] = {}
    timings: dict[ClosingTiming, int] = {}
    for row in rows:
        task = extra[row.id]
        timing = ClosingTiming(task.closed_timing) if task.closed_timing else None
        carry, goes_on = _carry(row, carried_into.get(row.id), carried_from_year.get(row.id), year, as_of)
        item = AccountTask(
            row.code, row.title, row.parent_id is not None, row.lead_section, _plan(task), row.deadline_display,
            row.status, _done(task, reports.get(row.id), closing_evidence.get(row.id, [])),
            tuple(extensions.get(row.id, [])), carry, task.rating, timing, goes_on)
        group = key_tasks.setdefault(row.key_task_title or NO_KEY_TASK, KeyTaskAccount(
            row.key_task_title or NO_KEY_TASK, task.key_task.theme if task.key_task else ""))
        group.tasks.append(item)
        if row.parent_id is None and row.status is Status.CLOSED:
            if task.rating:
                ratings[task.rating] = ratings.get(task.rating, 0) + 1
            if timing is not None:
                timings[timing] = timings.get(timing, 0) + 1
    top = [row for row in rows if row.parent_id is None and row.status is not Status.CANCELLED]
    problems = problem_rows(session, year, as_of, rules)
    units = sections(session)
    records = inspection_rows(session, year)
    meeting_days = {day for day in session.scalars(select(Meeting.held_on)) if day.year == year and day <= as_of}
    meeting_days |= {r.held_on for r in records if r.kind is InspectionKind.MEETING and r.held_on <= as_of}
    return YearAccount(
        settings.org_name, year, as_of, Counting(rows).tally(rows), len(top),
        sum(1 for r in top if r.status.is_finished), sum(1 for r in top if r.status is Status.CLOSED),
        sum(1 for r in top if r.id in extensions),
        list(key_tasks.values()), assessment(session, year, as_of, settings, units, rows=rows, problems=problems),
        records,
        problems, problem_stats(problems, units)[1], ratings, timings,
        (settings.sheet_preparer, settings.sheet_reviewer, settings.sheet_leader), len(meeting_days))


def _plan(task: Task) -> str:
    parts = [task.measures.strip(), f"目标：{task.target.strip()}" if task.target.strip() else ""]
    return "\n".join(part for part in parts if part)


def _done(task: Task, report: tuple[str, str] | None, evidence: list[str]) -> str:
    if task.status is Status.CLOSED:
        note = clause(task.closed_note) if evidence else task.closed_note  # 同意销号（佐证材料：…）
        done = f"{chinese_date(task.closed_on)}销号：{note}" if task.closed_on else note
        return done + (f"（佐证材料：{'、'.join(evidence)}）" if evidence else "")
    if report is None:
        return "（未报送进展）"
    period, text = report
    return f"【{period[:4]}年{int(period[5:])}月】{text}"


def year_end(year: int) -> date:
    return date(year, 12, 31)


def _carry(row: TaskRow, into: int | None, from_year: int | None, year: int, as_of: date) -> tuple[str, bool]:
    """What the account says of carrying the task over, and whether it goes on into next year.

    Once the year has ended every unfinished task is carried. Before, a task is to be carried (拟结转) only
    where its deadline has passed, said with how late it is, or lies beyond the year; one still due this
    year says nothing of next year, nor does one without a date."""
    parts = [f"由{from_year}年结转"] if from_year else []
    goes_on = False
    if into:
        parts.append(f"已结转{into}年")
        goes_on = True
    elif row.status.is_active or row.status is Status.SUSPENDED:
        due = row.due_date if row.deadline_kind is DeadlineKind.DATE else None
        if as_of >= year_end(year):
            parts.append("未完成，年底结转")
            goes_on = True
        elif due is not None and (due < as_of or due > year_end(year)):
            # The lights' one rule says who is 逾期: a paused task past its date is carried, but not late.
            parts.append(f"逾期{(as_of - due).days}天，拟结转" if row.overdue else "拟结转")
            goes_on = True
    return "；".join(parts), goes_on
