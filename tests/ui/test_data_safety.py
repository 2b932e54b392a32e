"""数据安全 from the File menu: the file, its backups and its check; back up, check, restore."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.data_safety_dialog import DataSafetyDialog
from ui.main_window import MainWindow

from .helpers import shown_titles

pytestmark = pytest.mark.file_only  # the ledger file itself: its path, lock, journal, backups



def open_page(window: MainWindow, work: object) -> DataSafetyDialog:
    opened: list[DataSafetyDialog] = []

    def run(dialog: object) -> bool:
        assert isinstance(dialog, DataSafetyDialog)
        opened.append(dialog)
        work(dialog)  # type: ignore[operator]
        return False
    answering(window).answer("run", run)
    window.registry.data_safety.trigger()
    return opened[0]


def test_the_page_shows_the_file_backs_up_and_checks(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def work(page: DataSafetyDialog) -> None:
        assert page.file_label.text() == str(ledger.path)
        assert "还没有备份" in page.newest_label.text() and page.backup_list.count() == 0
        assert "完好" in page.check_label.text() and "打开时快速检查" in page.check_label.text()
        page.backup_button.click()
        assert page.backup_list.count() == 1 and "手动" in page.newest_label.text()
        assert "已备份到" in page.status.text()
        assert "还没有做过" in page.full_label.text()
        page.verify_button.click()
        assert "完好（完整检查" in page.check_label.text() and "完好" in page.full_label.text()
        assert not page.restore_button.isEnabled()  # nothing chosen yet
    open_page(window, work)


def test_restoring_a_backup_reopens_the_ledger_as_it_was_and_keeps_the_replaced_file(qtbot: QtBot,
                                                                                   ledger: Ledger) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.owns_ledger = True
    window.context.controller.create(TaskDraft(2026, "备份前的任务"))
    window.file_commands.backup_now()
    window.context.controller.create(TaskDraft(2026, "备份后的任务"))
    asked: list[str] = []
    answering(window).answer("confirm", lambda title, text: asked.append(text) or True)

    def work(page: DataSafetyDialog) -> None:
        page.backup_list.setCurrentRow(0)
        assert page.restore_button.isEnabled()
        page.restore_button.click()
    open_page(window, work)
    replacement = window.replacement
    assert isinstance(replacement, MainWindow)
    qtbot.addWidget(replacement)
    assert asked and "不会删除" in asked[0]
    assert shown_titles(replacement) == ["备份前的任务"]
    kept = list(ledger.path.parent.glob(ledger.path.name + ".replaced-*"))
    assert len(kept) == 1 and "已用备份恢复" in replacement.statusBar().currentMessage()
    replacement.close()
