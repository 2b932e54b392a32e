"""Which tasks each view and filter shows, and how they are grouped: shared by the window and reports."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from models.domain.enums import Light, Status
from models.domain.text import fold_text
from models.read.queries import TaskRow
from models.read.stats import UNASSIGNED_SECTION

NO_KEY_TASK = "未归入重点任务"
NO_LEADER = "未指定分管领导"


class TaskView(StrEnum):
    BY_SECTION = "by_section"
    BY_KEY_TASK = "by_key_task"
    BY_LEADER = "by_leader"
    NO_FEEDBACK = "no_feedback"
    DUE_OR_LATE = "due_or_late"
    AWAITING_SIGN = "awaiting_sign"
    RED_NOTICE = "red_notice"
    CLOSED = "closed"
    ALL = "all"

    @property
    def label(self) -> str:
        return VIEW_LABELS[self]


VIEW_LABELS = {
    TaskView.BY_SECTION: "按科室", TaskView.BY_KEY_TASK: "按重点任务", TaskView.BY_LEADER: "按分管领导",
    TaskView.NO_FEEDBACK: "本期未反馈", TaskView.DUE_OR_LATE: "临期/逾期", TaskView.AWAITING_SIGN: "待签收",
    TaskView.RED_NOTICE: "红色督办",
    TaskView.CLOSED: "已销号",
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

    def predicate(self, texts: SearchTexts, *, with_text: bool = True) -> Callable[[TaskRow], bool]:
        """The test for one row, with everything that does not depend on the row worked out once."""
        needle = fold_text(self.text) if with_text else ""
        task_ids, statuses, lights = self.task_ids, self.statuses, self.lights
        section, leader, text_of = self.section, self.leader, texts.of

        def matches(row: TaskRow) -> bool:
            return ((task_ids is None or row.id in task_ids)
                    and (not statuses or row.status in statuses)
                    and (not lights or row.light in lights)
                    and (not section or section == row.lead_section or section in row.co_sections)
                    and (not leader or leader == row.leader)
                    and (not needle or needle in text_of(row)))
        return matches


class SearchTexts:
    """Each task's searchable text (title, measures, owner, latest progress), folded once and kept.

    Built on first use rather than when a ledger opens: folding 20,000 long texts is a noticeable part
    of opening, and most sessions search little. Keep one per list of rows; a new list needs a new one.
    """

    def __init__(self) -> None:
        self._texts: dict[int, str] = {}
        self._aligned: tuple[list[TaskRow], list[str]] | None = None
        self._last_hits: tuple[str, list[int]] = ("", [])  # the previous search and where it matched
        self._by_id: tuple[list[TaskRow], dict[int, TaskRow]] | None = None

    def of(self, row: TaskRow) -> str:
        text = self._texts.get(row.id)
        if text is None:
            text = self._texts[row.id] = fold_text(
                "\x00".join((row.title, row.measures, row.owner, row.latest_progress)))
        return text

    def forget(self, task_ids: Iterable[int]) -> None:
        """These tasks changed: fold their texts again when next asked."""
        for task_id in task_ids:
            self._texts.pop(task_id, None)
        self._aligned, self._last_hits, self._by_id = None, ("", []), None

    def fill(self, rows: Iterable[TaskRow]) -> None:
        """Fold every row now (the window does this when idle, so the first keystroke is quick too)."""
        for row in rows:
            self.of(row)

    def folded(self, rows: list[TaskRow]) -> list[str]:
        """The texts of `rows`, position by position; kept for the last list asked about, so each
        keystroke over the same rows is one pass of substring tests."""
        if self._aligned is None or self._aligned[0] is not rows:
            self._aligned = (rows, [self.of(row) for row in rows])
            self._last_hits = ("", [])
        return self._aligned[1]

    def by_id(self, rows: list[TaskRow]) -> dict[int, TaskRow]:
        """`rows` by id, kept for the last list asked about (each keystroke walks up from its hits)."""
        if self._by_id is None or self._by_id[0] is not rows:
            self._by_id = (rows, {row.id: row for row in rows})
        return self._by_id[1]

    def hits(self, rows: list[TaskRow], needle: str) -> list[int]:
        """Positions in `rows` whose text contains `needle`. Typing on narrows the search: a longer
        needle can only match where the shorter one it extends matched."""
        texts = self.folded(rows)
        last, where = self._last_hits
        candidates = where if last and last in needle else range(len(texts))
        found = [i for i in candidates if needle in texts[i]]
        self._last_hits = (needle, found)
        return found


def view_matches(view: TaskView) -> Callable[[TaskRow], bool]:
    if view == TaskView.NO_FEEDBACK:
        return lambda row: row.status.is_active and not row.feedback_this_period
    if view == TaskView.DUE_OR_LATE:
        return lambda row: row.light in (Light.RED, Light.YELLOW) or row.overdue
    if view == TaskView.AWAITING_SIGN:
        return lambda row: row.awaiting_sign
    if view == TaskView.RED_NOTICE:  # its newest 督办单 is a 红色督办单 and it is not finished
        return lambda row: row.notice_level == "red" and row.status.is_active
    if view == TaskView.CLOSED:
        return lambda row: row.status == Status.CLOSED
    return lambda row: True


def group_namer(view: TaskView) -> Callable[[TaskRow], str]:
    """How `view` names the group a top-level task goes under (chosen once, used for every row)."""
    if view == TaskView.BY_KEY_TASK:
        return lambda row: row.key_task_title or NO_KEY_TASK
    if view == TaskView.BY_LEADER:
        return lambda row: row.leader or NO_LEADER
    return lambda row: row.lead_section or UNASSIGNED_SECTION


@dataclass
class VisibleRows:
    """The rows a view shows, in tree order, and why: `matched` are hits, the rest are their context."""

    rows: list[TaskRow]
    matched: set[int] = field(default_factory=set)


UNRESTRICTED_VIEWS = frozenset({TaskView.BY_SECTION, TaskView.BY_KEY_TASK, TaskView.BY_LEADER, TaskView.ALL})


def visible_rows(rows: Iterable[TaskRow], view: TaskView, task_filter: TaskFilter,
                 texts: SearchTexts | None = None) -> VisibleRows:
    """A task shows when it matches, when a subtask matches (as context), or when its parent matched."""
    ordered = rows if isinstance(rows, list) else list(rows)
    if view in UNRESTRICTED_VIEWS and task_filter.is_empty:
        return VisibleRows(ordered, {row.id for row in ordered})  # everything: the common case, kept cheap
    in_view = view_matches(view)
    texts = texts or SearchTexts()
    needle = fold_text(task_filter.text)
    candidates = ordered
    if needle:  # the search text first: one substring test per row over texts folded in advance
        candidates = [ordered[i] for i in texts.hits(ordered, needle)]
    if view in UNRESTRICTED_VIEWS and replace(task_filter, text="").is_empty:
        matched = {row.id for row in candidates}  # the search box alone: every hit is in (the usual keystroke)
    else:
        matches = task_filter.predicate(texts, with_text=False)
        matched = {row.id for row in candidates if in_view(row) and matches(row)}
    if len(matched) == len(ordered):
        return VisibleRows(ordered, matched)  # every task is a hit ("干" in a big ledger): nothing to add
    by_id = texts.by_id(ordered)
    shown = set(matched)
    for row in candidates:
        parent = row.parent_id
        if parent is None or row.id not in matched:
            continue
        while parent is not None and parent not in shown and (above := by_id.get(parent)) is not None:
            shown.add(parent)
            parent = above.parent_id
    if task_filter.text.strip():
        # A search hit on a task also shows its subtasks, so the hit is seen in its whole.
        for row in ordered:
            parent = row.parent_id
            if parent is not None and parent in matched and row.id not in shown:
                shown.add(row.id)
                matched.add(row.id)
    return VisibleRows([row for row in ordered if row.id in shown], matched)
