"""Helpers for driving the real window in tests: answering its dialogs without a blocking exec()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.main_window import MainWindow

D = TypeVar("D", bound=QDialog)


def show_window(qtbot: QtBot, ledger: Ledger, as_of: date = TODAY, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    """The main window on `ledger`, shown at `size` (the office's screen), closed with the test."""
    window = MainWindow(ledger, as_of=as_of)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def answer_dialogs(window: MainWindow, fill: Callable[[Any], None]) -> list[QDialog]:
    """Every dialog the window opens is filled by `fill` and then OK is pressed (validation still runs)."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    answering(window).answer("run", run)
    return seen


def reported_errors(window: MainWindow) -> list[str]:
    """Every error the window reports from now on, as the user reads it (the context's error signal)."""
    seen: list[str] = []
    window.context.error_reported.connect(seen.append)
    return seen


def shown_titles(window: MainWindow) -> list[str]:
    model = window.list_pane.model
    titles: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.task_id(index) is not None:
                titles.append(str(model.index(row, 1, parent).data()))
            walk(index)
    walk(QModelIndex())
    return titles


def shown_code(window: MainWindow, task_id: int) -> str:
    return str(window.list_pane.model.index_of_task(task_id).data())


def type_text(widget: QWidget, text: str) -> None:
    """Type Chinese one character at a time, as an input method delivers it (qtbot.keyClicks is ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def run_dialog(window: MainWindow, action: QAction, kind: type[D], work: Callable[[D], None], *,
               accept: bool = True) -> D:
    """Trigger `action`, let `work` drive the dialog it opens, then press OK (or close it)."""
    seen: list[D] = []

    def runner(dialog: QDialog) -> bool:
        assert isinstance(dialog, kind)
        seen.append(dialog)
        work(dialog)
        if accept:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted
    answering(window).answer("run", runner)
    action.trigger()
    return seen[0]


def click_button(widget: QWidget, text: str) -> None:
    """Click the button labelled `text` inside `widget`, as the user does (its clicked signal, with its arguments)."""
    from PySide6.QtWidgets import QAbstractButton

    buttons = [button for button in widget.findChildren(QAbstractButton) if button.text() == text]
    assert len(buttons) == 1, f"{len(buttons)} buttons labelled {text}"
    buttons[0].click()
