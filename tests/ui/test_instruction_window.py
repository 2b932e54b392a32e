"""领导批示… and 呈报单… in the window: the 批示 typed in the editor's dialog joins the timeline, its 交办 is made and
shown, undo takes both back; the 呈报单 is saved as PDF or Word; a 科室's account finds 领导批示 greyed, with why."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from changes.instructions import instruct
from changes.people import add_person
from models.domain import directory
from models.domain.instructions import InstructionDraft
from models.domain.rights import Role
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.server.ledger import ServerLedger, open_server_ledger
from tests.fixtures.day import TODAY
from tests.reports.pdf_boxes import pages
from tests.ui.answering_host import answering
from tests.ui.helpers import run_dialog, show_window
from ui.dialogs.instruction_dialog import InstructionDialog
from ui.main_window import MainWindow


def a_task(ledger: Ledger) -> int:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        directory.section(session, "测试员", "督查室")
        return create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section)).id


def test_a_instruction_typed_in_the_editor_and_its_report_back(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    task_id = a_task(ledger)
    window = show_window(qtbot, ledger)
    actions = window.registry
    window.list_pane.select_task(task_id)
    assert actions.instruct.isEnabled() and not actions.instruction_report.isEnabled()
    steps = actions.supervise.menu()  # under the editor's 督办 button, with the steps
    assert steps is not None and actions.instruct in steps.actions() and actions.instruction_report in steps.actions()

    def fill(dialog: InstructionDialog) -> None:
        assert dialog.title_edit.isHidden()  # the 交办's fields only once asked for
        dialog.leader_edit.setText("王建国")
        dialog.document_edit.setText("市委办《信息专报》第12期")
        dialog.text_edit.setPlainText("请组织科抓紧推进。")
        dialog.assign_box.setChecked(True)
        assert not dialog.title_edit.isHidden() and dialog.section_combo.currentText() == "组织科"
        dialog.accept()
        assert dialog.error_label.text() == "交办事项不能为空。"
        dialog.title_edit.setText("开展标准化建设专项督查")
        dialog.section_combo.setCurrentText("督查室")
    run_dialog(window, actions.instruct, InstructionDialog, fill)
    assert window.editor.detail is not None and window.editor.detail.title == "开展标准化建设专项督查"
    assert window.editor.detail.source_text.startswith("领导批示：王建国同志")
    window.list_pane.select_task(task_id)
    timeline = window.editor.timeline_model
    assert timeline.full_text(0).count("领导批示") == 1 and "请组织科抓紧推进。" in timeline.full_text(0)
    assert actions.instruction_report.isEnabled()
    saved = [tmp_path / "呈报单.pdf", tmp_path / "呈报单"]
    for path in saved:
        answering(window).answer("ask_save_file", path)
        actions.instruction_report.trigger()
    (page,) = pages(saved[0])
    assert "王建国" in page.text() and "批示件办理情况报告" in page.text()
    assert (tmp_path / "呈报单.pdf").exists() and not (tmp_path / "呈报单").exists()  # the name given its ending
    answering(window).answer("ask_save_file", tmp_path / "呈报单.docx")
    actions.instruction_report.trigger()
    assert Document(str(tmp_path / "呈报单.docx")).tables[0].rows[0].cells[1].text == "王建国"
    actions.undo.trigger()
    window.list_pane.select_task(task_id)
    assert window.editor.detail is not None and window.editor.detail.timeline == ()
    assert not actions.instruction_report.isEnabled()


def test_a_sections_account_may_not_record_a_instruction(qtbot: QtBot, ledger: Ledger) -> None:
    if not isinstance(ledger, ServerLedger):
        pytest.skip("a file ledger has one user at a time and no accounts")
    task_id = a_task(ledger)
    instruct(ledger, 2026, task_id, InstructionDraft("王建国", date(2026, 3, 2), "请抓紧推进。"))
    clerk = f"zzk_instruct_{os.getpid()}"
    add_person(ledger, clerk, Role.SECTION, "组织科", "口令123")
    mine = open_server_ledger(replace(ledger.address, user=clerk), "口令123")
    window = MainWindow(mine, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.list_pane.select_task(task_id)
    assert not window.registry.instruct.isEnabled() and "督查室" in window.registry.instruct.toolTip()
    assert window.registry.instruction_report.isEnabled()  # reading and printing are every account's
    window.close()
    mine.close()


def test_a_交办_in_the_待签收_view_keeps_the_批示_s_task_shown_and_says_where_the_new_one_is(
        qtbot: QtBot, ledger: Ledger) -> None:
    """The 交办 is a subtask, which never waits for 签收: the view does not list it. The task the 批示 is on stays
    in the editor and highlighted (a click on it shows it), and the status bar says where the new one is."""
    from models.read.task_views import TaskView

    task_id = a_task(ledger)
    window = show_window(qtbot, ledger)
    window.select_view(TaskView.AWAITING_SIGN)
    assert window.list_pane.select_task(task_id)
    statuses: list[str] = []
    window.statusBar().messageChanged.connect(statuses.append)

    def assign(dialog: InstructionDialog) -> None:
        dialog.leader_edit.setText("王建国")
        dialog.text_edit.setPlainText("请组织科抓紧推进。")
        dialog.assign_box.setChecked(True)
        dialog.title_edit.setText("开展标准化建设专项督查")
    run_dialog(window, window.registry.instruct, InstructionDialog, assign)
    assert window.editor.detail is not None and window.editor.detail.id == task_id  # not the blank editor
    assert window.list_pane.selected_task_id() == task_id  # the row highlighted is the task shown
    code = window.list_pane.model.task_row(task_id).code  # type: ignore[union-attr]
    assert f"已交办 {code}.1；当前视图（待签收）未显示它，在“全部”中可以找到" in statuses
    window.select_view(TaskView.ALL)
    assert "开展标准化建设专项督查" in [row.title for row in window.context.rows]


def test_a_task_a_step_takes_out_of_the_view_stays_shown_and_a_row_filtered_out_is_not_left_highlighted(
        qtbot: QtBot, ledger: Ledger) -> None:
    from models.read.task_views import TaskView
    from ui.dialogs.supervision_dialogs import SignDialog

    task_id = a_task(ledger)
    window = show_window(qtbot, ledger)
    window.select_view(TaskView.AWAITING_SIGN)
    assert window.list_pane.select_task(task_id)
    run_dialog(window, window.registry.sign, SignDialog, lambda dialog: dialog.by_edit.setText("李明"))
    assert window.list_pane.model.index_of_task(task_id).isValid() is False  # signed: no longer 待签收
    assert window.editor.detail is not None and window.editor.detail.id == task_id  # still shown
    window.registry.undo.trigger()  # back in the view, and chosen there again
    assert window.list_pane.selected_task_id() == task_id and window.editor.detail is not None

    window.list_pane.search_edit.setText("没有这样的任务")  # the user's own filter hides it
    window.list_pane.refilter()  # as the search does once the typing pauses
    assert window.list_pane.selected_task_id() is None and window.editor.detail is None
    window.list_pane.search_edit.clear()
    window.list_pane.refilter()
    index = window.list_pane.model.index_of_task(task_id)
    window.list_pane.tree.setCurrentIndex(index)  # a click on it
    assert window.editor.detail is not None and window.editor.detail.id == task_id


def test_the_same_instruction_typed_twice_is_refused_once_in_its_form_with_the_words_kept(qtbot: QtBot,
                                                                                         ledger: Ledger) -> None:
    """The second recording of a 批示 was refused three times over: a box, a red line left in the editor after the
    box closed, and the status bar. It is said once, in the form, as its other refusals are, and the form stays
    open with the words typed."""
    from tests.ui.helpers import reported_errors

    task_id = a_task(ledger)
    window = show_window(qtbot, ledger)
    window.list_pane.select_task(task_id)
    errors = reported_errors(window)

    def give(dialog: InstructionDialog) -> None:
        dialog.leader_edit.setText("王建国")
        dialog.text_edit.setPlainText("请组织科抓紧推进。")
    run_dialog(window, window.registry.instruct, InstructionDialog, give)
    again = run_dialog(window, window.registry.instruct, InstructionDialog, give)
    assert again.result() != InstructionDialog.DialogCode.Accepted  # still open
    said = again.error_label.text()
    assert said.startswith(f"王建国{TODAY.month}月{TODAY.day}日的这条批示已于 ") and "不再重复记录" in said
    assert again.text_edit.toPlainText() == "请组织科抓紧推进。" and again.focusWidget() is again.text_edit
    assert errors == [] and window.editor.error_label.text() == ""
    assert "不再重复记录" not in window.statusBar().currentMessage()
    assert window.editor.detail is not None and len(window.editor.detail.timeline) == 1
