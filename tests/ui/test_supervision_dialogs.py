"""The 督办 dialogs as the clerk fills them from the forms that come back: 退回重办 with its 重办时限 and what the
return does to the deadline and the percent said before it is done."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from models.domain.enums import Light, Status
from models.ledger import Ledger
from ui.dialogs.supervision_dialogs import ReturnDialog
from ui.dialogs.task_dialogs import CompleteDialog
from ui.main_window import MainWindow

from .helpers import answer_dialogs
from .test_main_window import new_task, two_sections


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    two_sections(ledger)


def labels(dialog: ReturnDialog) -> list[str]:
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
