"""序时进度: a task's milestones by month, as typed, stored and set, and a month's report classed against them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.enums import Pace
from models.domain.lights import parse_period
from models.domain.tasks import get_task
from models.domain.text import normalise_text
from models.errors import RuleError

# The rule an office applies, stated once: the target of a report of month M is the latest milestone at or
# before M (no interpolation: a milestone is what the plan promised by the end of its month); the report's
# percentage at least 10 points above it is 超进度, at least the target 达进度, below it 欠进度. A report with
# no percentage keeps the last one reported before it (0 when none was). Before the first milestone's month a
# report is not classed.
AHEAD_MARGIN = 10
PACE_RULE = ("序时进度：每月报告对照当月或之前最近一个节点的目标进度，高出10个百分点及以上为超进度，"
             "达到目标为达进度，低于目标为欠进度；首个节点之前的报告不评")
NAME_LIMIT = 64
EXAMPLE = "3月30%、6月60%（完成初稿）、12月100%"


class Milestone(NamedTuple):
    """The percentage a task should have reached by the end of a month, and the step's name where it has one."""

    period: str  # YYYY-MM
    percent: int
    name: str = ""

    def words(self, year: int) -> str:
        """"6月60%（完成初稿）" (with its year when it is not the task's: "2027年3月30%")."""
        return f"{month_words(self.period, year)}{self.percent}%" + (f"（{self.name}）" if self.name else "")


Milestones = tuple[Milestone, ...]


def month_words(period: str, year: int) -> str:
    """"6月", or "2027年3月" for a month outside the task's year."""
    y, m = parse_period(period)
    return f"{m}月" if y == year else f"{y}年{m}月"


def checked(milestones: Iterable[Milestone]) -> Milestones:
    """The milestones in month order, refused when a month comes twice, a percentage is out of 0–100 or a
    later milestone asks less than an earlier one."""
    result: list[Milestone] = []
    for milestone in sorted(milestones, key=lambda m: m.period):
        parse_period(milestone.period)
        name = normalise_text(milestone.name).replace("\n", " ").strip()
        if len(name) > NAME_LIMIT:
            raise RuleError("节点名称太长：{length} 个字，最多 {limit} 个字。", length=len(name), limit=NAME_LIMIT)
        if not 0 <= milestone.percent <= 100:
            raise RuleError("序时进度的百分比应在 0 到 100 之间，收到的是 {percent}。", percent=milestone.percent)
        if result and result[-1].period == milestone.period:
            raise RuleError("序时进度里 {period} 写了两次。", period=milestone.period)
        if result and result[-1].percent > milestone.percent:
            raise RuleError("序时进度应逐月不减：{before} 为 {a}%，之后的 {after} 却只有 {b}%。",
                            before=result[-1].period, a=result[-1].percent, after=milestone.period,
                            b=milestone.percent)
        result.append(Milestone(milestone.period, milestone.percent, name))
    return tuple(result)


_ARG = re.compile(r"(\d{4}-\d{1,2})=(\d{1,3})(?:[:：](.*))?")


def from_args(args: Sequence[str]) -> Milestones:
    """The command line's form: 2026-03=30 2026-06=60:完成初稿 2026-12=100."""
    found = []
    for arg in args:
        match = _ARG.fullmatch(arg.strip())
        if not match:
            raise RuleError("序时进度“{text}”写不明白：应写成 2026-06=60，或带节点名称 2026-06=60:完成初稿。",
                            text=arg)
        year, month = match[1].split("-")
        found.append(Milestone(f"{year}-{int(month):02d}", int(match[2]), (match[3] or "").strip()))
    return checked(found)


_MONTH = r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*(?:底|末|份)?|(年中|年底|年末|全年))"
_ITEM = re.compile(_MONTH + r"\s*(?:前|底前)?\s*(?:完成|达到|累计)?\s*(\d{1,3})\s*[%％]\s*"
                   r"(?:[（(]([^（）()]*)[）)]|[:：]\s*([^、，,；;\s]*))?")
_SEPARATORS = re.compile(r"[\s、，,；;。]*")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WORD_MONTHS = {"年中": 6, "年底": 12, "年末": 12, "全年": 12}


def from_text(text: str, year: int) -> Milestones:
    """The editor's line, as an office writes it: "3月30%、6月60%（完成初稿）、年底100%" (年中 is June; a month
    of another year says it: 2027年3月30%). Anything left over is refused with the part not understood."""
    text = normalise_text(text).translate(_DIGITS).strip()
    found, place = [], 0
    for match in _ITEM.finditer(text):
        _leftover(text[place:match.start()])
        place = match.end()
        month = int(match[2]) if match[2] else _WORD_MONTHS[match[3]]
        if not 1 <= month <= 12:
            raise RuleError("序时进度里的“{text}”不是一个月份。", text=match[0].strip())
        found.append(Milestone(f"{int(match[1] or year):04d}-{month:02d}", int(match[4]),
                               (match[5] or match[6] or "").strip()))
    _leftover(text[place:])
    return checked(found)


def _leftover(piece: str) -> None:
    if not _SEPARATORS.fullmatch(piece):
        raise RuleError("序时进度里的“{text}”看不明白：请写成“{example}”，或留空。", text=piece.strip(" 、，,；;"),
                        example=EXAMPLE)


def as_text(milestones: Milestones, year: int) -> str:
    """The editor's line for the milestones: "3月30%、6月60%（完成初稿）、12月100%"."""
    return "、".join(milestone.words(year) for milestone in milestones)


def encode(milestones: Milestones) -> str:
    """How the task row keeps them: one "2026-06=60:完成初稿" a line."""
    return "\n".join(f"{m.period}={m.percent}" + (f":{m.name}" if m.name else "") for m in milestones)


def decode(stored: str) -> Milestones:
    found = []
    for line in stored.splitlines():
        period, _, rest = line.partition("=")
        percent, _, name = rest.partition(":")
        if period and percent.isdigit():
            found.append(Milestone(period, int(percent), name))
    return tuple(found)


def target_for(milestones: Milestones, period: str) -> Milestone | None:
    """The milestone a report of `period` is measured against: the latest at or before its month."""
    due = [milestone for milestone in milestones if milestone.period <= period]
    return due[-1] if due else None


def pace_of(milestones: Milestones, period: str, percent: int) -> Pace | None:
    """超进度, 达进度 or 欠进度 for a report of `period` at `percent`; None before the first milestone."""
    target = target_for(milestones, period)
    if target is None:
        return None
    if percent >= target.percent + AHEAD_MARGIN:
        return Pace.AHEAD
    return Pace.ON_SCHEDULE if percent >= target.percent else Pace.BEHIND


def newest_report(reports: Iterable[tuple[str, int | None]]) -> tuple[str, int | None] | None:
    """The month and percentage of a task's newest report, from its reports (period, percentage) in the order
    they were entered: the newest month's last-entered one, a missing percentage carried from the report
    entered before it (None while no report has given one: a report of words alone is no 0%)."""
    newest: tuple[str, int | None] | None = None
    carried: int | None = None
    for period, percent in reports:
        carried = carried if percent is None else percent
        if newest is None or period >= newest[0]:
            newest = (period, carried)
    return newest


class Standing(NamedTuple):
    """Where a task's newest report stands: its month and percentage, the milestone due and the class."""

    period: str
    percent: int
    target: Milestone
    pace: Pace

    def words(self, year: int) -> str:
        """"欠进度（6月应达60%，报45%）"."""
        due = month_words(self.target.period, year)
        return f"{self.pace.label}（{due}应达{self.target.percent}%，报{self.percent}%）"


def standing(milestones: Milestones, reports: Iterable[tuple[str, int | None]], *,
             finished: bool = False) -> Standing | None:
    """The newest report classed (a task finished counts as at 100%); None without milestones, without a
    report, or before the first milestone."""
    if not milestones:
        return None
    newest = newest_report(reports)
    if newest is None:
        return None
    period, percent = newest[0], 100 if finished else newest[1]
    if percent is None:
        return None  # no percentage reported yet: nothing to class it by
    target, pace = target_for(milestones, period), pace_of(milestones, period, percent)
    return None if target is None or pace is None else Standing(period, percent, target, pace)


def report_paces(milestones: Milestones, reports: Iterable[tuple[str, int | None]]) -> list[Pace | None]:
    """Each report (period, percentage, in the order entered) classed, a missing percentage carried; None for
    one before any percentage was given."""
    carried: int | None = None
    found: list[Pace | None] = []
    for period, percent in reports:
        carried = carried if percent is None else percent
        found.append(None if carried is None else pace_of(milestones, period, carried))
    return found


def set_milestones(session: Session, actor: str, task_id: int, milestones: Iterable[Milestone]) -> None:
    """Give a task its milestones (none: cleared), in the caller's transaction, the change in the trail."""
    task = get_task(session, task_id)
    new = encode(checked(milestones))
    if new == task.milestones:
        return
    audit.record(session, actor, "update", "task", task_id, "milestones", task.milestones or None, new or None)
    task.milestones = new
    task.updated_at = datetime.now()
