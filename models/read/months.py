"""A month's figures — 统计, monthly 通报, 考核 — as frozen or as computed now, what changed between two takes of
them, and two months side by side by section (进步/退步)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from models.domain.frozen_months import Frozen, frozen_month
from models.domain.settings import LedgerSettings
from models.errors import Message, said
from models.read.assessment import AssessmentReport, assessment, points_text
from models.read.figures_codec import from_plain, to_plain
from models.read.lookups import sections
from models.read.monthly import MonthFigures, computed_bulletin, month_days
from models.read.stats import StatsReport

FIGURES_VERSION = 1  # what a frozen month's JSON holds: {"version", "bulletin", "assessment"}
BETTER, WORSE, SAME = said("进步"), said("退步"), said("持平")


def month_snapshot(session: Session, month: str, today: date, settings: LedgerSettings) -> tuple[date, dict[str, Any]]:
    """The month's figures as the ledger has them at its end (or `today`, before it ends): the day they are taken
    on, and what freezing keeps — the 通报 whole (its 统计 by section within it) and the 考核 of that day."""
    bulletin = computed_bulletin(session, month, today, settings)
    as_of = bulletin.now.as_of
    # scored on the tasks the 通报 counted, as they stood that day (none made since; finished or sent back since
    # as they were then), not read a second time
    scores = assessment(session, bulletin.year, as_of, settings, sections(session), rows=bulletin.rows)
    return as_of, {"version": FIGURES_VERSION, "bulletin": to_plain(bulletin), "assessment": to_plain(scores)}


@dataclass(frozen=True)
class MonthView:
    """One month's figures, with the freezing they come from (None: computed as the ledger stands now)."""

    month: str
    figures: MonthFigures
    stats: StatsReport
    scores: AssessmentReport
    frozen: Frozen | None


def read_view(month: str, figures: dict[str, Any], frozen: Frozen | None = None) -> MonthView:
    """What month_snapshot took, read back."""
    bulletin = figures["bulletin"]
    return MonthView(month, from_plain(MonthFigures, bulletin["now"]), from_plain(StatsReport, bulletin["stats"]),
                     from_plain(AssessmentReport, figures["assessment"]), frozen)


def month_view(session: Session, month: str, today: date, settings: LedgerSettings) -> MonthView:
    """The month's 统计, totals and 考核: as frozen, else computed now as they stood at its end."""
    kept = frozen_month(session, month)
    if kept is not None:
        return read_view(month, kept.figures, kept)
    return read_view(month, month_snapshot(session, month, today, settings)[1])


def month_stats(session: Session, month: str, today: date, settings: LedgerSettings) -> tuple[StatsReport,
                                                                                               Frozen | None]:
    """`stats --month`, the 统计 page's month: the statistics the month's 通报 counts by, frozen or not."""
    view = month_view(session, month, today, settings)
    return view.stats, view.frozen


def month_as_of(month: str, today: date) -> date:
    return month_days(month, today)[2]


# What a refreeze compares and a comparison lists: the totals' counts, and by section.
_TOTALS = (("tasks", said("任务")), ("reported", said("已反馈")), ("finished", said("已完成")),
           ("closed", said("已销号")), ("overdue", said("逾期")), ("no_feedback", said("未反馈")),
           ("behind", said("欠进度")))
_BY_SECTION = (("total", said("任务")), ("finished", said("已完成")), ("overdue", said("逾期")),
               ("no_feedback", said("未反馈")), ("behind", said("欠进度")))


def rate_text(value: float | None) -> str:
    """A completion rate as the comparison prints it: 62.5%, or — when nothing was counted."""
    return "—" if value is None else f"{value * 100:.1f}%"


def figures_changed(old: MonthView, new: MonthView) -> list[str]:
    """What a freezing taken again changes, a line each ("逾期：3→4", "办公室 考核得分：84→82.5"); [] when nothing."""
    lines: list[str] = []
    for key, words in _TOTALS:
        was, now = getattr(old.figures, key), getattr(new.figures, key)
        if was != now:
            lines.append(Message("{what}：{old}→{new}", what=words, old=was, new=now))
    before = {item.section: item for item in old.stats.sections}
    for item in new.stats.sections:
        was_item = before.get(item.section)
        for key, words in _BY_SECTION:
            was = getattr(was_item, key) if was_item else 0
            if was != getattr(item, key):
                lines.append(Message("{section} {what}：{old}→{new}", section=item.label, what=words, old=was,
                                     new=getattr(item, key)))
    scored = {score.section: score.score for score in old.scores.sections}
    for score in new.scores.sections:
        if scored.get(score.section) != score.score:
            lines.append(Message("{section} 考核得分：{old}→{new}", section=score.section,
                                 old=points_text(scored.get(score.section)), new=points_text(score.score)))
    return lines


@dataclass(frozen=True)
class SectionCompared:
    """A section in two months: 完成率, 逾期, 未反馈 and the 考核 score in each, and whether it did better."""

    section: str
    rates: tuple[float | None, float | None]
    overdue: tuple[int, int]
    no_feedback: tuple[int, int]
    scores: tuple[float | None, float | None]
    verdict: str  # 进步, 退步, 持平

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "completion_rate": list(self.rates), "overdue": list(self.overdue),
                "no_feedback": list(self.no_feedback), "score": list(self.scores),
                "verdict": {BETTER: "better", WORSE: "worse", SAME: "same"}[self.verdict]}


def verdict(scores: tuple[float | None, float | None], rates: tuple[float | None, float | None]) -> str:
    """进步 or 退步 by the 考核 score, which weighs every event the office counts; a section the 考核 does not rank
    in both months by its completion rate."""
    first, second = scores if None not in scores else rates
    if first is None or second is None or first == second:
        return SAME
    return BETTER if second > first else WORSE


def compare(first: MonthView, second: MonthView) -> list[SectionCompared]:
    """The sections of both months, in the later month's order (the office's own, then units outside it)."""
    before = {item.section: item for item in first.stats.sections}
    after = {item.section: item for item in second.stats.sections}
    names = list(after) + [name for name in before if name not in after]
    scores = ({s.section: s.score for s in first.scores.sections}, {s.section: s.score for s in second.scores.sections})
    found = []
    for name in names:
        was, now = before.get(name), after.get(name)
        if not (was and was.total) and not (now and now.total):
            continue
        rates = (was.completion_rate if was else None, now.completion_rate if now else None)
        score_pair = (scores[0].get(name), scores[1].get(name))
        found.append(SectionCompared(
            name, rates, (was.overdue if was else 0, now.overdue if now else 0),
            (was.no_feedback if was else 0, now.no_feedback if now else 0), score_pair, verdict(score_pair, rates)))
    return found

