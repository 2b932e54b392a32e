"""考核: each section's yearly score by the year's 考核办法 — a base and the points of every event it lists, or
the weighted rates — ranked and tiered, every point traceable to a dated event and a task's 编号."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from models.domain.assessment_rules import (
    DEFAULT_RULES,
    EVENT_NAMES,
    WEIGHTED,
    AssessmentRules,
    rules_for_year,
)
from models.domain.enums import Status, UnitKind
from models.domain.numbering import code_order
from models.domain.rating import parse_scale
from models.domain.settings import LedgerSettings
from models.errors import Message, said
from models.read.assessment_events import (
    Event,
    bulletin_events,
    problem_events,
    rating_events,
    red_notice_events,
    report_events,
    return_events,
    sign_events,
    task_events,
)
from models.read.counting import Counting
from models.read.lookups import Choice
from models.read.problems import ProblemRow, inspection_rows, problem_rows, problem_stats
from models.read.queries import TaskRow, task_rows

NOT_RANKED = "不参与排名"
# What the figures beside a score mean, wherever they are shown (the window, the 考核汇总表, the year account).
FIGURES_NOTE = said("到期按时率 = 按时完成的任务 ÷（已完成的 + 逾期未完成的），逾期未完成的任务也算未按时（统计表的"
                    "按时完成率只看已完成的）；复命率按已结束的各期计算，本月的情况到月底后计入；得分相同的名次并列")


def points_text(value: float | None) -> str:
    """A score as the office writes it, on paper and on screen alike: 84, 80.5, 79.25 — no trailing zeros."""
    return "—" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")


def signed(value: float) -> str:
    """Points with their sign: +2, -0.5, 0."""
    return ("+" if value > 0 else "") + points_text(value)


@dataclass(frozen=True)
class ScoreLine:
    """One line of a section's 加减分明细: the event, the rule it falls under, the points it is given."""

    day: date | None
    code: str
    title: str  # the task's title or the problem's description
    rule: str  # the rule's words: "逾期未完成任务（每项）", "销号评价", "封顶"
    note: str  # a models.errors.Message where the window says it in its own language
    points: float

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat() if self.day else None, "task": self.code, "title": self.title,
                "rule": self.rule,
                "note": self.note, "points": self.points}


@dataclass
class SectionScore:
    section: str
    tasks: int = 0  # counted tasks it leads
    co_tasks: int = 0  # counted tasks it co-operates on
    problems: int = 0  # problems it is to put right
    base: float = 0.0
    lines: list[ScoreLine] = field(default_factory=list)
    score: float | None = None  # None: 不参与排名
    rank: int | None = None
    tier: str = ""
    not_ranked: str = ""  # why it is not ranked
    tier_note: str = ""  # "优秀名额已满，按良好" when the share capped it
    # The rates the statistics show beside the score (and the weighted rule set scores by).
    on_time_rate: float | None = None
    rating_average: float | None = None
    problem_rate: float | None = None
    report_rate: float | None = None
    reported: int = 0
    expected: int = 0

    @property
    def added(self) -> float:
        return round(sum(line.points for line in self.lines if line.points > 0), 2)

    @property
    def taken(self) -> float:
        return round(sum(line.points for line in self.lines if line.points < 0), 2)

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "tasks": self.tasks, "co_tasks": self.co_tasks, "problems": self.problems,
                "base": self.base, "events": [line.to_dict() for line in self.lines], "added": self.added,
                "taken": self.taken, "score": self.score, "tier": self.tier or None, "rank": self.rank,
                "not_ranked": self.not_ranked or None, "tier_note": self.tier_note or None}


@dataclass(frozen=True)
class AssessmentReport:
    year: int
    as_of: date
    rules: AssessmentRules
    rules_year: int | None  # the year the rule set was set for; None: the program's default
    sections: list[SectionScore]

    @property
    def ranked(self) -> list[SectionScore]:
        return sorted((s for s in self.sections if s.rank is not None), key=lambda s: (s.rank or 0))

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "as_of": self.as_of.isoformat(), "rules": self.rules.name,
                "method": self.rules.method, "rules_set_for": self.rules_year, "rules_text": self.rules.describe(),
                "sections": [s.to_dict() for s in self.ranked + [s for s in self.sections if s.rank is None]]}


def assessment(session: Session, year: int, as_of: date, settings: LedgerSettings, units: Sequence[Choice], *,
               rows: list[TaskRow] | None = None, problems: Sequence[ProblemRow] | None = None) -> AssessmentReport:
    """The sections' scores by the year's rule set. `rows` and `problems`: the year's, when the caller has read
    them already (the window holds its rows), so a 20,000-task year is read once."""
    rules, rules_year = rules_for_year(session, year)
    if rules_year is None:  # no set kept yet: the weights the settings held before rule sets existed
        rules = replace(DEFAULT_RULES, weights={"on_time": settings.weight_on_time, "rating": settings.weight_rating,
                                                "problems": settings.weight_problems,
                                                "reports": settings.weight_reports})
    if rows is None:
        rows = task_rows(session, year, as_of, settings.light_rules)
    if problems is None:
        problems = problem_rows(session, year, as_of, settings.light_rules)
    scores = {u.name: SectionScore(u.name, base=rules.base if rules.method != WEIGHTED else 0.0)
              for u in units if u.kind == UnitKind.SECTION}
    counting = Counting(rows)
    events = [event for event in (*task_events(rows, counting, as_of), *rating_events(session, year, rows),
                                  *report_events(session, year, as_of, rows, counting), *problem_events(problems),
                                  *bulletin_events(inspection_rows(session, year)),
                                  *return_events(session, year, rows), *red_notice_events(session, year, rows),
                                  *sign_events(session, year, rows, settings.sign_days, as_of))
              if event.day is None or event.day <= as_of]  # as of the day: what came later is not yet scored
    _facts(scores, rows, problems, units, events)
    for item in scores.values():
        if not item.tasks and not item.co_tasks and not item.problems:
            item.not_ranked = said("本年度没有承办任务")
    if rules.method == WEIGHTED:
        _weighted(scores, rules, dict(parse_scale(settings.rating_scale)), events)
    else:
        _by_events(scores, rules, events)
    _rank(scores.values(), rules)
    return AssessmentReport(year, as_of, rules, rules_year, list(scores.values()))


def _facts(scores: dict[str, SectionScore], rows: Sequence[TaskRow], problems: Sequence[ProblemRow],
           units: Sequence[Choice], events: Sequence[Event]) -> None:
    """The counts and the rates shown beside the score, from the same events the score is made of."""
    for row in rows:
        if row.parent_id is None and row.status is not Status.CANCELLED:
            if row.lead_section in scores:
                scores[row.lead_section].tasks += 1
            for name in row.co_sections:
                if name in scores:
                    scores[name].co_tasks += 1
    for found in problem_stats(problems, units)[0]:
        if found.section in scores:
            scores[found.section].problems, scores[found.section].problem_rate = found.found, found.rate
    tally: dict[tuple[str, str], int] = {}
    for event in events:
        if event.as_lead:
            tally[(event.section, event.kind)] = tally.get((event.section, event.kind), 0) + 1
    for name, item in scores.items():
        on_time, late, overdue = (tally.get((name, kind), 0) for kind in ("on_time", "late", "overdue"))
        judged = on_time + late + overdue  # an overdue task lowers the rate: it was not finished on time
        item.on_time_rate = round(on_time / judged, 4) if judged else None
        missing = tally.get((name, "report_missing"), 0)
        item.expected = missing + tally.get((name, "report_late"), 0) + tally.get((name, "report_on_time"), 0)
        item.reported = item.expected - missing
        item.report_rate = round(item.reported / item.expected, 4) if item.expected else None


def _by_events(scores: dict[str, SectionScore], rules: AssessmentRules, events: Sequence[Event]) -> None:
    """Base plus each event's points, kept within 0 and the cap by a line that says so."""
    for event in sorted(events, key=lambda e: (e.day or date.min, code_order(e.code))):
        item = scores.get(event.section)
        if item is None or item.not_ranked:
            continue
        if event.kind == "rating":
            points, rule = rules.ratings.get(event.rating, 0.0), said("销号评价（每项任务或子任务）")
        elif event.kind in EVENT_NAMES:
            points, rule = rules.points(event.kind, event.as_lead) * event.count, EVENT_NAMES[event.kind]
            rule = rule if event.as_lead else Message("{rule}，配合科室", rule=rule)
        else:
            continue
        if points:
            item.lines.append(ScoreLine(event.day, event.code, event.title, rule, event.note, round(points, 2)))
    for item in scores.values():
        if item.not_ranked:
            continue
        total = item.base + sum(line.points for line in item.lines)
        kept = min(max(total, 0.0), rules.cap)
        if round(kept - total, 2):
            words = (Message("超过最高分，按{cap}分计", cap=f"{rules.cap:g}") if total > kept
                     else Message("低于0分，按0分计"))
            item.lines.append(ScoreLine(None, "", "", said("封顶") if total > kept else said("保底"), words,
                                        round(kept - total, 2)))
        item.score = round(item.base + sum(line.points for line in item.lines), 2)


def _weighted(scores: dict[str, SectionScore], rules: AssessmentRules, scale: dict[str, int],
              events: Sequence[Event]) -> None:
    """The rule set of before: the weighted mean of four rates out of 100, a rate a section lacks leaving its
    weight out; ranked only where something finished or fell overdue, so no section scores on reports alone."""
    rated: dict[str, list[int]] = {}
    for event in events:
        if event.kind == "rating" and event.rating in scale:
            rated.setdefault(event.section, []).append(scale[event.rating])
    for name, item in scores.items():
        if name in rated:
            item.rating_average = round(sum(rated[name]) / len(rated[name]), 1)
        if item.not_ranked:
            continue
        if item.on_time_rate is None:
            item.not_ranked = said("尚无完成或逾期的任务")
            continue
        parts = [(said("到期按时率"), rules.weights.get("on_time", 0), item.on_time_rate),
                 (said("销号评价均分"), rules.weights.get("rating", 0),
                  None if item.rating_average is None else item.rating_average / 100),
                 (said("问题整改率"), rules.weights.get("problems", 0), item.problem_rate),
                 (said("复命率"), rules.weights.get("reports", 0), item.report_rate)]
        present = [(words, weight, value) for words, weight, value in parts if value is not None and weight > 0]
        total = sum(weight for _, weight, _ in present)
        for words, weight, value in present:
            item.lines.append(ScoreLine(None, "", "", words, Message("{rate}，权重{weight}/{total}",
                                                                 rate=f"{value:.1%}", weight=weight, total=total),
                                        round(100 * weight * value / total, 2)))
        item.score = round(sum(line.points for line in item.lines), 2)


def _rank(items: Iterable[SectionScore], rules: AssessmentRules) -> None:
    """Best first, equal scores sharing a rank; tiers by score, the first tier to at most its share."""
    ranked = sorted((s for s in items if s.score is not None), key=lambda s: -(s.score or 0))
    for position, item in enumerate(ranked, start=1):
        previous = ranked[position - 2] if position > 1 else None
        item.rank = previous.rank if previous is not None and previous.score == item.score else position
        item.tier = rules.tier_of(item.score or 0)
    if not rules.top_share or len(rules.tiers) < 2:
        return
    room = rules.top_share * len(ranked) // 100
    top, next_tier = rules.tiers[0].name, rules.tiers[1].name
    for item in ranked:
        # a tie at the edge of the share goes down together: who of two equal scores would be 优秀?
        if item.tier == top and sum(1 for s in ranked if (s.score or 0) >= (item.score or 0)) > room:
            item.tier = next_tier
            item.tier_note = Message("{top}不超过{share}%，按{tier}", top=top, share=rules.top_share, tier=next_tier)
