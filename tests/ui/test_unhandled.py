"""An error nothing in the window caught reaches the user as a message, never as a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from models.errors import ServerUnreachable
from ui import unhandled


def test_a_server_gone_away_is_told_in_its_words_and_a_bug_is_logged(monkeypatch: pytest.MonkeyPatch,
                                                                      data_dir: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append((title, text)))
    gone = ServerUnreachable("无法连接服务器 {place}（{reason}）。这次操作没有保存，请检查后重试。",
                             place="postgresql://luoshi@10.1.2.3:5432/ledger", reason="服务器没有应答")
    unhandled.report_unhandled(type(gone), gone, None)
    try:
        raise KeyError("task 17")
    except KeyError as bug:
        unhandled.report_unhandled(KeyError, bug, bug.__traceback__)
    assert shown[0] == ("操作没有完成", str(gone))
    assert shown[1][0] == "程序出错" and "错误记录.log" in shown[1][1]
    logged = (data_dir / unhandled.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'task 17'" in logged
    assert "Traceback" not in capsys.readouterr().err


def test_the_window_installs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    unhandled.install()
    assert sys.excepthook is unhandled.report_unhandled
