"""Table models of per-section statistics (totals and rank; each count cell knows its task ids) and of the
problems per section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from models.read.problems import ProblemStats
from models.read.stats import SectionStats, StatsReport, ranks
from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import group_name

TASK_IDS_ROLE = Qt.ItemDataRole.UserRole + 1


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


# (header, value shown, task-id list name or "")
COLUMNS: list[tuple[object, Callable[[SectionStats], object], str]] = [
    (QT_TRANSLATE_NOOP("", "科室"), lambda s: group_name(s.section), ""),
    (QT_TRANSLATE_NOOP("", "任务总数"), lambda s: s.total, "total"),  # = the five status columns after it
    (QT_TRANSLATE_NOOP("", "未启动"), lambda s: s.not_started, "not_started"),
    (QT_TRANSLATE_NOOP("", "推进中"), lambda s: s.in_progress, "in_progress"),
    (QT_TRANSLATE_NOOP("", "已办结"), lambda s: s.completed, "completed"),
    (QT_TRANSLATE_NOOP("", "已销号"), lambda s: s.closed, "closed"),
    (QT_TRANSLATE_NOOP("", "暂缓"), lambda s: s.suspended, "suspended"),
    (QT_TRANSLATE_NOOP("", "逾期"), lambda s: s.overdue, "overdue"),
    (QT_TRANSLATE_NOOP("", "本期未反馈"), lambda s: s.no_feedback, "no_feedback"),
    (QT_TRANSLATE_NOOP("", "欠进度"), lambda s: s.behind, "behind"),  # against the 序时进度, as the 通报 counts
    (QT_TRANSLATE_NOOP("", "完成率"), lambda s: _rate(s.completion_rate), ""),
    (QT_TRANSLATE_NOOP("", "按时完成率"), lambda s: _rate(s.on_time_rate), ""),
]


class StatsTableModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._ranks: dict[str, int] = {}
        self.headers = [_tr(str(name)) for name, _, _ in COLUMNS] + [_tr("排名")]

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
            return (_tr("合计") if is_total else str(value)) if column == 0 else str(value)
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


PROBLEM_COLUMNS: list[tuple[object, Callable[[ProblemStats], object]]] = [
    (QT_TRANSLATE_NOOP("", "责任科室"), lambda s: group_name(s.section)),
    (QT_TRANSLATE_NOOP("", "发现问题"), lambda s: s.found),
    (QT_TRANSLATE_NOOP("", "完成整改"), lambda s: s.solved),
    (QT_TRANSLATE_NOOP("", "其中已销号"), lambda s: s.closed),
    (QT_TRANSLATE_NOOP("", "整改逾期"), lambda s: s.overdue),
    (QT_TRANSLATE_NOOP("", "临期"), lambda s: s.due_soon),
    (QT_TRANSLATE_NOOP("", "整改率"), lambda s: _rate(s.rate)),
]


class ProblemStatsModel(HeaderedTableModel):
    """Problems per responsible section: found, solved, overdue, due soon and the 整改率, totals last."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr(str(name)) for name, _ in PROBLEM_COLUMNS]

    def set_stats(self, sections: list[ProblemStats], totals: ProblemStats) -> None:
        self.replace_rows([*sections, totals])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stats: ProblemStats = self.rows[index.row()]
        is_total = index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0 and is_total:
                return _tr("合计")
            return str(PROBLEM_COLUMNS[index.column()][1](stats))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and stats.overdue:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None
