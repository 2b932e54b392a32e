"""Tree model of the 问题清单: groups (a responsible section, or a 督查 record as the source) holding problems."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.domain.enums import Light
from models.read.problems import NO_SOURCE, InspectionRow, ProblemRow
from models.read.stats import UNASSIGNED_SECTION
from ui.i18n import tr as _tr
from ui.labels import group_name, label, shown_date

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # ("problem", id), ("record", id) or ("group", None)
BY_SECTION, BY_SOURCE = "section", "source"
# The columns by key, in the model's order, with their headers. "beside" is what the grouping leaves out: the
# source when grouped by section, the responsible section when grouped by source.
HEADERS = {"number": QT_TRANSLATE_NOOP("", "编号"), "problem": QT_TRANSLATE_NOOP("", "问题"),
           "beside": QT_TRANSLATE_NOOP("", "责任科室"), "deadline": QT_TRANSLATE_NOOP("", "整改时限"),
           "state": QT_TRANSLATE_NOOP("", "状态"), "report": QT_TRANSLATE_NOOP("", "最新整改情况")}
SOURCE_HEADER = QT_TRANSLATE_NOOP("", "来源")
KEYS = list(HEADERS)
COLUMN = {key: number for number, key in enumerate(KEYS)}  # a key's column in the model
_LIGHT_COLOURS = {Light.RED: "#c62828", Light.YELLOW: "#a86a00"}


@dataclass
class Group:
    name: str
    record: InspectionRow | None = None  # grouped by source: the record, or None for problems without one
    problems: list[ProblemRow] = field(default_factory=list)


class ProblemTreeModel(QAbstractItemModel):
    """Group rows carry internal id 0; a problem row carries its group's position plus one."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.groups: list[Group] = []
        self.group_by = BY_SECTION

    def set_rows(self, problems: list[ProblemRow], records: list[InspectionRow], group_by: str,
                 section_order: list[str]) -> None:
        """Group `problems`; by source every record is a group, so a record just written shows before its problems."""
        self.beginResetModel()
        self.group_by = group_by
        groups: dict[object, Group] = {}
        if group_by == BY_SOURCE:
            for record in records:
                groups[record.id] = Group(record.source, record)
        else:
            for name in section_order:
                groups[name] = Group(name)
        for problem in problems:
            key: object = problem.inspection_id if group_by == BY_SOURCE else (problem.section or UNASSIGNED_SECTION)
            if key not in groups:
                groups[key] = Group(NO_SOURCE if group_by == BY_SOURCE else str(key))
            groups[key].problems.append(problem)
        self.groups = [g for g in groups.values() if g.problems or g.record is not None]
        self.endResetModel()

    # --- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].problems)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = KEYS[section]
        if key == "beside" and self.group_by == BY_SECTION:
            return _tr(str(SOURCE_HEADER))
        return _tr(str(HEADERS[key]))

    # --- content ---------------------------------------------------------------------------
    def problem_at(self, index: Index) -> ProblemRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].problems[index.row()]

    def group_at(self, index: Index) -> Group | None:
        return self.groups[index.row()] if index.isValid() and index.internalId() == 0 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        problem = self.problem_at(index)
        if problem is None:
            return self._group_data(self.groups[index.row()], index.column(), role)
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(problem, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("problem", "report"):
            return problem.description if key == "problem" else problem.report or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "state" and problem.light in _LIGHT_COLOURS:
            return QBrush(QColor(_LIGHT_COLOURS[problem.light]))
        if role == ITEM_ROLE:
            return ("problem", problem.id)
        return None

    def _display(self, problem: ProblemRow, key: str) -> str:
        if key == "number":
            return str(problem.number)
        if key == "problem":
            return problem.description.replace("\n", " ")[:200]
        if key == "beside":
            return group_name(problem.source) if self.group_by == BY_SECTION else group_name(
                problem.section or UNASSIGNED_SECTION)
        if key == "deadline":
            return problem.deadline or "—"
        if key == "state":
            return self._state(problem)
        return problem.report.replace("\n", " ")[:120] or _tr("（尚未报送）")

    @staticmethod
    def _state(problem: ProblemRow) -> str:
        word = label(problem.status)
        if problem.light is Light.RED:
            return _tr("{status}·逾期").format(status=word)
        if problem.light is Light.YELLOW:
            return _tr("{status}·临期").format(status=word)
        return word

    def _group_data(self, group: Group, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            # The view spans a group's first column over the row: its counts go with its name.
            return self._group_title(group) + self._counts(group) if column == 0 else None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._group_title(group)
        if role == ITEM_ROLE:
            return ("record", group.record.id) if group.record is not None else ("group", None)
        return None

    @staticmethod
    def _counts(group: Group) -> str:
        late = sum(1 for p in group.problems if p.overdue)
        solved = sum(1 for p in group.problems if p.solved)
        text = _tr("（{count}个问题，完成整改{solved}个").format(count=len(group.problems), solved=solved)
        return text + (_tr("，逾期{late}个）").format(late=late) if late else _tr("）"))

    @staticmethod
    def _group_title(group: Group) -> str:
        record = group.record
        if record is None:
            return group_name(group.name)
        return _tr("{day} {kind}：{title}").format(day=shown_date(record.held_on), kind=label(record.kind),
                                                  title=record.title)

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        """Where a problem or a record is now, or an invalid index."""
        for row, group in enumerate(self.groups):
            if kind == "record" and group.record is not None and group.record.id == item_id:
                return self.index(row, 0)
            if kind == "problem":
                for position, problem in enumerate(group.problems):
                    if problem.id == item_id:
                        return self.index(position, 0, self.index(row, 0))
        return QModelIndex()
