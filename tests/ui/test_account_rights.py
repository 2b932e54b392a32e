"""Accounts in the window: a 科室's own tasks' reports on, a 分管领导's decisions on and in their own name, the rest
greyed with the reason in the tip."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from changes.people import add_person
from changes.progress import ProgressDraft, enter_progress
from changes.supervision import ask_extension
from changes.year import start_meeting
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.domain.problems import ProblemDraft, create_problem
from models.domain.rights import Role
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.server.ledger import ServerLedger, open_server_ledger
from tests.fixtures.day import TODAY
from tests.ui.helpers import run_dialog
from ui.dialogs.instruction_dialog import InstructionDialog
from ui.dialogs.supervision_dialogs import DecideExtensionDialog
from ui.main_window import MEETING_PAGE, PROBLEMS_PAGE, MainWindow


def test_a_sections_account_sees_what_it_may_not_do_and_why(qtbot: QtBot, ledger: Ledger) -> None:
    if not isinstance(ledger, ServerLedger):
        pytest.skip("a file ledger has one user at a time and no accounts")
    with ledger.begin() as session:
        ours, theirs = directory.section(session, "测试员", "组织科"), directory.section(session, "测试员", "干部科")
        own = create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id)).id
        other = create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id)).id
        walked = create_task(session, "测试员", TaskDraft(2026, "走访党员", lead_section_id=ours.id)).id
        problem_id = create_problem(session, "测试员", ProblemDraft(2026, "档案不全", section_id=ours.id)).id
    enter_progress(ledger, own, ProgressDraft("已建档", percent=100, kind=ProgressKind.FEEDBACK,
                                              status=Status.COMPLETED, entry_date=TODAY))
    clerk = f"zzk_window_{os.getpid()}"
    add_person(ledger, clerk, Role.SECTION, "组织科", "口令123")
    start_meeting(ledger, TODAY, "3月例会")
    mine = open_server_ledger(replace(ledger.address, user=clerk), "口令123")
    window = MainWindow(mine, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    actions = window.registry
    assert window.account_label.text() == f"账号 {clerk}（科室：组织科）" and "本科室" in window.account_label.toolTip()
    assert not actions.settings.isEnabled() and "督查室" in actions.settings.toolTip()
    assert not actions.new_task.isEnabled() and window.editor.read_only
    window.list_pane.select_task(own)
    assert actions.progress.isEnabled()
    assert not actions.close_task.isEnabled() and "督查室" in actions.close_task.toolTip()
    assert not actions.remind.isEnabled() and "督查室" in actions.remind.toolTip()  # 催办 is the office's
    window.list_pane.select_task(other)
    assert not actions.progress.isEnabled() and "本科室" in actions.progress.toolTip()
    from ui.dialogs.evidence_dialog import EvidenceDialog
    theirs_evidence = EvidenceDialog(window.context.controller, "干部调研", task_id=other)
    assert not theirs_evidence.picker.choose_button.isEnabled()
    assert "本科室" in theirs_evidence.picker.choose_button.toolTip()
    assert EvidenceDialog(window.context.controller, "走访党员", task_id=walked).picker.choose_button.isEnabled()
    window.show_page(MEETING_PAGE)  # at the meeting: its own task typed into, another's shown with the reason
    meeting = window.meeting_page
    meeting.go_to(walked)
    assert not meeting.entry.isReadOnly() and meeting.save_button.isEnabled()
    meeting.go_to(other)
    assert meeting.entry.isReadOnly() and not meeting.save_button.isEnabled()
    assert "本科室" in meeting.error_label.text()
    window.show_page(PROBLEMS_PAGE)  # its own problem: 整改 on, 销号 the office's
    page = window.problems_page
    assert not page.new_problem_button.isEnabled() and "督查室" in page.new_problem_button.toolTip()
    page._select("problem", problem_id)
    assert page.buttons["report"].isEnabled() and page.buttons["rectified"].isEnabled()
    assert not page.buttons["delete"].isEnabled() and "督查室" in page.buttons["delete"].toolTip()
    window.close()
    mine.close()


def test_a_leaders_account_decides_in_its_own_name_and_sees_the_rest_greyed(qtbot: QtBot, ledger: Ledger) -> None:
    if not isinstance(ledger, ServerLedger):
        pytest.skip("a file ledger has one user at a time and no accounts")
    due = Deadline(DeadlineKind.DATE, date(2026, 6, 30))
    with ledger.begin() as session:
        ours = directory.section(session, "测试员", "组织科")
        task_id = create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id,
                                                          deadline=due)).id
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), "等待上级文件", on=TODAY)
    leader = f"fgld_window_{os.getpid()}"
    add_person(ledger, leader, Role.LEADER, password="口令123")
    mine = open_server_ledger(replace(ledger.address, user=leader), "口令123")
    window = MainWindow(mine, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    actions = window.registry
    assert window.account_label.text() == f"账号 {leader}（分管领导）"
    assert "审批延期申请" in window.account_label.toolTip()
    assert not actions.settings.isEnabled() and "督查室" in actions.settings.toolTip()
    assert not actions.new_task.isEnabled() and window.editor.read_only
    window.list_pane.select_task(task_id)
    assert actions.decide_extension.isEnabled() and actions.instruct.isEnabled()
    assert not actions.progress.isEnabled() and "承办科室" in actions.progress.toolTip()
    assert "承办科室" in actions.ask_extension.toolTip()
    assert not actions.close_task.isEnabled() and "督查室" in actions.close_task.toolTip()
    assert not actions.remind.isEnabled() and "督查室" in actions.remind.toolTip()

    def approve(dialog: DecideExtensionDialog) -> None:
        assert dialog.by_edit.isReadOnly() and dialog.by_edit.text() == leader  # their own word, not another's
    run_dialog(window, actions.decide_extension, DecideExtensionDialog, approve)
    detail = window.editor.detail
    assert detail is not None and detail.deadline_display == "2026年9月30日"
    assert detail.timeline[0].text == f"同意延期至2026年9月30日（{leader}）"

    def give(dialog: InstructionDialog) -> None:
        assert dialog.leader_edit.isReadOnly() and dialog.leader_edit.text() == leader
        assert not dialog.assign_box.isEnabled() and "督查室" in dialog.assign_box.toolTip()
        dialog.text_edit.setPlainText("请抓紧推进。")
    run_dialog(window, actions.instruct, InstructionDialog, give)
    detail = window.editor.detail
    assert detail is not None and detail.timeline[0].text == f"{leader}批示：请抓紧推进。"
    window.close()
    mine.close()
