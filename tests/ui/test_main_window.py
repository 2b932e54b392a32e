"""The main window driven like a clerk would: create, edit, progress, extend, close, undo, delete, filter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from changes.progress import ProgressDraft
from models.domain import directory
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.read import lookups
from models.read.task_detail import task_detail
from models.read.task_views import TaskView
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.task_dialogs import CloseDialog, CompleteDialog, ExtendDialog, NewTaskDialog, ProgressDialog
from ui.main_window import MainWindow

from .helpers import answer_dialogs, reported_errors, show_window, shown_code, shown_titles, type_text


def two_sections(ledger: Ledger) -> None:
    with ledger.begin() as session:
        directory.section(session, "测试员", "组织科")
        directory.section(session, "测试员", "干部一科")


def two_section_window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    """The window on a ledger with two sections, at the office's 1366×768."""
    two_sections(ledger)
    return show_window(qtbot, ledger)


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    two_sections(ledger)


def new_task(window: MainWindow, title: str, deadline: str = "6月底前") -> int:
    def fill(dialog: NewTaskDialog) -> None:
        dialog.title_edit.setPlainText(title)
        dialog.deadline_edit.setText(deadline)
        dialog.section_combo.setCurrentIndex(dialog.section_combo.findText("组织科"))
    answer_dialogs(window, fill)
    window.registry.new_task.trigger()
    task_id = window.list_pane.selected_task_id()
    assert task_id is not None
    return task_id


def status_of(window: MainWindow, task_id: int) -> Status:
    with window.context.ledger.reading() as session:
        return task_detail(session, task_id).status


def test_new_task_is_shown_selected_and_undo_redo_take_it_away_and_back(window: MainWindow) -> None:
    task_id = new_task(window, "落实干部调研制度")
    assert "落实干部调研制度" in shown_titles(window)
    assert window.editor.title_edit.toPlainText() == "落实干部调研制度"
    assert window.editor.deadline_edit.text() == "6月底前"
    window.registry.undo.trigger()
    assert "落实干部调研制度" not in shown_titles(window)
    window.registry.redo.trigger()
    assert "落实干部调研制度" in shown_titles(window)
    assert window.list_pane.model.index_of_task(task_id).isValid()


def test_undo_button_keeps_its_label_and_names_the_change_in_its_tooltip(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    button = toolbar.widgetForAction(window.registry.undo)
    assert not window.registry.undo.isEnabled()
    width_before = button.sizeHint().width()
    new_task(window, "落实干部调研制度，这是一个很长的任务名称用来撑宽撤销按钮")
    assert window.registry.undo.isEnabled()
    assert button.text() == "撤销"
    assert button.sizeHint().width() == width_before
    assert "撤销" in window.registry.undo.toolTip() and len(window.registry.undo.toolTip()) > len("撤销 ")
    window.registry.undo.trigger()
    assert window.registry.redo.isEnabled() and window.registry.redo.text() == "重做"
    assert not window.registry.undo.isEnabled()
    assert window.statusBar().currentMessage().startswith("已撤销：")  # says what it took back
    assert window.statusBar().currentMessage().removeprefix("已撤销：") in window.registry.redo.toolTip()
    window.registry.redo.trigger()
    assert window.statusBar().currentMessage().startswith("已重做：")


def test_new_task_without_title_is_refused_in_the_dialog(window: MainWindow) -> None:
    dialogs = answer_dialogs(window, lambda dialog: dialog.title_edit.setPlainText("   "))
    window.registry.new_task.trigger()
    assert dialogs[0].result() != NewTaskDialog.DialogCode.Accepted
    assert "任务内容不能为空" in dialogs[0].error_label.text()
    assert shown_titles(window) == []


def test_subtasks_go_under_their_task_with_numbered_codes(window: MainWindow) -> None:
    parent = new_task(window, "开展年轻干部调研")
    for title in ("制定方案", "形成报告"):
        answer_dialogs(window, lambda dialog, t=title: dialog.title_edit.setPlainText(t))
        window.list_pane.select_task(parent)
        window.editor.buttons["subtask"].click()
    parent_code = shown_code(window, parent)
    index = window.list_pane.model.index_of_task(parent)
    model = window.list_pane.model
    assert model.rowCount(index) == 2
    assert [model.index(r, 1, index).data() for r in range(2)] == ["制定方案", "形成报告"]
    assert model.index(1, 0, index).data() == f"{parent_code}.2"


def test_editing_fields_saves_with_ctrl_s_and_undo_restores_the_old_text(window: MainWindow, qtbot: QtBot) -> None:
    task_id = new_task(window, "旧的标题")
    window.editor.title_edit.setPlainText("新的标题")
    window.editor.owner_combo.setCurrentText("李 明")
    window.editor.co_picker.set_checked(window.context.sections[1].id, True)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "新的标题" in shown_titles(window)
    row = window.list_pane.model.task_row(task_id)
    assert row is not None and row.owner == "李明" and row.co_sections == ("干部一科",)
    window.registry.undo.trigger()
    assert "旧的标题" in shown_titles(window) and "新的标题" not in shown_titles(window)
    row = window.list_pane.model.task_row(task_id)
    assert row is not None and row.owner == "" and row.co_sections == ()
    window.registry.redo.trigger()
    assert "新的标题" in shown_titles(window)


def test_saving_without_a_change_leaves_undo_on_the_last_real_change(window: MainWindow, qtbot: QtBot) -> None:
    new_task(window, "旧的标题")
    window.editor.title_edit.setPlainText("新的标题")
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    count = window.context.controller.undo_stack.count()
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # again, same text
    task_id = window.list_pane.selected_task_id()
    assert task_id is not None and window.context.controller.edit(task_id, {"title": "新的标题"})
    assert window.context.controller.undo_stack.count() == count
    window.registry.undo.trigger()  # one 撤销 takes the real change away, not a save that changed nothing
    assert "旧的标题" in shown_titles(window)


def test_a_long_report_reads_whole_under_the_timeline(window: MainWindow) -> None:
    task_id = new_task(window, "开展专题调研")
    long_report = "截至3月25日，" + "已走访基层党组织十二个，召开座谈会三场，" * 8 + "形成调研报告初稿。"
    controller = window.context.controller
    assert controller.add_progress(task_id, ProgressDraft("二月份已制定调研方案", period="2026-02",
                                                              entry_date=date(2026, 2, 20)))
    assert controller.add_progress(task_id, ProgressDraft(long_report, period="2026-03", entry_date=TODAY, percent=60))
    window.list_pane.select_task(task_id)
    editor = window.editor
    shown = editor.entry_text.toPlainText()
    assert editor.entry_text.isVisibleTo(editor) and shown.endswith(long_report)  # the newest, whole
    assert "2026年3月" in shown and "60%" in shown
    assert editor.timeline_model.headerData(1, Qt.Orientation.Horizontal) == "内容"  # the text next to its period
    editor.timeline.setCurrentIndex(editor.timeline_model.index(1, 0))
    assert editor.entry_text.toPlainText().endswith("二月份已制定调研方案")


def test_ticking_one_more_co_unit_keeps_those_there_in_the_order_written(qtbot: QtBot, ledger: Ledger) -> None:
    with ledger.begin() as session:
        units = {name: directory.section(session, "测试员", name).id for name in ("组织科", "干部一科", "人才科")}
        task_id = create_task(session, "测试员", TaskDraft(2026, "建立人才工作台账",
                                                      co_section_ids=[units["人才科"], units["组织科"]])).id
    window = show_window(qtbot, ledger)
    assert window.list_pane.select_task(task_id)
    assert window.editor.co_picker.text() == "人才科、组织科"  # as written, not in the list's order
    window.editor.co_picker.set_checked(units["干部一科"], True)
    assert window.editor.co_picker.text() == "人才科、组织科、干部一科"
    window.registry.save_task.trigger()
    row = window.list_pane.model.task_row(task_id)
    assert row is not None and row.co_sections == ("人才科", "组织科", "干部一科")  # not the list's 组织科 first


def test_the_editor_lists_every_change_to_the_task_with_who_and_names_not_ids(window: MainWindow, qtbot: QtBot,
                                                                              qtmodeltester: ModelTester) -> None:
    new_task(window, "旧的标题")
    window.editor.title_edit.setPlainText("新的标题")
    window.editor.owner_combo.setCurrentText("李明")
    window.editor.co_picker.set_checked(window.context.sections[1].id, True)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.registry.undo.trigger()
    history = window.editor.history_model
    qtmodeltester.check(history)
    shown = [[str(history.index(r, c).data()) for c in range(history.columnCount())]
             for r in range(history.rowCount())]
    assert ["撤销", "任务内容", "新的标题", "旧的标题"] in [row[2:] for row in shown]  # newest first
    assert ["修改", "任务内容", "旧的标题", "新的标题"] in [row[2:] for row in shown]
    assert ["修改", "配合科室", "", "干部一科"] in [row[2:] for row in shown]
    assert any(row[2:4] == ["修改", "责任人"] and row[5] == "李明" for row in shown)
    assert shown[-1][2:] == ["新建", "任务内容", "", "旧的标题"] and shown[0][1] == window.context.ledger.actor
    assert shown[0][0].startswith(f"{date.today().year}年")


def test_blank_title_in_the_editor_is_refused_and_the_text_is_kept(window: MainWindow) -> None:
    task_id = new_task(window, "原来的标题")
    window.editor.title_edit.setPlainText("  ")
    window.editor.measures_edit.setPlainText("已经写好的措施")
    assert not window.task_commands.save_task()
    assert window.editor.error_label.text() == "任务内容不能为空。"
    assert window.editor.measures_edit.toPlainText() == "已经写好的措施"
    with window.context.ledger.reading() as session:
        assert task_detail(session, task_id).title == "原来的标题"


def test_progress_extend_complete_close_reopen_each_undo(window: MainWindow) -> None:
    task_id = new_task(window, "建立督办台账")

    def progress(dialog: ProgressDialog) -> None:
        dialog.text_edit.setPlainText("已完成初稿，<b>正在</b>征求意见 & 修改")
        dialog.percent_spin.setValue(40)
    answer_dialogs(window, progress)
    window.editor.buttons["progress"].click()
    row = window.list_pane.model.task_row(task_id)
    assert row is not None and row.status == Status.IN_PROGRESS and row.percent == 40
    assert row.latest_progress == "已完成初稿，<b>正在</b>征求意见 & 修改"
    assert window.editor.timeline_model.rowCount() == 1
    window.registry.undo.trigger()
    row = window.list_pane.model.task_row(task_id)
    assert row is not None and row.status == Status.NOT_STARTED and row.latest_progress == ""
    window.registry.redo.trigger()
    assert window.editor.timeline_model.rowCount() == 1

    def extend(dialog: ExtendDialog) -> None:
        dialog.deadline_edit.setText("9月底前")
        dialog.reason_edit.setPlainText("需等上级文件")
    answer_dialogs(window, extend)
    window.editor.buttons["extend"].click()
    assert window.editor.deadline_edit.text() == "9月底前"
    assert "原时限 6月底前 → 9月底前（需等上级文件）" in window.editor.history_label.text()
    window.registry.undo.trigger()
    assert window.editor.deadline_edit.text() == "6月底前"
    window.registry.redo.trigger()

    refused = answer_dialogs(window, lambda dialog: None)
    window.editor.buttons["complete"].click()  # 办结 says what was done: an empty report is refused
    assert refused[0].error_label.text() == "办结情况不能为空。"
    assert status_of(window, task_id) == Status.IN_PROGRESS

    def complete(dialog: CompleteDialog) -> None:
        dialog.report_edit.setPlainText("方案已印发，部署会已召开")
    answer_dialogs(window, complete)
    window.editor.buttons["complete"].click()
    assert status_of(window, task_id) == Status.COMPLETED
    assert window.list_pane.model.task_row(task_id).latest_progress == "方案已印发，部署会已召开"  # type: ignore[union-attr]
    window.registry.undo.trigger()  # the report and the status go back together
    assert status_of(window, task_id) == Status.IN_PROGRESS
    assert window.statusBar().currentMessage() == "已撤销：办结"
    assert window.editor.timeline_model.rowCount() == 1
    window.registry.redo.trigger()
    assert status_of(window, task_id) == Status.COMPLETED
    refused = answer_dialogs(window, lambda dialog: None)
    window.editor.buttons["close"].click()
    assert refused[0].error_label.text() == "销号说明不能为空。"
    assert status_of(window, task_id) == Status.COMPLETED

    def close(dialog: CloseDialog) -> None:
        dialog.note_edit.setPlainText("经核实已完成")
    answer_dialogs(window, close)
    window.editor.buttons["close"].click()
    assert status_of(window, task_id) == Status.CLOSED
    window.editor.buttons["reopen"].click()
    assert status_of(window, task_id) == Status.IN_PROGRESS
    for expected in (Status.CLOSED, Status.COMPLETED, Status.IN_PROGRESS):
        window.registry.undo.trigger()
        assert status_of(window, task_id) == expected
    window.registry.redo.trigger()
    assert status_of(window, task_id) == Status.COMPLETED


def test_a_save_refreshes_only_its_task_and_a_move_rebuilds_the_tree(window: MainWindow) -> None:
    first, second = new_task(window, "落实谈心谈话制度"), new_task(window, "开展年轻干部调研")
    other = QPersistentModelIndex(window.list_pane.model.index_of_task(second))
    window.list_pane.select_task(first)

    def progress(dialog: ProgressDialog) -> None:
        dialog.text_edit.setPlainText("已召开专题会议")
    answer_dialogs(window, progress)
    window.editor.buttons["progress"].click()
    model = window.list_pane.model
    assert model.index_of_task(first, 10).data() == "已召开专题会议"
    assert other.isValid()  # the tree was not rebuilt: folding, scrolling and selection stay as they were
    assert window.list_pane.selected_task_id() == first
    with window.context.ledger.begin() as session:
        key_task = directory.key_task(session, "测试员", 2026, "建强干部队伍")
    window.context.controller.edit(second, {"key_task_id": key_task.id})  # it moves: the tree is read again
    assert not other.isValid()
    assert shown_code(window, second) == "0.2"  # and keeps its 编号: renumbering is asked for in 设置


def test_a_refused_transition_says_why_and_changes_nothing(window: MainWindow) -> None:
    task_id = new_task(window, "一项任务")
    errors = reported_errors(window)
    window.context.controller.set_status(task_id, Status.CLOSED, note="想直接销号")
    assert "不能从「未启动」改为「已销号」" in errors[-1]
    assert status_of(window, task_id) == Status.NOT_STARTED


def test_delete_goes_to_the_recycle_bin_and_can_be_restored(window: MainWindow) -> None:
    task_id = new_task(window, "要删除的任务")
    answering(window).answer("confirm", True)
    window.editor.buttons["delete"].click()
    assert "要删除的任务" not in shown_titles(window)
    with window.context.ledger.reading() as session:
        assert [title for _, title, _ in lookups.deleted_tasks(session, 2026)] == ["要删除的任务"]
    window.context.controller.restore(task_id)
    assert "要删除的任务" in shown_titles(window)
    window.registry.undo.trigger()
    assert "要删除的任务" not in shown_titles(window)


def with_subtasks(window: MainWindow, title: str, subtitles: tuple[str, ...]) -> tuple[int, list[int]]:
    parent = new_task(window, title)
    children = []
    for subtitle in subtitles:
        answer_dialogs(window, lambda dialog, t=subtitle: dialog.title_edit.setPlainText(t))
        window.list_pane.select_task(parent)
        window.editor.buttons["subtask"].click()
        child = window.list_pane.selected_task_id()
        assert child is not None and child != parent
        children.append(child)
    window.list_pane.select_task(parent)
    return parent, children


def test_delete_confirmation_names_the_task_and_how_many_subtasks_go_with_it(window: MainWindow) -> None:
    with_subtasks(window, "开展年轻干部调研", ("制定方案", "形成报告"))
    asked: list[str] = []
    answering(window).answer("confirm", lambda title, text: asked.append(text) and False)
    window.editor.buttons["delete"].click()
    assert "「开展年轻干部调研」" in asked[0] and "2 项子任务" in asked[0]
    assert "开展年轻干部调研" in shown_titles(window)  # answered no: nothing moved


def test_finishing_a_task_with_open_subtasks_lists_them_and_can_be_cancelled(window: MainWindow) -> None:
    parent, (first, second) = with_subtasks(window, "开展年轻干部调研", ("制定方案", "形成报告"))
    window.context.controller.set_status(first, Status.IN_PROGRESS, on=TODAY)
    window.context.controller.set_status(first, Status.COMPLETED, on=TODAY)
    window.context.controller.set_status(parent, Status.IN_PROGRESS, on=TODAY)
    window.list_pane.select_task(parent)
    asked: list[str] = []
    answering(window).answer("confirm", lambda title, text: bool(asked.append(text)))
    window.registry.complete.trigger()
    assert len(asked) == 1 and "形成报告（未启动）" in asked[0] and "制定方案" not in asked[0]
    assert status_of(window, parent) == Status.IN_PROGRESS
    answering(window).answer("confirm", True)
    answer_dialogs(window, lambda dialog: dialog.report_edit.setPlainText("调研报告已报部务会"))
    window.registry.complete.trigger()
    assert status_of(window, parent) == Status.COMPLETED
    assert status_of(window, second) == Status.NOT_STARTED


def test_search_filters_as_you_type_and_selection_survives_sort_and_filter(window: MainWindow,
                                                                        qtbot: QtBot) -> None:
    kept = new_task(window, "完善干部考核办法")
    new_task(window, "开展组织生活会")
    window.list_pane.select_task(kept)
    type_text(window.list_pane.search_edit, "考核")
    qtbot.waitUntil(lambda: shown_titles(window) == ["完善干部考核办法"])
    assert window.list_pane.selected_task_id() == kept
    assert "显示1项（共2项）" in window.statusBar().currentMessage()
    window.list_pane.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown_titles(window)) == 2)
    header = window.list_pane.tree.header()
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert shown_titles(window) == ["开展组织生活会", "完善干部考核办法"]
    assert window.list_pane.selected_task_id() == kept
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert shown_titles(window) == ["完善干部考核办法", "开展组织生活会"]


def test_views_show_only_their_tasks(window: MainWindow) -> None:
    silent = new_task(window, "没有反馈的任务")
    reported = new_task(window, "已经反馈的任务")
    window.context.controller.add_progress(reported, ProgressDraft("本月已推进", period="2026-03", entry_date=TODAY))
    window.select_view(TaskView.NO_FEEDBACK)
    assert shown_titles(window) == ["没有反馈的任务"]
    window.select_view(TaskView.CLOSED)
    assert shown_titles(window) == []
    window.select_view(TaskView.ALL)
    assert len(shown_titles(window)) == 2
    assert window.list_pane.model.task_row(silent) is not None


def test_hidden_columns_and_widths_are_remembered(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    first = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(first)
    first.list_pane.columns_button.menu().actions()[2].setChecked(False)  # 配合科室
    first.list_pane.tree.setColumnWidth(1, 222)
    first.close()
    second = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(second)
    assert second.list_pane.tree.header().isSectionHidden(3)
    assert second.list_pane.tree.columnWidth(1) == 222


def test_folded_sections_stay_folded_but_a_search_opens_what_it_found(window: MainWindow, qtbot: QtBot,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    new_task(window, "组织科的任务")
    tree, model = window.list_pane.tree, window.list_pane.model
    assert tree.isExpanded(model.index(0, 0))
    new_task(window, "又一项任务")
    tree.setCurrentIndex(QModelIndex())
    tree.collapse(model.index(0, 0))
    window.context.reload()  # the tree is rebuilt after every change
    assert not tree.isExpanded(model.index(0, 0))
    type_text(window.list_pane.search_edit, "又一项")
    qtbot.waitUntil(lambda: shown_titles(window) == ["又一项任务"])
    assert tree.isExpanded(model.index(0, 0))
    window.list_pane.search_edit.clear()
    window.list_pane.refilter()
    assert not tree.isExpanded(model.index(0, 0))
    # A huge ledger opens with its sections folded; their counts are on the group rows.
    monkeypatch.setattr("ui.pages.task_list_pane.EXPAND_ALL_LIMIT", 1)
    window.list_pane.refilter()
    assert not any(tree.isExpanded(model.index(r, 0)) for r in range(model.rowCount()))


@pytest.mark.parametrize("typed", ["一二月底", "十十月底", "0000年3月底"])
def test_a_deadline_no_one_can_read_is_kept_as_typed_once_the_clerk_says_so(window: MainWindow, typed: str) -> None:
    first = new_task(window, "没有时限的任务", deadline="")
    second = new_task(window, "另一项任务")
    window.list_pane.select_task(first)
    type_text(window.editor.deadline_edit, typed)  # the hint is worked out on every keystroke
    assert "不判逾期" in window.editor.deadline_hint.text()
    asked: list[str] = []
    answering(window).answer("confirm", lambda _title, text: asked.append(text) or False)
    window.list_pane.select_task(second)  # moving on saves: first the question, and "no" keeps the editor
    assert len(asked) == 1 and typed in asked[0] and "不判逾期" in asked[0]
    assert window.list_pane.selected_task_id() == first and window.editor.deadline_edit.text() == typed
    answering(window).answer("confirm", lambda _title, text: asked.append(text) or True)
    window.list_pane.select_task(second)
    assert window.list_pane.selected_task_id() == second
    window.list_pane.select_task(first)
    assert window.editor.deadline_edit.text() == typed
    with window.context.ledger.reading() as session:
        assert task_detail(session, first).deadline_display == typed


def test_at_1366_the_list_shows_light_status_and_latest_report_without_scrolling(window: MainWindow) -> None:
    new_task(window, "落实干部调研制度")
    tree, header = window.list_pane.tree, window.list_pane.tree.header()
    names = [str(window.list_pane.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())]
    shown = sorted((header.visualIndex(c), names[c]) for c in range(header.count()) if not header.isSectionHidden(c))
    assert [name for _, name in shown] == ["编号", "任务内容", "牵头科室", "完成时限", "灯", "状态", "最近进展"]
    width = tree.viewport().width()
    for column in range(header.count()):
        if names[column] in ("灯", "状态"):
            assert header.sectionViewportPosition(column) + header.sectionSize(column) <= width, names[column]
        if names[column] == "最近进展":
            assert header.sectionViewportPosition(column) < width - 60  # its start is readable
    assert tree.horizontalScrollBar().value() == 0


def test_the_editor_heading_shows_the_light_of_an_overdue_task(window: MainWindow) -> None:
    late = new_task(window, "早该完成的任务", deadline="3月20日前")
    window.list_pane.select_task(late)
    heading = window.editor.heading.text()
    assert "未启动" in heading and "红灯" in heading and "#c62828" in heading
    window.context.controller.set_status(late, Status.IN_PROGRESS, on=TODAY)
    window.context.controller.set_status(late, Status.COMPLETED, on=TODAY)
    window.list_pane.select_task(late)
    assert "已办结" in window.editor.heading.text() and "灯" not in window.editor.heading.text()


def test_save_and_discard_are_in_sight_at_1366_without_scrolling(window: MainWindow, qtbot: QtBot) -> None:
    new_task(window, "落实干部调研制度")
    qtbot.waitExposed(window)
    for button in (window.editor.save_button, window.editor.revert_button):
        assert button.isVisible()
        assert button.visibleRegion().boundingRect().size() == button.size(), button.text()


def test_an_error_box_still_shown_goes_with_its_window(window: MainWindow) -> None:
    """A window closed (or replaced by another ledger's) with an error on screen left the box behind, modal
    over nothing: the next window's dialogs queued behind it."""
    from PySide6.QtWidgets import QApplication

    window.report_error("改名没有完成：已经有名为「干部科」的科室。")
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is not None
    window.close()
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    assert not [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
