"""催办 in the window (督办 → 催办…): the level the office's trigger gives the task chosen first, how it went and the
day; recorded as `task remind` records it, a line of the timeline, undone and redone with Ctrl+Z, greyed where it
cannot apply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from sqlalchemy import func, select

from models.domain.entities import Notice
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from ui.dialogs.report_dialog import ReportDialog
from ui.dialogs.supervision_dialogs import RemindDialog
from ui.main_window import MainWindow

from .helpers import run_dialog
from .test_main_window import new_task, two_sections


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    two_sections(ledger)


def timeline_texts(window: MainWindow) -> list[str]:
    model = window.editor.timeline_model
    return [str(model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def notices(window: MainWindow) -> int:
    with window.context.ledger.reading() as session:
        return session.scalar(select(func.count()).select_from(Notice)) or 0


def said_path(window: MainWindow, said: str) -> None:
    """The way to print the notice the status bar names is the window's own: 文件 → 打印进展表…, then 报表 督办单."""
    assert said.endswith("。打印：文件 → 打印进展表…，报表选“督办单”")
    (file_menu,) = [menu for menu in window.menuBar().findChildren(QMenu) if menu.title() == "文件(&F)"]
    assert "打印进展表…" in [action.text() for action in file_menu.actions()]

    def look(dialog: ReportDialog) -> None:
        assert dialog.windowTitle() == "打印报表"
        kinds = [dialog.kind_combo.itemText(index) for index in range(dialog.kind_combo.count())]
        assert any(kind.startswith("督办单") for kind in kinds)
    run_dialog(window, window.registry.print_sheet, ReportDialog, look, accept=False)


def test_an_overdue_task_is_chased_with_a_red_notice_by_phone_undone_and_redone(window: MainWindow) -> None:
    new_task(window, "整顿软弱涣散党组织", deadline="3月10日前")  # 15 days late on TODAY
    registry = window.registry
    assert registry.remind.isEnabled() and registry.remind in registry.supervise.menu().actions()
    statuses: list[str] = []
    window.statusBar().messageChanged.connect(statuses.append)

    def by_phone(dialog: RemindDialog) -> None:
        assert dialog.level_combo.currentText().startswith("红色督办单")  # the trigger: overdue
        assert dialog.trigger_label.text() == "按触发条件：红色督办单（逾期15天）"
        assert dialog.date_edit.date().toPython() == TODAY
        dialog.how_combo.setCurrentText("电话")
    run_dialog(window, registry.remind, RemindDialog, by_phone)
    assert timeline_texts(window) == ["督〔2026〕1号红色督办单，电话催办"]
    assert notices(window) == 1 and any("已发出督〔2026〕1号红色督办单（电话）" in s for s in statuses)
    said_path(window, [s for s in statuses if s.startswith("已发出")][-1])
    # 撤销 names the number it gives back: the clerk holding the printed notice knows the next one takes it
    assert registry.undo.toolTip() == "撤销 催办（发出督〔2026〕1号红色督办单）"
    registry.undo.trigger()
    assert timeline_texts(window) == [] and notices(window) == 0
    registry.redo.trigger()
    assert timeline_texts(window) == ["督〔2026〕1号红色督办单，电话催办"] and notices(window) == 1


def test_a_task_coming_due_gets_a_reminder_once_a_day_and_a_subtask_only_reminders(window: MainWindow) -> None:
    new_task(window, "开展党员教育培训", deadline="3月30日前")  # due in 5 days
    registry = window.registry
    from ui.dialogs.task_dialogs import NewTaskDialog, ProgressDialog

    def report(dialog: ProgressDialog) -> None:
        dialog.text_edit.setPlainText("已制定培训计划")
    run_dialog(window, registry.progress, ProgressDialog, report)  # reported this period: only the date is near

    def by_text(dialog: RemindDialog) -> None:
        assert dialog.level_combo.currentText().startswith("提醒")
        assert dialog.trigger_label.text() == "按触发条件：提醒（距完成时限5天）"
        dialog.how_combo.setCurrentText("短信")
    run_dialog(window, registry.remind, RemindDialog, by_text)
    assert timeline_texts(window)[0] == "提醒（短信）" and notices(window) == 0
    assert registry.undo.toolTip() == "撤销 催办"  # a 提醒 has no number to give back
    depth = window.context.controller.undo_stack.count()
    run_dialog(window, registry.remind, RemindDialog, by_text)  # the same again that day: recorded once
    assert timeline_texts(window) == ["提醒（短信）", "已制定培训计划"]
    assert window.context.controller.undo_stack.count() == depth
    assert "当天已记录过这条提醒（短信）" in window.statusBar().currentMessage()

    def yellow_refused(dialog: RemindDialog) -> None:
        model = dialog.level_combo.model()
        assert [model.item(n).isEnabled() for n in range(3)] == [True, False, False]  # type: ignore[attr-defined]
        assert "一级任务" in dialog.trigger_label.text()
        dialog.how_combo.setCurrentText("这不是一个短词而是一句话")
        dialog.accept()
        assert "短词" in dialog.error_label.text()  # the rule's own words: the dialog stays open
        dialog.how_combo.setCurrentText("")
    def subtask(dialog: NewTaskDialog) -> None:
        dialog.title_edit.setPlainText("培训班开班")
    run_dialog(window, registry.new_subtask, NewTaskDialog, subtask)
    run_dialog(window, registry.remind, RemindDialog, yellow_refused)
    assert timeline_texts(window) == ["提醒（纸质）"]  # blank is 纸质


def test_a_finished_task_is_not_chased(window: MainWindow) -> None:
    new_task(window, "修订工作规则", deadline="3月10日前")
    from ui.dialogs.task_dialogs import CompleteDialog

    def done(dialog: CompleteDialog) -> None:
        dialog.report_edit.setPlainText("已印发")
    run_dialog(window, window.registry.complete, CompleteDialog, done)
    assert not window.registry.remind.isEnabled()
