"""The program never opens a network socket: checked in-process for every test, and here per process."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STRACE = shutil.which("strace")


def test_the_guard_itself_refuses_a_connection() -> None:
    """The autouse guard in conftest is what makes every other test a network test too."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe, pytest.raises(AssertionError, match="网络"):
        probe.connect(("192.0.2.1", 80))  # TEST-NET-1: never routable, in case the guard were gone


@pytest.mark.skipif(STRACE is None and not os.environ.get("CI"), reason="strace is installed by .ci/run")
def test_whole_processes_open_no_network_socket(tmp_path: Path) -> None:
    """Every socket() each process (and Qt inside it) asks the kernel for, traced: none is IP."""
    assert STRACE is not None, "CI must install strace (.ci/run)"
    ledger, env = tmp_path / "demo.sqlite", dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                               LUOSHI_DATA_DIR=str(tmp_path / "userdata"))
    runs = [
        ["demo", "--db", str(ledger)],
        ["--db", str(ledger), "--screenshot", str(tmp_path / "window.png")],
        ["--db", str(ledger), "--view", "meeting", "--screenshot", str(tmp_path / "meeting.png")],
        ["report", "progress", "--db", str(ledger), "--out", str(tmp_path / "sheet.pdf")],
        ["export-xlsx", "--db", str(ledger), "--out", str(tmp_path / "ledger.xlsx")],
        ["import", str(tmp_path / "ledger.xlsx"), "--db", str(ledger), "--year", "2026", "--dry-run"],
        ["backup", "--db", str(ledger)],
    ]
    for number, arguments in enumerate(runs):
        trace = tmp_path / f"trace-{number}.log"
        subprocess.run([STRACE, "-f", "-qq", "-e", "trace=socket", "-o", str(trace), sys.executable,
                        str(ROOT / "main.py"), *arguments], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=180)
        calls = trace.read_text(encoding="utf-8", errors="replace")
        opened = re.findall(r"socket\((AF_\w+)", calls)
        assert not [family for family in opened if family in ("AF_INET", "AF_INET6")], (arguments, calls)
