"""Per-section statistics (counts, overdue, no feedback, completion and on-time rates) and totals."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from models.domain.enums import DeadlineKind, Status, UnitKind
from models.domain.lights import period_of
from models.read.counting import Counting
from models.read.lookups import Choice
from models.read.queries import TaskRow

UNASSIGNED_SECTION = "未指定科室"


@dataclass
class SectionStats:
    section: str
    outside: bool = False  # a unit outside the department (市委党校) or 各科室: listed apart, never ranked
    total: int = 0  # counted tasks: top-level, not cancelled
    not_started: int = 0
    in_progress: int = 0
    completed: int = 0
    closed: int = 0
    suspended: int = 0
    overdue: int = 0
    yellow: int = 0
    no_feedback: int = 0
    behind: int = 0  # 欠进度 against the 序时进度 (models/domain/milestones.py), counted as the 通报 counts it
    finished_on_time: int = 0
    task_ids: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @property
    def label(self) -> str:
        """The name as printed: a unit outside the department says so."""
        return f"{self.section}（部外）" if self.outside else self.section

    @property
    def finished(self) -> int:
        return self.completed + self.closed

    @property
    def completion_rate(self) -> float | None:
        return round(self.finished / self.total, 4) if self.total else None

    @property
    def on_time_rate(self) -> float | None:
        return round(self.finished_on_time / self.finished, 4) if self.finished else None

    def add(self, row: TaskRow, counting: Counting) -> None:
        if row.status == Status.CANCELLED:
            return
        self.total += 1
        self._count("total", row.id)
        status_field = {Status.NOT_STARTED: "not_started", Status.IN_PROGRESS: "in_progress",
                        Status.COMPLETED: "completed", Status.CLOSED: "closed",
                        Status.SUSPENDED: "suspended"}[row.status]
        setattr(self, status_field, getattr(self, status_field) + 1)
        self._count(status_field, row.id)
        for flag, applies in (("overdue", counting.is_overdue(row)), ("yellow", counting.is_yellow(row)),
                              ("no_feedback", counting.is_silent(row)), ("behind", counting.is_behind(row)),
                              ("finished_on_time", _finished_on_time(row))):
            if applies:
                setattr(self, flag, getattr(self, flag) + 1)
                self._count(flag, row.id)

    def _count(self, name: str, task_id: int) -> None:
        self.task_ids.setdefault(name, []).append(task_id)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("task_ids")
        data["completion_rate"] = self.completion_rate
        data["on_time_rate"] = self.on_time_rate
        return data


def _finished_on_time(row: TaskRow) -> bool:
    if not row.status.is_finished:
        return False
    if row.deadline_kind != DeadlineKind.DATE or row.due_date is None or row.completed_on is None:
        return True
    return row.completed_on <= row.due_date


@dataclass
class StatsReport:
    year: int
    as_of: date
    sections: list[SectionStats]
    totals: SectionStats

    @property
    def period(self) -> str:
        return period_of(self.as_of)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year, "as_of": self.as_of.isoformat(), "period": self.period,
            "counted": "top-level tasks with their subtasks rolled in, cancelled excluded",
            "sections": [s.to_dict() for s in self.sections], "totals": self.totals.to_dict(),
        }


def section_stats(rows: list[TaskRow], year: int, as_of: date, section_order: list[str],
                  outside: Collection[str] = ()) -> StatsReport:
    """Count top-level tasks (subtasks roll up into their task) by lead section, in the office's order;
    units `outside` the department come after the department's own sections."""
    by_section = {name: SectionStats(name, name in outside) for name in section_order if name not in outside}
    outside_stats: dict[str, SectionStats] = {}
    totals = SectionStats("合计")
    counting = Counting(rows)
    for row in rows:
        if row.parent_id is not None:
            continue
        name = row.lead_section or UNASSIGNED_SECTION
        group = outside_stats if name in outside else by_section
        group.setdefault(name, SectionStats(name, name in outside)).add(row, counting)
        totals.add(row, counting)
    own = [s for s in by_section.values() if s.total or s.section in section_order]
    ordered_outside = sorted(outside_stats.values(), key=lambda s: _position(section_order, s.section))
    return StatsReport(year, as_of, own + ordered_outside, totals)


def unit_stats(rows: list[TaskRow], year: int, as_of: date, units: Sequence[Choice]) -> StatsReport:
    """The statistics by the ledger's units (lookups.sections): its own sections ranked, outside units apart."""
    return section_stats(rows, year, as_of, [unit.name for unit in units],
                         {unit.name for unit in units if unit.kind != UnitKind.SECTION})


def _position(order: list[str], name: str) -> int:
    return order.index(name) if name in order else len(order)


def ranks(sections: list[SectionStats]) -> dict[str, int]:
    """Rank by completion rate, then on-time rate; equal figures share a rank; empty sections and units
    outside the department are unranked."""
    def key(s: SectionStats) -> tuple[float, float]:
        return (s.completion_rate or 0.0, s.on_time_rate or 0.0)
    ranked = sorted((s for s in sections if s.total and not s.outside), key=key, reverse=True)
    result: dict[str, int] = {}
    for position, item in enumerate(ranked, start=1):
        previous = ranked[position - 2] if position > 1 else None
        result[item.section] = result[previous.section] if previous and key(previous) == key(item) else position
    return result
