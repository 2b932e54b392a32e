"""Tree model of tasks grouped by lead section: section → task → subtasks, over plain TaskRow data."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.enums import Light
from models.queries import TaskRow
from models.stats import UNASSIGNED_SECTION

Index = QModelIndex | QPersistentModelIndex
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1

LIGHT_COLOURS = {Light.RED: QColor("#c62828"), Light.YELLOW: QColor("#b26a00"),
                 Light.GREEN: QColor("#2e7d32"), Light.NONE: QColor("#757575")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskTreeModel", text)


@dataclass
class _Node:
    parent: int  # node number of the parent; -1 for top-level
    row: int  # position among its parent's children, kept so parent() is O(1)
    task: TaskRow | None = None
    label: str = ""  # group rows only
    children: list[int] = field(default_factory=list)


class TaskTreeModel(QAbstractItemModel):
    """Read-only for now; nodes are numbered and the number is the index's internal id."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._headers = [_tr("编号"), _tr("任务内容"), _tr("牵头科室"), _tr("配合科室"), _tr("分管领导"),
                         _tr("责任人"), _tr("完成时限"), _tr("状态"), _tr("灯"), _tr("进度"), _tr("最近进展")]

    def set_rows(self, rows: list[TaskRow], section_order: list[str]) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        groups: dict[str, int] = {}
        tasks: dict[int, int] = {}
        for name in section_order:
            groups[name] = self._add(-1, label=name)
        for row in rows:
            if row.parent_id is None:
                name = row.lead_section or UNASSIGNED_SECTION
                if name not in groups:
                    groups[name] = self._add(-1, label=name)
                tasks[row.id] = self._add(groups[name], task=row)
        for row in rows:  # rows come in tree order, so a parent is always placed before its children
            if row.parent_id is not None and row.parent_id in tasks:
                tasks[row.id] = self._add(tasks[row.parent_id], task=row)
        for number in groups.values():
            self._nodes[number].label = self._group_label(number)
        self.endResetModel()

    def _add(self, parent: int, task: TaskRow | None = None, label: str = "") -> int:
        siblings = self._top if parent < 0 else self._nodes[parent].children
        self._nodes.append(_Node(parent, len(siblings), task, label))
        number = len(self._nodes) - 1
        siblings.append(number)
        return number

    def _group_label(self, number: int) -> str:
        node = self._nodes[number]
        items = [self._nodes[c].task for c in node.children]
        rows = [t for t in items if t is not None]
        overdue = sum(1 for t in rows if t.overdue)
        silent = sum(1 for t in rows if t.status.is_active and not t.feedback_this_period)
        return _tr("{name} {count}项 · 逾期{overdue} · 未反馈{silent}").format(
            name=node.label, count=len(rows), overdue=overdue, silent=silent)

    # --- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._top if not parent.isValid() else self._nodes[parent.internalId()].children
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[child.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._top)
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        task = node.task
        if task is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return node.label
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 8:
            return QBrush(LIGHT_COLOURS[task.light])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 10):
            return task.title if index.column() == 1 else task.latest_progress
        if role == TASK_ID_ROLE:
            return task.id
        return None

    def _display(self, task: TaskRow, column: int) -> str:
        light = "● " + _tr(task.light.label) if task.light != Light.NONE else "—"
        values = [task.code, task.title, task.lead_section, "、".join(task.co_sections), task.leader,
                  task.owner, task.deadline_display, _tr(task.status.label), light,
                  f"{task.percent}%", task.latest_progress]
        return values[column]

    def task_id(self, index: QModelIndex) -> int | None:
        value = self.data(index, TASK_ID_ROLE)
        return value if isinstance(value, int) else None
