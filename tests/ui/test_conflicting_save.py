"""The editor's save when another PC changed the same task: who and when are told, and the user chooses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from models.domain import directory
from models.domain.tasks import TaskDraft, create_task, update_task
from models.ledger import Ledger
from models.read.task_detail import task_detail
from tests.ui.answering_host import answering
from ui.dialogs.conflict_dialog import Settle
from ui.main_window import MainWindow


@pytest.fixture
def window_data(ledger: Ledger) -> int:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科")
        return create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=section.id,
                                                       measures="逐村排查")).id


@pytest.fixture
def window(window: MainWindow, window_data: int) -> MainWindow:
    """The window with the task in its editor."""
    window.list_pane.select_task(window_data)
    return window


def _edit_while_someone_else_does(window: MainWindow, choice: Settle, asked: list[str]) -> int:
    """Save while another PC changed the same field; the question's box is answered `choice`, and what it
    said (its text, then its details) is kept in `asked`."""
    editor = window.editor
    assert editor.detail is not None
    task_id = editor.detail.id
    editor.measures_edit.setPlainText("每季度排查一次")  # this PC's edits, not yet saved
    editor.target_edit.setPlainText("全部整顿到位")
    with window.context.ledger.begin() as session:  # another PC saves the same field meanwhile
        update_task(session, "李四", task_id, measures="每月排查一次")

    def settle(box: QMessageBox) -> QAbstractButton:
        asked.append(box.text() + "\n" + box.informativeText())
        return next(button for button in box.buttons() if button.property("settle") == choice.value)
    answering(window).answer("run_box", settle)
    window.registry.save_task.trigger()
    return task_id


def test_taking_theirs_keeps_their_field_and_saves_the_users_other_changes(window: MainWindow) -> None:
    asked: list[str] = []
    task_id = _edit_while_someone_else_does(window, Settle.THEIRS, asked)
    assert len(asked) == 1 and "李四" in asked[0]
    shown = asked[0]
    assert "对方改为「每月排查一次」" in shown and "你改为「每季度排查一次」" in shown and "原来是「逐村排查」" in shown
    with window.context.ledger.reading() as session:
        now = task_detail(session, task_id)
    assert (now.measures, now.target) == ("每月排查一次", "全部整顿到位")
    assert window.editor.measures_edit.toPlainText() == "每月排查一次" and not window.editor.is_dirty()


def test_keeping_mine_saves_over_theirs_once_the_user_has_seen_it(window: MainWindow) -> None:
    asked: list[str] = []
    task_id = _edit_while_someone_else_does(window, Settle.MINE, asked)
    with window.context.ledger.reading() as session:
        now = task_detail(session, task_id)
    assert len(asked) == 1 and (now.measures, now.target) == ("每季度排查一次", "全部整顿到位")


def test_cancelling_saves_nothing_and_keeps_the_typing(window: MainWindow) -> None:
    asked: list[str] = []
    task_id = _edit_while_someone_else_does(window, Settle.CANCEL, asked)
    with window.context.ledger.reading() as session:
        now = task_detail(session, task_id)
    assert (now.measures, now.target) == ("每月排查一次", "")
    assert window.editor.measures_edit.toPlainText() == "每季度排查一次" and window.editor.is_dirty()


def test_undo_never_overwrites_a_change_made_since_by_someone_else(window: MainWindow) -> None:
    from .helpers import reported_errors

    editor = window.editor
    assert editor.detail is not None
    task_id = editor.detail.id
    editor.measures_edit.setPlainText("每季度排查一次")
    window.registry.save_task.trigger()
    with window.context.ledger.begin() as session:  # another PC changes the same field afterwards
        update_task(session, "李四", task_id, measures="每月排查一次")
    errors = reported_errors(window)
    window.registry.undo.trigger()
    with window.context.ledger.reading() as session:
        assert task_detail(session, task_id).measures == "每月排查一次"  # theirs stays
    assert len(errors) == 1 and "李四" in errors[0] and "不能再撤销" in errors[0]
