"""The task list's columns in one table (key, header, widths, sorting, display), as Picard's columns.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.domain.enums import DeadlineKind, Light, Status
from models.read.queries import TaskRow
from ui.labels import label

LIGHT_RANK = {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2, Light.NONE: 3}
STATUS_RANK = {status: rank for rank, status in enumerate(Status)}


@dataclass(frozen=True)
class TaskColumn:
    key: str  # stable: saved layouts and the meeting page name columns by it
    title: str  # the header, translated where shown
    width: int  # at first, on a screen of 1366 px or more
    compact_width: int  # at first at 150% on 1366×768, and the least a key column is narrowed to
    sort_key: Callable[[TaskRow], object]
    display: Callable[[TaskRow], str]
    shown_at_first: bool = True  # the others are one click away under 列
    in_sight: bool = False  # what a meeting must see of every row without scrolling sideways
    widest: str = ""  # the longest usual text: on a wide screen the column is never narrower, at the screen's font


def code_key(row: TaskRow) -> tuple[int, ...]:
    return tuple(int(part) for part in row.code.split(".") if part.isdigit())


def _light(row: TaskRow) -> str:
    return "● " + label(row.light) if row.light != Light.NONE else "—"


def _percent(row: TaskRow) -> str:
    ongoing = row.deadline_kind in (DeadlineKind.ONGOING, DeadlineKind.RECURRING)
    return "—" if ongoing and row.percent == 0 else f"{row.percent}%"


def _undated_last(day: date | None) -> tuple[bool, date]:
    return day is None, day or date.min


# In the model's order; the view shows 灯 before 状态 at first (a moved section, saved with the layout).
TASK_COLUMNS: tuple[TaskColumn, ...] = (
    TaskColumn("code", str(QT_TRANSLATE_NOOP("", "编号")), 96, 86, code_key, lambda r: r.code, in_sight=True),
    TaskColumn("title", str(QT_TRANSLATE_NOOP("", "任务内容")), 300, 300, lambda r: r.title, lambda r: r.title,
               in_sight=True),
    TaskColumn("lead", str(QT_TRANSLATE_NOOP("", "牵头科室")), 84, 64, lambda r: r.lead_section,
               lambda r: r.lead_section, in_sight=True),
    TaskColumn("co", str(QT_TRANSLATE_NOOP("", "配合科室")), 110, 110, lambda r: "、".join(r.co_sections),
               lambda r: "、".join(r.co_sections), shown_at_first=False),
    TaskColumn("leader", str(QT_TRANSLATE_NOOP("", "分管领导")), 74, 74, lambda r: r.leader, lambda r: r.leader,
               shown_at_first=False),
    TaskColumn("owner", str(QT_TRANSLATE_NOOP("", "责任人")), 64, 64, lambda r: r.owner, lambda r: r.owner,
               shown_at_first=False),
    TaskColumn("deadline", str(QT_TRANSLATE_NOOP("", "完成时限")), 100, 80, lambda r: _undated_last(r.due_date),
               lambda r: r.deadline_display, in_sight=True, widest="2027年12月31日前"),  # next year's, in December
    TaskColumn("status", str(QT_TRANSLATE_NOOP("", "状态")), 64, 48, lambda r: STATUS_RANK[r.status],
               lambda r: label(r.status), in_sight=True),
    TaskColumn("light", str(QT_TRANSLATE_NOOP("", "灯")), 64, 48, lambda r: LIGHT_RANK[r.light], _light,
               in_sight=True),
    TaskColumn("percent", str(QT_TRANSLATE_NOOP("", "进度")), 52, 52, lambda r: r.percent, _percent,
               shown_at_first=False),
    TaskColumn("progress", str(QT_TRANSLATE_NOOP("", "最近进展")), 320, 320,
               lambda r: _undated_last(r.latest_progress_date), lambda r: r.latest_progress.replace("\n", " ")),
)
COLUMN = {spec.key: number for number, spec in enumerate(TASK_COLUMNS)}  # a key's column in the model


def in_sight() -> tuple[int, ...]:
    return tuple(number for number, spec in enumerate(TASK_COLUMNS) if spec.in_sight)
