"""文件 → 连接服务器…: the server, port, database and user of a shared ledger; the password is asked, never kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from models.errors import LedgerError
from models.server.address import DEFAULT_PORT, ServerAddress, checked
from ui import ui_state
from ui.dialogs.dialog_parts import error_line, ok_cancel
from ui.i18n import error_text


class ServerDialog(QDialog):
    """Filled with the last server this PC connected to; the password box is always empty."""

    def __init__(self, parent: QWidget | None = None, password_problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接服务器上的台账"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("几台电脑共用一个台账时，台账放在办公室内网的 PostgreSQL 服务器上。"
                               "请填写管理员给出的服务器地址、数据库和用户名。"))
        intro.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("如 10.1.2.3 或 zzb-server"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("不会保存在这台电脑上"))
        form = QFormLayout()
        form.addRow(self.tr("服务器："), self.host_edit)
        form.addRow(self.tr("端口："), self.port_spin)
        form.addRow(self.tr("数据库："), self.database_edit)
        form.addRow(self.tr("用户名："), self.user_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        self.error_label = error_line()
        self.error_label.setText(password_problem)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(ok_cancel(self, self.tr("连接"), self.tr("取消")))
        last = ui_state.last_server()
        if last is not None:
            self.fill(last)
        # The first box still empty takes the typing: a returning user types only the password.
        first_empty = next((edit for edit in (self.host_edit, self.database_edit, self.user_edit)
                            if not edit.text()), self.password_edit)
        first_empty.setFocus()

    def fill(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)

    def address(self) -> ServerAddress:
        """What the boxes say, checked as an address typed on the command line would be."""
        address = ServerAddress(self.host_edit.text().strip(), self.database_edit.text().strip(),
                                self.user_edit.text().strip(), self.port_spin.value())
        return checked(address, address.display)

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def accept(self) -> None:
        for edit, missing in ((self.host_edit, self.tr("请填写服务器的名称或 IP 地址。")),
                              (self.database_edit, self.tr("请填写数据库名。")),
                              (self.user_edit, self.tr("请填写用户名。"))):
            if not edit.text().strip():
                self.error_label.setText(missing)
                edit.setFocus()
                return
        try:
            self.address()
        except LedgerError as error:
            self.error_label.setText(error_text(error))
            return
        super().accept()
