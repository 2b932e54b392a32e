"""文件 → 连接服务器…: the form, its checks, and a window on the server's ledger that never keeps the password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from models.server.address import ServerAddress, parse_address
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui import ui_state
from ui.dialogs.server_dialog import ServerDialog
from ui.main_window import MainWindow

from .helpers import run_dialog, shown_titles


def test_the_form_starts_in_its_first_empty_box_and_names_what_is_missing(qtbot: QtBot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.host_edit)
    dialog.host_edit.setText("10.1.2.3")
    dialog.accept()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "请填写数据库名。" and QApplication.focusWidget() is dialog.database_edit
    dialog.database_edit.setText("台账")
    dialog.user_edit.setText("组织部")
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert dialog.address() == ServerAddress("10.1.2.3", "台账", "组织部", 5432)


def test_a_returning_user_types_only_the_password(qtbot: QtBot) -> None:
    ui_state.remember_server(ServerAddress("zzb-server", "ledger", "luoshi", 6543))
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password_edit)
    assert (dialog.host_edit.text(), dialog.port_spin.value(), dialog.database_edit.text(),
            dialog.user_edit.text()) == ("zzb-server", 6543, "ledger", "luoshi")
    hidden = dialog.password_edit.EchoMode.Password
    assert dialog.password_edit.text() == "" and dialog.password_edit.echoMode() == hidden


def test_a_server_that_cannot_be_reached_is_explained_and_the_window_stays(qtbot: QtBot, ledger: Ledger,
                                                                          monkeypatch: object) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    def fill(dialog: ServerDialog) -> None:  # a socket folder with no server in it: refused at once, no network
        dialog.fill(ServerAddress("/nonexistent-luoshi-socket", "ledger", "luoshi"))
    run_dialog(window, window.registry.connect_server, ServerDialog, fill)
    told = [asked.arguments for asked in answering(window).asked if asked.kind == "warn"]
    assert len(told) == 1 and told[0][0] == "无法连接服务器" and "Traceback" not in told[0][1]
    assert window.replacement is None and window.context.ledger is ledger


def test_connecting_opens_the_servers_ledger_and_keeps_no_password(qtbot: QtBot, ledger: Ledger, server_demo: str,
                                                                    monkeypatch: object, data_dir: Path) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    address, _ = parse_address(server_demo)
    # The test server asks no password: an AnsweringHost with none set fails the test if it were asked.
    def fill(dialog: ServerDialog) -> None:
        dialog.fill(address)
        dialog.password_edit.setText("机密口令-123")
    run_dialog(window, window.registry.connect_server, ServerDialog, fill)
    replacement = window.replacement
    assert replacement is not None and replacement.context.ledger.is_server
    qtbot.addWidget(replacement)
    assert "组织分管科室专题学习全国全省组织部长会议精神，形成学习体会" in shown_titles(replacement)
    assert address.database in replacement.windowTitle()
    assert ui_state.last_ledger() == address.display and ui_state.last_server() == address
    stored = "".join(path.read_text(encoding="utf-8", errors="replace") for path in data_dir.rglob("*")
                     if path.is_file() and path.suffix in (".ini", ".json", ".conf"))
    assert "机密口令" not in stored and address.database in stored
    replacement.context.ledger.close()


def test_data_safety_names_the_server_and_backs_it_up_as_a_file(qtbot: QtBot, server_demo: str,
                                                                data_dir: Path) -> None:
    from models.places import open_place
    from ui.dialogs.server_safety_dialog import ServerSafetyDialog

    ledger = open_place(server_demo)
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def back_up(dialog: ServerSafetyDialog) -> None:
        assert dialog.backup_list.item(0).text() == "这台电脑上还没有这个服务器台账的备份。"
        dialog.back_up()
        assert "已备份到" in dialog.status.text() and dialog.backup_list.count() == 1
    dialog = run_dialog(window, window.registry.data_safety, ServerSafetyDialog, back_up, accept=False)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert parse_address(server_demo)[0].display in texts and "服务器台账" in dialog.windowTitle()
    made = list(ledger.backup_dir().glob("*.sqlite"))
    assert len(made) == 1 and made[0].stat().st_size > 0
    ledger.close()


def test_an_address_pasted_whole_fills_the_form_and_its_password_is_moved_with_a_word(qtbot: QtBot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("postgresql://组织部:口令-S3cret@zzb-server:6543/台账?sslmode=verify-full"
                             "&sslrootcert=/etc/luoshi/ca.crt")
    dialog.accept()
    assert dialog.result() != ServerDialog.DialogCode.Accepted  # the user sees the boxes filled first
    assert dialog.address() == ServerAddress("zzb-server", "台账", "组织部", 6543, "verify-full", "/etc/luoshi/ca.crt")
    assert dialog.password() == "口令-S3cret" and "地址里写着密码" in dialog.error_label.text()
    assert dialog.tls_combo.currentText() == "加密并核验服务器证书（推荐）" and dialog.ca_edit.isEnabled()
    dialog.tls_combo.setCurrentIndex(dialog.tls_combo.findData("disable"))
    assert not dialog.ca_edit.isEnabled() and dialog.address().sslmode == "disable" and not dialog.address().sslrootcert
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
