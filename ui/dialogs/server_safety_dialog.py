"""数据安全 for a ledger on a server: which server and database, its backups as files, back up now."""

from __future__ import annotations

from datetime import datetime
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.server.ledger import ServerLedger
from ui.dialogs.data_safety_dialog import megabytes, when
from ui.dialogs.dialog_parts import busy, error_line
from ui.i18n import error_text
from ui.window_geometry import RemembersGeometry

if TYPE_CHECKING:
    from ui.window_context import WindowContext


class ServerSafetyDialog(RemembersGeometry, QDialog):
    """The server keeps its own pages whole; what this PC can do is copy the ledger out as a file."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ledger = context.ledger
        assert isinstance(ledger, ServerLedger)  # the file's page is DataSafetyDialog
        self.ledger = ledger
        self.setWindowTitle(self.tr("数据安全（服务器台账）"))
        self.keep_geometry("server-safety", 640, 420)
        address = ledger.address
        place = QLabel(address.display)
        place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("打开备份文件夹"))
        open_folder.clicked.connect(self.open_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)
        form = QFormLayout()
        form.addRow(self.tr("服务器台账："), place)
        form.addRow(self.tr("数据库："), QLabel(self.tr("{database}（服务器 {host}，用户 {user}）").format(
            database=address.database, host=self.tr("本机") if address.on_socket else address.host,
            user=address.user)))
        form.addRow(self.tr("备份文件夹："), folder_row)
        note = QLabel(self.tr("服务器自己保证数据完整；“立即备份”把整个台账复制成一个文件，核对每张表的行数。"
                              "这个文件可以像单机台账一样打开，也可以用 main.py restore 恢复到服务器。"))
        note.setWordWrap(True)
        self.backup_list = QListWidget()
        self.status = QLabel()
        self.error_label = error_line()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self.back_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("这台电脑上的备份（新的在前）：")))
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self.backup_button.setFocus()
        self.refresh()

    def refresh(self) -> None:
        folder = self.ledger.backup_dir()
        self.folder_label.setText(str(folder))
        self.backup_list.clear()
        files = sorted(folder.glob("*.sqlite"), key=lambda path: path.stat().st_mtime, reverse=True) \
            if folder.is_dir() else []
        for path in files:
            made = datetime.fromtimestamp(path.stat().st_mtime)
            self.backup_list.addItem(f"{when(made)}　{path.name}　{megabytes(path.stat().st_size)}")
        if not files:
            self.backup_list.addItem(self.tr("这台电脑上还没有这个服务器台账的备份。"))

    def back_up(self) -> None:
        self.error_label.clear()
        try:
            with busy(self.status, self.tr("正在把整个台账复制成文件……")):
                made = self.ledger.backup_now(reason="manual")
        except (LedgerError, OSError) as error:
            self.error_label.setText(error_text(error) if isinstance(error, LedgerError) else str(error))
            self.status.clear()
            return
        self.refresh()
        self.status.setText(self.tr("已备份到：{path}").format(path=made))

    def open_backup_folder(self) -> None:
        folder = self.ledger.backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
