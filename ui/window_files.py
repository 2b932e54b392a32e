"""The File menu's work for the main window: new and open ledger files, back up, settings, recycle bin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow
from sqlalchemy.orm import Session

from models.domain.rollover import CARRIED_STATUSES, rollover
from models.domain.settings import change_settings
from models.errors import BackupError, LedgerError
from models.file.backup import restore_backup
from models.file.ledger import create_ledger
from ui import ui_state
from ui.ledger_files import open_and_build
from ui.recycle_bin_dialog import RecycleBinDialog
from ui.settings_dialog import SettingsDialog


class FileActionsMixin:
    """Mixed into MainWindow; uses its ledger, controller, dialog hooks and messages."""

    ledger: Any
    controller: Any
    as_of: Any
    year: int
    rows: Any

    def new_ledger(self) -> None:
        path = self.ask_path(True)
        if path is None:
            return
        if path.exists():
            self.report_error(self.tr("已经有这个文件了，请换一个文件名，或用“打开台账文件”打开它。"))
            return
        org = self.ask_org(self.ledger.settings().org_name)
        if not org:
            return
        try:
            create_ledger(path, org_name=org, year=self.as_of.year, actor=self.ledger.actor).close()
        except LedgerError as error:
            self.report_error(str(error))
            return
        self.open_file(path)

    def open_ledger(self) -> None:
        path = self.ask_path(False)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> QMainWindow | None:
        """Open another ledger in a new window that takes this one's place."""
        if not self.save_task():
            return None
        if path.resolve() == self.ledger.path.resolve():
            return self
        return self._replace_with(path)

    def _replace_with(self, path: Path) -> QMainWindow | None:
        opened = open_and_build(path, self.ledger.actor, self, lambda ledger: type(self)(ledger, self.as_of))
        if opened is None:
            return None
        ledger, replacement = opened
        replacement.owns_ledger = True
        replacement.dialog_runner, replacement.confirm = self.dialog_runner, self.confirm
        replacement.ask_path, replacement.ask_org = self.ask_path, self.ask_org
        replacement.show_notices(ledger.notices)
        replacement.resize(self.size())
        replacement.show()
        ui_state.remember_ledger(path)
        self.replacement = replacement
        self.close()
        return replacement

    def backup_now(self) -> Path | None:
        try:
            target: Path = self.ledger.backup_now(reason="manual")
        except (BackupError, LedgerError) as error:
            self.report_error(str(error))
            return None
        self.statusBar().showMessage(self.tr("已备份到：{path}").format(path=target), 15000)
        return target

    def open_data_safety(self) -> None:
        from ui.data_safety_dialog import DataSafetyDialog

        self.data_safety = DataSafetyDialog(self)  # type: ignore[arg-type]
        self.dialog_runner(self.data_safety)

    def restore_from_backup(self, backup: Path) -> QMainWindow | None:
        """Put `backup` in place of this ledger and reopen it in a new window; the file replaced is kept."""
        if not self.save_task():
            return None
        path = self.ledger.path
        self.ledger.close()  # restoring needs the writer lock this window holds
        try:
            kept = restore_backup(backup, path)
        except BackupError as error:
            self.report_error(str(error))  # the file is as it was: reopen it below all the same
            kept = None
        replacement = self._replace_with(path)
        if replacement is not None and kept is not None:
            replacement.statusBar().showMessage(
                self.tr("已用备份恢复；原来的文件保留为：{path}").format(path=kept), 30000)
        return replacement

    def open_settings(self) -> None:
        if self.save_task():
            self.settings_dialog = SettingsDialog(self.controller, self, self.year)
            self.dialog_runner(self.settings_dialog)
            self.reload()

    def open_recycle_bin(self) -> None:
        self.recycle_bin = RecycleBinDialog(self.controller, self.year, self)
        self.dialog_runner(self.recycle_bin)

    def _ask_path(self, save: bool) -> Path | None:
        folder = str(self.ledger.path.parent)
        pattern = self.tr("台账文件 (*.sqlite);;所有文件 (*)")
        if save:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("新建台账文件"), folder, pattern)
            if name and not name.endswith(".sqlite"):
                name += ".sqlite"
        else:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("打开台账文件"), folder, pattern)
        return Path(name) if name else None

    def _ask_org(self, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("新建台账文件"), self.tr("单位名称："), text=default)
        return text.strip() if ok and text.strip() else None

    def roll_over(self) -> None:
        """Start the next year: unfinished tasks are copied into it and it becomes the current year."""
        from_year, to_year = self.year, self.year + 1
        carried = sum(1 for row in self.rows if row.status in CARRIED_STATUSES)
        question = self.tr("把{old}年未完成的{n}项任务结转到{new}年吗？\n{old}年的记录保持不变，"
                           "结转的任务保留与原任务的联系。").format(old=from_year, new=to_year, n=carried)
        if not self.confirm(self.tr("结转到下一年度"), question):
            return
        actor = self.ledger.actor

        def work(session: Session) -> None:
            rollover(session, actor, from_year, to_year)
            change_settings(session, actor, {"current_year": to_year})
        if self.controller.run_plain(self.tr("结转到下一年度"), work):
            self.year = to_year
            self.reload()
            self.statusBar().showMessage(self.tr("已结转到{year}年。").format(year=to_year), 15000)

    def open_import(self) -> None:
        if self.save_task():
            from ui.import_dialog import ImportDialog  # openpyxl loads on first import, not at every start

            self.import_dialog = ImportDialog(self.controller, self.year, self.as_of, self)
            self.dialog_runner(self.import_dialog)

