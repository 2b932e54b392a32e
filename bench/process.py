"""Whole-process measures: start to first paint on the big ledger, and the peak memory that takes."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak resident memory (bytes) of one child process, which must succeed."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)  # already reaped by wait4; tell Popen so
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} 失败（{child.returncode}）：{stderr.strip()[-500:]}")
    kilobytes = usage.ru_maxrss  # Linux reports kilobytes
    return elapsed, kilobytes * 1024


def first_paint(ledger: Path, scratch: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds for `main.py --db LEDGER --screenshot` (start, open, first paint, exit), the
    median for `python -c "import PySide6.QtWidgets"`, and the largest peak RSS seen, in bytes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LUOSHI_DATA_DIR=str(scratch / "userdata"))
    ours = [sys.executable, str(ROOT / "main.py"), "--db", str(ledger), "--screenshot",
            str(scratch / "first-paint.png")]
    floor = [sys.executable, "-c", "import PySide6.QtWidgets"]
    _run(ours, env)  # warm the page cache and Python's bytecode cache, as a second start would find them
    timed = [_run(ours, env) for _ in range(runs)]
    baseline = [_run(floor, env)[0] for _ in range(runs)]
    return (statistics.median(t for t, _ in timed), statistics.median(baseline),
            max(rss for _, rss in timed))
