"""The dialogs of the 督办 steps: 签收, 申请延期, 审批延期申请 (同意 or 不同意), 退回重办, 催办."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, NoticeLevel
from models.domain.reminders import HOW_WORDS, check_how
from models.domain.supervision import check_redo_deadline
from models.domain.workflow import require_text
from models.read.supervision import RequestRow
from ui.dialogs.dialog_parts import task_line, to_date
from ui.dialogs.task_dialogs import FormDialog
from ui.labels import date_format, shown_date
from ui.widgets.deadline_field import DeadlineField


def _day_edit(today: date) -> QDateEdit:
    """The day a step was taken, as the form that came back says it: today at first, never after it."""
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


class SignDialog(FormDialog):
    """签收: who signed for the task and on which day (on one PC the clerk records the section's word from the
    receipt that came back, often days later)."""

    def __init__(self, task_title: str, section: str, parent: QWidget | None = None, *, others: int = 0,
                 today: date | None = None) -> None:
        super().__init__(self.tr("签收"), parent)
        self.form.addRow(self.tr("任务："), task_line(task_title))
        self.form.addRow(self.tr("牵头科室："), QLabel(section or self.tr("（未指定）")))
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("签收人，如 李明（不填为录入人）"))  # the section is said already
        self.form.addRow(self.tr("签收人："), self.by_edit)
        self.date_edit = _day_edit(today or date.today())
        self.form.addRow(self.tr("签收日期："), self.date_edit)
        self.together_check = QCheckBox(self.tr("同时签收{section}其余 {n} 项待签收的任务").format(
            section=section, n=others))
        self.together_check.setVisible(others > 0)
        self.others = others
        self.form.addRow("", self.together_check)

    def together(self) -> bool:
        return self.others > 0 and self.together_check.isChecked()

    def day(self) -> date:
        return to_date(self.date_edit.date())


class AskExtensionDialog(FormDialog):
    """延期申请 by the task's lead section: the date asked and why, the day it was made and who applied; the
    deadline stays as it is until the request is approved. Made after the deadline, it is a 逾期申请."""

    def __init__(self, current: str, year: int, due: date | None, parent: QWidget | None = None, *,
                 today: date | None = None, section: str = "", task: str = "") -> None:
        """`due`: the dated deadline (None: none), against which the day chosen makes it a 逾期申请; `task`: its
        编号 and title."""
        super().__init__(self.tr("申请延期"), parent)
        self.due = due
        self.form.addRow(self.tr("任务："), task_line(task))
        self.form.addRow(self.tr("现完成时限："), QLabel(current or self.tr("（未填写）")))
        self.late_label = QLabel(self.tr("已过完成时限：这是一份逾期申请"))
        self.late_label.setStyleSheet("color: #b00020;")
        self.form.addRow("", self.late_label)
        self.deadline_field = DeadlineField(year, today, self.tr("如：9月底前、12月20日前"), needs_date=True)
        self.deadline_edit = self.deadline_field.edit
        self.deadline_edit.textChanged.connect(self.error_label.clear)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(70)
        self.form.addRow(self.tr("申请延至："), self.deadline_field)
        self.form.addRow(self.tr("延期理由："), self.reason_edit)
        self.form.addRow(self.tr("申请科室："), QLabel(section or self.tr("（未指定）")))
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("申请人，如 李明（不填只记科室）"))
        self.form.addRow(self.tr("申请人："), self.by_edit)
        self.date_edit = _day_edit(today or date.today())
        self.date_edit.dateChanged.connect(self._show_lateness)
        self.form.addRow(self.tr("申请日期："), self.date_edit)
        self.form.addRow("", QLabel(self.tr("审批前，原完成时限不变（红黄灯和考核都按原时限）。")))
        self._show_lateness()

    def _show_lateness(self, _day: QDate | None = None) -> None:
        self.late_label.setVisible(self.due is not None and self.due < self.day())

    def deadline(self) -> Deadline:
        return self.deadline_field.deadline()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def day(self) -> date:
        return to_date(self.date_edit.date())

    def validate(self) -> str:
        if self.deadline().kind == DeadlineKind.NONE:
            return self.complain(self.deadline_edit, self.tr("请填写申请延至的日期。"))
        return (self.complain(self.deadline_edit, self.deadline_field.problem())
                or self.complain(self.reason_edit, self.rule(lambda: require_text(self.reason(), "延期理由"))))


class DecideExtensionDialog(FormDialog):
    """审批延期申请 of the task named at the top: 同意 (the deadline moves) or 不同意 with the reason (it stands).
    The application is the lead section's, and the person who applied where the form named one."""

    def __init__(self, current: str, request: RequestRow, parent: QWidget | None = None, *, task: str = "",
                 section: str = "") -> None:
        """`task`: its 编号 and title; `section`: its lead section, whose application it is."""
        super().__init__(self.tr("审批延期申请"), parent)
        applicant = section or self.tr("牵头科室")
        if request.asked_by:
            applicant = self.tr("{section}（{who}）").format(section=applicant, who=request.asked_by)
        asked = self.tr("{day}，{who}申请延至{to}").format(day=shown_date(request.asked_on), who=applicant,
                                                         to=request.asked)
        if request.late:
            asked += self.tr("（逾期申请）")
        self.form.addRow(self.tr("任务："), task_line(task))
        self.form.addRow(self.tr("现完成时限："), QLabel(current or self.tr("（未填写）")))
        self.form.addRow(self.tr("申请："), task_line(asked))
        self.form.addRow(self.tr("理由："), task_line(request.reason))
        self.approve_button = QRadioButton(self.tr("同意"))
        self.refuse_button = QRadioButton(self.tr("不同意"))
        self.approve_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.approve_button)
        group.addButton(self.refuse_button)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.approve_button)
        row.addWidget(self.refuse_button)
        row.addStretch(1)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("审批人，如分管领导（不填为录入人）"))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setFixedHeight(60)
        self.form.addRow(self.tr("审批意见："), choice)
        self.form.addRow(self.tr("审批人："), self.by_edit)
        self.form.addRow(self.tr("意见或理由："), self.answer_edit)

    def approved(self) -> bool:
        return self.approve_button.isChecked()

    def answer(self) -> str:
        return self.answer_edit.toPlainText().strip()

    def validate(self) -> str:
        if not self.approved():
            return self.complain(self.answer_edit, self.rule(lambda: require_text(self.answer(), "不同意的理由")))
        return ""


class ReturnDialog(FormDialog):
    """退回重办: the reason the 办结 is not accepted and, optionally, the 重办时限 (the deadline moves to it); the task
    goes back to 推进中 below 100%, and the return is counted. Without a 重办时限 a deadline passed is said: the
    task will be 逾期 at once."""

    def __init__(self, task_title: str, parent: QWidget | None = None, *, year: int, today: date,
                 deadline: str = "", passed: bool = False, percent: int = 90, reported: bool = True) -> None:
        """`deadline` as shown and whether it has `passed`; `percent`: where the task will stand, `reported`
        whether that is its section's report before the 办结 (else the 90% the ledger falls back on)."""
        super().__init__(self.tr("退回重办"), parent)
        self.today = today
        self.form.addRow(self.tr("任务："), task_line(task_title))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("如：佐证材料不全，请补充后重新报送办结"))
        self.reason_edit.setFixedHeight(70)
        self.form.addRow(self.tr("退回理由："), self.reason_edit)
        self.form.addRow(self.tr("原完成时限："), QLabel(deadline or self.tr("（未填写）")))
        self.late_label = QLabel(self.tr("原完成时限已过：不定重办时限，退回后这项任务即为逾期。"))
        self.late_label.setStyleSheet("color: #b00020;")
        policy = self.late_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the fields below stay put as a 重办时限 is typed and the line goes
        self.late_label.setSizePolicy(policy)
        self.passed = passed
        self.form.addRow("", self.late_label)
        self.deadline_field = DeadlineField(year, today, self.tr("如：12月20日前、两周内（不填则原完成时限不变）"),
                                            needs_date=True)
        self.deadline_edit = self.deadline_field.edit
        self.deadline_edit.textChanged.connect(self._show_lateness)
        self.form.addRow(self.tr("重办时限："), self.deadline_field)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("审核人（不填为录入人）"))
        self.form.addRow(self.tr("审核人："), self.by_edit)
        progress = (self.tr("退回后进度改为{percent}%（办结前报告的进度）。") if reported
                    else self.tr("退回后进度改为{percent}%（台账中没有办结前的进度）。")).format(percent=percent)
        self.form.addRow("", QLabel(progress))
        self.form.addRow("", QLabel(self.tr("退回后任务回到“推进中”，退回次数计入考核。")))
        self._show_lateness()

    def _show_lateness(self, _text: str = "") -> None:
        self.error_label.clear()
        self.late_label.setVisible(self.passed and self.deadline().kind == DeadlineKind.NONE)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def deadline(self) -> Deadline:
        return self.deadline_field.deadline()

    def redo_deadline(self) -> Deadline | None:
        """The 重办时限 typed, or None: the deadline stays."""
        deadline = self.deadline()
        return None if deadline.kind == DeadlineKind.NONE else deadline

    def validate(self) -> str:
        problem = self.rule(lambda: require_text(self.reason(), "退回理由"))
        if problem:
            return self.complain(self.reason_edit, problem)
        given = self.redo_deadline()
        if given is not None:
            return self.complain(self.deadline_edit, self.rule(lambda: check_redo_deadline(given, self.today)))
        return ""


class RemindDialog(FormDialog):
    """催办: a 提醒, 督办单 or 红色督办单 recorded in the task's 催办记录 — its level (the office's trigger chosen
    first), how it went and the day — as `task remind` records it."""

    def __init__(self, task_title: str, suggested: NoticeLevel, why: str, parent: QWidget | None = None, *,
                 today: date, subtask: bool = False) -> None:
        super().__init__(self.tr("催办"), parent)
        self.form.addRow(self.tr("任务："), task_line(task_title))
        self.level_combo = QComboBox()
        names = {NoticeLevel.BLUE: self.tr("提醒（蓝，只记录，不编号）"), NoticeLevel.YELLOW: self.tr("督办单（黄）"),
                 NoticeLevel.RED: self.tr("红色督办单（红）")}
        for level, name in names.items():
            self.level_combo.addItem(name, level.value)
        if subtask:  # a 督办单 goes to the top-level task, which lists its subtasks
            for number in (1, 2):
                self.level_combo.model().item(number).setEnabled(False)  # type: ignore[attr-defined]
            suggested = NoticeLevel.BLUE
        self.level_combo.setCurrentIndex(self.level_combo.findData(suggested.value))
        self.form.addRow(self.tr("等级："), self.level_combo)
        trigger = self.tr("按触发条件：{level}").format(level=names[suggested].partition("（")[0])
        if why:
            trigger += self.tr("（{why}）").format(why=why)
        if subtask:
            trigger = self.tr("子任务只记提醒；督办单发给它所属的一级任务。")
        self.trigger_label = QLabel(trigger)
        self.trigger_label.setStyleSheet("color: #555;")
        self.form.addRow("", self.trigger_label)
        self.how_combo = QComboBox()
        self.how_combo.setEditable(True)
        self.how_combo.addItems(list(HOW_WORDS))
        self.form.addRow(self.tr("发送方式："), self.how_combo)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.form.addRow(self.tr("日期："), self.date_edit)
        # Lines of their own, not wrapped: a wrapped label in a form is cut short at the dialog's first height.
        self.form.addRow("", QLabel(self.tr("督办单、红色督办单发出时编号（文件 → 打印进展表…，报表选“督办单”）；\n"
                                            "已有同级或更高级的督办单未办结时，记为对它的催办。\n"
                                            "每次催办都记入催办记录和进展记录。")))

    def level(self) -> NoticeLevel:
        return NoticeLevel(str(self.level_combo.currentData()))

    def how(self) -> str:
        return self.how_combo.currentText().strip()

    def day(self) -> date:
        return to_date(self.date_edit.date())

    def validate(self) -> str:
        return self.rule(lambda: check_how(self.how()))
