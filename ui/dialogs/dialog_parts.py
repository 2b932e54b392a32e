"""Small pieces every dialog uses: OK/Cancel with Chinese labels, the red message line, a busy state."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """Buttons wired to accept/reject, labelled in Chinese whatever the Qt translation installed."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def preview_table(model: QAbstractItemModel) -> QTableView:
    """An import's preview: one line a row (the reasons are read in the status column), columns the user widens."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    return table


def task_line(task: str) -> QLabel:
    """The task a dialog acts on, after 任务：, wrapped (a long title is cut at 80 characters)."""
    shown = QLabel(task[:80])
    shown.setWordWrap(True)
    return shown


def error_line() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    return label


@contextmanager
def busy(label: QLabel, text: str) -> Iterator[None]:
    """Say what is being done and show the wait cursor while a second or two of work runs."""
    label.setText(text)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()  # paint the message before the work takes the event loop
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def to_date(day: QDate) -> date:
    """A QDate as Python's date (QDate.toPython is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


def file_name_part(text: str) -> str:
    """Text fit for a file name on Windows and Linux: no path separators, no characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|\s]+', "", text)


def typed_file(text: str) -> Path | None:
    """The file a path typed or pasted into a file box names (from Explorer's 复制为路径, quotes and all), or None."""
    text = text.strip().strip('"').strip()
    typed = Path(text).expanduser() if text else None
    return typed if typed is not None and typed.is_file() else None
