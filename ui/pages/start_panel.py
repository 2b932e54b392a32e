"""What an empty ledger shows instead of a blank list: the three ways to begin, one click each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class StartPanel(QWidget):
    """导入任务分解表 / 新建任务 / 打开示例台账, for a year that has no tasks yet."""

    import_requested = Signal()
    new_task_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.import_button = QPushButton(self.tr("导入任务分解表（Excel、WPS、Word）…"))
        self.new_button = QPushButton(self.tr("新建任务…"))
        self.demo_button = QPushButton(self.tr("打开示例台账，看看填好的样子"))
        hint = QLabel(self.tr("年初把分解表导入一次，以后每月例会在“会议录入”里逐项记进展；"
                              "示例台账单独存放，不会混入这本台账。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.import_button.clicked.connect(self.import_requested)
        self.new_button.clicked.connect(self.new_task_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        for button in (self.import_button, self.new_button, self.demo_button):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        layout.addWidget(hint)
        layout.addStretch(2)
        self.setMinimumWidth(420)
        self.setMaximumWidth(560)

    def show_for(self, year: int, read_only: bool) -> None:
        self.heading.setText(self.tr("这本台账还没有{year}年的任务。怎样开始？").format(year=year))
        self.import_button.setEnabled(not read_only)
        self.new_button.setEnabled(not read_only)
        self.import_button.setDefault(not read_only)  # Enter takes the usual first step
