"""What the monthly 通报 says, read from the ledger by the one counting rule: the month against the last, what
went well, and what is late or silent, named by section with 编号 and days late."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.deadlines import month_end
from models.domain.entities import Task
from models.domain.enums import DeadlineKind, ProblemStatus, Status
from models.domain.frozen_months import frozen_month
from models.domain.numbering import code_order
from models.domain.settings import LedgerSettings
from models.read.counting import Counting
from models.read.figures_codec import from_plain
from models.read.lookups import sections
from models.read.notice_targets import NoticeTarget, NoticeTargets
from models.read.problems import ProblemRow, problem_rows
from models.read.queries import TaskRow
from models.read.stats import SectionStats, StatsReport, ranks, unit_stats
from models.read.stood import rows_that_stood


@dataclass(frozen=True)
class MonthFigures:
    """One month's totals as the statistics count them on its last day (or on the day asked, mid-month)."""

    month: str  # "2026-11"
    as_of: date
    tasks: int  # top-level tasks, subtasks rolled in, cancelled ones not counted
    subtasks: int
    owing: int  # 未启动 and 推进中 made before the month: the tasks that owe it a report
    reported: int  # of those, the ones that reported this month
    finished: int  # 已完成: 已办结 and 已销号
    closed: int  # 已销号
    overdue: int
    no_feedback: int
    completion_rate: float | None
    on_time_rate: float | None
    behind: int = 0  # 欠进度 against the 序时进度, as the statistics count it
    paced: int = 0  # tasks classed against 序时进度 at all: the 通报 speaks of it only when some are
    fresh: int = 0  # 未启动 and 推进中 made in the month: they owe their first report the month after


@dataclass(frozen=True)
class FinishedTask:
    """A task finished this month on time or ahead: named in 进展较好的."""

    code: str
    title: str
    section: str
    completed_on: date
    days_ahead: int | None  # before its dated deadline; None: no dated deadline (on time by definition)


@dataclass(frozen=True)
class MonthlyBulletin:
    org: str
    year: int
    month: str
    now: MonthFigures
    before: MonthFigures | None  # last month, when the ledger has it
    stats: StatsReport  # by section, as the statistics sheet prints it on the same day
    leading: list[SectionStats]  # the best completion rates, ranked, for 进展较好的
    finished: list[FinishedTask]
    overdue: list[NoticeTarget]  # by section, in the office's order
    silent: list[NoticeTarget]
    late_problems: list[ProblemRow]  # 督查 problems past their 整改时限, not yet put right
    behind: list[TaskRow]  # the tasks counted 欠进度 (top-level, by section), each with its subtasks behind
    rows: list[TaskRow]  # the year's tasks as of the day: the annex's progress table
    requirements: list[str]  # 下步要求, as the office wrote them in 设置


def month_days(month: str, today: date) -> tuple[int, int, date]:
    """The year, the month number and the day the month's figures are taken on: its last day, or `today` when
    the month is not over yet."""
    year, number = (int(part) for part in month.split("-"))
    return year, number, min(month_end(year, number), max(today, date(year, number, 1)))


def previous_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def stats_that_stood(session: Session, year: int, as_of: date, settings: LedgerSettings
                     ) -> tuple[list[TaskRow], StatsReport]:
    """The year's tasks as they stood at the end of `as_of`, and their statistics by section: what a month's 通报
    counts, and what the 统计表 and `stats` of any day count, so the papers of one day agree."""
    rows = rows_that_stood(session, year, as_of, settings)  # each with the report it had then
    return rows, unit_stats(rows, year, as_of, sections(session))


def month_figures(session: Session, month: str, today: date, settings: LedgerSettings) -> MonthFigures:
    """The month's totals: those it was frozen with, else as the ledger has them at its end."""
    kept = frozen_month(session, month)
    if kept is not None:
        return from_plain(MonthFigures, kept.figures["bulletin"]["now"])
    year, _number, as_of = month_days(month, today)
    return _figures(month, as_of, *stats_that_stood(session, year, as_of, settings))


def _figures(month: str, as_of: date, rows: list[TaskRow], stats: StatsReport) -> MonthFigures:
    totals = stats.totals
    tally = Counting(rows).tally(rows)
    fresh = sum(1 for row in rows if row.parent_id is None and made_in(row, month) and row.status.is_active)
    owing = totals.not_started + totals.in_progress - fresh
    return MonthFigures(month, as_of, totals.total, tally.subtasks, owing, owing - totals.no_feedback,
                        totals.finished, totals.closed, totals.overdue, totals.no_feedback,
                        totals.completion_rate, totals.on_time_rate, totals.behind, tally.paced, fresh)


def made_in(row: TaskRow, month: str) -> bool:
    """Whether the task was made (交办) in the month: it owes no report for it (models/read/queries.py)."""
    return row.made_on is not None and f"{row.made_on.year:04d}-{row.made_on.month:02d}" == month


def monthly_bulletin(session: Session, month: str, today: date, settings: LedgerSettings) -> MonthlyBulletin:
    """The month's 通报: a frozen month's (结束会议, `month freeze`) as it was frozen, whatever was edited since —
    only the office's name and its 下步要求 are the settings' of now —, any other computed as the ledger stands."""
    kept = frozen_month(session, month)
    if kept is not None:
        return replace(from_plain(MonthlyBulletin, kept.figures["bulletin"]), org=settings.org_name,
                       requirements=_requirements(settings))
    return computed_bulletin(session, month, today, settings)


def computed_bulletin(session: Session, month: str, today: date, settings: LedgerSettings) -> MonthlyBulletin:
    """The month's 通报 as the ledger has it at the month's end (or `today`, mid-month): what freezing keeps."""
    year, number, as_of = month_days(month, today)
    rows, stats = stats_that_stood(session, year, as_of, settings)
    now = _figures(month, as_of, rows, stats)
    before_month = previous_month(month)
    before = month_figures(session, before_month, today, settings) if _has_year(session, before_month) else None
    targets = NoticeTargets(rows, as_of)
    order = {section.section: place for place, section in enumerate(stats.sections)}

    def by_section(found: list[NoticeTarget]) -> list[NoticeTarget]:
        return sorted(found, key=lambda target: (order.get(target.row.lead_section, len(order)),
                                                  code_order(target.row.code)))

    placed = ranks(stats.sections)
    leading = sorted((s for s in stats.sections if s.section in placed and s.finished), key=lambda s: placed[s.section])
    problems = [problem for problem in problem_rows(session, year, as_of, settings.light_rules, on_the_day=True)
                if problem.status in (ProblemStatus.PENDING, ProblemStatus.RECTIFYING) and problem.days_late]
    return MonthlyBulletin(
        settings.org_name, year, month, now, before, stats, leading[:3], _finished_in(rows, year, number),
        by_section(targets.chosen("overdue")), by_section(targets.chosen("no_feedback")), problems,
        sorted(_behind(rows), key=lambda row: (order.get(row.lead_section, len(order)), code_order(row.code))), rows,
        _requirements(settings))


def _requirements(settings: LedgerSettings) -> list[str]:
    return [line.strip() for line in settings.monthly_requirements.splitlines() if line.strip()]


def _behind(rows: list[TaskRow]) -> list[TaskRow]:
    """The top-level tasks the statistics count 欠进度 (themselves or through a subtask)."""
    counting = Counting(rows)
    return [row for row in rows if row.parent_id is None and counting.is_behind(row)]


def _has_year(session: Session, month: str) -> bool:
    """Whether the ledger holds tasks of the month's year (January's last month is December of the year before)."""
    return session.scalar(select(Task.id).where(Task.year == int(month[:4])).limit(1)) is not None


def _finished_in(rows: list[TaskRow], year: int, month: int) -> list[FinishedTask]:
    """Tasks (and subtasks) finished in the month, on or before a dated deadline, in the tree's order."""
    found = []
    for row in rows:
        done = row.completed_on
        if not row.status.is_finished or row.status is Status.CANCELLED or done is None:
            continue
        if (done.year, done.month) != (year, month):
            continue
        dated = row.deadline_kind == DeadlineKind.DATE and row.due_date is not None
        if dated and row.due_date is not None and done > row.due_date:
            continue
        ahead = (row.due_date - done).days if dated and row.due_date is not None else None
        found.append(FinishedTask(row.code, row.title, row.lead_section, done, ahead))
    return found
