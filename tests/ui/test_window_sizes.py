"""Every window fits a 1366×768 office screen at 100%, 125% and 150%, and comes back where the user left it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from ui import ui_state, window_geometry
from ui.i18n import choose_language
from ui.main_window import MainWindow
from ui.window_geometry import RemembersGeometry, clamped, fitted

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(("scale", "language"), [("1.25", "zh_CN"), ("1.5", "zh_CN"), ("1.5", "en")])
def test_the_gallery_at_office_scaling_has_no_window_beyond_the_screen(tmp_path: Path, demo_template: Path,
                                                                       scale: str, language: str) -> None:
    choose_language(language)  # English words are longer: the windows must fit in that language too
    screen = ROOT / "packaging" / "office-screen.json"  # the office PC: one 1366×768 screen, as `make gallery`
    ledger = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, ledger)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(ledger), "--gallery",
                             str(tmp_path / "gallery")], capture_output=True, text=True, timeout=240, env=env,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "gallery" / "gallery.json").read_text(encoding="utf-8"))
    width, height = report["area"]
    assert report["language"] == language
    assert (width, height) == (int(1366 / float(scale)), int((768 - 40) / float(scale)))
    windows = report["windows"]
    for name in ("main-tasks", "main-meeting", "main-stats", "import", "report", "settings", "data-safety",
                 "recycle-bin", "new-task", "progress", "extend", "close", "new-meeting", "meeting-summary",
                 "main-problems", "new-record", "new-problem", "problem-report", "problem-close", "evidence",
                 "main-stats-problems", "main-stats-scores"):
        shot = windows[name]
        assert shot["problems"] == [], name
        assert 0 < shot["width"] <= width and 0 < shot["height"] <= height, name
        assert (tmp_path / "gallery" / f"{name}.png").stat().st_size > 2000, name
    projector = windows["meeting-projector"]  # full screen, taskbar and all, and every word on it whole
    assert projector["problems"] == []
    assert (projector["width"], projector["height"]) == (width, int(768 / float(scale)))


class KeptDialog(RemembersGeometry, QDialog):
    def __init__(self, name: str, width: int, height: int) -> None:
        super().__init__()
        self.keep_geometry(name, width, height)


def test_a_remembered_place_on_a_bigger_screen_is_brought_onto_this_one(qtbot: QtBot) -> None:
    ui_state.remember_geometry("test-dialog", QRect(2400, 900, 1500, 1000))  # once, on a large monitor
    window_geometry.simulated_screen = QRect(0, 0, 910, 485)  # now a 1366×768 laptop at 150%
    try:
        dialog = KeptDialog("test-dialog", 1200, 700)
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QPushButton("确定"))
        dialog.show()
        assert QRect(0, 0, 910, 485).contains(dialog.geometry())
    finally:
        window_geometry.simulated_screen = None


def test_a_dialog_opens_at_the_size_it_was_left_and_remembers_a_new_one(qtbot: QtBot) -> None:
    first = KeptDialog("sized", 600, 400)
    qtbot.addWidget(first)
    first.show()
    assert first.size() == fitted(QSize(600, 400), window_geometry.available_area(first))
    first.setGeometry(QRect(50, 60, 500, 300))
    first.hide()
    again = KeptDialog("sized", 600, 400)
    qtbot.addWidget(again)
    again.show()
    assert again.geometry() == clamped(QRect(50, 60, 500, 300), window_geometry.available_area(again))


def test_on_a_screen_smaller_than_it_wants_the_main_window_fills_it(qtbot: QtBot, ledger: Ledger) -> None:
    window_geometry.simulated_screen = QRect(0, 0, 1366, 728)  # the office screen, less its taskbar
    try:
        window = MainWindow(ledger)
        qtbot.addWidget(window)
        window.show()
        assert window.size() == QSize(1366, 728)  # the list's columns need every pixel of it
    finally:
        window_geometry.simulated_screen = None


def test_a_size_left_at_one_scale_is_the_same_share_of_the_screen_at_another(qtbot: QtBot) -> None:
    """Left filling a 150% screen (910×485), opened at 100% (1366×728): it fills that, not a small corner."""
    ui_state.remember_geometry("scaled", QRect(0, 0, 910, 485), False, QRect(0, 0, 910, 485))
    dialog = KeptDialog("scaled", 600, 400)
    qtbot.addWidget(dialog)
    area = window_geometry.available_area(dialog)
    dialog.show()
    assert dialog.size() == area.size()  # the whole of this screen, whatever its size here
