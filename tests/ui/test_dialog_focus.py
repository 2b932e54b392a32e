"""Dialogs take typing at once: the focus in the first field, Tab down the fields, then OK and Cancel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.task_dialogs import CloseDialog, ExtendDialog, FormDialog, NewTaskDialog, ProgressDialog

DIALOGS = {
    "录入进展": lambda: ProgressDialog("整顿软弱涣散党组织", 30, date(2026, 3, 25)),
    "延期": lambda: ExtendDialog("3月底前", 2026),
    "销号": lambda: CloseDialog("整顿软弱涣散党组织"),
    "新建任务": lambda: NewTaskDialog("新建任务", 2026, [(1, "组织科")], 1),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialog_opens_in_its_first_field_and_tab_goes_down_the_form(qtbot: QtBot, name: str) -> None:
    dialog: FormDialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = dialog.inputs()
    assert dialog.focusWidget() is fields[0]  # typing goes into the form, not onto 确定
    visited: list[QWidget | None] = [dialog.focusWidget()]
    for _ in range(len(fields)):
        dialog.focusNextChild()  # what Tab does
        visited.append(dialog.focusWidget())
    assert visited[:len(fields)] == fields  # top to bottom
    assert visited[len(fields)] in dialog.buttons.buttons()  # then OK and Cancel, last
    # A one-purpose text box passes Tab on instead of typing it.
    assert all(f.tabChangesFocus() for f in fields if isinstance(f, QPlainTextEdit))
