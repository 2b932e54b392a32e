"""Table model of one task's 修改记录 (its audit trail), newest first: when, who, what, from, to."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import shown_date


class HistoryModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr("时间"), _tr("操作人"), _tr("操作"), _tr("项目"), _tr("原来"), _tr("改为")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = [f"{shown_date(row.at.date())} {row.at:%H:%M}", row.actor, _tr(row.action), _tr(row.field),
                      row.old.replace("\n", " "), row.new.replace("\n", " ")]
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (4, 5):
            return row.old if index.column() == 4 else row.new
        return None
