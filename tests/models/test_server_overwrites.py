"""Nothing on a server ledger is replaced unasked: `new` on a live ledger, `restore` onto one (issue 28, 5 and 6).

Run against the throwaway cluster of packaging/pg_cluster.py (make test-server, CI)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from models.domain.progress import add_progress
from models.ledger import Ledger
from models.places import open_place
from models.server.ledger import ServerLedger
from tests.fixtures.day import TODAY

ROOT = Path(__file__).resolve().parents[2]
LATE_ENTRY = "备份之后才录入的进展"


def main_py(*args: str, typed: str | None = None) -> subprocess.CompletedProcess[str]:
    """main.py run as a user runs it: without a terminal, or (`typed`) on one, answering what it asks."""
    command = [sys.executable, str(ROOT / "main.py"), *args]
    if typed is None:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)
    controller, terminal = pty.openpty()
    try:
        os.write(controller, typed.encode() + b"\n")
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, stdin=terminal)
    finally:
        os.close(terminal)
        os.close(controller)


def settings_at(place: str) -> tuple[str, int]:
    ledger = open_place(place, read_only=True)
    settings = ledger.settings()
    ledger.close()
    return settings.org_name, settings.current_year


def late_entries(place: str | Path) -> int:
    ledger = open_place(place, auto_backup=False, read_only=True)
    with ledger.reading() as session:
        count = session.execute(text("SELECT count(*) FROM progress_entry WHERE text = :t"), {"t": LATE_ENTRY})
        found = int(count.scalar_one())
    ledger.close()
    return found


def test_new_on_a_database_holding_a_ledger_refuses_and_changes_nothing(server_demo: str) -> None:
    before = settings_at(server_demo)
    made = main_py("new", "--db", server_demo, "--org", "别的单位", "--year", "2020")
    assert made.returncode == 1 and "已经有台账（中共示例市委组织部）" in made.stderr and "restore" in made.stderr
    assert settings_at(server_demo) == before and before[0] == "中共示例市委组织部"


def test_new_on_an_empty_database_still_makes_the_ledger(server_database: str) -> None:
    made = main_py("new", "--db", server_database, "--org", "中共新建市委组织部", "--year", "2027")
    assert made.returncode == 0, made.stderr
    assert settings_at(server_database) == ("中共新建市委组织部", 2027)


def on_a_server(ledger: Ledger) -> None:
    """These are the server's restore; a file's restore (no question asked, the file kept) is tested with it."""
    if not ledger.is_server:
        pytest.skip("a file's restore is tested in test_ledger_file")


def _backup_then_late_entry(ledger: Ledger, folder: Path) -> tuple[Path, str]:
    """A backup of the server's ledger, then an entry made after it: what a restore would take away."""
    on_a_server(ledger)
    backup = ledger.backup_now(folder)
    with ledger.begin() as session:
        add_progress(session, "录入员", 1, LATE_ENTRY, period="2026-03", entry_date=TODAY)
    place = ledger.place
    ledger.close()
    return backup, place


def test_restore_without_a_terminal_asks_for_yes_and_keeps_the_ledger(demo_ledger: Ledger, tmp_path: Path) -> None:
    backup, place = _backup_then_late_entry(demo_ledger, tmp_path / "备份")
    refused = main_py("restore", str(backup), "--db", place)
    assert refused.returncode == 1 and "--yes" in refused.stderr and "没有恢复" in refused.stderr
    assert late_entries(place) == 1


def test_restore_on_a_terminal_takes_the_database_name_typed_back(demo_ledger: Ledger, tmp_path: Path) -> None:
    backup, place = _backup_then_late_entry(demo_ledger, tmp_path / "备份")
    server = open_place(place, read_only=True)
    assert isinstance(server, ServerLedger)
    name, backups = server.address.database, server.backup_dir()
    server.close()
    wrong = main_py("restore", str(backup), "--db", place, typed="luoshi")
    assert wrong.returncode == 1 and f"输入的不是数据库名 {name}" in wrong.stderr
    assert late_entries(place) == 1
    done = main_py("restore", str(backup), "--db", place, typed=name)
    assert done.returncode == 0, done.stderr
    assert late_entries(place) == 0 and "不是同一个台账" not in done.stdout + done.stderr  # its own backup
    kept = Path(done.stdout.split("原来服务器上的内容已备份为：")[1].strip())
    assert kept.parent == backups and late_entries(kept) == 1  # beside `backup --db`'s, with what was replaced


def test_restore_refuses_while_another_pc_is_connected_unless_forced(demo_ledger: Ledger, tmp_path: Path) -> None:
    backup, place = _backup_then_late_entry(demo_ledger, tmp_path / "备份")
    other_pc = open_place(place, actor="另一台电脑")
    other_pc.settings()  # its window has read the ledger: its connection stays open
    try:
        refused = main_py("restore", str(backup), "--db", place, "--yes")
        assert refused.returncode == 1 and "还有别的电脑连着" in refused.stderr and "--force" in refused.stderr
        assert late_entries(place) == 1
    finally:
        other_pc.close()
    alone = main_py("restore", str(backup), "--db", place, "--yes")
    assert alone.returncode == 0, alone.stderr
    assert late_entries(place) == 0
    other_pc = open_place(place, actor="另一台电脑")
    other_pc.settings()
    try:
        forced = main_py("restore", str(backup), "--db", place, "--yes", "--force")
        assert forced.returncode == 0, forced.stderr
    finally:
        other_pc.close()


def test_restore_names_another_ledger_before_it_replaces_this_one(ledger: Ledger, demo_template: Path) -> None:
    """The example ledger restored onto the office's: the prompt and the result both say whose each is."""
    on_a_server(ledger)
    place = ledger.place
    ledger.close()
    wrong = main_py("restore", str(demo_template), "--db", place, typed="no")
    assert wrong.returncode == 1 and "不是同一个台账" in wrong.stderr
    assert "中共示例市委组织部" in wrong.stderr and "中共测试市委组织部" in wrong.stderr
    done = main_py("restore", str(demo_template), "--db", place, "--yes")
    assert done.returncode == 0, done.stderr
    assert "不是同一个台账" in done.stdout
    assert settings_at(place)[0] == "中共示例市委组织部"
