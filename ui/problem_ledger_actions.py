"""The 问题清单 page's 整改台账 menu: 导入整改台账… and 导出整改台账…, what the command line's import-problems and
export-problems do, from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from models.errors import RuleError, os_error_words
from ui.i18n import error_text
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.dialog_host import DialogHost
    from ui.window_context import WindowContext


class ProblemLedgerActions:
    """A tool button with the two actions, for the page's bar; the page is read again after an import."""

    def __init__(self, context: WindowContext, dialogs: DialogHost, page: QWidget) -> None:
        self.context, self.dialogs, self.page = context, dialogs, page
        self.button = QToolButton(page)
        self.button.setText(_tr("整改台账"))
        self.button.setToolTip(_tr("导入巡察、审计、督查反馈问题的整改台账，或把问题清单导出为整改台账发给科室"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.import_action = menu.addAction(_tr("导入整改台账…"))
        self.export_action = menu.addAction(_tr("导出整改台账…"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action.triggered.connect(self.export)
        self.button.setMenu(menu)
        self.import_action.setEnabled(not context.read_only)

    def open_import(self) -> None:
        from ui.dialogs.problem_import_dialog import ProblemImportDialog  # openpyxl loads on first use

        context = self.context
        dialog = ProblemImportDialog(context.controller, context.year, context.as_of, self.page.window(),
                                     dialogs=self.dialogs)
        self.dialog = dialog
        self.dialogs.run(dialog)

    def export(self) -> Path | None:
        year = self.context.year
        path = self.dialogs.ask_save_path(_tr("导出整改台账"), "exports", _tr("{year}年问题整改台账.xlsx").format(
            year=year), _tr("Excel 表格 (*.xlsx)"), over=self.page)
        if path is None:
            return None
        from reports.output import write_atomically  # openpyxl loads on first export, not at every start
        from reports.problem_ledger_export import export_problems
        try:
            with self.context.ledger.reading() as session:
                written, left_out = write_atomically(path, lambda temporary: export_problems(
                    session, temporary, year=year, as_of=self.context.as_of), suffix=".xlsx")
        except RuleError as error:
            self.context.error_reported.emit(error_text(error))
            return None
        except OSError as error:
            self.context.error_reported.emit(_tr("无法导出到 {path}：{error}").format(
                path=path, error=os_error_words(error)))
            return None
        text = _tr("已导出整改台账：{path}（问题 {count} 个）").format(path=path, count=written)
        if left_out:
            text += _tr("\n另有 {count} 个问题没有来源（督查记录），未导出：请在问题清单中为它们选定来源。").format(
                count=left_out)
        self.dialogs.inform(_tr("导出整改台账"), text, over=self.page)
        return path
