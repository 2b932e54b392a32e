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
