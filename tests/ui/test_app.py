"""Starting the app: the welcome dialog on first run, --db/--demo, damaged files, the screenshot."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from cli.parser import build_parser
from models.domain.lights import LightRules
from models.file.ledger import open_ledger
from models.file.paths import default_ledger_path, demo_ledger_path
from models.read.queries import task_rows
from tests.ui.answering_host import AnsweringHost
from ui.app import choose_ledger
from ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
from ui.ledger_files import open_interactively
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def gui_args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def test_welcome_preselects_the_example_so_one_enter_opens_it(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.choice() == WelcomeChoice.DEMO
    assert not dialog.empty_form.isEnabled()
    assert dialog.import_button.isEnabled()


def test_first_run_import_creates_the_ledger_and_asks_for_the_file(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.import_button.setChecked(True)
    assert dialog.empty_form.isEnabled()  # the org name and year are asked here too
    dialog.org_edit.setText("中共某某市委组织部")
    args = gui_args()
    assert choose_ledger(args, lambda: dialog) == default_ledger_path() and default_ledger_path().exists()
    assert args.start_import


def test_first_run_with_example_creates_a_separate_demo_file(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    path = choose_ledger(gui_args(), lambda: dialog)
    assert path == demo_ledger_path() and path.exists()
    assert not default_ledger_path().exists()  # the real ledger is never mixed with the example


def test_first_run_empty_ledger_asks_org_and_year(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.empty_button.setChecked(True)
    dialog.org_edit.setText("")
    dialog.accept()
    assert dialog.result() != WelcomeDialog.DialogCode.Accepted
    assert "单位名称" in dialog.error_label.text()
    dialog.org_edit.setText("中共某某市委组织部")
    dialog.year_spin.setValue(2027)
    path = choose_ledger(gui_args(), lambda: dialog)
    assert path == default_ledger_path()
    ledger = open_ledger(path, auto_backup=False)
    settings = ledger.settings()
    ledger.close()
    assert (settings.org_name, settings.current_year) == ("中共某某市委组织部", 2027)


def test_cancelling_the_welcome_opens_nothing() -> None:
    assert choose_ledger(gui_args(), lambda: None) is None
    assert not default_ledger_path().exists()


def test_db_option_wins(tmp_path: Path) -> None:
    assert choose_ledger(gui_args("--db", str(tmp_path / "x.sqlite")), lambda: None) == tmp_path / "x.sqlite"


def test_main_window_shows_the_ledger(qtbot: QtBot) -> None:
    path = choose_ledger(gui_args("--demo"), lambda: None)
    assert path is not None
    ledger = open_ledger(path, auto_backup=False)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert "中共示例市委组织部" in window.windowTitle()
    assert window.list_pane.model.rowCount() >= 8
    assert "逾期" in window.statusBar().currentMessage()
    ledger.close()


def test_read_only_second_window_says_so(qtbot: QtBot) -> None:
    path = choose_ledger(gui_args("--demo"), lambda: None)
    assert path is not None
    first = open_ledger(path, auto_backup=False)
    second = open_ledger(path, auto_backup=False)
    window = MainWindow(second)
    qtbot.addWidget(window)
    window.show_notices(second.notices)
    assert "只读" in window.windowTitle()
    assert not window.banner.isHidden() and "另一个" in window.banner.text()
    first_task = window.list_pane.model.shown_tasks()[0].id
    window.list_pane.select_task(first_task)
    assert window.editor.detail is not None and window.editor.detail.id == first_task
    assert not window.editor.buttons["progress"].isEnabled() and not window.editor.save_button.isEnabled()
    assert window.editor.title_edit.isReadOnly() and not window.registry.new_task.isEnabled()
    second.close()
    first.close()


def _overwrite_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\x00\xff" * 4096
    path.write_bytes(bytes(data))


def _truncate_half(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _overwrite_header(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not a database" + path.read_bytes()[32:])


def _remove(path: Path) -> None:
    path.unlink()


DAMAGE = {"overwritten in the middle": _overwrite_middle, "truncated to half": _truncate_half,
          "emptied": _empty, "header overwritten": _overwrite_header, "missing": _remove}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_every_kind_of_damage_offers_the_backup_and_restores(monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    path = choose_ledger(gui_args("--demo"), lambda: None)
    assert path is not None
    ledger = open_ledger(path, auto_backup=False)
    ledger.backup_now()
    ledger.close()
    DAMAGE[damage](path)
    dialogs = AnsweringHost()
    dialogs.answer("confirm", True)
    restored = open_interactively(path, None, dialogs)
    assert restored is not None, dialogs.asked
    asked = dialogs.texts("confirm")
    assert not dialogs.texts("warn") and len(asked) == 1
    assert ("找不到" if damage == "missing" else "损坏") in asked[0] and "-备份" in asked[0]
    with restored.reading() as session:
        assert len(task_rows(session, restored.settings().current_year, date.today(), LightRules())) > 40
    restored.close()


def test_screenshot_command_writes_the_window(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(demo)], check=True, cwd=ROOT,
                   capture_output=True, timeout=120)
    shot = tmp_path / "out.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo), "--screenshot", str(shot)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_screenshot_and_gallery_work_on_a_fresh_data_folder(tmp_path: Path) -> None:
    """With nothing opened before, they draw the example ledger (made then), not fail for want of a file."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUOSHI_DATA_DIR": str(tmp_path / "fresh")}
    shot = tmp_path / "out.png"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(shot)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert QImage(str(shot)).width() == 1366
    assert (tmp_path / "fresh" / "示例台账.sqlite").exists()


def test_the_window_opens_without_loading_the_file_format_libraries(tmp_path: Path) -> None:
    """openpyxl, python-docx's XML and ReportLab's layout load when a file is imported or printed, not at every
    start: they cost a large part of the start on an office PC."""
    demo = tmp_path / "demo.sqlite"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(demo)], check=True, cwd=ROOT,
                   capture_output=True, timeout=120)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPROFILEIMPORTTIME": "1"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo), "--screenshot",
                             str(tmp_path / "out.png")], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time")}
    assert loaded & {"openpyxl", "reportlab.platypus", "reportlab.pdfbase.pdfmetrics", "xlrd", "pypdfium2"} == set()
    assert "ui.main_window" in loaded  # the trace itself worked
