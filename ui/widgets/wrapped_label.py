"""A word-wrapped label that asks for the height its lines need at its width, inside forms that scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A QScrollArea sizes its widget by size hints, which know nothing of how many lines a wrapped label
    takes at the width it gets: the editor's 已销号 note was squeezed to one line and cut top and bottom.
    Here the label's minimum height follows its width, so the form grows and scrolls instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._claim_height()

    def _claim_height(self) -> None:
        needed = self.heightForWidth(max(self.width(), 1)) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))
