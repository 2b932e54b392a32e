"""数据安全: where the ledger file is, its backups and its last check; back up, check fully, restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.file.ledger import FileLedger
from models.file.safety import BackupFile, SafetyFacts, safety_facts, verify_ledger
from models.file.storage import CheckResult
from ui.dialogs.dialog_parts import busy, error_line
from ui.labels import shown_date
from ui.window_geometry import RemembersGeometry

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path

    from ui.dialog_host import DialogHost
    from ui.window_context import WindowContext

REASONS = {"auto": "每日自动", "manual": "手动", "before-migration": "升级前", "": ""}


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 100 * 1024 else f"{max(size, 1) // 1024 or 1} KB"


def when(moment: datetime) -> str:
    return f"{shown_date(moment.date())} {moment:%H:%M}"


class DataSafetyDialog(RemembersGeometry, QDialog):
    def __init__(self, context: WindowContext, dialogs: DialogHost, back_up: Callable[[], Path | None],
                 restore: Callable[[Path], object], parent: QWidget | None = None) -> None:
        """`back_up` and `restore` are the File menu's own (the window reopens on a restored file)."""
        super().__init__(parent)
        self.context, self.dialogs = context, dialogs
        self._back_up, self._restore = back_up, restore
        self.setWindowTitle(self.tr("数据安全"))
        self.keep_geometry("data-safety", 720, 520)
        self.file_label, self.size_label, self.folder_label = QLabel(), QLabel(), QLabel()
        self.newest_label, self.check_label = QLabel(), QLabel()
        for label in (self.file_label, self.folder_label, self.newest_label, self.check_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("打开备份文件夹"))
        open_folder.clicked.connect(self.open_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)
        form = QFormLayout()
        form.addRow(self.tr("台账文件："), self.file_label)
        form.addRow(self.tr("文件大小："), self.size_label)
        form.addRow(self.tr("备份文件夹："), folder_row)
        form.addRow(self.tr("最近一次备份："), self.newest_label)
        form.addRow(self.tr("完整性检查："), self.check_label)
        self.full_label = QLabel()
        form.addRow(self.tr("上次完整检查："), self.full_label)
        self.backup_list = QListWidget()
        self.backup_list.currentRowChanged.connect(lambda _row: self._enable())
        self.status = QLabel()
        self.error_label = error_line()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self.back_up)
        self.verify_button = QPushButton(self.tr("完整检查"))
        self.verify_button.setToolTip(self.tr("逐页检查整个文件和各表之间的引用，需要几秒钟"))
        self.verify_button.clicked.connect(self.verify)
        self.restore_button = QPushButton(self.tr("用选中的备份恢复…"))
        self.restore_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("备份（新的在前；每天第一次打开时自动备份一份）：")))
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self.facts: SafetyFacts | None = None
        self.refresh()

    @property
    def file_ledger(self) -> FileLedger:
        ledger = self.context.ledger
        assert isinstance(ledger, FileLedger)  # the page is opened for files only (FileCommands.open_data_safety)
        return ledger

    def refresh(self) -> None:
        facts = self.facts = safety_facts(self.file_ledger)
        self.file_label.setText(str(facts.path))
        self.size_label.setText(megabytes(facts.size))
        self.folder_label.setText(str(facts.backup_dir))
        newest = facts.newest_backup
        self.newest_label.setText(self._backup_text(newest) if newest else self.tr("还没有备份，请立即备份一份。"))
        self.newest_label.setStyleSheet("" if newest else "color: #c62828;")
        self._show_check(facts.last_check)
        self.full_label.setText(self.tr("{when}，完好").format(when=when(facts.last_full_pass))
                                if facts.last_full_pass else self.tr("还没有做过（点“完整检查”，需要几秒钟）"))
        self.backup_list.clear()
        for backup in facts.backups:
            item = QListWidgetItem(self._backup_text(backup))
            item.setToolTip(str(backup.path))
            self.backup_list.addItem(item)
        self._enable()

    def _backup_text(self, backup: BackupFile) -> str:
        reason = self.tr(REASONS.get(backup.reason, backup.reason))
        text = self.tr("{when}　{reason}　{size}").format(when=when(backup.made), reason=reason,
                                                        size=megabytes(backup.size))
        if backup.content_at is not None:  # the file's own record, right even when the clock was not
            text += self.tr("　内容截至 {when}").format(when=when(backup.content_at))
        return text

    def _show_check(self, result: CheckResult | None) -> None:
        if result is None:
            self.check_label.setText(self.tr("本次还没有检查"))
            self.check_label.setStyleSheet("")
            return
        kind = self.tr("完整检查") if result.full else self.tr("打开时快速检查")
        if result.ok:
            self.check_label.setText(self.tr("完好（{kind}，{when}）").format(kind=kind, when=when(result.at)))
            self.check_label.setStyleSheet("color: #2e7d32;")
        else:
            self.check_label.setText(self.tr("发现问题（{kind}，{when}）：{problems}。请用最近的备份恢复。").format(
                kind=kind, when=when(result.at), problems="；".join(result.problems[:3])))
            self.check_label.setStyleSheet("color: #c62828;")

    def _enable(self) -> None:
        chosen = self.backup_list.currentRow() >= 0
        self.restore_button.setEnabled(chosen and not self.context.read_only)

    def selected_backup(self) -> BackupFile | None:
        row = self.backup_list.currentRow()
        return self.facts.backups[row] if self.facts is not None and 0 <= row < len(self.facts.backups) else None

    def back_up(self) -> None:
        with busy(self.status, self.tr("正在备份……")):
            made = self._back_up()
        self.refresh()
        self.status.setText(self.tr("已备份到：{path}").format(path=made) if made else "")

    def verify(self) -> None:
        with busy(self.status, self.tr("正在检查整个文件……")):
            result = verify_ledger(self.file_ledger)
        self.refresh()
        self._show_check(result)
        self.status.setText(self.tr("检查完毕。"))

    def restore(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        question = self.tr("用 {when} 的备份替换现在的台账吗？\n此后录入的内容会不在恢复后的台账里；"
                           "现在的文件会改名保留在原处，不会删除。").format(when=when(backup.made))
        if not self.dialogs.confirm(self.tr("用备份恢复"), question):
            return
        self.accept()
        self._restore(backup.path)

    def open_backup_folder(self) -> None:
        if self.facts is not None:
            self.facts.backup_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.facts.backup_dir)))
