"""Small dialogs behind the editor's buttons: progress, extension, closing (销号), new (sub)task."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, ProgressKind
from models.domain.lights import period_of
from models.domain.workflow import require_text
from models.errors import RuleError
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import error_line, ok_cancel, task_line, to_date
from ui.i18n import error_text
from ui.labels import date_format, label
from ui.widgets.deadline_field import DeadlineField
from ui.widgets.evidence import EvidencePicker
from ui.window_geometry import RemembersGeometry


class FormDialog(RemembersGeometry, QDialog):
    """A form with OK/Cancel and a red message line; `validate()` returns an error or ""."""

    def __init__(self, title: str, parent: QWidget | None = None, dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.dialogs = dialogs or DialogHost()  # the window's: what the form asks (files to attach) is asked there
        self.form = QFormLayout()
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.tr("确定"), self.tr("取消"))
        buttons = self.buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.keep_geometry(type(self).__name__, 520, 0)  # as tall as its fields need, within the screen
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter is a new line in a report: Ctrl+Enter is 确定
            QShortcut(QKeySequence(keys), self, self.accept)

    def validate(self) -> str:
        return ""

    def inputs(self) -> list[QWidget]:
        """The form's fields, top to bottom: where Tab goes, the first being where typing goes on opening. A field
        made of parts (a filter line over a list) counts once, by the focus proxy it hands the focus to."""
        found = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None or widget.isHidden():
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
                found.append(widget)
        return found

    @staticmethod
    def tab_stops(field: QWidget) -> list[QWidget]:
        """Where Tab stops within one field: the field, or its parts in order (`tab_stops()` of its own)."""
        parts = getattr(field, "tab_stops", None)
        return list(parts()) if callable(parts) else [field]

    def showEvent(self, event: QShowEvent) -> None:
        fields = self.inputs()
        for edit in fields:
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)  # one-purpose text: Tab moves on, never types a tab
        chain = [stop for field in fields for stop in self.tab_stops(field)] + list(self.buttons.buttons())
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    @staticmethod
    def rule(check: Callable[[], object]) -> str:
        """The model's own rule, run before the dialog closes: what it refuses keeps the dialog open."""
        try:
            check()
        except RuleError as error:
            return error_text(error)
        return ""

    @staticmethod
    def complain(field: QWidget, problem: str) -> str:
        """`problem` ("" for none) with the cursor put in `field`, where the clerk types what fixes it."""
        if problem:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return problem

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            self.error_label.setText(problem)
            return
        super().accept()


class ProgressDialog(FormDialog):
    def __init__(self, task_title: str, percent: int, today: date, parent: QWidget | None = None, *,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(self.tr("录入进展"), parent, dialogs)
        self.form.addRow(self.tr("任务："), QLabel(task_title[:80]))
        self.kind_combo = QComboBox()
        for kind in ProgressKind:
            self.kind_combo.addItem(label(kind), kind)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix("%")
        self.percent_spin.setValue(percent)
        self.text_edit = QPlainTextEdit()
        self.form.addRow(self.tr("进展内容："), self.text_edit)  # first: it is what the clerk types
        self.form.addRow(self.tr("类别："), self.kind_combo)
        self.form.addRow(self.tr("日期："), self.date_edit)
        self.form.addRow(self.tr("进度："), self.percent_spin)
        self.picker = EvidencePicker(self.dialogs)
        self.form.addRow(self.tr("佐证材料："), self.picker)

    def validate(self) -> str:
        return self.complain(self.text_edit, self.rule(lambda: require_text(self.text_edit.toPlainText(), "进展内容")))

    def kind(self) -> ProgressKind:
        return ProgressKind(self.kind_combo.currentData())

    def entry_date(self) -> date:
        return to_date(self.date_edit.date())

    def period(self) -> str:
        return period_of(self.entry_date())


class ExtendDialog(FormDialog):
    """延期 of the task named at the top (`task`: its 编号 and title): the new deadline, why, and who approved."""

    def __init__(self, current: str, year: int, parent: QWidget | None = None, *, today: date | None = None,
                 task: str = "") -> None:
        super().__init__(self.tr("延期"), parent)
        self.year = year
        self.form.addRow(self.tr("任务："), task_line(task))
        self.form.addRow(self.tr("原完成时限："), QLabel(current or self.tr("（未填写）")))
        # An extension is to a date: words that name none would quietly turn a red task green.
        self.deadline_field = DeadlineField(year, today, self.tr("如：6月底前、12月20日前、下周五前"), needs_date=True)
        self.deadline_edit, self.hint = self.deadline_field.edit, self.deadline_field.hint
        self.deadline_edit.textChanged.connect(self.error_label.clear)  # a refusal stands until the words change
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(70)
        self.approver_edit = QLineEdit()
        self.form.addRow(self.tr("新完成时限："), self.deadline_field)
        self.form.addRow(self.tr("延期理由："), self.reason_edit)
        self.form.addRow(self.tr("批准人："), self.approver_edit)

    def deadline(self) -> Deadline:
        return self.deadline_field.deadline()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def validate(self) -> str:
        if self.deadline().kind == DeadlineKind.NONE:
            return self.complain(self.deadline_edit, self.tr("请填写新的完成时限。"))
        return (self.complain(self.deadline_edit, self.deadline_field.problem())
                or self.complain(self.reason_edit, self.rule(lambda: require_text(self.reason(), "延期理由"))))


class CompleteDialog(FormDialog):
    """办结: what was done (kept in the timeline as the section's 复命), on which day, with its evidence."""

    def __init__(self, task_title: str, today: date, parent: QWidget | None = None, *,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(self.tr("办结"), parent, dialogs)
        self.form.addRow(self.tr("任务："), QLabel(task_title[:80]))
        self.report_edit = QPlainTextEdit()
        self.report_edit.setPlaceholderText(self.tr("如：方案已印发，6月20日召开部署会，各项措施已落实"))
        self.report_edit.setFixedHeight(80)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.picker = EvidencePicker(self.dialogs)
        self.form.addRow(self.tr("办结情况："), self.report_edit)
        self.form.addRow(self.tr("办结日期："), self.date_edit)
        self.form.addRow(self.tr("佐证材料："), self.picker)

    def report(self) -> str:
        return self.report_edit.toPlainText().strip()

    def entry_date(self) -> date:
        return to_date(self.date_edit.date())

    def validate(self) -> str:
        return self.complain(self.report_edit, self.rule(lambda: require_text(self.report(), "办结情况")))


class CloseDialog(FormDialog):
    """销号: the office's formal full stop; a note saying how it was checked is required."""

    def __init__(self, task_title: str, parent: QWidget | None = None, scale: list[str] | None = None, *,
                 needs_evidence: bool = False, dialogs: DialogHost | None = None) -> None:
        super().__init__(self.tr("销号"), parent, dialogs)
        self.needs_evidence = needs_evidence  # the ledger's setting, and no 销号 evidence attached yet
        self.form.addRow(self.tr("任务："), QLabel(task_title[:80]))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("如：经核实已全部完成，材料已归档"))
        self.note_edit.setFixedHeight(80)
        self.approver_edit = QLineEdit()
        self.rating_combo = QComboBox()  # 考核评价: the office's own words, best first
        self.rating_combo.addItem(self.tr("（不评价）"), "")
        for word in scale or []:
            self.rating_combo.addItem(word, word)
        self.rating_note_edit = QLineEdit()
        self.rating_note_edit.setPlaceholderText(self.tr("评价意见（可不填）"))
        self.form.addRow(self.tr("销号说明："), self.note_edit)
        self.form.addRow(self.tr("审核人："), self.approver_edit)
        self.form.addRow(self.tr("评价："), self.rating_combo)
        self.form.addRow(self.tr("评价意见："), self.rating_note_edit)
        self.picker = EvidencePicker(self.dialogs)
        self.form.addRow(self.tr("佐证材料（必附）：") if needs_evidence else self.tr("佐证材料："), self.picker)

    def rating(self) -> str:
        return str(self.rating_combo.currentData() or "")

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def validate(self) -> str:
        if self.needs_evidence and not self.picker.files:
            return self.tr("按本台账的设置，销号需要附上佐证材料：请点“附加文件…”选择。")
        return self.complain(self.note_edit, self.rule(lambda: require_text(self.note(), "销号说明")))


class NewTaskDialog(FormDialog):
    """A new task or subtask: title and deadline here, the rest in the editor afterwards."""

    def __init__(self, title: str, year: int, sections: list[tuple[int, str]], section_id: int | None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(title, parent)
        self.year = year
        self.title_edit = QPlainTextEdit()
        self.title_edit.setFixedHeight(70)
        self.section_combo = QComboBox()
        self.section_combo.addItem(self.tr("（未指定）"), None)
        for item_id, name in sections:
            self.section_combo.addItem(name, item_id)
        if section_id is not None:
            self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(section_id)))
        self.deadline_field = DeadlineField(year, today, self.tr("如：6月底前、下周五前、长期坚持、每季度"))
        self.deadline_edit, self.hint = self.deadline_field.edit, self.deadline_field.hint
        self.form.addRow(self.tr("任务内容："), self.title_edit)
        self.form.addRow(self.tr("牵头科室："), self.section_combo)
        self.form.addRow(self.tr("完成时限："), self.deadline_field)

    def task_title(self) -> str:
        return self.title_edit.toPlainText().strip()

    def section_id(self) -> int | None:
        value = self.section_combo.currentData()
        return value if isinstance(value, int) else None

    def deadline(self) -> Deadline:
        return self.deadline_field.deadline()

    def validate(self) -> str:
        return (self.complain(self.title_edit, self.rule(lambda: require_text(self.task_title(), "任务内容")))
                or self.complain(self.deadline_edit, self.deadline_field.problem()))
