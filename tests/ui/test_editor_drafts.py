"""Edits typed in the task editor and not saved survive a crash, and sit beside the meeting's drafts."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from models.read.task_detail import task_detail
from tests.fixtures.day import TODAY
from ui.dialogs.task_dialogs import ProgressDialog
from ui.main_window import MainWindow

from .helpers import answer_dialogs, type_text


def crash(window: MainWindow) -> None:
    """A crashed window writes nothing more (here it lingers in the same process, so silence it)."""
    window.editor_drafts.setParent(None)
    window.editor_drafts.deleteLater()
    QApplication.processEvents()


def opened(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def with_task(qtbot: QtBot, ledger: Ledger, title: str) -> tuple[MainWindow, int]:
    """A window with a new task made and selected in the editor."""
    window = opened(qtbot, ledger)
    task_id = window.context.controller.create(TaskDraft(2026, title))
    assert task_id is not None
    window.list_pane.select_task(task_id)
    return window, task_id


def test_unsaved_edits_come_back_after_a_crash_and_save_with_ctrl_s(qtbot: QtBot, ledger: Ledger) -> None:
    window, task_id = with_task(qtbot, ledger, "落实谈心谈话制度")
    type_text(window.editor.measures_edit, "每季度至少谈一次")
    window.editor.owner_combo.setCurrentText("李明")
    path = ledger.drafts_file
    qtbot.waitUntil(lambda: path.exists() and "每季度至少谈一次" in path.read_text(encoding="utf-8"), timeout=3000)
    window.context.drafts.put("meeting:1:task:99", "会上说到一半")  # the meeting page's draft shares the file
    crash(window)  # gone without closing; a new window starts on the same file
    again = opened(qtbot, ledger)
    again.list_pane.select_task(task_id)
    editor = again.editor
    assert editor.measures_edit.toPlainText() == "每季度至少谈一次" and editor.owner_combo.currentText() == "李明"
    assert editor.is_dirty() and "找回了上次没有保存的修改" in editor.error_label.text()
    again.registry.save_task.trigger()  # Ctrl+S (two windows here: the key would go to the active one)
    with ledger.reading() as session:
        saved = task_detail(session, task_id)
    assert (saved.measures, saved.owner) == ("每季度至少谈一次", "李明")
    assert not editor.is_dirty() and "找回了" not in editor.error_label.text()
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert list(kept) == ["meeting:1:task:99"]  # the editor's draft is gone, the meeting's stays


def test_discarding_the_changes_drops_the_draft(qtbot: QtBot, ledger: Ledger) -> None:
    window, task_id = with_task(qtbot, ledger, "开展年轻干部调研")
    type_text(window.editor.note_edit, "待定")
    path = ledger.drafts_file
    qtbot.waitUntil(path.exists, timeout=3000)
    window.editor.revert_button.click()
    qtbot.waitUntil(lambda: not path.exists(), timeout=3000)
    again = opened(qtbot, ledger)
    again.list_pane.select_task(task_id)
    assert again.editor.note_edit.toPlainText() == "" and not again.editor.is_dirty()


def test_a_report_whose_save_is_refused_comes_back_in_the_dialog(qtbot: QtBot, ledger: Ledger,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window, task_id = with_task(qtbot, ledger, "落实谈心谈话制度")
    seen: list[ProgressDialog] = []

    def fill(dialog: ProgressDialog) -> None:
        seen.append(dialog)
        if len(seen) == 1:
            type_text(dialog.text_edit, "已谈心谈话十二人次")
    answer_dialogs(window, fill)
    with monkeypatch.context() as failing:  # the disk is full, say: the save is refused
        failing.setattr(window.context.controller, "add_progress", lambda *args, **kwargs: False)
        window.editor.buttons["progress"].click()
    window.editor.buttons["progress"].click()  # opened again: the text is there, and now it saves
    assert seen[1].text_edit.toPlainText() == "已谈心谈话十二人次"
    with ledger.reading() as session:
        assert [row.text for row in task_detail(session, task_id).timeline] == ["已谈心谈话十二人次"]
    assert not ledger.drafts_file.exists()


def test_a_paste_longer_than_a_report_takes_keeps_the_dialog_open_with_the_reason(qtbot: QtBot,
                                                                                 ledger: Ledger) -> None:
    window = opened(qtbot, ledger)
    dialog = ProgressDialog("任务", 0, TODAY, window)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("很长" * 15_000)
    dialog.accept()
    assert dialog.result() != ProgressDialog.DialogCode.Accepted
    assert "进展内容太长" in dialog.error_label.text() and len(dialog.text_edit.toPlainText()) == 30_000
