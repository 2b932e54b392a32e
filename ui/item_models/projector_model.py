"""The table the meeting room reads on the projector: one section's tasks, lights and the two periods' reports."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from models.domain.enums import Light, Pace
from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.item_models.timeline_model import report_heading
from ui.labels import label

CODE, TITLE, DEADLINE, LIGHT, LAST, THIS = range(6)
# What the room reads the light by from the back: a block of colour with its word in it.
LIGHT_FILL = {Light.RED: (QColor("#c62828"), QColor("#ffffff")), Light.YELLOW: (QColor("#f2c200"), QColor("#000000")),
              Light.GREEN: (QColor("#2e7d32"), QColor("#ffffff")), Light.NONE: (QColor("#e0e0e0"), QColor("#000000"))}
QUIET = QColor("#6b6b6b")  # words that say nothing was reported
CURRENT = QColor("#dcecfb")  # the row of the task the clerk is on
CUT = "……（全文见台账）"


class ProjectorRow(NamedTuple):
    """One task as the projector shows it."""

    task_id: int
    code: str
    title: str
    depth: int  # 0 for a task, 1 for its subtask …
    deadline: str
    light: Light
    last_period: str  # "" when it never reported before
    last_text: str
    this_text: str  # this period's reports, one a line; "" when none yet
    last_pace: Pace | None = None  # 序时进度: the last report's class (超进度, 达进度, 欠进度), and this period's
    this_pace: Pace | None = None


class ProjectorModel(HeaderedTableModel):
    """Rows of one section. The view sets the font; a row too tall for a page is drawn smaller (`shrink`) and, as
    a last resort, its reports are cut with （全文见台账）."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr("编号"), _tr("任务"), _tr("完成时限"), _tr("灯"), _tr("上期进展"), _tr("本期进展")]
        self.rows: list[ProjectorRow] = []
        self.font = QFont()
        self._scale: dict[int, float] = {}  # row → how much smaller it is drawn
        self._cut: dict[tuple[int, int], str] = {}  # (row, column) → the report as cut to fit
        self.current = -1  # the row the clerk is on, marked

    def replace_rows(self, rows: list[Any]) -> None:
        self._scale, self._cut, self.current = {}, {}, -1
        super().replace_rows(rows)

    def set_current(self, row: int) -> None:
        before, self.current = self.current, row
        for changed in {before, row} - {-1}:
            if 0 <= changed < len(self.rows):
                self.dataChanged.emit(self.index(changed, 0), self.index(changed, self.columnCount() - 1))

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self._scale, self._cut = {}, {}
        self._changed_all()

    def row_font(self, row: int, column: int = TITLE) -> QFont:
        font = QFont(self.font)
        scale = self._scale.get(row, 1.0)
        if scale != 1.0:
            font.setPixelSize(max(8, round(self.font.pixelSize() * scale)))
        font.setBold(column in (CODE, LIGHT))
        return font

    def shrink(self, row: int, scale: float) -> None:
        self._scale[row] = scale
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def cut(self, row: int, column: int, text: str) -> None:
        self._cut[(row, column)] = text
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def is_cut(self, row: int) -> bool:
        return any(key[0] == row for key in self._cut)

    def full_text(self, row: int, column: int) -> str:
        """A cell's words before any cut."""
        task = self.rows[row]
        if column == CODE:
            return task.code
        if column == TITLE:
            return "　" * task.depth + task.title
        if column == DEADLINE:
            return task.deadline or "—"
        if column == LIGHT:
            return label(task.light)
        if column == LAST:
            return _tr("（{period}）{text}").format(period=report_heading(task.last_period, task.last_pace),
                                                 text=task.last_text) if task.last_period else _tr("（无）")
        if task.this_text and task.this_pace is not None:  # the room hears how it stands against 序时进度
            return _tr("【{pace}】{text}").format(pace=label(task.this_pace), text=task.this_text)
        return task.this_text or _tr("（本期未反馈）")

    def text(self, row: int, column: int) -> str:
        return self._cut.get((row, column)) or self.full_text(row, column)

    def row_of(self, task_id: int) -> int:
        return next((number for number, task in enumerate(self.rows) if task.task_id == task_id), -1)

    def task_id(self, row: int) -> int | None:
        return self.rows[row].task_id if 0 <= row < len(self.rows) else None

    def update_row(self, row: int, task: ProjectorRow) -> None:
        self.rows[row] = task
        self._scale.pop(row, None)
        for column in (LAST, THIS):
            self._cut.pop((row, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        task = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.row_font(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return LIGHT_FILL[task.light][0] if column == LIGHT else CURRENT if row == self.current else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == LIGHT:
                return LIGHT_FILL[task.light][1]
            if (column == LAST and not task.last_period) or (column == THIS and not task.this_text):
                return QUIET
        if role == Qt.ItemDataRole.TextAlignmentRole:
            centred = Qt.AlignmentFlag.AlignHCenter if column == LIGHT else Qt.AlignmentFlag.AlignLeft
            return int(centred | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal:
            return self.header_font()
        return super().headerData(section, orientation, role)

    def header_font(self) -> QFont:
        font = QFont(self.font)
        font.setBold(True)
        return font

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _changed_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
