"""The 督办 dialogs as the clerk fills them from the forms that come back: 退回重办 with its 重办时限 and what the
return does to the deadline and the percent said before it is done; 签收 and 延期申请 on the day the form gives;
the application the lead section's, and the 审批 naming the task; a refusal's cursor in the box it asks for."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLabel

from models.domain.enums import Light, Status
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.supervision_dialogs import AskExtensionDialog, DecideExtensionDialog, ReturnDialog, SignDialog
from ui.dialogs.task_dialogs import CompleteDialog
from ui.main_window import MainWindow

from .helpers import answer_dialogs
from .test_main_window import new_task, two_sections


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    two_sections(ledger)


def labels(dialog: QDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def finish(window: MainWindow) -> None:
    def done(dialog: CompleteDialog) -> None:
        dialog.report_edit.setPlainText("制度已印发")
    answer_dialogs(window, done)
    window.editor.buttons["complete"].click()


def test_a_return_with_a_redo_deadline_moves_the_deadline_and_takes_the_percent_below_100(
        window: MainWindow) -> None:
    task_id = new_task(window, "建立谈心谈话制度", deadline="3月20日前")  # passed: the window's day is 3月25日
    finish(window)
    said: list[list[str]] = []

    def send_back(dialog: ReturnDialog) -> None:
        said.append(labels(dialog))
        dialog.reason_edit.setPlainText("缺少印发文件")
        dialog.deadline_edit.setText("4月10日前")
        said.append(labels(dialog))
    answer_dialogs(window, send_back)
    window.registry.return_task.trigger()
    before, after = said
    assert "原完成时限已过：不定重办时限，退回后这项任务即为逾期。" in before
    assert "原完成时限已过：不定重办时限，退回后这项任务即为逾期。" not in after  # a 重办时限 given
    assert "退回后进度改为90%（台账中没有办结前的进度）。" in before
    detail = window.editor.detail
    assert detail is not None and detail.status == Status.IN_PROGRESS
    assert detail.deadline_display == "4月10日前" and detail.percent == 90
    assert window.list_pane.model.task_row(task_id).light != Light.RED  # type: ignore[union-attr]
    window.registry.undo.trigger()  # the return and its 重办时限 are one step
    detail = window.editor.detail
    assert detail is not None and detail.status == Status.COMPLETED and detail.deadline_display == "3月20日前"


def test_a_return_without_a_redo_deadline_leaves_the_task_late_as_the_dialog_said(window: MainWindow) -> None:
    task_id = new_task(window, "建立谈心谈话制度", deadline="3月20日前")
    finish(window)
    answer_dialogs(window, lambda dialog: dialog.reason_edit.setPlainText("缺少印发文件"))
    window.registry.return_task.trigger()
    assert window.list_pane.model.task_row(task_id).light == Light.RED  # type: ignore[union-attr]


def test_a_redo_deadline_before_the_return_keeps_the_dialog_open_with_the_cursor_in_it(window: MainWindow) -> None:
    new_task(window, "建立谈心谈话制度", deadline="3月20日前")
    finish(window)

    def too_early(dialog: ReturnDialog) -> None:
        dialog.reason_edit.setPlainText("缺少印发文件")
        dialog.deadline_edit.setText("3月1日前")
    seen = answer_dialogs(window, too_early)
    window.registry.return_task.trigger()
    (dialog,) = seen
    assert isinstance(dialog, ReturnDialog) and "重办时限" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.deadline_edit
    assert window.editor.detail is not None and window.editor.detail.status == Status.COMPLETED


def test_a_sign_off_is_recorded_on_the_day_the_receipt_gives(window: MainWindow) -> None:
    task_id = new_task(window, "完善干部档案")
    seen: list[tuple[str, object, object]] = []

    def signed(dialog: SignDialog) -> None:
        seen.append((dialog.by_edit.placeholderText(), dialog.date_edit.date().toPython(),
                     dialog.date_edit.maximumDate().toPython()))
        dialog.by_edit.setText("李明")
        dialog.date_edit.setDate(QDate(2026, 3, 30))  # after today: the box goes no further than today
        assert dialog.day() == TODAY
        dialog.date_edit.setDate(QDate(2026, 3, 20))
    answer_dialogs(window, signed)
    window.registry.sign.trigger()
    assert seen == [("签收人，如 李明（不填为录入人）", TODAY, TODAY)]
    detail = window.editor.detail
    assert detail is not None and detail.id == task_id and detail.signed_at is not None
    assert detail.signed_at.date() == date(2026, 3, 20) and detail.timeline[0].entry_date == date(2026, 3, 20)
    assert detail.timeline[0].text == "组织科签收（李明）"


def test_an_application_is_the_section_s_on_its_day_and_the_approver_sees_whose_and_which_task(
        window: MainWindow) -> None:
    task_id = new_task(window, "修订考核办法", deadline="3月20日前")  # passed on the window's day, 3月25日
    code = window.list_pane.model.task_row(task_id).code  # type: ignore[union-attr]
    late: list[bool] = []

    def ask(dialog: AskExtensionDialog) -> None:
        assert "组织科" in labels(dialog)  # 申请科室
        late.append(dialog.late_label.isVisibleTo(dialog))
        dialog.date_edit.setDate(QDate(2026, 3, 18))  # the form was dated before the deadline
        late.append(dialog.late_label.isVisibleTo(dialog))
        dialog.deadline_edit.setText("6月30日前")
        dialog.reason_edit.setPlainText("等待省委文件")
        dialog.by_edit.setText("李明")
    answer_dialogs(window, ask)
    window.registry.ask_extension.trigger()
    assert late == [True, False]
    detail = window.editor.detail
    assert detail is not None and detail.pending_request is not None
    assert detail.pending_request.asked_on == date(2026, 3, 18) and not detail.pending_request.late

    shown: list[list[str]] = []

    def refuse_blank(dialog: DecideExtensionDialog) -> None:
        shown.append(labels(dialog))
        dialog.refuse_button.setChecked(True)
    dialogs = answer_dialogs(window, refuse_blank)
    window.registry.decide_extension.trigger()
    (dialog,) = dialogs
    assert f"{code} 修订考核办法" in shown[0]  # the task named at the top, as 签收 names it
    assert "2026年3月18日，组织科（李明）申请延至6月30日前" in shown[0]
    assert isinstance(dialog, DecideExtensionDialog) and "理由" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.answer_edit  # the cursor where the reason is typed


def test_an_application_with_no_applicant_named_is_the_section_s(window: MainWindow) -> None:
    new_task(window, "修订考核办法", deadline="4月30日前")

    def ask(dialog: AskExtensionDialog) -> None:
        assert not dialog.late_label.isVisibleTo(dialog)
        dialog.deadline_edit.setText("6月30日前")
        dialog.reason_edit.setPlainText("等待省委文件")
    answer_dialogs(window, ask)
    window.registry.ask_extension.trigger()
    shown: list[list[str]] = []
    answering(window).answer("run", lambda dialog: bool(shown.append(labels(dialog))))
    window.registry.decide_extension.trigger()
    assert "2026年3月25日，组织科申请延至6月30日前" in shown[0]  # not the login of the PC it was typed on


def test_an_extension_and_an_application_name_the_task_and_the_reason_follows_the_date(window: MainWindow) -> None:
    """延期… and 申请延期… did not say which task they were for (审批, 退回, 签收 and 批示 do), and a blank gap the
    height of two lines stood between the date asked and 延期理由."""
    from PySide6.QtWidgets import QApplication, QFormLayout

    from ui.dialogs.task_dialogs import ExtendDialog

    task_id = new_task(window, "修订考核办法", deadline="4月30日前")
    code = window.list_pane.model.task_row(task_id).code  # type: ignore[union-attr]
    seen: list[tuple[list[str], int]] = []

    def look(dialog: AskExtensionDialog | ExtendDialog) -> None:
        dialog.show()
        QApplication.processEvents()
        first = [dialog.form.itemAt(0, role).widget() for role in (QFormLayout.ItemRole.LabelRole,
                                                                   QFormLayout.ItemRole.FieldRole)]
        hint = dialog.deadline_field.hint
        below_reading = hint.mapTo(dialog, hint.rect().bottomLeft()).y()
        seen.append(([label.text() for label in first if isinstance(label, QLabel)],
                     dialog.reason_edit.mapTo(dialog, dialog.reason_edit.rect().topLeft()).y() - below_reading))
        dialog.reject()
    answering(window).answer("run", lambda dialog: bool(look(dialog)))
    window.registry.ask_extension.trigger()
    window.editor.buttons["extend"].click()
    assert len(seen) == 2
    for shown, gap in seen:
        assert shown == ["任务：", f"{code} 修订考核办法"]  # the first line, as in 审批
        assert 0 < gap <= 12  # the 理解为 line, then 延期理由 at once
