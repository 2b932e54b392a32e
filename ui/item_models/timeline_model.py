"""Table model of one task's progress timeline, newest first: period, text, kind, date, author, meeting, percent and
each report's 序时进度 class."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from models.domain.enums import Pace
from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import label, shown_date


def period_label(period: str) -> str:
    year, _, month = period.partition("-")
    return _tr("{year}年{month}月").format(year=year, month=int(month)) if month.isdigit() else period


def report_heading(period: str, pace: Pace | None) -> str:
    """A report's month, with its 序时进度 class where it has one: "2026年3月，欠进度"."""
    month = period_label(period)
    return _tr("{period}，{pace}").format(period=month, pace=label(pace)) if pace is not None else month


TEXT_COLUMN, PACE_COLUMN = 1, 7
# 欠进度 in amber (as the editor's 序时进度 line says it), 超进度 in green.
PACE_COLOURS = {Pace.AHEAD: QColor("#1b7f3b"), Pace.BEHIND: QColor("#b36b00")}


class TimelineModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        # The text second, after its period: in a narrow editor it is what the clerk reads.
        self.headers = [_tr("期次"), _tr("内容"), _tr("类别"), _tr("日期"), _tr("录入人"), _tr("会议"), _tr("进度"),
                        _tr("序时进度")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            percent = "" if entry.percent is None else f"{entry.percent}%"
            values = [period_label(entry.period), entry.text.replace("\n", " "), label(entry.kind),
                      shown_date(entry.entry_date), entry.author, entry.meeting, percent,
                      label(entry.pace) if entry.pace is not None else ""]
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == PACE_COLUMN and entry.pace is not None:
            return PACE_COLOURS.get(entry.pace)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT_COLUMN:
            return entry.text
        return None

    def full_text(self, row: int) -> str:
        """One entry whole, as the line under the timeline shows it."""
        entry = self.rows[row]
        facts = [period_label(entry.period), label(entry.kind), shown_date(entry.entry_date), entry.author,
                 entry.meeting, "" if entry.percent is None else f"{entry.percent}%",
                 label(entry.pace) if entry.pace is not None else ""]
        return "{facts}\n{text}".format(facts=" · ".join(f for f in facts if f), text=entry.text)
