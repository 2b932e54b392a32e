"""考核: each section's yearly score from the office's own weights — on-time rate, the approvers' ratings,
problems put right (整改率) and reports on time (复命率) — ranked, with what each figure rests on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import ProgressEntry, Section, Task
from models.domain.enums import ClosingTiming, ProgressKind, Recurrence, Status, UnitKind
from models.domain.lights import parse_period
from models.domain.rating import parse_scale
from models.domain.settings import LedgerSettings
from models.read.lookups import Choice
from models.read.problems import ProblemRow, problem_rows, problem_stats
from models.read.queries import TaskRow, task_rows
from models.read.stats import UNASSIGNED_SECTION, unit_stats

FEEDBACK_KINDS = [kind for kind in ProgressKind if kind.counts_as_feedback]


@dataclass
class SectionScore:
    section: str
    tasks: int = 0
    on_time_rate: float | None = None
    rating_average: float | None = None  # points on the office's scale, 0–100
    problem_rate: float | None = None
    report_rate: float | None = None
    score: float | None = None
    rank: int | None = None
    ratings: dict[str, int] = field(default_factory=dict)  # word → how many closings got it
    timings: dict[ClosingTiming, int] = field(default_factory=dict)
    reported: int = 0  # periods reported in
    expected: int = 0  # periods a report was owed


@dataclass(frozen=True)
class Weights:
    on_time: int
    rating: int
    problems: int
    reports: int

    def score(self, item: SectionScore) -> float | None:
        """The weighted mean of the figures the section has, out of 100; a figure it lacks (nothing closed,
        no problem found) leaves its weight out rather than counting as nought."""
        parts = [(self.on_time, item.on_time_rate), (self.rating, None if item.rating_average is None
                                                     else item.rating_average / 100),
                 (self.problems, item.problem_rate), (self.reports, item.report_rate)]
        present = [(weight, value) for weight, value in parts if value is not None and weight > 0]
        total = sum(weight for weight, _ in present)
        return round(100 * sum(weight * value for weight, value in present) / total, 1) if total else None


@dataclass(frozen=True)
class AssessmentReport:
    year: int
    as_of: date
    weights: Weights
    scale: list[tuple[str, int]]
    sections: list[SectionScore]


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def assessment(session: Session, year: int, as_of: date, settings: LedgerSettings, units: Sequence[Choice], *,
               rows: list[TaskRow] | None = None, problems: Sequence[ProblemRow] | None = None) -> AssessmentReport:
    """The sections' scores. `rows` and `problems`: the year's, when the caller has read them already (the
    window holds its rows; the year's account reads both for itself), so a 20,000-task year is read once."""
    rules = settings.light_rules
    if rows is None:
        rows = task_rows(session, year, as_of, rules)
    if problems is None:
        problems = problem_rows(session, year, as_of, rules)
    own = [u for u in units if u.kind == UnitKind.SECTION]
    scores = {u.name: SectionScore(u.name) for u in own}
    for stats in unit_stats(rows, year, as_of, units).sections:
        if stats.section in scores:
            scores[stats.section].tasks, scores[stats.section].on_time_rate = stats.total, stats.on_time_rate
    for found in problem_stats(problems, units)[0]:
        if found.section in scores:
            scores[found.section].problem_rate = found.rate
    scale = parse_scale(settings.rating_scale)
    _ratings(session, year, scores, dict(scale))
    _reports(session, year, as_of, rows, scores)
    weights = Weights(settings.weight_on_time, settings.weight_rating, settings.weight_problems,
                      settings.weight_reports)
    for item in scores.values():
        item.score = weights.score(item)
    ranked = sorted((s for s in scores.values() if s.score is not None and s.tasks), key=lambda s: -(s.score or 0))
    for position, item in enumerate(ranked, start=1):
        previous = ranked[position - 2] if position > 1 else None
        item.rank = previous.rank if previous is not None and previous.score == item.score else position
    return AssessmentReport(year, as_of, weights, scale, [s for s in scores.values() if s.tasks])


def _ratings(session: Session, year: int, scores: dict[str, SectionScore], points: dict[str, int]) -> None:
    query = (select(Section.name, Task.rating, Task.closed_timing).join(Section, Section.id == Task.lead_section_id)
             .where(Task.year == year, Task.parent_id.is_(None), Task.deleted_at.is_(None),
                    Task.status == Status.CLOSED))
    totals: dict[str, list[int]] = {}
    for name, rating, timing in session.execute(query):
        item = scores.get(name)
        if item is None:
            continue
        if timing:
            item.timings[ClosingTiming(timing)] = item.timings.get(ClosingTiming(timing), 0) + 1
        if rating:
            item.ratings[rating] = item.ratings.get(rating, 0) + 1
            if rating in points:  # a word since taken off the scale still shows, but scores nothing
                totals.setdefault(name, []).append(points[rating])
    for name, values in totals.items():
        scores[name].rating_average = round(sum(values) / len(values), 1)


def _reports(session: Session, year: int, as_of: date, rows: Sequence[TaskRow],
             scores: dict[str, SectionScore]) -> None:
    """复命率: of the periods each open or finished top-level task owed a report in (monthly, or its own
    cadence), how many it (or a subtask of it) reported in; from its first report or its creation, whichever
    is earlier, to its completion or `as_of`."""
    parent = {row.id: row.parent_id for row in rows}

    def top(task_id: int) -> int:
        above = parent.get(task_id)
        while above is not None:
            task_id, above = above, parent.get(above)
        return task_id
    facts = {task.id: (task.created_at.date(), task.recurrence, task.closed_on)
             for task in session.scalars(select(Task).where(Task.year == year, Task.parent_id.is_(None),
                                                              Task.deleted_at.is_(None)))}
    periods: dict[int, set[int]] = {}
    first: dict[int, date] = {}
    for task_id, period, day in session.execute(
            select(ProgressEntry.task_id, ProgressEntry.period, ProgressEntry.entry_date)
            .join(Task, Task.id == ProgressEntry.task_id)
            .where(Task.year == year, ProgressEntry.kind.in_(FEEDBACK_KINDS), ProgressEntry.entry_date <= as_of)):
        owner = top(task_id)
        periods.setdefault(owner, set()).add(_month(date(*parse_period(period), 1)))
        first[owner] = min(first.get(owner, day), day)
    year_start, year_end = _month(date(year, 1, 1)), _month(date(year, 12, 1))
    for row in rows:
        item = scores.get(row.lead_section or UNASSIGNED_SECTION)
        if row.parent_id is not None or item is None or row.status in (Status.CANCELLED, Status.SUSPENDED):
            continue
        created, recurrence, closed_on = facts.get(row.id, (as_of, None, None))
        cadence = recurrence.months if isinstance(recurrence, Recurrence) else 1
        start = max(year_start, _month(min(created, first.get(row.id, created))))
        end = min(year_end, _month(min(as_of, row.completed_on or closed_on or as_of)))
        owed = {month // cadence for month in range(start, end + 1)}
        item.expected += len(owed)
        item.reported += len(owed & {month // cadence for month in periods.get(row.id, set())})
    for item in scores.values():
        item.report_rate = round(item.reported / item.expected, 4) if item.expected else None
