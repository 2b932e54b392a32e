"""Table model of an import preview: every row of the file with OK / warning / error and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from models.apply.progress_return import ReturnRow
from models.apply.rows import PlannedRow
from models.domain.text import reasons
from ui.i18n import error_text
from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import label

STATUS_COLOURS = {"ok": QColor("#2e7d32"), "warning": QColor("#b26a00"), "error": QColor("#c62828"),
                  "skip": QColor("#757575"), "same": QColor("#757575")}



STATUS_WORDS = {"ok": QT_TRANSLATE_NOOP("", "正常"), "warning": QT_TRANSLATE_NOOP("", "提示"),
                "error": QT_TRANSLATE_NOOP("", "错误"), "skip": QT_TRANSLATE_NOOP("", "跳过"),
                "same": QT_TRANSLATE_NOOP("", "不变")}


def _said(messages: list[str]) -> str:
    return reasons([error_text(message) for message in messages], _tr("；"))


class ImportPreviewModel(HeaderedTableModel):
    """Rows of a task breakdown (PlannedRow) or of a progress return (ReturnRow)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._statuses: list[str] = []

    def show_breakdown(self, rows: list[PlannedRow]) -> None:
        self._fill([_tr("工作表"), _tr("行"), _tr("结果"), _tr("说明"), _tr("重点任务"), _tr("任务内容"),
                    _tr("牵头科室"), _tr("配合科室"), _tr("分管领导"), _tr("责任人"), _tr("完成时限")],
                   [[r.sheet, str(r.row), _tr(str(STATUS_WORDS[r.status])), _said(r.messages), r.key_task,
                     ("　" if r.parent_row else "") + r.title, r.lead_section, "、".join(r.co_sections), r.leader,
                     r.owner, r.deadline_text] for r in rows], [r.status for r in rows])

    def show_return(self, rows: list[ReturnRow]) -> None:
        self._fill([_tr("工作表"), _tr("行"), _tr("结果"), _tr("说明"), _tr("对应编号"), _tr("任务内容"),
                    _tr("进展情况"), _tr("改为状态")],
                   [[r.sheet, str(r.row), _tr(str(STATUS_WORDS[r.status])), _said(r.messages), r.task_code, r.title,
                     r.text, label(r.new_status) if r.new_status else ""] for r in rows],
                   [r.status for r in rows])

    def _fill(self, headers: list[str], rows: list[list[str]], statuses: list[str]) -> None:
        self.headers, self._statuses = headers, statuses
        self.replace_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(STATUS_COLOURS[self._statuses[index.row()]])
        return None

    def count(self, status: str) -> int:
        return self._statuses.count(status)
