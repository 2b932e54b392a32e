"""Reporting periods and the red/yellow/green light of a task, as pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from models.domain.enums import DeadlineKind, Light, Recurrence, Status
from models.errors import RuleError


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_period(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not m or not 1 <= int(m[2]) <= 12:
        raise RuleError("期次应写成“年-月”，例如 2026-03；收到的是“{text}”。", text=text)
    return int(m[1]), int(m[2])


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


class TaskFacts(NamedTuple):
    """The few facts about a task that decide its light; plain data so the rule stays testable."""

    status: Status
    deadline_kind: DeadlineKind
    due_date: date | None
    start_date: date | None
    recurrence: Recurrence | None
    percent: int
    last_feedback_period: str | None  # newest period with a progress/feedback entry
    unsigned_since: date | None = None  # 待签收 since this day (a top-level task its section has not signed for)
    behind: bool = False  # 欠进度: its newest report falls short of the milestone due (models/domain/milestones.py)
    righted_on: date | None = None  # the day its red was put right: its deadline moved past that day while overdue
    made_on: date | None = None  # the day it was made (交办): it owes no report, and is behind nothing, before


@dataclass(frozen=True)
class LightRules:
    warning_days: int = 7
    schedule_gap: int = 30
    sign_days: int = 3  # 签收: yellow when a task is still unsigned this many days after it was assigned (0: never)
    behind_yellow: bool = False  # 欠进度亮黄灯: a task whose newest report is 欠进度 is yellow
    red_yellow_days: int = 0  # 红灯纠正后黄灯天数: a red put right stays yellow this many days (0: off)


@dataclass(frozen=True)
class NoticeTrigger:
    """When a notice is a 提醒 (blue), a 督办单 (yellow) or a 红色督办单 (red), as set in 设置 → 督办单."""

    remind_days: int = 7  # 提醒 when the deadline is this many days away or fewer
    red_after_days: int = 0  # 红色督办单 once overdue by more than this many days; overdue within them: 督办单
    warning_days: int = 7  # the lights' own: a yellow within them is the deadline coming, not the task behind


# Module constants, not Enum attribute lookups: these rules run for every task each time a ledger opens.
_OPEN = frozenset({Status.NOT_STARTED, Status.IN_PROGRESS})
_NO_LIGHT = frozenset({Status.COMPLETED, Status.CLOSED, Status.CANCELLED, Status.SUSPENDED})
_DATED = DeadlineKind.DATE
_RED, _YELLOW, _GREEN = Light.RED, Light.YELLOW, Light.GREEN


def is_overdue(facts: TaskFacts, as_of: date) -> bool:
    """Derived, never stored: a dated task past its deadline and not completed or closed."""
    return (
        facts.deadline_kind is _DATED
        and facts.due_date is not None
        and facts.due_date < as_of
        and facts.status in _OPEN
    )


def expected_percent(start: date, due: date, as_of: date) -> int:
    """How far along a task should be if work were spread evenly from start to deadline."""
    if as_of <= start:
        return 0
    if as_of >= due or due <= start:
        return 100
    return round(100 * (as_of - start).days / (due - start).days)


def missed_periods(facts: TaskFacts, as_of: date, plan_start: date) -> int:
    """Feedback periods since the last report-back, in the task's cadence (monthly unless recurring)."""
    cadence = facts.recurrence.months if facts.recurrence else 1
    now = _month_index(as_of.year, as_of.month) // cadence
    if facts.last_feedback_period:
        last = _month_index(*parse_period(facts.last_feedback_period)) // cadence
    else:
        # A task that never reported owes its first report in the period it starts.
        last = _month_index(plan_start.year, plan_start.month) // cadence - 1
    return max(0, now - last)


def task_light(facts: TaskFacts, as_of: date, rules: LightRules, plan_start: date) -> Light:
    """Red = overdue, and nothing else: the lights and the 逾期 count are one rule. Yellow = due soon, behind
    schedule, (a task with no date to be late against) a report owed, unsigned (待签收) past the office's
    days, or (where the office turns them on) its newest report 欠进度 against its milestones, or a red put
    right fewer than the office's days ago (红灯纠正后保留黄灯: its deadline moved on while it was overdue, and
    some offices keep the colour's history rather than let a 延期 turn it green at once). Green = open and on
    track.

    Finished and paused items have no light. An ongoing task that has not reported for months is yellow, not
    red: it cannot be 逾期, and a red that the count of 逾期 leaves out is a light the clerk cannot trust.
    """
    if facts.status in _NO_LIGHT:
        return Light.NONE
    if facts.deadline_kind is _DATED and facts.due_date is not None:
        if is_overdue(facts, as_of):
            return _RED
        if (facts.due_date - as_of).days <= rules.warning_days:
            return _YELLOW
        start = facts.start_date or made_since(facts, as_of, plan_start) or plan_start
        if expected_percent(start, facts.due_date, as_of) - facts.percent >= rules.schedule_gap:
            return _YELLOW
    elif missed_periods(facts, as_of, facts.start_date or owes_from(facts, as_of, plan_start)):
        return _YELLOW
    if rules.behind_yellow and facts.behind:
        return _YELLOW
    if facts.righted_on is not None and kept_yellow_until(facts.righted_on, as_of, rules) is not None:
        return _YELLOW
    return _YELLOW if sign_overdue(facts, as_of, rules) else _GREEN


def made_since(facts: TaskFacts, as_of: date, plan_start: date) -> date | None:
    """The day a task was made in the plan year, by `as_of`: the work is judged from then, not from 1 January
    (a task 交办 on 6 December and due on the 25th is not three quarters behind on the day it is given). A day
    after `as_of` is not taken: the figures of a day before it was made count it from the plan's start."""
    made = facts.made_on
    return made if made is not None and plan_start < made <= as_of else None


def owes_from(facts: TaskFacts, as_of: date, plan_start: date) -> date:
    """The first day of the period a task owes its first report in: the plan's start, or for a task made later
    in the year the month after the one it was made in (as the 考核 counts 复命: models/read/assessment_events)."""
    made = made_since(facts, as_of, plan_start)
    if made is None:
        return plan_start
    return date(made.year + made.month // 12, made.month % 12 + 1, 1)


def sign_overdue(facts: TaskFacts, as_of: date, rules: LightRules) -> bool:
    """Still 待签收 more than the office's days after it was assigned."""
    since = facts.unsigned_since
    return since is not None and rules.sign_days > 0 and (as_of - since).days > rules.sign_days


def kept_yellow_until(righted_on: date | None, as_of: date, rules: LightRules) -> date | None:
    """The last day a red put right on `righted_on` stays yellow (红灯纠正后保留黄灯), or None when on `as_of` it
    does not: the office keeps no such days, the task was never put right, or the days are over."""
    if not rules.red_yellow_days or righted_on is None or not 0 <= (as_of - righted_on).days < rules.red_yellow_days:
        return None
    return righted_on + timedelta(days=rules.red_yellow_days - 1)
