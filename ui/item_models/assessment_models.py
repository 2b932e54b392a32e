"""Table models of 考核: the sections ranked by the year's rule set, and one section's 加减分明细."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont

from models.read.assessment import ScoreLine, SectionScore, points_text, signed
from ui.i18n import said_text
from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import group_name, shown_date

SCORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's SectionScore, for its 加减分明细


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def tier_words(score: SectionScore) -> str:
    if score.not_ranked:
        return _tr("不参与排名（{why}）").format(why=said_text(score.not_ranked))
    note = _tr("（{note}）").format(note=said_text(score.tier_note)) if score.tier_note else ""
    return said_text(score.tier) + note


SCORE_COLUMNS: list[tuple[object, Callable[[SectionScore], object]]] = [
    (QT_TRANSLATE_NOOP("", "排名"), lambda s: s.rank or "—"),
    (QT_TRANSLATE_NOOP("", "科室"), lambda s: group_name(s.section)),
    (QT_TRANSLATE_NOOP("", "牵头任务"), lambda s: s.tasks),
    (QT_TRANSLATE_NOOP("", "配合任务"), lambda s: s.co_tasks),
    (QT_TRANSLATE_NOOP("", "基础分"), lambda s: "—" if s.not_ranked else points_text(s.base)),
    (QT_TRANSLATE_NOOP("", "加分"), lambda s: "—" if s.not_ranked else signed(s.added)),
    (QT_TRANSLATE_NOOP("", "减分"), lambda s: "—" if s.not_ranked else signed(s.taken)),
    (QT_TRANSLATE_NOOP("", "考核得分"), lambda s: points_text(s.score)),
    (QT_TRANSLATE_NOOP("", "等次"), tier_words),
    (QT_TRANSLATE_NOOP("", "到期按时率"), lambda s: _rate(s.on_time_rate)),
    (QT_TRANSLATE_NOOP("", "复命率"), lambda s: _rate(s.report_rate)),
]
SCORE_COLUMN, TIER_COLUMN, REPORTS_COLUMN = 7, 8, 10


class AssessmentModel(HeaderedTableModel):
    """The sections' yearly scores, best first, the sections not ranked after them with the reason."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr(str(name)) for name, _ in SCORE_COLUMNS]

    def set_scores(self, scores: list[SectionScore]) -> None:
        self.replace_rows(sorted(scores, key=lambda s: (s.rank is None, s.rank or 0)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        score: SectionScore = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(SCORE_COLUMNS[column][1](score))
        if role == SCORE_ROLE:
            return score
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (1, TIER_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == REPORTS_COLUMN and score.expected:
            return _tr("应复命{expected}期，按期或迟报{reported}期").format(expected=score.expected,
                                                                     reported=score.reported)
        if role == Qt.ItemDataRole.ToolTipRole and not score.not_ranked:
            return _tr("双击查看加减分明细")
        if role == Qt.ItemDataRole.ForegroundRole and score.not_ranked:
            return QColor("#555")
        if role == Qt.ItemDataRole.FontRole and column == SCORE_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        return None


LINE_COLUMNS: list[tuple[object, Callable[[ScoreLine], str]]] = [
    (QT_TRANSLATE_NOOP("", "日期"), lambda line: shown_date(line.day) if line.day else ""),
    (QT_TRANSLATE_NOOP("", "编号"), lambda line: line.code),
    (QT_TRANSLATE_NOOP("", "任务或问题"), lambda line: line.title),
    (QT_TRANSLATE_NOOP("", "加减分事项"), lambda line: said_text(line.rule)),
    (QT_TRANSLATE_NOOP("", "情况"), lambda line: said_text(line.note)),
    (QT_TRANSLATE_NOOP("", "分值"), lambda line: signed(line.points)),
]


TITLE_COLUMN, POINTS_COLUMN = 2, 5


class ScoreLinesModel(HeaderedTableModel):
    """One section's 加减分明细: every event the rule set gave points, in date order."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr(str(name)) for name, _ in LINE_COLUMNS]

    def set_lines(self, lines: list[ScoreLine]) -> None:
        self.replace_rows(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line: ScoreLine = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return LINE_COLUMNS[index.column()][1](line)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE_COLUMN:
            return line.title  # a long title cut short in its column is read whole
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == POINTS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == POINTS_COLUMN:
            return QColor("#1b5e20") if line.points > 0 else QColor("#c62828")
        return None
