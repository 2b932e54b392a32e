"""Dialogs take typing at once: the focus in the first field, Tab down the fields, then OK and Cancel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from models.read.lookups import Choice
from ui.dialogs.instruction_dialog import InstructionDialog
from ui.dialogs.oversight_dialogs import InspectionDialog, ProblemCloseDialog, ProblemDialog, ProblemReportDialog
from ui.dialogs.task_dialogs import CloseDialog, CompleteDialog, ExtendDialog, FormDialog, NewTaskDialog, ProgressDialog

DIALOGS = {
    "录入进展": lambda: ProgressDialog("整顿软弱涣散党组织", 30, date(2026, 3, 25)),
    "延期": lambda: ExtendDialog("3月底前", 2026),
    "销号": lambda: CloseDialog("整顿软弱涣散党组织"),
    "新建任务": lambda: NewTaskDialog("新建任务", 2026, [(1, "组织科")], 1),
    "新建督查记录": lambda: InspectionDialog(date(2026, 3, 25), [Choice(1, "组织科"), Choice(2, "干部一科")],
                                       [(1, "1", "整顿软弱涣散党组织")]),
    "新建问题": lambda: ProblemDialog(2026, [Choice(1, "组织科")], ["李明"], [], [(1, "1", "整顿软弱涣散党组织")]),
    "整改进展": lambda: ProblemReportDialog("整顿方案针对性不强", date(2026, 3, 25), True),
    "问题销号": lambda: ProblemCloseDialog("整顿方案针对性不强"),
    "办结": lambda: CompleteDialog("整顿软弱涣散党组织", date(2026, 3, 25)),
    "领导批示": lambda: InstructionDialog("整顿软弱涣散党组织", 2026, ["组织科"], "组织科", date(2026, 3, 25)),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialog_opens_in_its_first_field_and_tab_goes_down_the_form(qtbot: QtBot, name: str) -> None:
    dialog: FormDialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = dialog.inputs()
    stops = sum(len(dialog.tab_stops(field)) for field in fields)  # a filter line over a list is two
    assert _field_of(dialog.focusWidget(), fields) is fields[0]  # typing goes into the form, not onto 确定
    visited: list[QWidget | None] = [dialog.focusWidget()]
    for _ in range(stops):
        dialog.focusNextChild()  # what Tab does
        visited.append(dialog.focusWidget())
    reached = [_field_of(widget, fields) for widget in visited[:stops]]
    assert [f for i, f in enumerate(reached) if i == 0 or f is not reached[i - 1]] == fields  # top to bottom
    assert visited[stops] in dialog.buttons.buttons()  # then OK and Cancel, last
    # A one-purpose text box passes Tab on instead of typing it.
    assert all(f.tabChangesFocus() for f in fields if isinstance(f, QPlainTextEdit))


def _field_of(widget: QWidget | None, fields: list[QWidget]) -> QWidget | None:
    """The field `widget` is, or is part of."""
    return next((field for field in fields if widget is field or (widget and field.isAncestorOf(widget))), None)


def test_ctrl_enter_is_ok_in_a_form_where_enter_starts_a_new_line(qtbot: QtBot) -> None:
    dialog = ProblemReportDialog("整顿方案针对性不强", date(2026, 3, 25), True)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # a window's shortcuts work in the window the user is in
        dialog.show()
    editor = dialog.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, "zhenggai")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line in the report
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_form_refused_puts_the_cursor_in_the_field_it_asks_for(qtbot: QtBot) -> None:
    """不同意的理由不能为空, 延期理由不能为空…: the message says what is missing and the cursor waits in that box."""
    from models.read.supervision import RequestRow
    from ui.dialogs.supervision_dialogs import DecideExtensionDialog

    request = RequestRow(1, date(2026, 3, 20), "", "6月30日前", "等待省委文件", False, "pending", "", None, "")
    refusing = DecideExtensionDialog("4月30日前", request, task="3.2 整顿软弱涣散党组织", section="组织科")
    extending = ExtendDialog("3月底前", 2026)
    for dialog in (refusing, extending):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    refusing.refuse_button.setChecked(True)
    refusing.by_edit.setFocus()
    refusing.accept()
    assert "理由" in refusing.error_label.text() and refusing.focusWidget() is refusing.answer_edit
    extending.deadline_edit.setText("6月30日前")
    extending.accept()
    assert "延期理由" in extending.error_label.text() and extending.focusWidget() is extending.reason_edit
