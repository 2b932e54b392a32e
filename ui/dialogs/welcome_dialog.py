"""First-run dialog: open the example ledger, start an empty one, or start one from an Excel breakdown."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.domain.rollover import year_to_plan
from models.domain.settings import LedgerSettings
from ui.dialogs.dialog_parts import error_line, ok_cancel


class WelcomeChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"
    IMPORT = "import"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用落实台账"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("这台电脑上还没有台账。请选择怎样开始："))
        self.demo_button = QRadioButton(self.tr("打开示例台账（单独存放，不会混入正式台账）"))
        self.empty_button = QRadioButton(self.tr("新建空白台账"))
        self.import_button = QRadioButton(self.tr("新建台账并从 Excel 任务分解表导入"))
        self.demo_button.setChecked(True)  # a newcomer sees something real with one Enter
        group = QButtonGroup(self)
        for button in (self.demo_button, self.empty_button, self.import_button):
            group.addButton(button)

        self.org_edit = QLineEdit(LedgerSettings().org_name)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year_to_plan(date.today()))  # in December, next year's breakdown
        self.empty_form = QWidget()
        form = QFormLayout(self.empty_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("单位名称："), self.org_edit)
        form.addRow(self.tr("年度："), self.year_spin)
        self.error_label = error_line()
        self.empty_button.toggled.connect(self._sync)
        self.import_button.toggled.connect(self._sync)
        self._sync()

        buttons = ok_cancel(self, self.tr("开始"), self.tr("退出"))
        layout = QVBoxLayout(self)
        for widget in (intro, self.demo_button, self.empty_button, self.import_button, self.empty_form,
                       self.error_label, buttons):
            layout.addWidget(widget)

    def _sync(self) -> None:
        self.empty_form.setEnabled(self.choice() != WelcomeChoice.DEMO)

    def choice(self) -> WelcomeChoice:
        if self.empty_button.isChecked():
            return WelcomeChoice.EMPTY
        if self.import_button.isChecked():
            return WelcomeChoice.IMPORT
        return WelcomeChoice.DEMO

    def org_name(self) -> str:
        return self.org_edit.text().strip()

    def year(self) -> int:
        return self.year_spin.value()

    def accept(self) -> None:
        if self.choice() != WelcomeChoice.DEMO and not self.org_name():
            self.error_label.setText(self.tr("请填写单位名称，例如：中共XX市委组织部。"))
            self.org_edit.setFocus()
            return
        super().accept()
