"""A ledger in a folder the user may not write to (a share, a CD, another account's folder) opens read-only."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETPRIV = shutil.which("setpriv")
NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"]


def as_nobody(arguments: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home), LUOSHI_DATA_DIR=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(SETPRIV), *NOBODY, sys.executable, *arguments], cwd=home, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def locked_folder() -> Iterator[Path]:
    """A ledger made by this (root) user, in a folder an ordinary account can read but not write."""
    if os.geteuid() != 0 or SETPRIV is None:
        pytest.skip("needs root to become an ordinary user (CI runs as root)")
    tmp_path = Path(tempfile.mkdtemp(prefix="luoshi-ro-"))  # pytest's own folders are private to root
    home = tmp_path / "home"
    home.mkdir()
    folder = tmp_path / "shared"
    folder.mkdir()
    ledger = folder / "台账.sqlite"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(ledger)], cwd=ROOT, check=True,
                   capture_output=True, env=dict(os.environ, LUOSHI_DATA_DIR=str(tmp_path / "root-data")))
    for path in (tmp_path, home):
        path.chmod(0o777)
    folder.chmod(0o555)
    if as_nobody(["-c", "import PySide6, sqlalchemy"], home).returncode != 0:
        pytest.skip("an ordinary user cannot run this Python (its folders are private)")
    yield ledger
    folder.chmod(0o755)
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_a_ledger_in_a_folder_nobody_may_write_is_read_not_called_damaged(locked_folder: Path) -> None:
    home = locked_folder.parent.parent / "home"
    before = locked_folder.read_bytes()
    beside = sorted(p.name for p in locked_folder.parent.iterdir())
    stats = as_nobody([str(ROOT / "main.py"), "stats", "--db", str(locked_folder)], home)
    assert stats.returncode == 0, stats.stderr
    assert "损坏" not in stats.stderr and "合计" in stats.stdout
    shot = as_nobody([str(ROOT / "main.py"), "--db", str(locked_folder), "--screenshot", str(home / "w.png")],
                     home)
    assert shot.returncode == 0 and (home / "w.png").stat().st_size > 10_000, shot.stderr
    assert locked_folder.read_bytes() == before
    assert sorted(p.name for p in locked_folder.parent.iterdir()) == beside  # nothing new beside it
