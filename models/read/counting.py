"""The one counting rule of the window and the sheets: top-level tasks, each with its subtasks rolled in."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

from models.domain.enums import Light, Pace, Status
from models.read.queries import TaskRow

COUNTING_RULE = ("按一级任务计数，子任务计入所属任务（有子任务逾期、临期或本期未反馈的，所属任务按此计），"
                 "已撤销的不计")


@dataclass(frozen=True)
class Tally:
    tasks: int = 0  # top-level tasks (a shown subtask counts as its task)
    subtasks: int = 0  # subtasks among the rows counted
    overdue: int = 0
    yellow: int = 0
    no_feedback: int = 0
    behind: int = 0  # 欠进度: an open task (or subtask) whose newest report falls short of its 序时进度
    paced: int = 0  # classed against 序时进度 at all (超进度, 达进度 or 欠进度)

    def words(self, *, in_brackets: bool = False) -> str:
        """"11项（另有子任务2项）", or "11项，另有子任务2项" inside brackets: how every sheet, page and message
        says it. The subtasks are besides the tasks (11 + 2 rows), as the year account has always said."""
        if not self.subtasks:
            return f"{self.tasks}项"
        inner = f"另有子任务{self.subtasks}项"
        return f"{self.tasks}项，{inner}" if in_brackets else f"{self.tasks}项（{inner}）"


_ACTIVE = frozenset(status for status in Status if status.is_active)
_BEHIND = Pace.BEHIND


class Counting:
    """Every task's top-level task, and each top-level task's flags with its subtasks' rolled in."""

    def __init__(self, rows: Iterable[TaskRow]) -> None:
        self.top: dict[int, int] = {}
        overdue: set[int] = set()
        yellow: set[int] = set()
        silent: set[int] = set()
        behind: set[int] = set()
        paced: set[int] = set()
        self.cancelled: set[int] = set()  # tasks cancelled with all under them: a subtask of one counts nowhere
        tops, cancelled, yellow_light = self.top, Status.CANCELLED, Light.YELLOW
        for row in rows:  # tree order: a parent comes before its subtasks
            parent = row.parent_id
            top = tops[row.id] = row.id if parent is None else tops.get(parent, row.id)
            status = row.status
            if status is cancelled and parent is None:
                self.cancelled.add(top)
            if status is cancelled or top in self.cancelled:
                continue
            if row.overdue:
                overdue.add(top)
            if row.light is yellow_light:
                yellow.add(top)
            if status in _ACTIVE and not row.feedback_this_period:
                silent.add(top)
            if row.pace is not None:
                paced.add(top)
                if row.pace is _BEHIND and status in _ACTIVE:
                    behind.add(top)
        self.overdue, self.yellow, self.no_feedback = overdue, yellow, silent
        self.behind, self.paced = behind, paced

    def silent_where(self, rows: Iterable[TaskRow], reported: Container[int]) -> set[int]:
        """The top-level tasks without a report, themselves or through a subtask, when the rows reported are those
        in `reported` instead of those with this period's flag: the same rule for a month past (the 考核 reads each
        month's `rows` as they stood at its end)."""
        top_of, cancelled, active = self.top.get, self.cancelled, _ACTIVE
        found: set[int] = set()
        for row in rows:
            if row.status in active and row.id not in reported:
                top = top_of(row.id, row.id)
                if top not in cancelled:
                    found.add(top)
        return found

    def is_overdue(self, row: TaskRow) -> bool:
        return self.top.get(row.id, row.id) in self.overdue

    def is_yellow(self, row: TaskRow) -> bool:
        return self.top.get(row.id, row.id) in self.yellow

    def is_silent(self, row: TaskRow) -> bool:
        return self.top.get(row.id, row.id) in self.no_feedback

    def is_behind(self, row: TaskRow) -> bool:
        return self.top.get(row.id, row.id) in self.behind

    def tally(self, rows: Iterable[TaskRow]) -> Tally:
        """How many of the counted tasks `rows` stand for, by the one rule."""
        tops: set[int] = set()
        subtasks = 0
        top_of, cancelled = self.top.get, Status.CANCELLED
        for row in rows:
            if row.status is cancelled or top_of(row.id, row.id) in self.cancelled:
                continue
            tops.add(top_of(row.id, row.id))
            subtasks += row.parent_id is not None
        return Tally(len(tops), subtasks, len(tops & self.overdue), len(tops & self.yellow),
                     len(tops & self.no_feedback), len(tops & self.behind), len(tops & self.paced))
