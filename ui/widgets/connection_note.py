"""The status bar's one note that the server has stopped answering, with a button to ask it again at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import tr as _tr


class ConnectionNote(QWidget):
    """Shown while the server does not answer (the watcher goes on asking, less and less often), hidden when it
    answers again: one note however many looks fail, never a message box per look. Its tooltip says what
    went wrong the first time."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(_tr("与服务器的连接中断，正在重试…"))
        self.label.setStyleSheet("QLabel { color: #a94400; }")
        self.retry_button = QPushButton(_tr("重试"))
        self.retry_button.setToolTip(_tr("现在就再连接一次服务器"))
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_lost(self, detail: str) -> None:
        self.label.setToolTip(detail)
        self.show()

    def clear(self) -> None:
        self.hide()
