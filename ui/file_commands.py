"""The File menu's work for the main window: new and open ledger files, backups, settings, recycle bin, 结转, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import changes.year
from demo.ledger import DEMO_ORG, ensure_demo_ledger
from models.domain.rollover import CARRIED_STATUSES, year_to_plan
from models.domain.settings import LedgerSettings
from models.errors import BackupError, LedgerError
from models.file.backup import restore_backup
from models.file.ledger import FileLedger, create_ledger
from models.file.paths import demo_ledger_path
from models.read.counting import Counting
from ui import ui_state
from ui.dialogs.recycle_bin_dialog import RecycleBinDialog
from ui.dialogs.server_dialog import ServerDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.i18n import error_text
from ui.i18n import tr as _tr
from ui.labels import count_words
from ui.ledger_files import open_and_build

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.window_host import WindowHost



class FileCommands:
    """Each File-menu command, run for `window`; a command that opens another ledger replaces the window."""

    def __init__(self, window: WindowHost) -> None:
        self.window = window
        self.context = window.context
        self.dialogs = window.dialogs
        self.dialog: QDialog | None = None  # the dialog last opened, kept so Qt does not collect it while shown

    def _saved(self) -> bool:
        return self.window.save_edits()

    def _tell(self, message: str, milliseconds: int = 15000) -> None:
        self.window.tell(message, milliseconds)

    def new_ledger(self) -> None:
        path = self.dialogs.ask_ledger_path(True, self.context.ledger.folder)
        if path is None:
            return
        if path.exists():
            self.window.report_error(_tr("已经有这个文件了，请换一个文件名，或用“打开台账文件”打开它。"))
            return
        # The example ledger's name and the unnamed default are never an office's own: ask afresh.
        current = self.context.org_name.strip()
        known = "" if current in (DEMO_ORG, LedgerSettings().org_name) else current
        org = self.dialogs.ask_text(_tr("新建台账文件"), _tr("单位名称（印在报表抬头）："), known)
        if not org:
            return
        year = self.dialogs.ask_year(_tr("新建台账文件"), _tr("台账年度："), year_to_plan(self.context.as_of))
        if year is None:
            return
        try:
            create_ledger(path, org_name=org, year=year, actor=self.context.ledger.actor).close()
        except LedgerError as error:
            self.window.report_error(error_text(error))
            return
        self.open_file(path)

    def open_ledger(self) -> None:
        path = self.dialogs.ask_ledger_path(False, self.context.ledger.folder)
        if path is not None:
            self.open_file(path)

    def connect_server(self) -> WindowHost | None:
        """文件 → 连接服务器…: the shared ledger on the office's server, in a new window in this one's place."""
        if not self._saved():
            return None
        dialog = ServerDialog(self.window.window())
        if not self.dialogs.run(dialog):
            return None
        address = dialog.address()
        replacement = self.replace_window(address.display, dialog.password())
        if replacement is not None:
            ui_state.remember_server(address)
        return replacement

    def open_demo(self) -> WindowHost | None:
        """The example ledger (made on first use, kept apart from the office's own) in this window's place."""
        path = demo_ledger_path()
        try:
            ensure_demo_ledger(path)
        except (LedgerError, OSError) as error:
            self.window.report_error(_tr("无法生成示例台账：{error}").format(error=error_text(error)))
            return None
        return self.open_file(path)

    def open_file(self, path: Path) -> WindowHost | None:
        """Open another ledger in a new window that takes this one's place."""
        if not self._saved():
            return None
        if self.context.ledger.is_file(path):
            return self.window
        return self.replace_window(path)

    def replace_window(self, place: Path | str, password: str | None = None) -> WindowHost | None:
        """`place` (a file, or a server's address) opened in a new window that takes this one's place."""
        window = self.window
        opened = open_and_build(place, self.context.ledger.actor, self.dialogs, window.built_on, password)
        if opened is None:
            return None
        ledger, replacement = opened
        ui_state.remember_ledger(ledger.place if ledger.is_server else place)
        window.give_way_to(replacement, ledger.notices)
        return replacement

    def backup_now(self) -> Path | None:
        try:
            target: Path = self.context.ledger.backup_now(reason="manual")
        except (BackupError, LedgerError) as error:
            self.window.report_error(error_text(error))
            return None
        self._tell(_tr("已备份到：{path}").format(path=target))
        return target

    def open_data_safety(self) -> None:
        from ui.dialogs.data_safety_dialog import DataSafetyDialog

        if not isinstance(self.context.ledger, FileLedger):  # the server keeps its own pages; backups are files
            from ui.dialogs.server_safety_dialog import ServerSafetyDialog

            self.dialog = ServerSafetyDialog(self.context, self.window.window())
        else:
            self.dialog = DataSafetyDialog(self.context, self.dialogs, self.backup_now, self.restore_from_backup,
                                           self.window.window())
        self.dialogs.run(self.dialog)

    def restore_from_backup(self, backup: Path) -> WindowHost | None:
        """Put `backup` in place of this ledger and reopen it in a new window; the file replaced is kept."""
        if not self._saved():
            return None
        ledger = self.context.ledger
        if not isinstance(ledger, FileLedger):
            self.window.report_error(_tr("服务器上的台账用命令恢复：main.py restore <备份文件> --db {place}"
                                         "（服务器上原有的内容会先备份成文件）。").format(place=ledger.place))
            return None
        path = ledger.path
        ledger.close()  # restoring needs the writer lock this window holds
        try:
            kept = restore_backup(backup, path)
        except BackupError as error:
            self.window.report_error(error_text(error))  # the file is as it was: reopen it below all the same
            kept = None
        replacement = self.replace_window(path)
        if replacement is not None and kept is not None:
            replacement.tell(_tr("已用备份恢复；原来的文件保留为：{path}").format(path=kept), 30000)
        return replacement

    def open_settings(self) -> None:
        if self._saved():
            self.dialog = SettingsDialog(self.context.controller, self.window.window(), self.context.year,
                                         dialogs=self.dialogs)
            self.dialogs.run(self.dialog)
            self.context.reload()

    def open_recycle_bin(self) -> None:
        self.dialog = RecycleBinDialog(self.context.controller, self.context.year, self.window.window())
        self.dialogs.run(self.dialog)

    def roll_over(self) -> None:
        """Start the next year: unfinished tasks are copied into it and it becomes the current year."""
        context = self.context
        from_year, to_year = context.year, context.year + 1
        carried = [row for row in context.rows if row.status in CARRIED_STATUSES]
        question = _tr("把{old}年未完成的任务{n}结转到{new}年吗？\n{old}年的记录保持不变，"
                       "结转的任务保留与原任务的联系。").format(
            old=from_year, new=to_year, n=count_words(Counting(context.rows).tally(carried)))
        if not self.dialogs.confirm(_tr("结转到下一年度"), question):
            return
        if context.controller.apply(_tr("结转到下一年度"),
                                    lambda: changes.year.carry_over(context.ledger, from_year, to_year)):
            context.set_year(to_year)
            self._tell(_tr("已结转到{year}年。").format(year=to_year))

    def open_import(self, returns: bool = False) -> None:
        """导入 Excel/Word…, or with `returns` the sections' returned feedback forms, several at once."""
        if self._saved():
            from ui.dialogs.import_dialog import ImportDialog  # openpyxl loads on first import, not at every start

            context = self.context
            dialog = ImportDialog(context.controller, context.year, context.as_of, self.window.window(),
                                  dialogs=self.dialogs)
            self.dialog = dialog
            if returns and not dialog.choose_returns():
                dialog.deleteLater()
                return  # no file chosen: nothing to show
            self.dialogs.run(dialog)

    def open_reports(self, kind: str = "", record_id: int = 0) -> None:
        """Ctrl+P: the report dialog, on what the window shows (year, selected task for a 督办单); from the
        问题清单, on its sheet (`kind` "problems") or one record's 督查通报 ("bulletin", `record_id`)."""
        if not self._saved():
            return
        list_pane = self.window.list_pane
        selected = list_pane.selected_task_id()
        row = list_pane.model.task_row(selected) if selected is not None else None
        from ui.dialogs.report_dialog import ReportDialog  # ReportLab loads on first print, not at every start

        context = self.context
        self.dialog = ReportDialog(
            context.controller, context.year, context.as_of, sections=context.section_names(),
            key_tasks=[k.name for k in context.key_tasks], leaders=context.leaders(),
            task_code=row.code if row else "", kind=kind, record_id=record_id, parent=self.window.window(),
            dialogs=self.dialogs)
        self.dialogs.run(self.dialog)
