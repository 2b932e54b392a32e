"""Deadlines typed relative to the day (下周五前, 本周内, 本月底前, 两周内, 十个工作日内) made a date on that day.

A sheet read next month cannot know which Friday 下周五 was: the words are resolved when they are typed and
kept with the date they meant ("下周五前（2026年12月11日）"), which reads back as that date. So is a month
written without its year: 1月底前 typed in December is the January to come ("2027年1月底前")."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from models.domain.deadlines import Deadline, chinese_date, month_end, parse_deadline
from models.domain.enums import DeadlineKind
from models.domain.numerals import parse_chinese_number

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}
_NUMBER = r"([0-9]+|[〇零一二两三四五六七八九十百]+)"
_ENDING = r"(?:以前|之前|前|内|以内|之内)?(?:完成|办结|反馈|报送|截止|止)?$"


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_chinese_number(text)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return min(date(year, month + 1, 1) + timedelta(days=day.day - 1), month_end(year, month + 1))


def _working_days_after(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def relative_due(text: str, today: date) -> date | None:
    """The day a relative phrase means when typed on `today`, or None when it is not one."""
    words = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    monday = today - timedelta(days=today.weekday())
    if m := re.fullmatch(r"(本|这|下|下个)(?:周|星期|礼拜)([一二三四五六日天末])?" + _ENDING, words):
        week = monday + timedelta(weeks=0 if m[1] in ("本", "这") else 1)
        return week + timedelta(days=_WEEKDAYS[m[2]] if m[2] else 6)
    if m := re.fullmatch(r"(本|这个|下|下个)月(?:底|末)?" + _ENDING, words):
        month = _add_months(today.replace(day=1), 0 if m[1] in ("本", "这个") else 1)
        return month_end(month.year, month.month)
    if m := re.fullmatch(r"(?:本|这个)季度(?:末|底)?" + _ENDING, words):
        return month_end(today.year, (today.month - 1) // 3 * 3 + 3)
    if m := re.fullmatch(r"(?:今年|本年)(?:底|末|内)?" + _ENDING, words):
        return date(today.year, 12, 31)
    if m := re.fullmatch(r"(?:下月|下个月)" + r"([0-9]{1,2})[日号]" + _ENDING, words):
        month = _add_months(today.replace(day=1), 1)
        return month.replace(day=min(int(m[1]), month_end(month.year, month.month).day))
    if m := re.fullmatch(_NUMBER + r"个?(天|日|工作日|周|星期|礼拜|个月|月)" + _ENDING, words):
        count = _number(m[1])
        if not count or count > 3650:
            return None
        unit = m[2]
        if unit == "工作日":
            return _working_days_after(today, count)
        if unit in ("天", "日"):
            return today + timedelta(days=count)
        if unit in ("周", "星期", "礼拜"):
            return today + timedelta(weeks=count)
        return _add_months(today, count)
    return None


def typed_deadline(text: str, year: int, today: date) -> Deadline:
    """A deadline typed on `today` (in the window, or given to a command): a relative phrase becomes its date with
    the words kept, a month without its year the one to come (ahead_of_today), and anything else is read as a
    sheet's deadline is (parse_deadline)."""
    due = relative_due(text, today)
    if due is None:
        return ahead_of_today(parse_deadline(text, year), text, year, today)
    words = text.strip()
    # The plan year's date without its year, as the sheets write deadlines (下周五前（12月11日）); another
    # year's with it, so it reads back as that year.
    day = f"{due.month}月{due.day}日" if due.year == year else chinese_date(due)
    return Deadline(DeadlineKind.DATE, due, f"{words}（{day}）")


def ahead_of_today(deadline: Deadline, text: str, year: int, today: date) -> Deadline:
    """A month (and day) written without a year that in the plan year would fall more than six months before
    `today` is next year's: 1月底前 written on 12月6日 is the January to come, where 3月底前 written on 6月10日
    is this year's and late. A year written is kept; a plan imported is read in its own year (parse_deadline).
    The year goes into the words ("2027年1月底前"), so they read back as that day."""
    if deadline.kind != DeadlineKind.DATE or deadline.due is None or deadline.due >= _add_months(today, -6):
        return deadline
    later = parse_deadline(text, year + 1)
    if later.due is None or later.due == deadline.due:  # its year was written (2026年1月底前): as written
        return deadline
    words = f"{year + 1}年{text.strip()}"
    read_back = parse_deadline(words, year)
    if (read_back.due, read_back.start) != (later.due, later.start):  # a text naming several dates
        words = f"{text.strip()}（{chinese_date(later.due)}）"
    return Deadline(later.kind, later.due, words, later.recurrence, later.start)
