"""Backups, restores and new ledgers never write through a link planted at a name they will use, and two PCs
backing up to one shared folder in the same second both keep their backup (issue 31, the attack's round)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from models.errors import LedgerError
from models.file.backup import BACKUP_SUFFIX, list_backups, make_backup, restore_backup
from models.file.ledger import create_ledger, open_ledger
from models.file.storage import ledger_identity
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ledger_at(path: Path, org: str = "测试") -> Path:
    create_ledger(path, org_name=org, year=2026, actor="测试员").close()
    return path


def coming_seconds(count: int = 5) -> list[str]:
    now = datetime.now()
    return [(now + timedelta(seconds=offset)).strftime("%Y%m%d-%H%M%S") for offset in range(count)]


def test_a_link_planted_at_a_backups_name_is_passed_over(tmp_path: Path) -> None:
    ledger = ledger_at(tmp_path / "甲" / "台账.sqlite")
    victim = ledger_at(tmp_path / "乙" / "台账.sqlite", org="另一个组织部")
    before = digest(victim)
    shared = tmp_path / "共享备份"
    shared.mkdir()
    for stamp in coming_seconds():  # the half-written names a backup in the next seconds would take
        for counter in ("", "-1", "-2"):
            (shared / f"台账.{stamp}{counter}{BACKUP_SUFFIX}.partial").symlink_to(victim)
    made = make_backup(ledger, shared)
    assert not made.is_symlink() and ledger_identity(made) == ledger_identity(ledger)
    assert digest(victim) == before  # it was written over with the other ledger, and the backup was the link


@pytest.mark.slow
def test_two_ledgers_of_one_name_backing_up_to_one_folder_at_once_keep_every_backup(tmp_path: Path) -> None:
    ledgers = [ledger_at(tmp_path / unit / "台账.sqlite", org=unit) for unit in ("甲", "乙")]
    shared = tmp_path / "共享备份"
    for _round in range(3):
        runs = [subprocess.Popen([sys.executable, "main.py", "backup", "--db", str(path), "--to", str(shared)],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for path in ledgers]
        for process in runs:
            _out, err = process.communicate(timeout=60)
            assert process.returncode == 0, err
    for path in ledgers:  # each PC was told its backup was made: each is there, and is its own ledger's
        own = list_backups(shared, "台账", ledger_identity(path), exactly=True)
        assert len(own) == 3
    assert not list(shared.glob("*.partial"))


def test_restore_never_writes_through_links_planted_beside_the_ledger(tmp_path: Path) -> None:
    path = ledger_at(tmp_path / "台账.sqlite")
    backup = make_backup(path, tmp_path / "备份")
    victim = tmp_path / "别人的文件.txt"
    victim.write_text("重要内容", encoding="utf-8")
    path.with_name(path.name + ".restoring").symlink_to(victim)
    for stamp in coming_seconds():
        path.with_name(f"{path.name}.replaced-{stamp}").symlink_to(victim)
    kept = restore_backup(backup, path)
    assert victim.read_text(encoding="utf-8") == "重要内容"
    assert not path.is_symlink() and ledger_identity(path) == ledger_identity(backup)
    assert kept is not None and kept.is_file() and not kept.is_symlink()
    open_ledger(path, auto_backup=False).close()


def test_a_new_ledger_is_not_made_through_a_link_at_its_name(tmp_path: Path) -> None:
    target = tmp_path / "别处.pdf"
    link = tmp_path / "新台账.sqlite"
    link.symlink_to(target)  # dangling: nothing there yet
    result = run("new", "--db", str(link), "--org", "测试")
    assert result.returncode == 1 and "是一个链接" in result.stderr and "新台账.sqlite" in result.stderr
    assert not target.exists() and link.is_symlink()
    result = run("import", str(ROOT / "tests/fixtures/samples/任务分解表-标准格式.xlsx"), "--db", str(link),
                 "--create")
    assert result.returncode == 1 and "是一个链接" in result.stderr and not target.exists()


@pytest.mark.parametrize("companion", ["-wal", "-shm"])
def test_a_link_planted_as_the_ledgers_wal_or_shm_is_named_not_taken_for_damage(tmp_path: Path,
                                                                                companion: str) -> None:
    path = ledger_at(tmp_path / "台账.sqlite")
    victim = tmp_path / "别人的文件.txt"
    victim.write_text("重要内容", encoding="utf-8")
    path.with_name(path.name + companion).symlink_to(victim)
    with pytest.raises(LedgerError) as refused:
        open_ledger(path, auto_backup=False)
    said = str(refused.value)
    assert f"台账.sqlite{companion}" in said and "链接" in said and "损坏" not in said
    checked = run("check", "--db", str(path))
    assert checked.returncode == 1 and "链接" in checked.stderr and "unable" not in checked.stderr + checked.stdout
    assert victim.read_text(encoding="utf-8") == "重要内容"


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="POSIX rights")
def test_a_restored_ledger_and_its_backups_keep_the_rights_a_shared_folder_needs(tmp_path: Path) -> None:
    import os
    import stat

    path = ledger_at(tmp_path / "台账.sqlite")
    os.chmod(path, 0o664)  # the office's group may read and write it
    backup = make_backup(path, tmp_path / "备份")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o664  # it was 0600: mkstemp's
    restore_backup(backup, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_a_new_ledger_leaves_a_log_file_found_at_its_name_alone(tmp_path: Path) -> None:
    """A -wal left beside the name (another ledger's, copied without its file) was deleted by `new`."""
    left = tmp_path / "新台账.sqlite-wal"
    left.write_bytes(b"someone's log")
    result = run("new", "--db", str(tmp_path / "新台账.sqlite"))
    assert result.returncode == 1 and "新台账.sqlite-wal" in result.stderr
    assert left.read_bytes() == b"someone's log" and not (tmp_path / "新台账.sqlite").exists()


def test_a_file_where_the_backup_folder_should_be_is_told_not_passed_over(tmp_path: Path) -> None:
    """The import went on without its automatic backup and said nothing on the command line."""
    path = ledger_at(tmp_path / "台账.sqlite")
    (tmp_path / "台账-备份").write_text("不是文件夹", encoding="utf-8")
    result = run("import", str(ROOT / "tests/fixtures/samples/任务分解表-标准格式.xlsx"), "--db", str(path))
    assert result.returncode == 0
    assert "注意：自动备份没有成功" in result.stderr and "不是文件夹" in result.stderr
