"""Tree model of tasks in groups (section, key task or leader) → task → subtasks, over plain TaskRow data."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.domain.enums import Light
from models.read.counting import Counting
from models.read.queries import TaskRow, no_collection_pauses
from models.read.task_views import TaskView, group_namer
from ui.i18n import tr as _tr
from ui.item_models.task_columns import COLUMN, TASK_COLUMNS, code_key
from ui.labels import count_words, group_name

Index = QModelIndex | QPersistentModelIndex
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
LIGHT_COLUMN, TITLE_COLUMN, PROGRESS_COLUMN = COLUMN["light"], COLUMN["title"], COLUMN["progress"]

LIGHT_COLOURS = {Light.RED: QColor("#c62828"), Light.YELLOW: QColor("#b26a00"),
                 Light.GREEN: QColor("#2e7d32"), Light.NONE: QColor("#757575")}
MARKED_COLOUR = QColor("#2e7d32")  # entered in this meeting
CONTEXT_COLOUR = QColor("#8a8a8a")  # a parent shown only because a subtask matched



class TaskTreeModel(QAbstractItemModel):
    """Nodes are numbered and the number is the index's internal id, so sorting keeps every index valid.

    A node is a position in parallel lists (parent, row, task, label) rather than an object: a 20,000-task
    ledger then builds its tree in a few milliseconds.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._parent: list[int] = []  # node number of the parent; -1 for top level
        self._row: list[int] = []  # position among its parent's children, kept so parent() is O(1)
        self._task: list[TaskRow | None] = []  # None for group rows
        self._label: dict[int, str] = {}  # group rows: name and counts
        self._name: dict[int, str] = {}  # group rows: name
        self._children: dict[int, list[int]] = {}
        self._top: list[int] = []
        self._by_task: dict[int, int] = {}
        self._matched: set[int] | None = None
        self._marked: frozenset[int] = frozenset()  # the meeting's entered tasks: ✓ and green
        self._view = TaskView.BY_SECTION
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.counting = Counting([])
        self.outside_units: frozenset[str] = frozenset()  # units outside the department: marked （部外）
        self._headers = [_tr(spec.title) for spec in TASK_COLUMNS]

    def set_rows(self, rows: list[TaskRow], group_order: list[str], *, view: TaskView = TaskView.BY_SECTION,
                 matched: set[int] | None = None, keep_empty_groups: bool = True,
                 counting: Counting | None = None) -> None:
        """Show `rows` (tree order) grouped for `view`; rows not in `matched` are shown greyed as context.

        `counting` (over every task of the year, not only those shown) rolls subtasks into the group counts."""
        self.beginResetModel()
        with no_collection_pauses():  # tens of thousands of plain entries, no cycles among them
            self._place_rows(rows, group_order, view, matched, keep_empty_groups, counting)
        self.endResetModel()

    def _place_rows(self, rows: list[TaskRow], group_order: list[str], view: TaskView, matched: set[int] | None,
                    keep_empty_groups: bool, counting: Counting | None) -> None:
        self.counting = counting or Counting(rows)
        self._parent, self._row, self._task, self._label, self._name = [], [], [], {}, {}
        self._children, self._top, self._by_task, self._matched = {}, [], {}, matched
        self._view = view
        name_of = group_namer(view)
        if not keep_empty_groups:
            used = {name_of(row) for row in rows if row.parent_id is None}
            group_order = [name for name in group_order if name in used]
        groups: dict[str, int] = {name: self._add_group(name) for name in group_order}
        parents, positions, tasks, children, by_task = self._parent, self._row, self._task, self._children, \
            self._by_task
        group_of: dict[int, int] = {}  # task number → its group's: the group counts need no walk of the tree
        under: dict[int, list[TaskRow]] = {number: [] for number in groups.values()}
        number = len(tasks) - 1
        for row in rows:
            parent_id = row.parent_id
            parent = None if parent_id is None else by_task.get(parent_id)
            if parent is None:
                name = name_of(row)
                found = groups.get(name)
                if found is None:
                    found = groups[name] = self._add_group(name)
                    under[found] = []
                    number += 1
                group = parent = found
            else:
                group = group_of[parent]
            # Rows come in tree order, so a parent is always placed before its children.
            siblings = children.get(parent)
            if siblings is None:
                siblings = children[parent] = []
            number += 1
            by_task[row.id] = number
            parents.append(parent)
            positions.append(len(siblings))
            tasks.append(row)
            siblings.append(number)
            group_of[number] = group
            under[group].append(row)
        for name, group in groups.items():
            self._label[group] = self._group_label(group, name, under.get(group, []))
        if self._sort is not None:
            self._sort_children(*self._sort)

    def _add_group(self, name: str) -> int:
        number = len(self._task)
        self._parent.append(-1)
        self._row.append(len(self._top))
        self._task.append(None)
        self._name[number] = self._label[number] = name
        self._top.append(number)
        return number

    def _group_label(self, number: int, name: str, rows: list[TaskRow] | None = None) -> str:
        """"办公室 11项（另有子任务2项） · 逾期1 · 未反馈2": the one counting rule of the sheets and statistics."""
        tally = self.counting.tally(self._tasks_under(number) if rows is None else rows)
        if self._view == TaskView.BY_SECTION and name in self.outside_units:
            name = _tr("{name}（部外）").format(name=name)
        else:
            name = group_name(name)
        return _tr("{name} {count} · 逾期{overdue} · 未反馈{silent}").format(
            name=name, count=count_words(tally), overdue=tally.overdue, silent=tally.no_feedback)

    def _tasks_under(self, number: int) -> list[TaskRow]:
        found: list[TaskRow] = []
        waiting = list(self._children.get(number, []))
        while waiting:
            child = waiting.pop()
            task = self._task[child]
            if task is not None:
                found.append(task)
            waiting.extend(self._children.get(child, []))
        return found

    def update_rows(self, fresh: list[TaskRow], counting: Counting | None = None) -> bool:
        """Put changed rows in their places, telling the view which cells changed: after a save on a big
        ledger this costs next to nothing, where set_rows rebuilds everything.

        False (and nothing changed) when that would show something other than set_rows: a task not
        shown, one that moves to another group, or a sort on a column other than 编号.
        """
        if self._sort is not None and self._sort[0] != 0:
            return False
        name_of = group_namer(self._view)
        numbers = []
        for row in fresh:
            number = self._by_task.get(row.id)
            old = self._task[number] if number is not None else None
            if number is None or old is None or (old.parent_id is None and name_of(old) != name_of(row)):
                return False
            numbers.append(number)
        last_column = self.columnCount() - 1
        groups: set[int] = set()
        for number, row in zip(numbers, fresh, strict=True):
            self._task[number] = row
            self.dataChanged.emit(self.createIndex(self._row[number], 0, number),
                                  self.createIndex(self._row[number], last_column, number))
            top = number
            while self._parent[top] >= 0:
                top = self._parent[top]
            groups.add(top)
        # The counts roll subtasks in: over every task of the year when the caller has them, else over ours.
        self.counting = counting or Counting(task for task in self._task if task is not None)
        for group in groups:  # the counts in the group rows
            self._label[group] = self._group_label(group, self._name[group])
            self.dataChanged.emit(self.createIndex(self._row[group], 0, group),
                                  self.createIndex(self._row[group], 0, group))
        return True

    # --- sorting keeps node numbers, so persistent indexes (selection, expansion) just change rows ------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(TASK_COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        self._sort = (column, order)
        self._sort_children(column, order)
        new = [self.createIndex(self._row[i.internalId()], i.column(), i.internalId()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_children(self, column: int, order: Qt.SortOrder) -> None:
        key = TASK_COLUMNS[column].sort_key
        reverse = order == Qt.SortOrder.DescendingOrder
        for children in self._children.values():
            self._sort_list(children, key, reverse)

    def _sort_list(self, numbers: list[int], key: Callable[[TaskRow], object], reverse: bool) -> None:
        def sort_key(number: int) -> tuple[object, tuple[int, ...]]:
            task = self._task[number]
            assert task is not None
            return key(task), code_key(task)
        numbers.sort(key=sort_key, reverse=reverse)
        for position, number in enumerate(numbers):
            self._row[number] = position

    # --- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._top if not parent.isValid() else self._children[parent.internalId()]
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._parent[child.internalId()]
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._top)
        return len(self._children.get(parent.internalId(), ()))

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
        number = index.internalId()
        task = self._task[number]
        if task is None:
            return self._group_data(number, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(task, index.column())
            return "✓ " + text if index.column() == TITLE_COLUMN and task.id in self._marked else text
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._matched is not None and task.id not in self._matched:
                return QBrush(CONTEXT_COLOUR)
            if task.id in self._marked and index.column() != LIGHT_COLUMN:
                return QBrush(MARKED_COLOUR)
            if index.column() == LIGHT_COLUMN:
                return QBrush(LIGHT_COLOURS[task.light])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TITLE_COLUMN, PROGRESS_COLUMN):
            return task.title if index.column() == TITLE_COLUMN else task.latest_progress
        if role == TASK_ID_ROLE:
            return task.id
        return None

    def _group_data(self, number: int, column: int, role: int) -> object:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label[number]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == GROUP_ROLE:
            return self._name[number]
        return None

    def _display(self, task: TaskRow, column: int) -> str:
        return TASK_COLUMNS[column].display(task)  # only the cell asked for: a paint asks for a few

    def set_marked(self, task_ids: Iterable[int]) -> None:
        """Mark these tasks (✓, green): the meeting page marks what was entered in this meeting."""
        marked = frozenset(task_ids)
        changed, self._marked = marked ^ self._marked, marked
        for task_id in changed:
            number = self._by_task.get(task_id)
            if number is not None:
                first = self.createIndex(self._row[number], 0, number)
                last = self.createIndex(self._row[number], self.columnCount() - 1, number)
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])

    # --- lookups for the view -------------------------------------------------------------
    def task_id(self, index: QModelIndex) -> int | None:
        value = self.data(index, TASK_ID_ROLE)
        return value if isinstance(value, int) else None

    def index_of_task(self, task_id: int, column: int = 0) -> QModelIndex:
        number = self._by_task.get(task_id)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._row[number], column, number)

    def task_row(self, task_id: int) -> TaskRow | None:
        number = self._by_task.get(task_id)
        return None if number is None else self._task[number]

    def task_ids_in_order(self) -> list[int]:
        """Task ids as the view lists them top to bottom (groups, tasks, subtasks)."""
        result: list[int] = []
        stack = list(reversed(self._top))
        while stack:
            number = stack.pop()
            task = self._task[number]
            if task is not None:
                result.append(task.id)
            stack.extend(reversed(self._children.get(number, ())))
        return result

    def shown_tasks(self) -> list[TaskRow]:
        return [task for task in self._task if task is not None]
