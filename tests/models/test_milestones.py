"""序时进度 as an office writes and judges it: milestones typed as 3月30%、6月60%（完成初稿）、年底100%, each month's
report classed 超进度 / 达进度 / 欠进度 against the latest milestone at or before its month."""

from __future__ import annotations

import pytest

from models.domain.enums import Pace
from models.domain.milestones import (
    Milestone,
    as_text,
    decode,
    encode,
    from_args,
    from_text,
    pace_of,
    report_paces,
    standing,
    target_for,
)
from models.errors import RuleError

PLAN = (Milestone("2026-03", 30), Milestone("2026-06", 60, "完成初稿"), Milestone("2026-12", 100))


@pytest.mark.parametrize("typed", [
    "3月30%、6月60%（完成初稿）、12月100%",
    "3月底30%，6月60%(完成初稿)；年底100%",
    "３月３０％ 6月前完成60%：完成初稿 年末100%",
    "12月100%、3月30%、6月60%（完成初稿）",  # any order: kept by month
])
def test_the_line_is_read_as_the_office_writes_it(typed: str) -> None:
    assert from_text(typed, 2026) == PLAN


def test_the_line_comes_back_as_it_is_best_written() -> None:
    assert as_text(PLAN, 2026) == "3月30%、6月60%（完成初稿）、12月100%"
    assert as_text((Milestone("2027-03", 100),), 2026) == "2027年3月100%"
    assert from_text("2027年3月100%", 2026) == (Milestone("2027-03", 100),)
    assert from_text("  ", 2026) == ()


def test_the_command_line_form_and_the_stored_form_say_the_same() -> None:
    assert from_args(["2026-03=30", "2026-6=60:完成初稿", "2026-12=100"]) == PLAN
    assert decode(encode(PLAN)) == PLAN
    assert decode("") == ()


@pytest.mark.parametrize(("typed", "said"), [
    ("3月30%、6月", "序时进度里的“6月”看不明白：请写成“3月30%、6月60%（完成初稿）、12月100%”，或留空。"),
    ("三月过半", "序时进度里的“三月过半”看不明白"),
    ("13月30%", "序时进度里的“13月30%”不是一个月份。"),
    ("3月50%、6月40%", "序时进度应逐月不减：2026-03 为 50%，之后的 2026-06 却只有 40%。"),
    ("3月30%、3月40%", "序时进度里 2026-03 写了两次。"),
    ("6月130%", "序时进度的百分比应在 0 到 100 之间，收到的是 130。"),
])
def test_a_line_not_understood_is_refused_in_words(typed: str, said: str) -> None:
    with pytest.raises(RuleError) as refused:
        from_text(typed, 2026)
    assert str(refused.value).startswith(said)


def test_a_bad_command_line_milestone_is_refused_in_words() -> None:
    with pytest.raises(RuleError, match="应写成 2026-06=60"):
        from_args(["2026-06:60"])
    with pytest.raises(RuleError, match="期次应写成"):
        from_args(["2026-13=60"])


def test_the_target_is_the_latest_milestone_at_or_before_the_month() -> None:
    assert target_for(PLAN, "2026-02") is None  # before the first: not classed
    assert target_for(PLAN, "2026-03") == PLAN[0]
    assert target_for(PLAN, "2026-05") == PLAN[0]  # no interpolation: March's 30% until June
    assert target_for(PLAN, "2026-06") == PLAN[1]
    assert target_for(PLAN, "2027-01") == PLAN[2]


@pytest.mark.parametrize(("period", "percent", "pace"), [
    ("2026-02", 0, None),
    ("2026-03", 29, Pace.BEHIND),
    ("2026-03", 30, Pace.ON_SCHEDULE),
    ("2026-03", 39, Pace.ON_SCHEDULE),
    ("2026-03", 40, Pace.AHEAD),  # ten points over the target
    ("2026-05", 35, Pace.ON_SCHEDULE),
    ("2026-06", 55, Pace.BEHIND),
    ("2026-12", 100, Pace.ON_SCHEDULE),
])
def test_a_report_is_classed_against_its_target(period: str, percent: int, pace: Pace | None) -> None:
    assert pace_of(PLAN, period, percent) is pace


def test_the_newest_report_stands_and_a_missing_percentage_is_carried() -> None:
    reports = [("2026-03", 35), ("2026-05", 50), ("2026-06", None)]  # June said no number: 50% still
    found = standing(PLAN, reports)
    assert found is not None and (found.period, found.percent, found.pace) == ("2026-06", 50, Pace.BEHIND)
    assert found.target == PLAN[1] and found.words(2026) == "欠进度（6月应达60%，报50%）"
    assert report_paces(PLAN, reports) == [Pace.ON_SCHEDULE, Pace.AHEAD, Pace.BEHIND]  # May: 20 over March's
    assert standing(PLAN, reports, finished=True).pace is Pace.AHEAD  # type: ignore[union-attr]
    assert standing((), reports) is None and standing(PLAN, []) is None
    assert standing(PLAN, [("2026-01", 10)]) is None  # before the first milestone
