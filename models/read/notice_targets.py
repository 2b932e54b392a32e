"""Which tasks a 督办单 goes to, by the one counting rule: top-level tasks, each with its late or silent subtasks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from models.domain.deadlines import chinese_date
from models.domain.enums import Light, NoticeLevel, Status
from models.domain.lights import NoticeTrigger
from models.read.counting import Counting
from models.read.queries import TaskRow

NOTICE_CHOICES = ("all", "overdue", "red", "no_feedback")
DEFAULT_TRIGGER = NoticeTrigger()


@dataclass(frozen=True)
class ListedSubtask:
    """A subtask named on its task's notice: late, or without a report this period."""

    code: str
    title: str
    deadline: str
    days_late: int | None  # None: not overdue
    silent: bool  # no report this period

    def words(self) -> str:
        """"逾期8天", "本期未反馈", or both: what the notice says of it."""
        parts = []
        if self.days_late is not None:
            parts.append(f"逾期{self.days_late}天" if self.days_late else "已逾期")
        if self.silent:
            parts.append("本期未反馈")
        return "，".join(parts)


@dataclass(frozen=True)
class NoticeTarget:
    """A top-level task a notice goes to, with its flags rolled in as the counts have them."""

    row: TaskRow
    overdue: bool  # itself, or through a subtask
    subtasks: tuple[ListedSubtask, ...]  # its late or silent subtasks, in the tree's order
    level: NoticeLevel = NoticeLevel.YELLOW  # by the office's trigger (设置 → 督办单)
    reason: str = ""  # what set it off: "逾期12天", "本期未反馈", "距完成时限3天"…
    triggered: bool = True  # False: the trigger names no notice (one asked for by hand is a 督办单, `level`)


def _listed(row: TaskRow, as_of: date) -> ListedSubtask | None:
    if row.status is Status.CANCELLED:
        return None
    silent = row.status.is_active and not row.feedback_this_period
    if not row.overdue and not silent:
        return None
    days = max((as_of - row.due_date).days, 0) if row.overdue and row.due_date is not None else None
    return ListedSubtask(row.code, row.title, row.deadline_display or "未填写",
                         days if row.overdue else None, silent)


def trigger_level(family: list[TaskRow], as_of: date, trigger: NoticeTrigger, *,
                  silent: bool) -> tuple[NoticeLevel | None, str]:
    """The level a task's notice goes at, and why: red once it (or a subtask) is overdue by more than the office's
    days; yellow when overdue within them, without a report this period (`silent`, as counted), or yellow-lit for
    another reason than its coming deadline (behind schedule, 待签收, a report owed, a red put right lately where the
    office keeps it yellow); blue when only a deadline is within the reminding days; None when nothing triggers
    (no notice by the trigger; one asked for by hand is the ordinary 督办单)."""
    live = [row for row in family if row.status.is_active]
    late = [((as_of - row.due_date).days, row) for row in live if row.overdue and row.due_date is not None]
    if late:
        # the latest of the family, the task itself where none is later: a subtask is named, so that its days
        # are not read as the task's own (当前状态's 已逾期N天)
        days, latest = max(late, key=lambda pair: (pair[0], pair[1] is family[0]))
        whose = "" if latest is family[0] else f"子任务{latest.code}"
        return NoticeLevel.RED if days > trigger.red_after_days else NoticeLevel.YELLOW, f"{whose}逾期{days}天"
    if silent:
        return NoticeLevel.YELLOW, "本期未反馈"
    ahead = {row.id: (row.due_date - as_of).days for row in live if row.due_date is not None}
    yellow = [row for row in live
              if row.light is Light.YELLOW and not 0 <= ahead.get(row.id, -1) <= trigger.warning_days]
    kept = [row.kept_yellow_until for row in yellow if row.kept_yellow_until is not None]
    if kept:  # the light's own reason, rather than a 进度滞后 the task may not be
        until = max(kept)
        day = f"{until.month}月{until.day}日" if until.year == as_of.year else chinese_date(until)
        return NoticeLevel.YELLOW, f"红灯纠正后保留黄灯（至{day}）"
    if yellow:
        return NoticeLevel.YELLOW, "进度滞后"
    coming = [days for days in ahead.values() if 0 <= days <= trigger.remind_days]
    if coming:
        return NoticeLevel.BLUE, f"距完成时限{min(coming)}天"
    return None, ""


class NoticeTargets:
    """The year's rows read once: each top-level task with its subtasks, and the flags the counts give it."""

    def __init__(self, rows: list[TaskRow], as_of: date, trigger: NoticeTrigger = DEFAULT_TRIGGER) -> None:
        self.rows, self.as_of, self.trigger = rows, as_of, trigger
        self.counting = Counting(rows)
        self.by_id = {row.id: row for row in rows}
        self.below: dict[int, list[TaskRow]] = {}  # top-level task → its subtasks, any depth, in tree order
        for row in rows:
            top = self.counting.top.get(row.id, row.id)
            if top != row.id:
                self.below.setdefault(top, []).append(row)

    def top_of(self, row: TaskRow) -> TaskRow:
        return self.by_id.get(self.counting.top.get(row.id, row.id), row)

    def target(self, row: TaskRow) -> NoticeTarget:
        """The notice's view of `row`'s top-level task."""
        top = self.top_of(row)
        below = self.below.get(top.id, [])
        listed = (_listed(sub, self.as_of) for sub in below)
        level, reason = trigger_level([top, *below], self.as_of, self.trigger, silent=self.counting.is_silent(top))
        return NoticeTarget(top, self.counting.is_overdue(top), tuple(item for item in listed if item is not None),
                            level or NoticeLevel.YELLOW, reason, level is not None)

    def chosen(self, only: str, section: str = "") -> list[NoticeTarget]:
        """One target per top-level task that is, itself or through a subtask, overdue (逾期), red, without a
        report this period, or (all) still open; for `section`, those it leads or helps on, or on a listed
        subtask."""
        if only not in NOTICE_CHOICES:
            raise ValueError(only)
        found = []
        for row in self.rows:
            if row.parent_id is not None or row.status is Status.CANCELLED:
                continue
            family = [row, *self.below.get(row.id, [])]
            if only == "overdue":
                wanted = self.counting.is_overdue(row)
            elif only == "red":
                wanted = any(r.light is Light.RED and r.status is not Status.CANCELLED for r in family)
            elif only == "no_feedback":
                wanted = self.counting.is_silent(row)
            else:
                wanted = any(r.status.is_active for r in family)
            if not wanted:
                continue
            listed = [sub for sub in family[1:] if _listed(sub, self.as_of) is not None]
            if section and not _concerns(section, [row, *listed]):
                continue
            found.append(self.target(row))
        return found


def _concerns(section: str, rows: Iterable[TaskRow]) -> bool:
    return any(section in (row.lead_section, *row.co_sections) for row in rows)
