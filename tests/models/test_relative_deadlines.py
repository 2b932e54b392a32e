"""Deadlines typed relative to the day become that day's date, with the words and the date kept together."""

from __future__ import annotations

from datetime import date

import pytest

from models.domain.deadlines import parse_deadline
from models.domain.enums import DeadlineKind
from models.domain.relative_deadlines import relative_due, typed_deadline

SATURDAY = date(2026, 12, 5)
WEDNESDAY = date(2026, 12, 9)


@pytest.mark.parametrize(("typed", "today", "due"), [
    ("下周五前", SATURDAY, date(2026, 12, 11)),
    ("下周五前", WEDNESDAY, date(2026, 12, 18)),
    ("本周内", WEDNESDAY, date(2026, 12, 13)),
    ("本周五前完成", WEDNESDAY, date(2026, 12, 11)),
    ("本月底前", WEDNESDAY, date(2026, 12, 31)),
    ("下月底前", date(2026, 1, 31), date(2026, 2, 28)),
    ("下个月10日前", WEDNESDAY, date(2027, 1, 10)),
    ("两周内", SATURDAY, date(2026, 12, 19)),
    ("3天内", SATURDAY, date(2026, 12, 8)),
    ("十个工作日内", SATURDAY, date(2026, 12, 18)),  # Monday 7th to Friday 18th
    ("一个月内", date(2026, 1, 31), date(2026, 2, 28)),
    ("本季度末", date(2026, 8, 3), date(2026, 9, 30)),
    ("今年底前", WEDNESDAY, date(2026, 12, 31)),
])
def test_relative_words_mean_a_day_counted_from_the_day_typed(typed: str, today: date, due: date) -> None:
    assert relative_due(typed, today) == due
    deadline = typed_deadline(typed, 2026, today)
    assert deadline.kind == DeadlineKind.DATE and deadline.due == due
    assert deadline.text.startswith(typed)  # the words as the clerk typed them, the date beside them
    assert parse_deadline(deadline.text, 2026).due == due  # and read back later (export, import) as that day


@pytest.mark.parametrize("words", ["6月底前", "长期坚持", "每季度", "待定", "下下周", "近期", ""])
def test_other_words_are_read_as_a_sheet_reads_them(words: str) -> None:
    assert relative_due(words, SATURDAY) is None
    assert typed_deadline(words, 2026, SATURDAY) == parse_deadline(words, 2026)


@pytest.mark.parametrize(("typed", "today", "due", "kept"), [
    ("1月底前", date(2026, 12, 6), date(2027, 1, 31), "2027年1月底前"),  # the January to come
    ("一月十五日前", date(2026, 12, 6), date(2027, 1, 15), "2027年一月十五日前"),
    ("一季度", date(2026, 12, 6), date(2027, 3, 31), "2027年一季度"),
    ("5月底前", date(2026, 12, 6), date(2027, 5, 31), "2027年5月底前"),  # more than six months back
    ("6月底前", date(2026, 12, 6), date(2026, 6, 30), "6月底前"),  # less: this year's, and late
    ("3月底前", date(2026, 6, 10), date(2026, 3, 31), "3月底前"),
    ("12月底前", date(2026, 12, 6), date(2026, 12, 31), "12月底前"),
    ("2026年1月底前", date(2026, 12, 6), date(2026, 1, 31), "2026年1月底前"),  # a year written stays
    ("2026-01-31", date(2026, 12, 6), date(2026, 1, 31), ""),  # so is a date in digits (shown 2026年1月31日)
])
def test_a_month_without_its_year_is_the_one_to_come(typed: str, today: date, due: date, kept: str) -> None:
    """1月底前 written in December is next January, not the one eleven months gone (red the day it was made)."""
    deadline = typed_deadline(typed, 2026, today)
    assert (deadline.kind, deadline.due, deadline.text) == (DeadlineKind.DATE, due, kept)
    assert parse_deadline(deadline.display, 2026).due == due  # exported and imported back, still that day


def test_a_span_without_its_year_moves_whole() -> None:
    deadline = typed_deadline("1至3月", 2026, date(2026, 12, 6))
    assert (deadline.start, deadline.due, deadline.text) == (date(2027, 1, 1), date(2027, 3, 31), "2027年1至3月")


@pytest.mark.parametrize("words", ["元旦前", "春节前"])
def test_holidays_are_not_dates_the_program_knows(words: str) -> None:
    """Not read as a day (the 春节 moves with the lunar calendar): kept as written once the clerk confirms."""
    assert typed_deadline(words, 2026, date(2026, 12, 6)).kind == DeadlineKind.UNPARSED


def test_a_plan_imported_in_december_is_read_in_its_own_year() -> None:
    """The sheet's 1月底前 is its plan year's January however late in the year it is imported."""
    assert parse_deadline("1月底前", 2026).due == date(2026, 1, 31)
