"""The file is sacred: migrations, backups and restore, the writer lock, damaged and foreign files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from models.domain import directory
from models.domain.entities import Section
from models.errors import BackupError, LedgerDamaged, LedgerReadOnly, LedgerTooNew, NotALedger
from models.file.backup import backup_is_due, list_backups, make_backup, restore_backup
from models.file.ledger import create_ledger, open_ledger
from models.file.schema import read_schema_state, upgrade
from models.file.storage import integrity_problems, make_engine
from models.ledger import Ledger
from models.schema.revisions import head_revision, known_revisions

pytestmark = pytest.mark.file_only  # the ledger file itself: its path, lock, journal, backups


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_section(ledger: Ledger, name: str) -> None:
    with ledger.begin() as session:
        directory.section(session, "测试员", name)


def section_names(ledger: Ledger) -> list[str]:
    with ledger.reading() as session:
        return list(session.scalars(select(Section.name).order_by(Section.id)))


def test_new_ledger_is_at_head_with_foreign_keys_on(ledger: Ledger) -> None:
    assert read_schema_state(ledger.path).revision == head_revision()
    with ledger.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert ledger.settings().org_name == "中共测试市委组织部"


def test_file_made_by_the_first_revision_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()
    engine = make_engine(path)
    upgrade(engine, known_revisions()[0])
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO section (name, sort_order, active) VALUES ('组织科', 1, 1)")
    engine.dispose()
    assert read_schema_state(path).revision == "0001"
    ledger = open_ledger(path, auto_backup=False)
    try:
        assert read_schema_state(path).revision == head_revision()
        assert section_names(ledger) == ["组织科"]
        backups = list_backups(tmp_path / "old-备份", "old")
        assert len(backups) == 1 and "before-migration" in backups[0][1].name
        assert read_schema_state(backups[0][1]).revision == "0001"
        assert any("升级" in notice for notice in ledger.notices)
    finally:
        ledger.close()


def test_file_from_a_newer_version_is_refused_and_left_untouched(ledger: Ledger) -> None:
    path = ledger.path
    ledger.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(path)
    with pytest.raises(LedgerTooNew, match="更新版本"):
        open_ledger(path)
    assert digest(path) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"", "0 字节"),
    (b"PK\x03\x04 this is a spreadsheet, not a ledger" * 20, "不是 SQLite"),
])
def test_files_that_are_not_ledgers_get_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotALedger, match=message):
        open_ledger(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_file_is_not_a_ledger(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    with pytest.raises(NotALedger, match="没有台账数据"):
        open_ledger(path)


def damage(path: Path) -> None:
    """Overwrite bytes in the middle of the file, as a bad sector or a torn copy would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))


def test_damaged_file_is_never_written_and_points_to_the_newest_good_backup(ledger: Ledger) -> None:
    for number in range(200):
        add_section(ledger, f"科室{number}")
    backup = ledger.backup_now()
    path = ledger.path
    ledger.close()
    damage(path)
    assert integrity_problems(path)
    before = digest(path)
    with pytest.raises(LedgerDamaged) as raised:
        open_ledger(path)
    assert raised.value.backup == backup
    assert digest(path) == before
    kept = restore_backup(backup, path)
    assert kept is not None and digest(kept) == before  # the damaged file is kept aside, not deleted
    reopened = open_ledger(path, auto_backup=False)
    assert len(section_names(reopened)) == 200
    reopened.close()


def test_second_instance_is_read_only_and_says_so(ledger: Ledger) -> None:
    second = open_ledger(ledger.path, auto_backup=False)
    try:
        assert second.read_only
        assert any("另一个" in notice for notice in second.notices)
        with pytest.raises(LedgerReadOnly), second.begin():
            pass
        add_section(ledger, "组织科")  # the first keeps writing
        assert section_names(second) == ["组织科"]  # and the second sees it
    finally:
        second.close()
    ledger.close()
    third = open_ledger(ledger.path, auto_backup=False)
    assert not third.read_only  # the lock went with the first instance
    third.close()


def test_restore_is_refused_while_the_ledger_is_open(ledger: Ledger) -> None:
    backup = ledger.backup_now()
    with pytest.raises(BackupError, match="正在被"):
        restore_backup(backup, ledger.path)


def test_read_only_file_opens_read_only(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ledger.path
    ledger.close()
    path.chmod(0o444)
    # Root ignores permission bits, so ask the same question the opener asks the way a clerk's account would.
    monkeypatch.setattr("models.file.ledger.file_is_writable", lambda p: os.access(p, os.W_OK) and os.geteuid() != 0)
    try:
        before = digest(path)
        opened = open_ledger(path)
        assert opened.read_only and "写入权限" in opened.read_only_reason
        assert section_names(opened) == []
        opened.close()
        assert digest(path) == before
    finally:
        path.chmod(0o644)


def test_a_file_in_a_read_only_folder_opens_read_only(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite needs to create its journal beside the file: a folder it cannot write to means read-only."""
    path = ledger.path
    ledger.close()
    folder_mode = path.parent.stat().st_mode
    path.parent.chmod(0o555)
    monkeypatch.setattr("models.file.ledger.file_is_writable",
                        lambda p: os.access(p.parent, os.W_OK) and os.geteuid() != 0)
    try:
        before = digest(path)
        opened = open_ledger(path)  # no daily backup either: it would go into that folder
        assert opened.read_only and "写入权限" in opened.read_only_reason
        with pytest.raises(LedgerReadOnly):
            add_section(opened, "组织科")
        opened.close()
        assert digest(path) == before
    finally:
        path.parent.chmod(folder_mode)


def test_backups_are_verified_rotated_and_daily(ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [make_backup(ledger.path, folder, keep=3) for _ in range(5)]
    kept = [path for _, path in list_backups(folder, ledger.path.stem)]
    assert kept == list(reversed(made))[:3]
    assert all(integrity_problems(path) == [] for path in kept)
    assert not backup_is_due(folder, ledger.path)
    later = datetime.now() + timedelta(days=1, minutes=1)
    assert not backup_is_due(folder, ledger.path, now=later)  # a day on, but nothing new to keep
    add_section(ledger, "干部科")
    assert not backup_is_due(folder, ledger.path)  # something new, but the last backup is from today
    assert backup_is_due(folder, ledger.path, now=later)


def test_opening_makes_the_daily_backup_once(ledger: Ledger) -> None:
    path = ledger.path
    ledger.close()
    for _ in range(2):
        open_ledger(path).close()
    assert len(list_backups(path.parent / "ledger-备份", "ledger")) == 1


def test_restore_brings_back_what_the_backup_had(ledger: Ledger) -> None:
    add_section(ledger, "组织科")
    backup = ledger.backup_now()
    add_section(ledger, "后来加的科室")
    path = ledger.path
    ledger.close()
    restore_backup(backup, path)
    reopened = open_ledger(path, auto_backup=False)
    assert section_names(reopened) == ["组织科"]
    reopened.close()


def test_a_bad_backup_is_refused_for_restore(tmp_path: Path, ledger: Ledger) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database")
    ledger.close()
    with pytest.raises(BackupError, match="不是有效"):
        restore_backup(bogus, ledger.path)


def test_create_refuses_to_overwrite(ledger: Ledger) -> None:
    with pytest.raises(Exception, match="已存在"):
        create_ledger(ledger.path)


def test_a_folder_where_the_lock_file_goes_is_named_not_taken_for_another_writer(ledger: Ledger) -> None:
    path = ledger.path
    ledger.close()
    path.with_name(path.name + ".lock").unlink()
    path.with_name(path.name + ".lock").mkdir()
    opened = open_ledger(path, auto_backup=False)
    try:
        assert opened.read_only and "是一个文件夹" in opened.read_only_reason
        assert "另一个" not in opened.read_only_reason
    finally:
        opened.close()
