"""The editor's 督办 menu as the clerk uses it: 签收, 申请延期 and its 审批, 退回重办 — each on only where it
applies, in the timeline, undone with Ctrl+Z, and the 待签收 view listing what waits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from models.domain.enums import ProgressKind, Status
from models.ledger import Ledger
from models.read.task_detail import task_detail
from models.read.task_views import TaskView
from ui.dialogs.supervision_dialogs import AskExtensionDialog, DecideExtensionDialog, ReturnDialog, SignDialog
from ui.dialogs.task_dialogs import CompleteDialog
from ui.main_window import MainWindow

from .helpers import answer_dialogs, shown_code, shown_titles
from .test_main_window import new_task, status_of, two_sections


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    two_sections(ledger)


def timeline_kinds(window: MainWindow, task_id: int) -> list[ProgressKind]:
    with window.context.ledger.reading() as session:
        return [entry.kind for entry in task_detail(session, task_id).timeline]


def test_a_new_task_waits_for_its_sign_off_and_the_step_is_undone(window: MainWindow) -> None:
    task_id = new_task(window, "完善干部档案", deadline="12月底前")
    registry = window.registry
    assert registry.sign.isEnabled() and not registry.decide_extension.isEnabled()
    assert not registry.return_task.isEnabled()  # nothing 办结 to review
    window.select_view(TaskView.AWAITING_SIGN)
    assert "完善干部档案" in shown_titles(window)

    def signed_by(dialog: SignDialog) -> None:
        dialog.by_edit.setText("组织科 李明")
    answer_dialogs(window, signed_by)
    registry.sign.trigger()
    assert timeline_kinds(window, task_id) == [ProgressKind.SIGN_OFF]
    assert "完善干部档案" not in shown_titles(window)  # no longer 待签收
    assert not registry.sign.isEnabled()
    registry.undo.trigger()
    assert timeline_kinds(window, task_id) == []
    assert "完善干部档案" in shown_titles(window)


def test_a_date_typed_in_digits_is_shown_the_chinese_way_once_approved(window: MainWindow) -> None:
    """An application typed 2027-01-15 showed "2027-01-15" in the 完成时限 column and the editor, beside
    "2027年1月9日" and "6月底前" in the same column, and 同意延期至2027-01-15 in the timeline."""
    from ui.item_models.task_columns import COLUMN

    task_id = new_task(window, "修订考核办法", deadline="4月30日前")

    def ask(dialog: AskExtensionDialog) -> None:
        dialog.deadline_edit.setText("2027-01-15")
        dialog.reason_edit.setPlainText("等待省委文件。")
    answer_dialogs(window, ask)
    window.registry.ask_extension.trigger()

    def approve(dialog: DecideExtensionDialog) -> None:
        dialog.by_edit.setText("王建国")
    answer_dialogs(window, approve)
    window.registry.decide_extension.trigger()
    assert window.list_pane.model.index_of_task(task_id, COLUMN["deadline"]).data() == "2027年1月15日"
    assert window.editor.deadline_edit.text() == "2027年1月15日"
    detail = window.editor.detail
    assert detail is not None and detail.timeline[0].text == "同意延期至2027年1月15日（王建国）"
    assert detail.timeline[1].text == "申请延期至2027年1月15日：等待省委文件。"
    # the reason inside the line loses the 。 that closed it: not "（等待省委文件。）"
    assert "原时限 4月30日前 → 2027年1月15日（等待省委文件）" in window.editor.history_label.text()


def test_an_application_waits_then_is_refused_with_its_reason(window: MainWindow) -> None:
    task_id = new_task(window, "修订考核办法", deadline="4月30日前")
    registry = window.registry

    def ask(dialog: AskExtensionDialog) -> None:
        dialog.deadline_edit.setText("6月30日前")
        dialog.reason_edit.setPlainText("等待省委文件")
    answer_dialogs(window, ask)
    registry.ask_extension.trigger()
    assert window.editor.detail is not None and window.editor.detail.deadline_display == "4月30日前"
    assert registry.decide_extension.isEnabled() and not registry.ask_extension.isEnabled()

    def refuse_blank(dialog: DecideExtensionDialog) -> None:
        dialog.refuse_button.setChecked(True)
    refused = answer_dialogs(window, refuse_blank)
    registry.decide_extension.trigger()
    assert isinstance(refused[0], DecideExtensionDialog)
    assert "理由" in refused[0].error_label.text()  # 不同意 needs its reason: the dialog stays open

    def refuse(dialog: DecideExtensionDialog) -> None:
        dialog.refuse_button.setChecked(True)
        dialog.by_edit.setText("王部长")
        dialog.answer_edit.setPlainText("节点不能后移")
    answer_dialogs(window, refuse)
    registry.decide_extension.trigger()
    detail = window.editor.detail
    assert detail is not None and detail.deadline_display == "4月30日前"
    assert "节点不能后移" in detail.timeline[0].text and registry.ask_extension.isEnabled()
    assert task_id == detail.id


def test_a_task_reported_done_is_returned_with_a_reason(window: MainWindow) -> None:
    task_id = new_task(window, "建立谈心谈话制度")

    def done(dialog: CompleteDialog) -> None:
        dialog.report_edit.setPlainText("制度已印发")
    answer_dialogs(window, done)
    window.editor.buttons["complete"].click()
    assert window.registry.return_task.isEnabled()

    def send_back(dialog: ReturnDialog) -> None:
        dialog.reason_edit.setPlainText("缺少印发文件")
    answer_dialogs(window, send_back)
    window.registry.return_task.trigger()
    assert status_of(window, task_id) == Status.IN_PROGRESS
    assert window.editor.detail is not None and window.editor.detail.returns == 1
    assert window.editor.detail.timeline[0].kind == ProgressKind.RETURN
    window.registry.undo.trigger()
    assert status_of(window, task_id) == Status.COMPLETED


def test_the_editor_has_the_督办_button_with_its_five_steps(window: MainWindow) -> None:
    new_task(window, "一项任务")
    button = window.editor.buttons["supervise"]
    menu = button.defaultAction().menu()
    assert isinstance(menu, QMenu)
    assert [action.text() for action in menu.actions()] == [
        "签收…", "申请延期…", "审批延期申请…", "退回重办…", "催办…", "", "领导批示…", "呈报单…"]  # "": the separator


def test_the_days_to_sign_are_a_setting(window: MainWindow) -> None:
    from ui.dialogs.settings_dialog import SettingsDialog

    def five_days(dialog: SettingsDialog) -> None:
        dialog.sign_spin.setValue(5)
    answer_dialogs(window, five_days)
    window.registry.settings.trigger()
    assert window.context.ledger.settings().light_rules.sign_days == 5


def test_a_section_signs_for_its_assigned_tasks_together_and_one_undo_takes_it_back(window: MainWindow) -> None:
    """An import or a meeting hands a section a batch of tasks: its word 签收 covers them all at once (else a
    freshly imported year turns yellow task by task); the box is offered only where others wait."""
    ids = [new_task(window, title) for title in ("完善干部档案", "开展专项调研", "修订考核办法")]
    window.select_view(TaskView.AWAITING_SIGN)
    offered: list[str] = []

    def together(dialog: SignDialog) -> None:
        offered.append(dialog.together_check.text())
        dialog.by_edit.setText("组织科 李明")
        dialog.together_check.setChecked(True)
    window.list_pane.select_task(ids[0])
    answer_dialogs(window, together)
    window.registry.sign.trigger()
    assert offered == ["同时签收组织科其余 2 项待签收的任务"]
    assert [timeline_kinds(window, task_id) for task_id in ids] == [[ProgressKind.SIGN_OFF]] * 3
    assert not {"完善干部档案", "开展专项调研", "修订考核办法"} & set(shown_titles(window))
    window.registry.undo.trigger()  # the one step it was
    assert [timeline_kinds(window, task_id) for task_id in ids] == [[]] * 3

    window.registry.redo.trigger()
    alone = new_task(window, "建立人才库")  # the only one waiting: nothing else to offer
    shown: list[bool] = []
    answer_dialogs(window, lambda dialog: shown.append(not dialog.together_check.isHidden()))
    window.list_pane.select_task(alone)
    window.registry.sign.trigger()
    assert shown == [False] and timeline_kinds(window, alone) == [ProgressKind.SIGN_OFF]


def test_the_editor_heading_says_awaiting_sign_off_since_when_and_how_often_it_was_returned(
        window: MainWindow) -> None:
    from datetime import datetime

    from sqlalchemy import update

    from models.domain.entities import Task

    task_id = new_task(window, "建立谈心谈话制度")
    with window.context.ledger.begin() as session:  # assigned five days before the window's day, 3月25日
        session.execute(update(Task).where(Task.id == task_id).values(created_at=datetime(2026, 3, 20, 9, 0)))
    window.task_commands.load_editor(task_id)
    assert "待签收（2026年3月20日交办，已5天）" in window.editor.heading.text()
    with window.context.ledger.begin() as session:  # made on the window's day: not "已0天"
        session.execute(update(Task).where(Task.id == task_id).values(created_at=datetime(2026, 3, 25, 9, 0)))
    window.task_commands.load_editor(task_id)
    assert "待签收（今天交办）" in window.editor.heading.text()
    with window.context.ledger.begin() as session:  # made after it (the window on an earlier day)
        session.execute(update(Task).where(Task.id == task_id).values(created_at=datetime(2026, 3, 27, 9, 0)))
    window.task_commands.load_editor(task_id)
    assert "待签收（2026年3月27日交办）" in window.editor.heading.text()

    answer_dialogs(window, lambda dialog: dialog.by_edit.setText("李明"))
    window.registry.sign.trigger()
    assert "待签收" not in window.editor.heading.text()
    for _ in range(2):
        answer_dialogs(window, lambda dialog: dialog.report_edit.setPlainText("制度已印发"))
        window.editor.buttons["complete"].click()
        answer_dialogs(window, lambda dialog: dialog.reason_edit.setPlainText("缺少印发文件"))
        window.registry.return_task.trigger()
    assert "已退回重办2次" in window.editor.heading.text()


def test_a_task_a_step_takes_out_of_the_view_is_still_named_with_its_light(window: MainWindow) -> None:
    """After 签收 in 待签收 (or 同意延期 in 临期/逾期) the status bar said the task was still shown on the right,
    but the heading there had lost its 编号 and light: "未启动" alone, no telling which task it was."""
    task_id = new_task(window, "完善干部档案", deadline="3月20日前")  # past on 3月25日: 红灯
    code = shown_code(window, task_id)
    window.select_view(TaskView.AWAITING_SIGN)
    window.list_pane.select_task(task_id)
    assert window.editor.heading.text().startswith(f"{code} 未启动") and "红灯" in window.editor.heading.text()
    answer_dialogs(window, lambda dialog: dialog.by_edit.setText("组织科 李明"))
    window.registry.sign.trigger()
    assert "完善干部档案" not in shown_titles(window)
    assert window.statusBar().currentMessage() == f"{code} 已不在当前视图中，右侧仍显示它"
    assert window.editor.heading.text().startswith(f"{code} 未启动") and "红灯" in window.editor.heading.text()

    window.select_view(TaskView.DUE_OR_LATE)
    window.list_pane.select_task(task_id)

    def ask(dialog: AskExtensionDialog) -> None:
        dialog.deadline_edit.setText("12月底前")
        dialog.reason_edit.setPlainText("等待省委文件。")
    answer_dialogs(window, ask)
    window.registry.ask_extension.trigger()
    answer_dialogs(window, lambda dialog: dialog.by_edit.setText("王建国"))
    window.registry.decide_extension.trigger()
    assert "完善干部档案" not in shown_titles(window)  # neither late nor due soon
    heading = window.editor.heading.text()
    assert heading.startswith(f"{code} 未启动") and "绿灯" in heading and "红灯" not in heading
