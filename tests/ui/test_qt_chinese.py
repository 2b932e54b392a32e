"""Qt's own words in Chinese: no Yes/No/Cancel/Paste in English beside the program's Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ui.qt_translations import _installed, install_qt_translations


@pytest.fixture
def chinese_qt(qapp: QApplication) -> Iterator[None]:
    before = len(_installed)
    assert install_qt_translations(qapp)
    yield
    for translator in _installed[before:]:  # other tests see Qt as they found it
        QCoreApplication.removeTranslator(translator)
    del _installed[before:]


def test_message_box_and_button_box_speak_chinese(qtbot: QtBot, chinese_qt: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "删除任务", "把这项任务移到回收站吗？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert texts and not any(text.replace("&", "").isascii() for text in texts), texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert not any(b.text().replace("&", "").isascii() for b in buttons.buttons())


def test_a_text_box_right_click_menu_speaks_chinese(qtbot: QtBot, chinese_qt: None) -> None:
    edit = QLineEdit("整顿软弱涣散党组织")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    entries = [action.text() for action in menu.actions() if action.text()]
    assert entries and not any(text.split("\t")[0].replace("&", "").isascii() for text in entries), entries
