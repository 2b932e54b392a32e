"""The light table: red overdue, yellow due soon or behind (or lately put right), feedback-judged ongoing and
recurring tasks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.domain.enums import DeadlineKind, Light, Recurrence, Status
from models.domain.lights import (
    LightRules,
    TaskFacts,
    expected_percent,
    is_overdue,
    kept_yellow_until,
    missed_periods,
    task_light,
)

AS_OF = date(2026, 3, 25)
PLAN_START = date(2026, 1, 1)
RULES = LightRules(warning_days=7, schedule_gap=30)


def dated(due: date, percent: int = 50, status: Status = Status.IN_PROGRESS,
          start: date | None = None) -> TaskFacts:
    return TaskFacts(status, DeadlineKind.DATE, due, start, None, percent, "2026-03")


def fed_back(kind: DeadlineKind, last: str | None, recurrence: Recurrence | None = None,
             status: Status = Status.IN_PROGRESS) -> TaskFacts:
    return TaskFacts(status, kind, None, None, recurrence, 0, last)


CASES = [
    ("past deadline", dated(date(2026, 3, 20)), Light.RED),
    ("past deadline, not started", dated(date(2026, 3, 24), 0, Status.NOT_STARTED), Light.RED),
    ("due today", dated(AS_OF, 90), Light.YELLOW),
    ("due in 7 days", dated(date(2026, 4, 1), 95), Light.YELLOW),
    ("due in 8 days, on schedule", dated(date(2026, 4, 2), 95), Light.GREEN),
    ("far off, on schedule", dated(date(2026, 6, 30), 40), Light.GREEN),
    ("far off, behind schedule", dated(date(2026, 6, 30), 5), Light.YELLOW),
    ("behind measured from its own start", dated(date(2026, 6, 30), 0, start=date(2026, 3, 1)), Light.GREEN),
    ("completed after deadline", dated(date(2026, 3, 1), 100, Status.COMPLETED), Light.NONE),
    ("closed", dated(date(2026, 3, 1), 100, Status.CLOSED), Light.NONE),
    ("suspended, past deadline", dated(date(2026, 3, 1), 10, Status.SUSPENDED), Light.NONE),
    ("cancelled", dated(date(2026, 3, 1), 10, Status.CANCELLED), Light.NONE),
    ("ongoing, reported this month", fed_back(DeadlineKind.ONGOING, "2026-03"), Light.GREEN),
    ("ongoing, last report last month", fed_back(DeadlineKind.ONGOING, "2026-02"), Light.YELLOW),
    # No date to be late against: never 逾期, so never red, however long it has been silent.
    ("ongoing, silent two months", fed_back(DeadlineKind.ONGOING, "2026-01"), Light.YELLOW),
    ("ongoing, never reported since January", fed_back(DeadlineKind.ONGOING, None), Light.YELLOW),
    ("quarterly, reported in Q1", fed_back(DeadlineKind.RECURRING, "2026-01", Recurrence.QUARTERLY),
     Light.GREEN),
    ("quarterly, last report in Q4", fed_back(DeadlineKind.RECURRING, "2025-12", Recurrence.QUARTERLY),
     Light.YELLOW),
    ("quarterly, last report in Q3", fed_back(DeadlineKind.RECURRING, "2025-09", Recurrence.QUARTERLY),
     Light.YELLOW),
    ("unreadable deadline, never reported", fed_back(DeadlineKind.UNPARSED, None), Light.YELLOW),
    ("monthly, reported this month", fed_back(DeadlineKind.RECURRING, "2026-03", Recurrence.MONTHLY),
     Light.GREEN),
    ("unreadable deadline judged by feedback", fed_back(DeadlineKind.UNPARSED, "2026-02"), Light.YELLOW),
]


@pytest.mark.parametrize(("facts", "light"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_light_table(facts: TaskFacts, light: Light) -> None:
    assert task_light(facts, AS_OF, RULES, PLAN_START) == light


def test_warning_days_is_a_setting() -> None:
    facts = dated(date(2026, 4, 5), 95)
    assert task_light(facts, AS_OF, LightRules(warning_days=7), PLAN_START) == Light.GREEN
    assert task_light(facts, AS_OF, LightRules(warning_days=14), PLAN_START) == Light.YELLOW


def test_schedule_gap_is_a_setting() -> None:
    facts = dated(date(2026, 6, 30), 20)  # expected about 47%
    assert task_light(facts, AS_OF, LightRules(schedule_gap=30), PLAN_START) == Light.GREEN
    assert task_light(facts, AS_OF, LightRules(schedule_gap=20), PLAN_START) == Light.YELLOW


def righted(due: date, on: date, percent: int = 50, kind: DeadlineKind = DeadlineKind.DATE) -> TaskFacts:
    """A task whose red was put right on `on` (its deadline moved to `due` while it was overdue)."""
    return TaskFacts(Status.IN_PROGRESS, kind, due if kind is DeadlineKind.DATE else None, None, None, percent,
                     "2026-03", righted_on=on)


KEEPS_30 = LightRules(warning_days=7, schedule_gap=30, red_yellow_days=30)


def test_a_red_put_right_stays_yellow_for_the_offices_days_then_goes_by_the_usual_rule() -> None:
    facts = righted(date(2026, 6, 30), on=AS_OF)  # far off, on schedule: green by the usual rule
    assert task_light(facts, AS_OF, RULES, PLAN_START) is Light.GREEN  # off (0, the default): green at once
    assert task_light(facts, AS_OF, KEEPS_30, PLAN_START) is Light.YELLOW
    assert task_light(facts, AS_OF + timedelta(days=29), KEEPS_30, PLAN_START) is Light.YELLOW
    assert task_light(facts, AS_OF + timedelta(days=30), KEEPS_30, PLAN_START) is Light.GREEN
    assert kept_yellow_until(AS_OF, AS_OF, KEEPS_30) == AS_OF + timedelta(days=29)
    assert kept_yellow_until(AS_OF, AS_OF + timedelta(days=30), KEEPS_30) is None
    assert kept_yellow_until(AS_OF, AS_OF, RULES) is None and kept_yellow_until(None, AS_OF, KEEPS_30) is None


def test_a_red_put_right_keeps_no_yellow_before_the_day_it_was_put_right() -> None:
    facts = righted(date(2026, 6, 30), on=AS_OF)
    assert task_light(facts, AS_OF - timedelta(days=1), KEEPS_30, PLAN_START) is Light.GREEN


def test_a_red_put_right_by_an_ongoing_deadline_stays_yellow_too() -> None:
    facts = righted(AS_OF, on=AS_OF, kind=DeadlineKind.ONGOING)  # reported this month: green by the usual rule
    assert task_light(facts, AS_OF, RULES, PLAN_START) is Light.GREEN
    assert task_light(facts, AS_OF, KEEPS_30, PLAN_START) is Light.YELLOW


def test_put_right_does_not_change_a_red_or_a_yellow_by_its_deadline_or_a_finished_task() -> None:
    still_late = righted(date(2026, 3, 20), on=AS_OF - timedelta(days=10))  # moved, but still past: red
    assert task_light(still_late, AS_OF, KEEPS_30, PLAN_START) is Light.RED
    due_soon = righted(date(2026, 4, 1), on=AS_OF - timedelta(days=40))  # its days over; yellow by the deadline
    assert task_light(due_soon, AS_OF, KEEPS_30, PLAN_START) is Light.YELLOW
    assert task_light(due_soon, AS_OF, RULES, PLAN_START) is Light.YELLOW
    finished = righted(date(2026, 6, 30), on=AS_OF)._replace(status=Status.COMPLETED)
    assert task_light(finished, AS_OF, KEEPS_30, PLAN_START) is Light.NONE


def test_overdue_is_derived_and_ends_with_completion() -> None:
    assert is_overdue(dated(date(2026, 3, 1)), AS_OF)
    assert not is_overdue(dated(date(2026, 3, 1), status=Status.COMPLETED), AS_OF)
    assert not is_overdue(fed_back(DeadlineKind.ONGOING, None), AS_OF)


def test_expected_percent_runs_from_start_to_deadline() -> None:
    assert expected_percent(date(2026, 1, 1), date(2026, 1, 11), date(2026, 1, 6)) == 50
    assert expected_percent(date(2026, 1, 1), date(2026, 1, 11), date(2025, 12, 1)) == 0
    assert expected_percent(date(2026, 1, 1), date(2026, 1, 11), date(2026, 2, 1)) == 100


def test_a_task_starting_this_month_owes_only_this_months_report() -> None:
    facts = TaskFacts(Status.NOT_STARTED, DeadlineKind.ONGOING, None, date(2026, 3, 1), None, 0, None)
    assert missed_periods(facts, AS_OF, date(2026, 3, 1)) == 1
    assert task_light(facts, AS_OF, RULES, PLAN_START) == Light.YELLOW


@given(status=st.sampled_from(list(Status)), kind=st.sampled_from(list(DeadlineKind)),
       due=st.one_of(st.none(), st.dates(date(2025, 6, 1), date(2027, 6, 1))),
       start=st.one_of(st.none(), st.dates(date(2025, 6, 1), date(2026, 12, 31))),
       recurrence=st.one_of(st.none(), st.sampled_from(list(Recurrence))), percent=st.integers(0, 100),
       last=st.one_of(st.none(), st.sampled_from(["2025-10", "2026-01", "2026-02", "2026-03"])),
       days=st.integers(-200, 400), righted_on=st.one_of(st.none(), st.dates(date(2025, 6, 1), date(2027, 6, 1))),
       kept=st.sampled_from([0, 30]))
def test_red_is_exactly_overdue(status: Status, kind: DeadlineKind, due: date | None, start: date | None,
                                recurrence: Recurrence | None, percent: int, last: str | None, days: int,
                                righted_on: date | None, kept: int) -> None:
    """Whatever the task (a red put right kept yellow or not), its light is red exactly when it counts as 逾期:
    one rule for the two."""
    facts = TaskFacts(status, kind, due, start, recurrence, percent, last, righted_on=righted_on)
    as_of = AS_OF + timedelta(days=days)
    rules = LightRules(warning_days=7, schedule_gap=30, red_yellow_days=kept)
    assert (task_light(facts, as_of, rules, PLAN_START) is Light.RED) == is_overdue(facts, as_of)
