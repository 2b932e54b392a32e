"""Restoring never leaves the ledger's path empty, and a missing or damaged ledger names its newest good copy."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from main import main
from models.domain import directory
from models.domain.entities import Task
from models.domain.tasks import TaskDraft, new_task_values
from models.file import backup as backup_module
from models.file.backup import (
    backup_is_due,
    last_change,
    list_backups,
    make_backup,
    recovery_candidate,
    restore_backup,
    verify_backup,
)
from models.file.ledger import create_ledger, open_ledger
from models.ledger import Ledger

pytestmark = pytest.mark.file_only  # the ledger file itself: its path, lock, journal, backups

ROOT = Path(__file__).resolve().parents[1]


def titles(path: Path) -> int:
    """How many tasks the file at `path` holds (read with the program's own check first)."""
    assert verify_backup(path) is None, f"{path} is not a whole ledger"
    import sqlite3

    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM task").fetchone()[0])
    finally:
        connection.close()


def big_ledger(path: Path, tasks: int) -> Path:
    """A ledger of `tasks` long tasks (a few MB), so that copying it takes long enough to be interrupted."""
    ledger = create_ledger(path, org_name="中共测试市委组织部", year=2026)
    with ledger.begin() as session:
        session.execute(insert(Task), [new_task_values(TaskDraft(2026, f"第{n}项任务", measures="推进落实" * 400), n,
                                                        f"0.{n}") for n in range(tasks)])
    ledger.close()
    return path


@pytest.mark.slow
def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_ledger(tmp_path: Path) -> None:
    backup = big_ledger(tmp_path / "backup.sqlite", 3000)
    path = big_ledger(tmp_path / "台账.sqlite", 10)
    rng = random.Random(7)
    seen = set()
    for _kill in range(12):
        restorer = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "restore", str(backup), "--db", str(path)],
                                    cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.25, 0.9))  # past the interpreter's start, somewhere in the copy or the swap
        restorer.send_signal(signal.SIGKILL)
        restorer.communicate(timeout=30)
        count = titles(path)
        assert count in (10, 3000)
        seen.add(count)
        if count == 3000:  # put the small one back for the next round
            small = big_ledger(tmp_path / f"small-{_kill}.sqlite", 10)
            restore_backup(small, path)
    assert seen  # every round found a whole ledger at the path
    open_ledger(path, auto_backup=False).close()  # the next opening clears what a killed restore left
    assert not list(path.parent.glob(path.name + ".restoring*"))


def test_a_failed_swap_keeps_the_old_ledger_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = big_ledger(tmp_path / "backup.sqlite", 30)
    path = big_ledger(tmp_path / "台账.sqlite", 10)
    real_replace = Path.replace

    def failing(self: Path, target: str | os.PathLike[str]) -> Path:
        if ".restoring" in self.name:
            raise OSError(28, "No space left on device")
        return real_replace(self, target)
    monkeypatch.setattr(Path, "replace", failing)
    with pytest.raises(Exception, match="台账文件保持原样"):
        restore_backup(backup, path)
    assert titles(path) == 10
    assert not list(path.parent.glob(path.name + ".restoring*"))


def test_a_missing_ledger_names_the_copy_a_restore_set_aside(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = big_ledger(tmp_path / "台账.sqlite", 10)
    kept = path.with_name(path.name + ".replaced-20261130-101500")
    path.replace(kept)  # what an interrupted restore of an older version left: no ledger, only this
    assert main(["stats", "--db", str(path)]) == 1
    assert str(kept) in capsys.readouterr().err
    assert main(["check", "--db", str(path)]) == 1
    assert str(kept) in capsys.readouterr().err


def test_a_truncated_ledger_names_its_backup_in_every_command(ledger: Ledger,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    backup = ledger.backup_now()
    path = ledger.path
    ledger.close()
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])
    assert main(["stats", "--db", str(path)]) == 1
    assert str(backup) in capsys.readouterr().err
    assert main(["check", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert str(backup) in captured.out + captured.err


def test_a_killed_backup_leaves_nothing_behind_after_the_next_opening(ledger: Ledger) -> None:
    folder = ledger.backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / f"{ledger.path.stem}.20261101-090000.manual.backup.sqlite.partial"
    stale.write_bytes(b"\0" * 4096)
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    fresh = folder / f"{ledger.path.stem}.20261130-090000.manual.backup.sqlite.partial"  # being written now
    fresh.write_bytes(b"\0" * 4096)
    path = ledger.path
    ledger.close()
    open_ledger(path, auto_backup=False).close()
    assert not stale.exists() and fresh.exists()


class _Clock:
    """datetime.now() as a PC with its clock set wrong would give it, inside models/file/backup.py."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def set(self, moment: datetime) -> None:
        fixed = moment

        class WrongClock(datetime):
            @classmethod
            def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
                return fixed

        self.monkeypatch.setattr(backup_module, "datetime", WrongClock)


def change(ledger: Ledger, name: str) -> None:
    with ledger.begin() as session:
        directory.section(session, "测试员", name)


def test_one_backup_under_a_clock_in_2099_stops_nothing(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    clock, folder = _Clock(monkeypatch), ledger.backup_dir()
    clock.set(datetime(2099, 1, 1, 9, 0))
    stale = ledger.backup_now()
    clock.set(datetime(2026, 11, 30, 9, 0))  # the clock is put right
    change(ledger, "干部科")
    assert backup_is_due(folder, ledger.path)  # the 2099 copy lacks today's change
    fresh = ledger.backup_now()
    change(ledger, "组织科")
    clock.set(datetime(2026, 12, 1, 9, 30))
    assert backup_is_due(folder, ledger.path)  # and the next day too: daily backups go on
    assert [path for _when, path in list_backups(folder, ledger.path.stem)][:2] == [fresh, stale]
    assert recovery_candidate(ledger.path) == fresh  # the copy offered is the one with the newest content


def test_a_clock_behind_never_loses_the_backup_just_made(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    clock, folder = _Clock(monkeypatch), ledger.backup_dir()
    for day in range(30):
        clock.set(datetime(2026, 11, 1, 9, 0) + timedelta(days=day))
        change(ledger, f"第{day}科")
        make_backup(ledger.path, folder, keep=30)
    clock.set(datetime(2020, 1, 1, 9, 0))  # the CMOS battery gave out
    change(ledger, "最后一个科")
    made = make_backup(ledger.path, folder, keep=30)
    assert made.exists()
    kept = [path for _when, path in list_backups(folder, ledger.path.stem)]
    assert len(kept) == 30 and kept[0] == made


def test_every_backup_shows_when_its_content_was_last_changed(ledger: Ledger) -> None:
    change(ledger, "干部科")
    made = ledger.backup_now()
    number, moment = last_change(made)
    assert number > 0 and moment is not None and abs((datetime.now() - moment).total_seconds()) < 60
