"""Chinese deadline text (3月底前, 上半年, 长期坚持, 每季度 ...) read into a structured deadline."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from models.domain.enums import DeadlineKind, Recurrence
from models.domain.numerals import parse_chinese_number

FIRST_YEAR, LAST_YEAR = 1900, 2999  # the years a deadline may name; others are kept as unparsed text


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: date | None = None
    text: str = ""
    recurrence: Recurrence | None = None
    start: date | None = None  # the first day of a span such as 4月至10月

    @property
    def display(self) -> str:
        """What the office wrote, or the date the Chinese way when it was a bare date cell."""
        return deadline_words(self.text, self.due)


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def deadline_words(text: str, due: date | None) -> str:
    """A deadline as every page, sheet and line says it: the words written, or the date the Chinese way when none
    were (a date cell) or they were a date in digits (2027-01-15, as an older ledger may hold them)."""
    own = own_words(text) if text else ""
    return own or (chinese_date(due) if due else "")


# A date typed in digits (2027-01-15, 2027/1/15, 2027.1.15, 20270115), and what ends it (前, 前完成).
_DIGITS_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|(\d{2})(\d{2}))"
                          r"((?:以前|之前|前)?(?:完成|截止|止)?)")


@lru_cache(maxsize=4096)
def own_words(text: str) -> str:
    """What a deadline's text says of its own: nothing for a date typed in digits (2027-01-15 is shown as a date
    cell is, 2027年1月15日), the date the Chinese way with its ending for 2027-01-15前; other words as written."""
    m = _DIGITS_DATE.fullmatch(_normalise(text))
    written = _year(m[1]) if m else None
    day = _safe_date(written, int(m[2] or m[4]), int(m[3] or m[5])) if m and written else None
    if m is None or day is None:
        return text
    return chinese_date(day) + m[6] if m[6] else ""


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_ONGOING_WORDS = ("长期坚持", "持续推进", "常态化", "长期", "持续", "经常性", "随时",
                  # At once, and for as long as it takes: no date to be late against.
                  "立即办理", "即知即改", "立行立改", "立即", "马上办")
_RECURRING_WORDS: tuple[tuple[str, Recurrence], ...] = (
    ("每半年", Recurrence.HALF_YEARLY),
    ("每季度", Recurrence.QUARTERLY),
    ("每季", Recurrence.QUARTERLY),
    ("按季度", Recurrence.QUARTERLY),
    ("每月", Recurrence.MONTHLY),
    ("按月", Recurrence.MONTHLY),
    ("每周", Recurrence.MONTHLY),  # reported on at each monthly meeting all the same
    ("每年", Recurrence.YEARLY),
    ("按年度", Recurrence.YEARLY),
)
# A date inside longer text: "6月底前出台方案，12月底前全面完成" (milestones), "……，6月底前完成" (in a task).
_DATE_PHRASE = re.compile(r"(?:次年|明年|翌年)(?:底|末)(?:以前|之前|前)?|"
                          r"(?:\d{4}年|次年|明年)?(?:\d{1,2}月(?:\d{1,2}[日号]|底|末|份|上旬|中旬|下旬)?|"
                          r"上半年|下半年|年底|年末|年中|(?<![一二两三四五六七八九十\d几多])年内|"
                          r"第?[一二三四1-4]季度(?:末|底)?)(?:以前|之前|前)?")
# Words in a measure's text that say how long it runs when no deadline is given: 持续做好…，定期分析.
_ONGOING_IN_TEXT = ("长期坚持", "持续推进", "常态化", "长效", "长期", "持续", "定期")
_SUFFIX = r"(?:以前|之前|前)?(?:完成|截止|止)?$"  # 10月底前, 10月底前完成, 10月底止


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = text.replace("—", "-").replace("~", "-").replace("～", "-").replace("到", "至")
    # Chinese numerals before 月/日/号 become digits; quarters keep theirs (handled below).
    # A malformed numeral (一二月, 十十月) stays as written, and the whole text is then kept unparsed.
    return re.sub(r"([〇零一二两三四五六七八九十]{1,3})(?=[月日号])", _numeral_to_digits, text)


def _numeral_to_digits(match: re.Match[str]) -> str:
    value = parse_chinese_number(match[1])
    return match[1] if value is None else str(value)


def _year(text: str) -> int | None:
    """A written year the ledger can hold: 0000年 or 9999年 is a typing slip, not a plan year."""
    year = int(text)
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# What a sheet puts in a cell that has no deadline: "/", "—", "——", "－", "-", "无", "暂无" say so as blank does.
_PLACEHOLDER = re.compile(r"[—–\-－―─/／\\…·.。]+|无|暂无|空")


def parse_deadline(value: object, year: int) -> Deadline:
    """Read a deadline cell for plan year `year`; text that cannot be read stays verbatim as UNPARSED. A dash,
    a slash or 无 is no deadline, as a blank cell is."""
    if isinstance(value, datetime):
        return Deadline(DeadlineKind.DATE, value.date())
    if isinstance(value, date):
        return Deadline(DeadlineKind.DATE, value)
    original = "" if value is None else str(value).strip()
    if not original or _PLACEHOLDER.fullmatch(original):
        return Deadline(DeadlineKind.NONE)
    return _parse_words(original, year)


@lru_cache(maxsize=4096)
def _parse_words(original: str, year: int) -> Deadline:
    """Cached: a breakdown of thousands of rows repeats a few dozen deadline phrases (3月底前, 长期坚持)."""
    text = _normalise(original)
    found = _parse_text(text, year)
    if found is None:
        due = latest_date_in(text, year)  # milestones: the last is the deadline, the text keeps them all
        return Deadline(DeadlineKind.DATE, due, _plan_years(original, year, due)) if due else Deadline(
            DeadlineKind.UNPARSED, text=original)
    kind, due, recurrence, start = found
    # A date typed in digits keeps no words: shown the Chinese way, as a date cell is.
    return Deadline(kind, due, own_words(_plan_years(original, year, due)) if kind == DeadlineKind.DATE else original,
                    recurrence, start)


_NEXT_YEAR = re.compile(r"次年|明年|翌年")


def _plan_years(text: str, year: int, due: date | None) -> str:
    """明年年底前 in a 2026 plan is kept as 2027年年底前: the words would say the year after next once read in
    2027 (carried over, or shown next year), and read again they mean the day they meant. Words that would not
    read back as that day keep it beside them, as 下周五前（12月11日） does: 明年（2027年12月31日）."""
    if due is None or not _NEXT_YEAR.search(text) or re.search(r"\d{4}\s*年", text):
        return text  # a year written beside it already: as written
    words = _NEXT_YEAR.sub(f"{year + 1}年", text)
    read = _parse_text(_normalise(words), year)
    return words if (read[1] if read else latest_date_in(_normalise(words), year)) == due else \
        f"{text}（{chinese_date(due)}）"


def latest_date_in(text: str, year: int) -> date | None:
    """The latest date named anywhere in `text` (normalised), or None when it names none."""
    dates = [due for match in _DATE_PHRASE.finditer(text)
             if not text.startswith(("起", "开始", "以来", "至", "到"), match.end())  # 3月起: a start, not a due
             and (due := _parse_point(match.group(), year))]
    return max(dates) if dates else None


def deadline_in_text(text: str, year: int, *, words: bool = True) -> Deadline | None:
    """A deadline written inside a task's own text, when none is given apart: a date ("……，6月底前完成",
    "年内轮训全覆盖", "明年年底前建成"), and with `words` how often or how long ("每季度调度一次" is quarterly,
    "持续做好…定期分析" ongoing)."""
    normal = _normalise(text)
    due = latest_date_in(normal, year)
    if due is not None:
        phrase = [m.group() for m in _DATE_PHRASE.finditer(normal)][-1]
        return Deadline(DeadlineKind.DATE, due, phrase)
    if not words:
        return None
    for word, recurrence in _RECURRING_WORDS:
        if any(_as_schedule(normal, found.start(), found.end()) for found in re.finditer(word, normal)):
            return Deadline(DeadlineKind.RECURRING, text=word, recurrence=recurrence)
    ongoing = next((word for word in _ONGOING_IN_TEXT if word in normal), None)
    if ongoing is None:
        return None
    return Deadline(DeadlineKind.ONGOING, text=ongoing if ongoing in ("长期坚持", "持续推进", "常态化") else "持续推进")


# After 每年/每月 in a sentence, a rate rather than a schedule: 每人每年6000元, 每年增长10%, 每月500元.
_RATE_AFTER = re.compile(r"[\d〇零一二两三四五六七八九十百千万]+(?:\.\d+)?\s*(?:元|万|亿|千|百|人|名|户|个|%|％|亩|吨|"
                         r"平方|公里|家|所|套|台|辆|床|张)|(?:增长|提高|增加|递增|下降|减少|新增)")


def _as_schedule(text: str, start: int, end: int) -> bool:
    """每季度 in "每季度调度一次", 每年 in "每年开展一次": how often the work is done. Not 每年 in
    "每人每年6000元" (每 before it: an amount per person and year) nor in "每年增长10%" (a rate)."""
    if start >= 2 and text[start - 2] == "每":
        return False
    return _RATE_AFTER.match(text, end) is None


_Parsed = tuple[DeadlineKind, date | None, Recurrence | None, date | None]


def _parse_text(text: str, year: int) -> _Parsed | None:
    for word, recurrence in _RECURRING_WORDS:
        if text.startswith(word):
            return DeadlineKind.RECURRING, None, recurrence, None
    if any(word in text for word in _ONGOING_WORDS):
        return DeadlineKind.ONGOING, None, None, None
    due = _parse_point(text, year)
    if due is not None:
        return DeadlineKind.DATE, due, None, None
    return _parse_span(text, year)


def _parse_point(text: str, year: int) -> date | None:
    """A single due date: a full date, a month, a part of a month, a quarter or a half year."""
    if m := re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?" + _SUFFIX, text):
        written = _year(m[1])
        return _safe_date(written, int(m[2]), int(m[3])) if written else None
    if m := re.fullmatch(r"(\d{4})(\d{2})(\d{2})" + _SUFFIX, text):  # 20270115, as a number cell or typed
        written = _year(m[1])
        return _safe_date(written, int(m[2]), int(m[3])) if written else None
    if m := re.fullmatch(r"(\d{4})[-/.年](\d{1,2})月?(?:底|末|份)?" + _SUFFIX, text):
        written, month = _year(m[1]), int(m[2])
        return month_end(written, month) if written and 1 <= month <= 12 else None
    if m := re.match(r"(\d{4})年", text):
        written, text = _year(m[1]), text[m.end():]
        if written is None:
            return None
        year = written
        if re.fullmatch(r"(?:底|末|内)" + _SUFFIX, text):  # 2026年底前, 2026年内
            return date(year, 12, 31)
    elif m := re.match(r"(?:次年|明年|翌年)", text):  # 次年3月底前: the plan year's next
        year, text = year + 1, text[m.end():]
        if text == "" or re.fullmatch(r"(?:底|末|内)" + _SUFFIX, text):
            return date(year, 12, 31)
    if m := re.fullmatch(r"(\d{1,2})月(\d{1,2})[日号]" + _SUFFIX, text):
        return _safe_date(year, int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{1,2})月(上旬|中旬|下旬)(?:末)?" + _SUFFIX, text):
        month = int(m[1])
        if not 1 <= month <= 12:
            return None
        day = {"上旬": 10, "中旬": 20}.get(m[2])
        return date(year, month, day) if day else month_end(year, month)
    if m := re.fullmatch(r"(\d{1,2})月(?:份)?(?:底|末|中)?" + _SUFFIX, text):
        month = int(m[1])
        return month_end(year, month) if 1 <= month <= 12 else None
    if m := re.fullmatch(r"第?([一二三四1-4])季度(?:末|底)?" + _SUFFIX, text):
        quarter = int(m[1]) if m[1].isdigit() else "一二三四".index(m[1]) + 1
        return month_end(year, quarter * 3)
    if re.fullmatch(r"(?:上半年|年中)(?:底|末)?" + _SUFFIX, text):
        return date(year, 6, 30)
    if re.fullmatch(r"(?:下半年|年底|年末|年内|全年|本年度|年度内)(?:底|末)?" + _SUFFIX, text):
        return date(year, 12, 31)
    return None


def _parse_span(text: str, year: int) -> _Parsed | None:
    """A span such as 4月至10月 or 4-10月: due at the end, starting at the beginning."""
    if m := re.match(r"(\d{4})年", text):
        written, text = _year(m[1]), text[m.end():]
        if written is None:
            return None
        year = written
    m = re.fullmatch(r"(\d{1,2})(?:月(?:份)?)?(?:至|-)(\d{1,2})月(?:份)?(?:底|末)?" + _SUFFIX, text)
    if not m:
        return None
    first, last = int(m[1]), int(m[2])
    if not (1 <= first <= last <= 12):
        return None
    return DeadlineKind.DATE, month_end(year, last), None, date(year, first, 1)
