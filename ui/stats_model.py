"""Table model of per-section statistics with totals and rank; each count cell knows its task ids."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from models.read.stats import SectionStats, StatsReport, ranks
from ui.table_base import HeaderedTableModel, Index

TASK_IDS_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsModel", text)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


# (header, value shown, task-id list name or "")
COLUMNS: list[tuple[str, Callable[[SectionStats], object], str]] = [
    ("科室", lambda s: s.section, ""),
    ("任务总数", lambda s: s.total, "total"),  # = the five status columns after it: every status has one
    ("未启动", lambda s: s.not_started, "not_started"),
    ("推进中", lambda s: s.in_progress, "in_progress"),
    ("已办结", lambda s: s.completed, "completed"),
    ("已销号", lambda s: s.closed, "closed"),
    ("暂缓", lambda s: s.suspended, "suspended"),
    ("逾期", lambda s: s.overdue, "overdue"),
    ("本期未反馈", lambda s: s.no_feedback, "no_feedback"),
    ("完成率", lambda s: _rate(s.completion_rate), ""),
    ("按时完成率", lambda s: _rate(s.on_time_rate), ""),
]


class StatsTableModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._ranks: dict[str, int] = {}
        self.headers = [_tr(name) for name, _, _ in COLUMNS] + [_tr("排名")]

    def set_report(self, report: StatsReport) -> None:
        self._ranks = ranks(report.sections)
        self.replace_rows([*report.sections, report.totals])  # the totals are the last row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stats = self.rows[index.row()]
        is_total = index.row() == len(self.rows) - 1
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == len(COLUMNS):
                return "" if is_total else str(self._ranks.get(stats.section, "—"))
            value = COLUMNS[column][1](stats)
            if column == 0 and stats.outside:
                return _tr("{name}（部外）").format(name=value)
            return _tr(str(value)) if column == 0 else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and stats.outside:
            return QColor("#555")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and stats.outside:
            return _tr("部外单位牵头的任务：单独列出，不参加科室排名")
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role in (TASK_IDS_ROLE, Qt.ItemDataRole.ToolTipRole) and column < len(COLUMNS) and COLUMNS[column][2]:
            ids = stats.task_ids.get(COLUMNS[column][2], [])
            return ids if role == TASK_IDS_ROLE else (_tr("点击查看这些任务") if ids else None)
        return None

    def sections(self) -> list[SectionStats]:
        return self.rows[:-1]

    def label(self, index: QModelIndex) -> str:
        stats = self.rows[index.row()]
        return f"{stats.section} · {self.headerData(index.column(), Qt.Orientation.Horizontal)}"
