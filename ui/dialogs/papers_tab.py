"""设置 → 通报: the standing words the office puts in the papers it drafts from the ledger (the monthly 通报's
下步要求), edited here rather than in every month's Word file, and the font file the printed papers are set in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.domain.settings import LedgerSettings
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import error_line


class PapersTab(QWidget):
    def __init__(self, settings: LedgerSettings, dialogs: DialogHost | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or DialogHost()
        self.requirements_edit = QPlainTextEdit(settings.monthly_requirements)
        self.requirements_edit.setTabChangesFocus(True)
        hint = QLabel(self.tr("月度通报“四、下步要求”的内容：每行一条，按（一）（二）……编号列出。"))
        hint.setWordWrap(True)
        # A 公文 is set in 仿宋: an office whose PC has it (simfang.ttf) names the file here when the program's
        # own choice is another face; left empty, a font found on this PC is used.
        self.font_edit = QLineEdit(settings.report_font)
        self.font_edit.setReadOnly(True)
        self.font_edit.setPlaceholderText(self.tr("未选择：使用本机找到的中文字体"))
        choose, clear = QPushButton(self.tr("选择…")), QPushButton(self.tr("清除"))
        choose.clicked.connect(self.choose_font)
        clear.clicked.connect(self.clear_font)
        font_row = QHBoxLayout()
        font_row.addWidget(QLabel(self.tr("报表字体")))
        font_row.addWidget(self.font_edit, 1)
        font_row.addWidget(choose)
        font_row.addWidget(clear)
        font_hint = QLabel(self.tr("公文正文宜用仿宋（如 simfang.ttf）；只能用 TrueType 字体文件（.ttf、.ttc）。"))
        font_hint.setWordWrap(True)
        self.font_error = error_line()
        # The month frozen on a day: from it on, opening the ledger freezes last month as it stood at its end.
        self.freeze_spin = QSpinBox()
        self.freeze_spin.setRange(0, 28)
        self.freeze_spin.setValue(min(max(settings.freeze_day, 0), 28))
        self.freeze_spin.setSpecialValueText(self.tr("不自动冻结"))
        self.freeze_spin.setToolTip(self.tr("从每月这一天起，打开台账时冻结上个月的统计、通报和考核数字"
                                            "（上个月已冻结的不变）；“结束会议”总会冻结会议所在的月份"))
        freeze_row = QHBoxLayout()
        freeze_row.addWidget(QLabel(self.tr("每月几日冻结上月数字")))
        freeze_row.addWidget(self.freeze_spin)
        freeze_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.requirements_edit, 1)
        layout.addLayout(font_row)
        layout.addWidget(font_hint)
        layout.addWidget(self.font_error)
        layout.addLayout(freeze_row)

    def choose_font(self) -> None:
        """A font file the PDFs can embed, else a word why not and the choice left as it was."""
        found = self.dialogs.ask_open_files(self.tr("选择报表字体"), "fonts",
                                            self.tr("TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)"), over=self)
        if not found:
            return
        from reports.fonts import has_truetype_outlines  # ReportLab loads when a font is chosen, not at start

        path = found[0]
        if path.suffix.lower() not in (".ttf", ".ttc") or not has_truetype_outlines(path):
            self.font_error.setText(self.tr("“{name}”不能嵌入 PDF：请选择 TrueType 字体文件（.ttf 或 .ttc），"
                                            "如 simfang.ttf。").format(name=path.name))
            return
        self.font_error.clear()
        self.font_edit.setText(str(path))

    def clear_font(self) -> None:
        self.font_error.clear()
        self.font_edit.clear()

    def font_file(self) -> str:
        return str(Path(self.font_edit.text())) if self.font_edit.text() else ""

    def requirements(self) -> str:
        """The paragraphs as typed, blank lines and trailing spaces dropped."""
        lines = (line.strip() for line in self.requirements_edit.toPlainText().splitlines())
        return "\n".join(line for line in lines if line)
