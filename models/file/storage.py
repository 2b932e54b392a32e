"""Low-level file facts: SQLite engines with our PRAGMAs, integrity checks, where the file lives."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from models.errors import DiskFull

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks a file as ours ("LUOS"), so a stray SQLite file is told apart.
APPLICATION_ID = 0x4C554F53

_NETWORK_OR_REMOVABLE_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs",
    "vfat", "msdos", "exfat", "fuseblk", "ntfs", "ntfs3", "udf", "iso9660",
}


def is_local_disk(path: Path) -> bool:
    """False for network shares and USB sticks, where WAL's shared memory is unsafe or unavailable."""
    if sys.platform == "win32":
        return _windows_is_local(path)
    if sys.platform.startswith("linux"):
        return _linux_is_local(path)
    return True


def _windows_is_local(path: Path) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    text = str(path.resolve())
    if text.startswith("\\\\"):
        return False
    drive_type = ctypes.windll.kernel32.GetDriveTypeW(text[:3])  # type: ignore[attr-defined]
    drive_removable, drive_remote = 2, 4
    return bool(drive_type not in (drive_removable, drive_remote))


def _linux_is_local(path: Path) -> bool:
    target = str(path.resolve())
    best_mount, best_type = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount_point = parts[1].replace("\\040", " ")
                inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
                if inside and len(mount_point) >= len(best_mount):
                    best_mount, best_type = mount_point, parts[2]
    except OSError:
        return True
    if best_mount.startswith(("/media/", "/run/media/", "/mnt/usb")):
        return False
    return best_type not in _NETWORK_OR_REMOVABLE_FS


def journal_settings(path: Path) -> tuple[str, str]:
    """(journal_mode, synchronous) for this file's location.

    Local disk: WAL with synchronous=FULL, so each commit is on disk before the UI says 已保存,
    even across a power cut. Removable or network storage: the rollback journal (WAL needs shared
    memory that such file systems do not give reliably), also FULL.
    """
    return ("WAL", "FULL") if is_local_disk(path) else ("DELETE", "FULL")


def connect_read_only(path: Path, *, untouched: bool = False) -> sqlite3.Connection:
    """A connection that cannot change the file, even where the folder cannot be written to.

    SQLite opens a WAL-mode file by creating its shared-memory file beside it. In a folder the user may
    not write to (a share, a CD, another account's folder) with no such file there, that fails; the file
    is then opened as immutable, which needs no companion files. Nobody can be writing to it there.
    `untouched` opens it immutable at once, leaving nothing beside it: for a caller that knows no one is
    writing and no write-ahead log is waiting.
    """
    uri = path.resolve().as_uri()
    if untouched:
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError:
        connection.close()
        folder_writable = os.access(path.parent, os.W_OK)
        if folder_writable or path.with_name(path.name + "-wal").exists():
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    journal_mode, synchronous = journal_settings(path)
    if read_only:
        engine = create_engine("sqlite://", creator=lambda: connect_read_only(path), future=True)
    else:
        # A URL object, not a string: no character of the path (%20, ?, #) is ever read as URL syntax.
        engine = create_engine(URL.create("sqlite", database=str(path.resolve())), future=True)

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute(f"PRAGMA journal_mode={journal_mode}")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    return engine


@contextmanager
def read_only_connection(path: Path, *, untouched: bool = False) -> Iterator[sqlite3.Connection]:
    """A raw connection that cannot change the file, for checks before we trust it."""
    connection = connect_read_only(path, untouched=untouched)
    try:
        yield connection
    finally:
        connection.close()


def ledger_identity(path: Path) -> int:
    """The identity a ledger file carries (its PRAGMA user_version, given when it was made or upgraded; its
    backups carry it too); 0 for a file from before identities, or one that cannot be read."""
    try:
        with read_only_connection(path) as connection:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.Error, OSError):
        return 0


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == SQLITE_HEADER


@dataclass(frozen=True)
class CheckResult:
    """One integrity check of a ledger: when, how thorough, and what it found (nothing = healthy)."""

    at: datetime
    full: bool  # integrity_check and foreign keys; otherwise the quick page check made on opening
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path, *, full: bool) -> CheckResult:
    problems = integrity_problems(path, full=full, references=full)
    return CheckResult(datetime.now().replace(microsecond=0), full, tuple(problems))


def integrity_problems(path: Path, *, full: bool = False, references: bool = True,
                       untouched: bool = False) -> list[str]:
    """Messages from quick_check (or integrity_check) and foreign_key_check; empty means healthy.

    Opening a ledger skips the reference check (`references=False`): it takes longer than the page
    check, and the program never writes with foreign keys off, so it finds nothing a page check would not.
    """
    check = "integrity_check" if full else "quick_check"
    try:
        with read_only_connection(path, untouched=untouched) as connection:
            rows = [str(row[0]) for row in connection.execute(f"PRAGMA {check}")]
            problems = [] if rows == ["ok"] else rows
            foreign_keys = connection.execute("PRAGMA foreign_key_check") if references else []
            for table, rowid, parent, _fk in foreign_keys:
                problems.append(f"{table} 第 {rowid} 行引用的 {parent} 不存在")
            return problems
    except sqlite3.DatabaseError as error:
        no_room = disk_full(path)
        if no_room is not None:
            raise no_room from error
        return [str(error)]


def space_needed(path: Path) -> int:
    """Room the program wants beside a ledger to work: its write-ahead log, a backup copy, a margin."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return size + 1024 * 1024


def disk_full(path: Path) -> DiskFull | None:
    """Why a read or write of `path` failed, when the reason is a full disk (SQLite then often says only
    "disk I/O error", which would otherwise read as a damaged file)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    needed = space_needed(path)
    return DiskFull(path.parent, free, needed) if free < needed else None


def file_is_writable(path: Path) -> bool:
    folder = path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
