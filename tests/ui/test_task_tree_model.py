"""The section tree model: a valid QAbstractItemModel that shows the ledger the way the office counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from models.domain.enums import Light
from models.domain.lights import LightRules
from models.ledger import Ledger
from models.read.queries import TaskRow, task_rows
from models.read.task_views import TaskFilter, TaskView, visible_rows
from tests.fixtures.day import TODAY
from ui.item_models.task_tree_model import TASK_ID_ROLE, TaskTreeModel


@pytest.fixture
def demo_rows(demo_ledger: Ledger) -> list[TaskRow]:
    with demo_ledger.reading() as session:
        return task_rows(session, 2026, TODAY, LightRules())


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, demo_rows: list[TaskRow]) -> None:
    model = TaskTreeModel()
    model.set_rows(demo_rows, ["办公室", "组织科"])
    qtmodeltester.check(model)


def test_empty_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = TaskTreeModel()
    model.set_rows([], [])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_groups_are_sections_in_office_order_with_counts(demo_rows: list[TaskRow]) -> None:
    rows = demo_rows
    model = TaskTreeModel()
    model.set_rows(rows, ["组织科", "办公室"])
    first = model.index(0, 0)
    office_tasks = [r for r in rows if r.parent_id is None and r.lead_section == "办公室"]
    office_ids = {r.id for r in office_tasks}
    office_subtasks = [r for r in rows if r.parent_id in office_ids]
    assert str(model.data(first)).startswith("组织科 ")
    label = str(model.data(model.index(1, 0)))  # subtasks are counted into their task, and said so
    assert label.startswith(f"办公室 {len(office_tasks)}项（另有子任务{len(office_subtasks)}项） · 逾期")
    assert model.rowCount(model.index(1, 0)) == len(office_tasks)


def test_subtasks_sit_under_their_task_and_rows_carry_ids(demo_rows: list[TaskRow]) -> None:
    rows = demo_rows
    model = TaskTreeModel()
    model.set_rows(rows, [])
    child = next(r for r in rows if r.parent_id is not None)
    found = model.match(model.index(0, 0), TASK_ID_ROLE, child.id, 1,
                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert len(found) == 1
    parent_index = found[0].parent()
    assert model.task_id(parent_index) == child.parent_id
    assert model.data(model.index(found[0].row(), 1, parent_index)) == child.title


def test_light_reads_as_a_word_not_only_a_colour(demo_rows: list[TaskRow]) -> None:
    rows = demo_rows
    model = TaskTreeModel()
    model.set_rows(rows, [])
    texts = set()
    for group in range(model.rowCount()):
        group_index = model.index(group, 0)
        for row in range(model.rowCount(group_index)):
            texts.add(model.data(model.index(row, 8, group_index)))
    assert {"● 红灯", "● 黄灯", "● 绿灯"} <= texts
    assert any(r.light == Light.NONE for r in rows) and "—" in texts
    assert model.headerData(8, Qt.Orientation.Horizontal) == "灯"
    assert model.parent(QModelIndex()) == QModelIndex()


def test_model_stays_valid_grouped_by_key_task_and_leader_and_sorted(qtmodeltester: ModelTester,
                                                                     demo_rows: list[TaskRow]) -> None:
    rows = demo_rows
    model = TaskTreeModel()
    for view in (TaskView.BY_KEY_TASK, TaskView.BY_LEADER):
        shown = visible_rows(rows, view, TaskFilter())
        model.set_rows(shown.rows, [], view=view, matched=shown.matched)
        qtmodeltester.check(model)
    model.sort(9, Qt.SortOrder.DescendingOrder)  # 进度
    qtmodeltester.check(model)
    first_group = model.index(0, 0)
    percents = [model.task_row(model.task_id(model.index(r, 0, first_group)) or 0) for r in
                range(model.rowCount(first_group))]
    values = [row.percent for row in percents if row is not None]
    assert values == sorted(values, reverse=True) and len(values) > 1


def test_sorting_keeps_persistent_indexes_on_the_same_task(demo_rows: list[TaskRow]) -> None:
    rows = demo_rows
    model = TaskTreeModel()
    model.set_rows(rows, [])
    group = model.index(0, 0)
    kept = QPersistentModelIndex(model.index(0, 1, group))
    task_id = model.task_id(model.index(0, 0, group))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.task_id(model.index(kept.row(), 0, kept.parent())) == task_id


def test_rows_changed_in_place_keep_every_index_and_update_the_group_counts(qtmodeltester: ModelTester,
                                                                           demo_rows: list[TaskRow]) -> None:
    rows = demo_rows
    model = TaskTreeModel()
    model.set_rows(rows, [])
    qtmodeltester.check(model)
    target = next(row for row in rows if row.parent_id is None and not row.overdue and row.status.is_active)
    kept = QPersistentModelIndex(model.index_of_task(target.id))
    group = model.index_of_task(target.id).parent()
    before = str(group.data())
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    late = target._replace(latest_progress="已印发实施方案", overdue=True, light=Light.RED)
    assert model.update_rows([late])
    assert kept.isValid() and model.task_row(target.id) == late
    assert model.index_of_task(target.id, 10).data() == "已印发实施方案"
    assert str(group.data()) != before and changed  # 逾期 count in the group row went up by one
    qtmodeltester.check(model)
    moved = target._replace(lead_section="另一个科室")  # would belong to another group: rebuild instead
    assert not model.update_rows([moved]) and model.task_row(target.id) == late
