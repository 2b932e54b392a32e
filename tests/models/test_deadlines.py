"""The Chinese deadline table: what the office writes and the date it means in a plan year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models.domain.deadlines import deadline_in_text, deadline_words, own_words, parse_deadline
from models.domain.enums import DeadlineKind, Recurrence

Y = 2026

DATE_CASES = [
    ("3月底前", date(Y, 3, 31)),
    ("6月底前", date(Y, 6, 30)),
    ("2月底前", date(Y, 2, 28)),
    ("年底前", date(Y, 12, 31)),
    ("上半年", date(Y, 6, 30)),
    ("下半年", date(Y, 12, 31)),
    ("一季度", date(Y, 3, 31)),
    ("第三季度", date(Y, 9, 30)),
    ("二季度末", date(Y, 6, 30)),
    ("2026年9月", date(Y, 9, 30)),
    ("2026-10-31", date(Y, 10, 31)),
    ("2026.6.30", date(Y, 6, 30)),
    ("2026/7/1", date(Y, 7, 1)),
    ("2026年6月30日前", date(Y, 6, 30)),
    ("10月15日前", date(Y, 10, 15)),
    ("十月十五日前", date(Y, 10, 15)),
    ("三月底前", date(Y, 3, 31)),
    ("5月上旬", date(Y, 5, 10)),
    ("5月中旬", date(Y, 5, 20)),
    ("5月下旬", date(Y, 5, 31)),
    ("全年", date(Y, 12, 31)),
    ("年内", date(Y, 12, 31)),
    ("9月", date(Y, 9, 30)),
    ("2027年3月底前", date(2027, 3, 31)),
    ("  ６月底前 ", date(Y, 6, 30)),  # full-width digits and stray spaces from WPS
    ("6 月 底前", date(Y, 6, 30)),
]


@pytest.mark.parametrize(("text", "due"), DATE_CASES)
def test_dated_deadlines(text: str, due: date) -> None:
    deadline = parse_deadline(text, Y)
    assert deadline.kind == DeadlineKind.DATE
    assert deadline.due == due
    assert deadline.text == own_words(text.strip())  # the office's own words are kept for display and print


@pytest.mark.parametrize("typed", ["2027-01-15", "2027/1/15", "2027.1.15", "20270115", "２０２７－０１－１５"])
def test_a_date_typed_in_digits_is_shown_the_chinese_way(typed: str) -> None:
    """2027-01-15 keeps no words of its own: shown as a date cell is, so one column does not mix the styles."""
    deadline = parse_deadline(typed, Y)
    assert (deadline.kind, deadline.due, deadline.text) == (DeadlineKind.DATE, date(2027, 1, 15), "")
    assert deadline.display == "2027年1月15日"
    assert deadline_words(typed, date(2027, 1, 15)) == "2027年1月15日"  # as an older ledger keeps it


def test_a_date_in_digits_keeps_its_ending_and_other_words_stay_as_written() -> None:
    assert parse_deadline("2026-12-31前", Y).display == "2026年12月31日前"
    assert deadline_words("2026-12-31前完成", date(Y, 12, 31)) == "2026年12月31日前完成"
    for words in ("12月31日前", "2026年12月31日", "下周五前（12月11日）", "2026-13-45", "长期坚持"):
        assert own_words(words) == words
    assert parse_deadline("20261345", Y).kind == DeadlineKind.UNPARSED  # eight digits that are no day


def test_span_is_due_at_its_end_and_starts_at_its_beginning() -> None:
    deadline = parse_deadline("4月至10月", Y)
    assert (deadline.kind, deadline.start, deadline.due) == (DeadlineKind.DATE, date(Y, 4, 1), date(Y, 10, 31))
    assert parse_deadline("4-10月", Y).due == date(Y, 10, 31)


@pytest.mark.parametrize("text", ["长期坚持", "持续推进", "常态化", "常态化推进", "长期"])
def test_ongoing(text: str) -> None:
    deadline = parse_deadline(text, Y)
    assert deadline.kind == DeadlineKind.ONGOING
    assert deadline.due is None


@pytest.mark.parametrize(("text", "recurrence"), [
    ("每月", Recurrence.MONTHLY), ("每季度", Recurrence.QUARTERLY), ("每半年", Recurrence.HALF_YEARLY),
    ("每月25日前", Recurrence.MONTHLY), ("每年", Recurrence.YEARLY),
])
def test_recurring(text: str, recurrence: Recurrence) -> None:
    deadline = parse_deadline(text, Y)
    assert deadline.kind == DeadlineKind.RECURRING
    assert deadline.recurrence == recurrence


def test_excel_date_cells() -> None:
    assert parse_deadline(datetime(2026, 5, 20, 0, 0), Y).due == date(2026, 5, 20)
    assert parse_deadline(date(2026, 5, 20), Y).kind == DeadlineKind.DATE


@pytest.mark.parametrize("text", ["尽快", "视情况而定", "13月底前", "2026-02-30", "5月32日前", "待定"])
def test_unknown_text_is_kept_verbatim_not_guessed(text: str) -> None:
    deadline = parse_deadline(text, Y)
    assert deadline.kind == DeadlineKind.UNPARSED
    assert deadline.due is None
    assert deadline.text == text


def test_blank_means_no_deadline() -> None:
    assert parse_deadline("  ", Y).kind == DeadlineKind.NONE
    assert parse_deadline(None, Y).kind == DeadlineKind.NONE


def test_plan_year_decides_the_year() -> None:
    assert parse_deadline("3月底前", 2027).due == date(2027, 3, 31)


@pytest.mark.parametrize("text", ["/", "／", "—", "——", "－", "-", "无", "暂无", " — "])
def test_a_cell_saying_there_is_none_is_no_deadline(text: str) -> None:
    """"/", "—", "无" in a 完成时限 cell mean none, as a blank cell does: never "未能识别为日期，将原样保存"."""
    assert parse_deadline(text, Y) == parse_deadline("", Y)


@pytest.mark.parametrize(("text", "words", "due"), [
    ("明年年底前", "2027年年底前", date(2027, 12, 31)), ("次年3月底前", "2027年3月底前", date(2027, 3, 31)),
    ("明年底前", "2027年底前", date(2027, 12, 31)), ("翌年6月", "2027年6月", date(2027, 6, 30)),
    ("6月底前出台方案，明年年底前全面完成", "6月底前出台方案，2027年年底前全面完成", date(2027, 12, 31)),
    ("明年", "明年（2027年12月31日）", date(2027, 12, 31)),  # words that name no day read back: the day beside them
])
def test_next_year_is_kept_as_the_year_it_means(text: str, words: str, due: date) -> None:
    """明年年底前 in a 2026 plan, shown or read again in 2027, would mean 2028: the words keep the year they mean."""
    deadline = parse_deadline(text, Y)
    assert (deadline.kind, deadline.due, deadline.text) == (DeadlineKind.DATE, due, words)
    assert parse_deadline(deadline.text, Y + 1).due == due  # read again next year, the same day


@pytest.mark.parametrize(("text", "kind"), [
    ("提高城乡低保标准，农村低保标准提高至每人每年6000元", None), ("小微企业贷款每年增长10%以上", None),
    ("发放补贴每月500元", None), ("建立重点任务调度机制，每季度调度一次", DeadlineKind.RECURRING),
    ("建立专项督查制度，每年开展一次专项督查", DeadlineKind.RECURRING), ("每月25日前报送进展", DeadlineKind.RECURRING),
])
def test_a_rate_in_the_text_is_no_schedule(text: str, kind: DeadlineKind | None) -> None:
    """每年 as how often the work is done is a deadline; 每人每年6000元 is an amount, not a schedule."""
    found = deadline_in_text(text, Y)
    assert (found.kind if found else None) == kind
