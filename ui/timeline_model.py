"""Table model of one task's progress timeline, newest first: kind, period, date, author, meeting, text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from models.domain.deadlines import chinese_date
from ui.table_base import HeaderedTableModel, Index


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def period_label(period: str) -> str:
    year, _, month = period.partition("-")
    return _tr("{year}年{month}月").format(year=year, month=int(month)) if month.isdigit() else period


class TimelineModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr("类别"), _tr("期次"), _tr("日期"), _tr("录入人"), _tr("会议"), _tr("进度"), _tr("内容")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            percent = "" if entry.percent is None else f"{entry.percent}%"
            values = [_tr(entry.kind.label), period_label(entry.period), chinese_date(entry.entry_date),
                      entry.author, entry.meeting, percent, entry.text.replace("\n", " ")]
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return entry.text
        return None
