"""An error nothing in the window caught reaches the user as a message, never as a traceback."""

from __future__ import annotations

import faulthandler
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models.errors import ServerUnreachable
from ui import unhandled

ROOT = Path(__file__).resolve().parents[2]


def test_a_server_gone_away_is_told_in_its_words_and_a_bug_is_logged(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                      data_dir: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append((title, text)))
    gone = ServerUnreachable("无法连接服务器 {place}（{reason}）。这次操作没有保存，请检查后重试。",
                             place="postgresql://luoshi@10.1.2.3:5432/ledger", reason="服务器没有应答")
    unhandled.report_unhandled(type(gone), gone, None)
    qtbot.waitUntil(lambda: len(shown) == 1)  # told from the event loop, not from where it was raised
    try:
        raise KeyError("task 17")
    except KeyError as bug:
        unhandled.report_unhandled(KeyError, bug, bug.__traceback__)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[0] == ("操作没有完成", str(gone))
    assert shown[1][0] == "程序出错" and "错误记录.log" in shown[1][1]
    logged = (data_dir / unhandled.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'task 17'" in logged
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_errors_raised_again_and_again_in_an_event_filter_make_one_box_not_a_cascade(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    """The box is not opened inside the filter, where its own events would raise again: one box, the rest
    counted in it, every error in the log."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", unhandled.report_unhandled)

    class Broken(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            raise RuntimeError(f"filter broke on {event.type().name}")
    widget = QWidget()
    qtbot.addWidget(widget)
    broken = Broken(widget)
    widget.installEventFilter(broken)
    for step in (widget.show, lambda: widget.resize(300, 200), widget.hide,  # as the event loop delivers them
                 lambda: widget.removeEventFilter(broken)):
        QTimer.singleShot(0, step)
    qtbot.waitUntil(lambda: len(shown) >= 1)
    qtbot.wait(50)
    assert len(shown) == 1 and "另有" in shown[0] and "错误记录.log" in shown[0]
    assert (data_dir / unhandled.LOG_NAME).read_text(encoding="utf-8").count("filter broke on") >= 3


def test_the_window_installs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    enabled: list[object] = []
    monkeypatch.setattr(faulthandler, "enable", lambda **kwargs: enabled.append(kwargs["file"]))
    monkeypatch.setattr(faulthandler, "disable", lambda: None)
    unhandled.install()
    try:
        assert sys.excepthook is unhandled.report_unhandled
        assert len(enabled) == 1  # a crash in Qt's own code writes where the errors are written
    finally:
        unhandled.uninstall()


def _run(code: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LUOSHI_DATA_DIR": str(data), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_a_crash_leaves_its_stack_in_the_error_log_and_a_clean_exit_leaves_no_log(tmp_path: Path) -> None:
    crashed = _run("from ui import unhandled; unhandled.install(); import faulthandler; faulthandler._sigsegv()",
                   tmp_path / "crashed")
    assert crashed.returncode != 0
    logged = (tmp_path / "crashed" / unhandled.LOG_NAME).read_text(encoding="utf-8")
    assert "Segmentation fault" in logged and "<string>" in logged  # the stack, not a silent disappearance
    clean = _run("from ui import unhandled; unhandled.install(); unhandled.uninstall()", tmp_path / "clean")
    assert clean.returncode == 0, clean.stderr
    assert not (tmp_path / "clean" / unhandled.LOG_NAME).exists()
