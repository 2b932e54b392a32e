"""What the list shows for a search or a filter equals a plain reading of the rule, for any tree of tasks.

The rule: a task shows when it matches, when one of its subtasks matches (as context), or, for a search,
when its parent matched. visible_rows takes shortcuts for big ledgers; this checks them against the rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.domain.enums import DeadlineKind, Light, Status
from models.read.queries import TaskRow
from models.read.task_views import SearchTexts, TaskFilter, TaskView, view_matches, visible_rows

WORDS = ["干部考核", "干部培训", "组织建设", "调研", "党校"]


def _row(task_id: int, parent_id: int | None, title: str, status: Status, fed: bool) -> TaskRow:
    return TaskRow(task_id, parent_id, str(task_id), title, None, "", None, "组织科", (), "", "",
                   DeadlineKind.NONE, None, "", status, 0, Light.GREEN, False, fed, "", None, None, task_id)


@st.composite
def trees(draw: st.DrawFn) -> list[TaskRow]:
    """Tasks in tree order: each new task hangs under an earlier one or stands at the top."""
    rows: list[TaskRow] = []
    for task_id in range(1, draw(st.integers(0, 25)) + 1):
        parent = draw(st.sampled_from([None, *[row.id for row in rows]]))
        rows.append(_row(task_id, parent, draw(st.sampled_from(WORDS)),
                         draw(st.sampled_from(list(Status))), draw(st.booleans())))
    ordered: list[TaskRow] = []

    def place(parent: int | None) -> None:
        for row in rows:
            if row.parent_id == parent:
                ordered.append(row)
                place(row.id)
    place(None)
    return ordered


def by_the_rule(rows: list[TaskRow], view: TaskView, task_filter: TaskFilter) -> tuple[list[int], set[int]]:
    by_id = {row.id: row for row in rows}
    matches, in_view = task_filter.predicate(SearchTexts()), view_matches(view)
    matched = {row.id for row in rows if in_view(row) and matches(row)}
    shown = set(matched)
    for task_id in list(matched):
        parent = by_id[task_id].parent_id
        while parent is not None:
            shown.add(parent)
            parent = by_id[parent].parent_id
    if task_filter.text.strip():
        grew = True
        while grew:
            grew = False
            for row in rows:
                if row.id not in shown and row.parent_id in matched:
                    shown.add(row.id)
                    matched.add(row.id)
                    grew = True
    return [row.id for row in rows if row.id in shown], matched


@settings(max_examples=300, deadline=None)
@given(rows=trees(), text=st.sampled_from(["", "干部", "干部考核", "调研", "没有的词", "考"]),
       statuses=st.sets(st.sampled_from(list(Status)), max_size=2),
       view=st.sampled_from([TaskView.BY_SECTION, TaskView.ALL, TaskView.NO_FEEDBACK, TaskView.CLOSED]))
def test_what_shows_follows_the_rule(rows: list[TaskRow], text: str, statuses: set[Status], view: TaskView) -> None:
    task_filter = TaskFilter(text=text, statuses=frozenset(statuses))
    shown = visible_rows(rows, view, task_filter, SearchTexts())
    expected_ids, expected_matched = by_the_rule(rows, view, task_filter)
    assert [row.id for row in shown.rows] == expected_ids
    assert shown.matched == expected_matched
