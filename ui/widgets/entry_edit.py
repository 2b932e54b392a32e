"""The meeting's entry area: Enter saves from any field, Shift+Enter starts a new line, Esc puts the box back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QWidget


class EntryEdit(QPlainTextEdit):
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z in the box undid only its own typing, so with nothing typed it did nothing at all, and the
        # entry just saved could not be taken back from the keyboard: the window's 撤销 gets it then.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if (event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()) or \
                    (event.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable()):
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class EnterSubmits(QObject):
    """Enter in the entry area's other fields (进度, 状态) saves too, as the button promises."""

    submitted = Signal()

    def watch(self, *fields: QWidget) -> None:
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(watched, QAbstractSpinBox):
                watched.interpretText()  # a half-typed percentage counts, as it would on Tab
            self.submitted.emit()
            return True
        return False
