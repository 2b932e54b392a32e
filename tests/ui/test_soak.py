"""The window through a day's dialogs, five rounds in one process: offscreen here, and under a real X server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from tests.conftest import DEMO_DAY
from tests.ui.soak import soak
from ui.dialog_host import DialogHost
from ui.main_window import MainWindow

ROUNDS = 5
ROOT = Path(__file__).resolve().parents[2]
# What the clerk's day opens: the soak must really reach each of them, every round.
EXPECTED = ("ProgressDialog", "ExtendDialog", "CompleteDialog", "EvidenceDialog", "NewTaskDialog", "ReportDialog",
            "ImportDialog", "QFileDialog", "ServerDialog", "DataSafetyDialog", "RecycleBinDialog", "SettingsDialog",
            "QMessageBox", "NewMeetingDialog", "MeetingSummaryDialog", "InspectionDialog", "ProblemDialog",
            "ProblemReportDialog", "ProblemCloseDialog")


@pytest.mark.slow
def test_five_rounds_of_every_dialog_leave_the_window_working(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = MainWindow(demo_ledger, as_of=DEMO_DAY, dialogs=DialogHost())  # real dialogs, closed by the soak
    qtbot.addWidget(window)
    window.remember_layout = False
    window.show()
    tasks_before = len(window.context.rows)
    report = soak(window, ROUNDS)
    opened = Counter(report.opened)
    # A ledger on a server has its own 数据安全 page (its backups are files this PC keeps).
    expected = [("ServerSafetyDialog" if name == "DataSafetyDialog" and demo_ledger.is_server else name)
                for name in EXPECTED]
    assert all(opened[name] >= ROUNDS for name in expected), opened
    assert len(report.opened) % ROUNDS == 0, (report.said, report.strays)  # every round opened the same dialogs
    assert report.warnings == []
    assert report.dialogs_left == [0] * ROUNDS  # each closed dialog is gone, not piled up under the window
    assert len(window.context.rows) == tasks_before  # cancelling changed nothing
    assert window.list_pane.model.rowCount() > 0  # the task list still shows


@pytest.fixture
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) at the office's 1366×768, as on a desktop rather than offscreen."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("CI 上没有 Xvfb：.ci/run 应安装 xvfb")
        pytest.skip("没有 Xvfb（apt-get install xvfb）：这项在真实的 X 屏幕上检查")
    for number in range(120, 160):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb 没有启动"
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(10)


@pytest.mark.slow
def test_five_rounds_of_every_dialog_under_a_real_x_server(x_display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "LUOSHI_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.soak", str(ROUNDS)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=400)
    said = done.stdout + done.stderr
    assert done.returncode == 0, said  # alive, no error logged, no Qt warning
    assert f"dialogs left per round {[0] * ROUNDS}" in done.stdout, said
    assert not (tmp_path / "data" / "错误记录.log").exists(), said
