"""An empty ledger opens on the three ways to begin, not on a blank list; the first task puts the list back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.file.ledger import create_ledger
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.task_dialogs import NewTaskDialog
from ui.main_window import MainWindow

from .helpers import answer_dialogs, shown_titles


def test_an_empty_year_shows_the_start_panel_and_a_new_task_replaces_it(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    panel = window.start_panel
    assert panel.isVisible() and not window.list_pane.tree.isVisible()
    assert "2026年" in panel.heading.text() and panel.import_button.isDefault()
    opened: list[QDialog] = []

    def look(dialog: QDialog) -> bool:
        opened.append(dialog)
        dialog.reject()
        return False
    answering(window).answer("run", look)
    panel.import_button.click()
    assert isinstance(opened[-1], ImportDialog)
    answer_dialogs(window, lambda dialog: dialog.title_edit.setPlainText("整顿软弱涣散党组织")
                   if isinstance(dialog, NewTaskDialog) else None)
    panel.new_button.click()
    assert shown_titles(window) == ["整顿软弱涣散党组织"]
    assert not panel.isVisible() and window.list_pane.tree.isVisible()


def test_the_example_opens_from_the_start_panel_in_the_window_s_place(qtbot: QtBot, tmp_path: Path) -> None:
    empty = create_ledger(tmp_path / "新台账.sqlite", org_name="中共测试县委组织部", year=2026)
    window = MainWindow(empty, as_of=TODAY)
    window.owns_ledger = True
    qtbot.addWidget(window)
    window.show()
    window.start_panel.demo_button.click()
    replacement = window.replacement
    assert replacement is not None
    qtbot.addWidget(replacement)
    assert replacement.context.ledger.path.name != "新台账.sqlite" and replacement.context.rows
    assert not replacement.start_panel.isVisible()
    replacement.close()
