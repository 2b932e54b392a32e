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

from models.server.address import parse_address

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


@pytest.mark.skipif(STRACE is None and not os.environ.get("CI"), reason="strace is installed by .ci/run")
def test_a_server_ledger_connects_to_its_server_and_nowhere_else(server_demo: str, tmp_path: Path) -> None:
    """With a server configured, every IP connection a process makes goes to that host and port."""
    assert STRACE is not None, "CI must install strace (.ci/run)"
    tcp = os.environ.get("LUOSHI_TEST_SERVER_TCP", "")
    assert tcp, "packaging/pg_cluster.py gives the test server's loopback address"
    server, _ = parse_address(tcp)
    database = parse_address(server_demo)[0].database
    host_port = f"{server.host}:{server.port}"
    place = f"postgresql://{server.user}@{host_port}/{database}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LUOSHI_DATA_DIR=str(tmp_path / "userdata"))
    runs = [["stats", "--db", place], ["--db", place, "--screenshot", str(tmp_path / "window.png")],
            ["report", "progress", "--db", place, "--out", str(tmp_path / "sheet.pdf")]]
    for number, arguments in enumerate(runs):
        trace = tmp_path / f"trace-{number}.log"
        subprocess.run([STRACE, "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable,
                        str(ROOT / "main.py"), *arguments], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=180)
        calls = trace.read_text(encoding="utf-8", errors="replace")
        reached = {f"{ip}:{port}" for port, ip in re.findall(
            r"sa_family=AF_INET6?, sin6?_port=htons\((\d+)\).*?inet_(?:addr|pton)\([^\"]*\"([^\"]+)\"", calls)}
        assert reached == {host_port}, (arguments, calls)
