"""领导批示…: a leader's 批示 on the task shown (who, when, on which document, what it says), and the 交办 it starts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from changes.instructions import NamedAssignment
from models.domain.instructions import InstructionDraft
from models.domain.workflow import require_text
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import to_date
from ui.dialogs.task_dialogs import FormDialog
from ui.labels import date_format
from ui.widgets.deadline_field import DeadlineField


class InstructionDialog(FormDialog):
    """The 批示's fields, and under 交办新任务 the new subtask's title, lead section and deadline."""

    def __init__(self, task_title: str, year: int, sections: list[str], section: str, today: date,
                 parent: QWidget | None = None, *, dialogs: DialogHost | None = None) -> None:
        super().__init__(self.tr("领导批示"), parent, dialogs)
        # Set by the window: the refusal this 批示 meets because the task has it already ("" none), said here
        # before the form closes, as its other refusals are, not after it in a box.
        self.recorded_already: Callable[[InstructionDraft], str] = lambda _draft: ""
        self.form.addRow(self.tr("任务："), QLabel(task_title[:80]))
        self.leader_edit = QLineEdit()
        self.leader_edit.setPlaceholderText(self.tr("如：王建国"))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.document_edit = QLineEdit()
        self.document_edit.setPlaceholderText(self.tr("批在什么文件上，如：市委办《信息专报》第12期"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setFixedHeight(90)
        self.assign_box = QCheckBox(self.tr("据此交办新任务（作为这项任务的子任务）"))
        self.title_edit = QLineEdit()
        self.section_combo = QComboBox()
        self.section_combo.addItem(self.tr("（未指定）"), "")
        for name in sections:
            self.section_combo.addItem(name, name)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(section)))
        self.deadline_field = DeadlineField(year, today, self.tr("如：12月底前、两周内"))
        self.form.addRow(self.tr("批示领导："), self.leader_edit)
        self.form.addRow(self.tr("批示日期："), self.date_edit)
        self.form.addRow(self.tr("批示载体："), self.document_edit)
        self.form.addRow(self.tr("批示内容："), self.text_edit)
        self.form.addRow("", self.assign_box)
        self.form.addRow(self.tr("交办事项："), self.title_edit)
        self.form.addRow(self.tr("牵头科室："), self.section_combo)
        self.form.addRow(self.tr("完成时限："), self.deadline_field)
        self.assign_box.toggled.connect(self._show_assignment)
        self._show_assignment(False)

    def _show_assignment(self, shown: bool) -> None:
        for field in (self.title_edit, self.section_combo, self.deadline_field):
            field.setVisible(shown)
            label = self.form.labelForField(field)
            if label is not None:
                label.setVisible(shown)
        self.adjustSize()

    def draft(self) -> InstructionDraft:
        return InstructionDraft(self.leader_edit.text().strip(), to_date(self.date_edit.date()),
                                self.text_edit.toPlainText().strip(), self.document_edit.text().strip())

    def assignment(self) -> NamedAssignment | None:
        if not self.assign_box.isChecked():
            return None
        deadline = self.deadline_field.deadline()
        return NamedAssignment(self.title_edit.text().strip(), str(self.section_combo.currentData() or ""),
                               deadline)

    def validate(self) -> str:
        problem = (self.complain(self.leader_edit, self.rule(lambda: require_text(self.leader_edit.text(), "批示领导")))
                   or self.complain(self.text_edit,
                                    self.rule(lambda: require_text(self.text_edit.toPlainText(), "批示内容")))
                   or self.complain(self.text_edit, self.recorded_already(self.draft())))
        if problem or not self.assign_box.isChecked():
            return problem
        return (self.complain(self.title_edit, self.rule(lambda: require_text(self.title_edit.text(), "交办事项")))
                or self.complain(self.deadline_field.edit, self.deadline_field.problem()))
