"""Backups belong to a ledger by its identity, not by a file name every ledger shares (issue 31, point 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.domain.tasks import TaskDraft, create_task
from models.file.backup import list_backups, make_backup, recovery_candidate
from models.file.ledger import create_ledger
from models.file.storage import ledger_identity

pytestmark = pytest.mark.file_only


def ledger_at(folder: Path, title: str) -> Path:
    folder.mkdir()
    path = folder / "落实台账.sqlite"  # the name every ledger starts with
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    with ledger.begin() as session:
        create_task(session, "测试员", TaskDraft(2026, title))
    ledger.close()
    return path


def test_two_ledgers_of_one_name_sharing_a_backup_folder_keep_each_others_backups(tmp_path: Path) -> None:
    shared = tmp_path / "共享备份"
    first, second = ledger_at(tmp_path / "甲科", "甲"), ledger_at(tmp_path / "乙科", "乙")
    assert ledger_identity(first) and ledger_identity(first) != ledger_identity(second)
    theirs = [make_backup(second, shared, keep=5) for _ in range(3)]
    for _ in range(8):
        make_backup(first, shared, keep=5)  # rotating its own: five of them kept
    assert all(path.exists() for path in theirs)
    assert len(list_backups(shared, "落实台账", ledger_identity(first))) == 5
    assert len(list_backups(shared, "落实台账", ledger_identity(second))) == 3


def test_a_missing_ledger_is_offered_its_own_backup_not_anothers(tmp_path: Path) -> None:
    first = ledger_at(tmp_path / "甲科", "甲")
    own = make_backup(first, first.parent / "落实台账-备份")
    other = ledger_at(tmp_path / "乙科", "乙")
    make_backup(other, first.parent / "落实台账-备份")  # a newer backup of another ledger, in the same folder
    first.unlink()
    assert recovery_candidate(first) == own


def test_backups_from_before_identities_are_listed_but_never_rotated_out(tmp_path: Path) -> None:
    ledger = ledger_at(tmp_path / "甲科", "甲")
    folder = tmp_path / "备份"
    old = make_backup(ledger, folder)
    with sqlite3.connect(old) as connection:  # as a backup made by an older program
        connection.execute("PRAGMA user_version=0")
    for _ in range(4):
        make_backup(ledger, folder, keep=2)
    assert old.exists()
    assert old in [path for _made, path in list_backups(folder, "落实台账", ledger_identity(ledger))]
