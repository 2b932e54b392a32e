"""设置 → 通报: the standing words the office puts in the papers it drafts from the ledger (the monthly 通报's
下步要求), edited here rather than in every month's Word file."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from models.domain.settings import LedgerSettings


class PapersTab(QWidget):
    def __init__(self, settings: LedgerSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requirements_edit = QPlainTextEdit(settings.monthly_requirements)
        self.requirements_edit.setTabChangesFocus(True)
        hint = QLabel(self.tr("月度通报“四、下步要求”的内容：每行一条，按（一）（二）……编号列出。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.requirements_edit, 1)

    def requirements(self) -> str:
        """The paragraphs as typed, blank lines and trailing spaces dropped."""
        lines = (line.strip() for line in self.requirements_edit.toPlainText().splitlines())
        return "\n".join(line for line in lines if line)
