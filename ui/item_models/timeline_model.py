"""Table model of one task's progress timeline, newest first: period, text, kind, date, author, meeting, percent."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import label, shown_date


def period_label(period: str) -> str:
    year, _, month = period.partition("-")
    return _tr("{year}年{month}月").format(year=year, month=int(month)) if month.isdigit() else period


TEXT_COLUMN = 1


class TimelineModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        # The text second, after its period: in a narrow editor it is what the clerk reads.
        self.headers = [_tr("期次"), _tr("内容"), _tr("类别"), _tr("日期"), _tr("录入人"), _tr("会议"), _tr("进度")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            percent = "" if entry.percent is None else f"{entry.percent}%"
            values = [period_label(entry.period), entry.text.replace("\n", " "), label(entry.kind),
                      shown_date(entry.entry_date), entry.author, entry.meeting, percent]
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT_COLUMN:
            return entry.text
        return None

    def full_text(self, row: int) -> str:
        """One entry whole, as the line under the timeline shows it."""
        entry = self.rows[row]
        facts = [period_label(entry.period), label(entry.kind), shown_date(entry.entry_date), entry.author,
                 entry.meeting, "" if entry.percent is None else f"{entry.percent}%"]
        return "{facts}\n{text}".format(facts=" · ".join(f for f in facts if f), text=entry.text)
