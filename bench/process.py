"""Whole-process measures: start to first paint on the big ledger, and the peak memory that takes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# The measured child is started by this small launcher, not by the bench itself: a child's peak RSS
# counts what it inherited at fork, and the bench process is hundreds of MB by then.
_LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_pid, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - start
stderr = child.stderr.read().decode(errors="replace")
child.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps({"seconds": elapsed, "max_rss_kb": usage.ru_maxrss, "code": child.returncode,
                  "stderr": stderr[-500:]}))
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak resident memory (bytes) of one child process, which must succeed."""
    launched = subprocess.run([sys.executable, "-c", _LAUNCHER, *command], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
    report = json.loads(launched.stdout)
    if report["code"] != 0:
        raise RuntimeError(f"{' '.join(command)} 失败（{report['code']}）：{report['stderr'].strip()}")
    return float(report["seconds"]), int(report["max_rss_kb"]) * 1024  # Linux reports kilobytes


def first_paint(ledger: Path, scratch: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds for `main.py --db LEDGER --screenshot` (start, open, first paint, exit), the
    median for `python -c "import PySide6.QtWidgets"`, and the largest peak RSS seen, in bytes."""
    # An installed program starts from compiled bytecode: let the children keep theirs (in the bench's
    # cache, not beside the sources), even where the environment says not to write it.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LUOSHI_DATA_DIR=str(scratch / "userdata"),
               PYTHONPYCACHEPREFIX=str(scratch / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours = [sys.executable, str(ROOT / "main.py"), "--db", str(ledger), "--screenshot",
            str(scratch / "first-paint.png")]
    floor = [sys.executable, "-c", "import PySide6.QtWidgets"]
    _run(ours, env)  # warm the page cache and Python's bytecode cache, as a second start would find them
    timed = [_run(ours, env) for _ in range(runs)]
    baseline = [_run(floor, env)[0] for _ in range(runs)]
    return (statistics.median(t for t, _ in timed), statistics.median(baseline),
            max(rss for _, rss in timed))
