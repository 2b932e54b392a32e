"""Which tasks each view and filter shows, and how they are grouped: shared by the window and reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from models.enums import Light, Status
from models.queries import TaskRow, fold_text
from models.stats import UNASSIGNED_SECTION

NO_KEY_TASK = "未归入重点任务"
NO_LEADER = "未指定分管领导"


class TaskView(StrEnum):
    BY_SECTION = "by_section"
    BY_KEY_TASK = "by_key_task"
    BY_LEADER = "by_leader"
    NO_FEEDBACK = "no_feedback"
    DUE_OR_LATE = "due_or_late"
    CLOSED = "closed"
    ALL = "all"

    @property
    def label(self) -> str:
        return VIEW_LABELS[self]


VIEW_LABELS = {
    TaskView.BY_SECTION: "按科室", TaskView.BY_KEY_TASK: "按重点任务", TaskView.BY_LEADER: "按分管领导",
    TaskView.NO_FEEDBACK: "本期未反馈", TaskView.DUE_OR_LATE: "临期/逾期", TaskView.CLOSED: "已销号",
    TaskView.ALL: "全部",
}


@dataclass(frozen=True)
class TaskFilter:
    """What the search box and the filter combos ask for; empty means no restriction."""

    text: str = ""
    statuses: frozenset[Status] = frozenset()
    lights: frozenset[Light] = frozenset()
    section: str = ""
    leader: str = ""
    task_ids: frozenset[int] | None = None  # a fixed set, e.g. from a click in the statistics

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.statuses or self.lights or self.section or self.leader
                    or self.task_ids is not None)

    def matches(self, row: TaskRow) -> bool:
        if self.task_ids is not None and row.id not in self.task_ids:
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.lights and row.light not in self.lights:
            return False
        if self.section and self.section != row.lead_section and self.section not in row.co_sections:
            return False
        if self.leader and self.leader != row.leader:
            return False
        needle = fold_text(self.text)
        return not needle or needle in row.search_text


def view_matches(view: TaskView) -> Callable[[TaskRow], bool]:
    if view == TaskView.NO_FEEDBACK:
        return lambda row: row.status.is_active and not row.feedback_this_period
    if view == TaskView.DUE_OR_LATE:
        return lambda row: row.light in (Light.RED, Light.YELLOW) or row.overdue
    if view == TaskView.CLOSED:
        return lambda row: row.status == Status.CLOSED
    return lambda row: True


def group_name(view: TaskView, row: TaskRow) -> str:
    if view == TaskView.BY_KEY_TASK:
        return row.key_task_title or NO_KEY_TASK
    if view == TaskView.BY_LEADER:
        return row.leader or NO_LEADER
    return row.lead_section or UNASSIGNED_SECTION


@dataclass
class VisibleRows:
    """The rows a view shows, in tree order, and why: `matched` are hits, the rest are their context."""

    rows: list[TaskRow]
    matched: set[int] = field(default_factory=set)


def visible_rows(rows: Iterable[TaskRow], view: TaskView, task_filter: TaskFilter) -> VisibleRows:
    """A task shows when it matches, when a subtask matches (as context), or when its parent matched."""
    ordered = list(rows)
    if view in (TaskView.BY_SECTION, TaskView.BY_KEY_TASK, TaskView.BY_LEADER, TaskView.ALL) \
            and task_filter.is_empty:
        return VisibleRows(ordered, {row.id for row in ordered})  # everything: the common case, kept cheap
    by_id = {row.id: row for row in ordered}
    in_view = view_matches(view)
    matched = {row.id for row in ordered if in_view(row) and task_filter.matches(row)}
    shown = set(matched)
    for task_id in matched:
        parent = by_id[task_id].parent_id
        while parent is not None and parent in by_id and parent not in shown:
            shown.add(parent)
            parent = by_id[parent].parent_id
    if task_filter.text.strip():
        # A search hit on a task also shows its subtasks, so the hit is seen in its whole.
        for row in ordered:
            if row.id not in shown and row.parent_id in shown and row.parent_id in matched:
                shown.add(row.id)
                matched.add(row.id)
    return VisibleRows([row for row in ordered if row.id in shown], matched)
