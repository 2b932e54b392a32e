"""文件 → 连接服务器…: the server, port, database and user of a shared ledger; the password is asked, never kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import LedgerError
from models.server.address import DEFAULT_PORT, ServerAddress, checked, is_server_address, parse_address
from ui import ui_state
from ui.dialogs.dialog_parts import error_line, ok_cancel
from ui.dialogs.file_dialogs import open_files
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
        self.tls_combo = QComboBox()  # libpq's sslmode, in the words of what each one protects against
        for mode, words in (("", self.tr("尽量加密（不核验证书）")),
                            ("verify-full", self.tr("加密并核验服务器证书（推荐）")),
                            ("verify-ca", self.tr("加密并核验证书机构（不核对服务器名）")),
                            ("require", self.tr("必须加密（不核验证书）")), ("disable", self.tr("不加密"))):
            self.tls_combo.addItem(words, mode)
        self.tls_combo.currentIndexChanged.connect(self._tls_changed)
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("管理员给的 .crt 文件"))
        self.ca_edit.setToolTip(self.tr("核验服务器证书所用的证书机构（CA）文件；不填则用系统自带的证书机构"))
        self.ca_button = QPushButton(self.tr("浏览…"))
        self.ca_button.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        form = QFormLayout()
        form.addRow(self.tr("服务器："), self.host_edit)
        form.addRow(self.tr("端口："), self.port_spin)
        form.addRow(self.tr("数据库："), self.database_edit)
        form.addRow(self.tr("用户名："), self.user_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        form.addRow(self.tr("加密："), self.tls_combo)
        form.addRow(self.tr("CA 文件："), ca_row)
        self._tls_changed()
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

    def fill(self, address: ServerAddress, *, keep_choices: bool = False) -> None:
        """The boxes from `address`; with `keep_choices` (an address pasted into 服务器), the 加密 and CA 文件
        chosen here stay unless the address names its own: a pasted address never weakens the encryption."""
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        if not keep_choices or address.sslmode:
            mode = "" if address.sslmode in ("allow", "prefer") else address.sslmode
            self.tls_combo.setCurrentIndex(max(0, self.tls_combo.findData(mode)))
        if not keep_choices or address.sslrootcert:
            self.ca_edit.setText(address.sslrootcert)

    def address(self) -> ServerAddress:
        """What the boxes say, checked as an address typed on the command line would be."""
        address = ServerAddress(self.host_edit.text().strip(), self.database_edit.text().strip(),
                                self.user_edit.text().strip(), self.port_spin.value(),
                                str(self.tls_combo.currentData()),
                                self.ca_edit.text().strip() if self.ca_edit.isEnabled() else "")
        return checked(address, address.display)

    def _tls_changed(self) -> None:
        checks = str(self.tls_combo.currentData()) in ("verify-full", "verify-ca", "require")
        self.ca_edit.setEnabled(checks)
        self.ca_button.setEnabled(checks)

    def _choose_ca(self) -> None:
        chosen = open_files(self, self.tr("选择证书机构（CA）文件"), "server-ca",
                            self.tr("证书 (*.crt *.pem *.cer);;所有文件 (*)"))
        if chosen:
            self.ca_edit.setText(str(chosen[0]))

    def _take_pasted_address(self) -> bool:
        """A whole postgresql:// address pasted into 服务器 fills every box; a password written in it goes to
        the password box (used once, as ever) with a word that it does not belong in an address. False when
        the address is not usable (its error is shown, without the password)."""
        try:
            address, password = parse_address(self.host_edit.text())
        except LedgerError as error:
            self.error_label.setText(error_text(error))
            return False
        self.fill(address, keep_choices=True)
        if password is not None:
            self.password_edit.setText(password)
            self.error_label.setText(self.tr("地址里写着密码：已移到密码框，只用这一次，不会保存。密码不要写在地址、"
                                             "快捷方式或脚本里（脚本可用 PGPASSWORD 或 ~/.pgpass）。"))
        return True

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def accept(self) -> None:
        if is_server_address(self.host_edit.text()):
            self._take_pasted_address()
            return  # the boxes filled: the user sees them (and the word on a password) before connecting
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
