"""What the 数据安全 page shows about a ledger file: where it is, its backups, its last check; and a full check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.domain.settings import save_setting
from models.file.backup import BACKUP_NAME, last_change, list_backups
from models.file.ledger import FileLedger
from models.file.storage import CheckResult, check_file, ledger_identity


@dataclass(frozen=True)
class BackupFile:
    made: datetime
    path: Path
    size: int
    reason: str  # "auto", "manual", "before-migration", or "" for an older name
    content_at: datetime | None  # the last change it holds, as its own audit trail records it


@dataclass(frozen=True)
class SafetyFacts:
    path: Path
    size: int  # the file with its write-ahead log: what a copy of it takes
    backup_dir: Path
    backups: list[BackupFile]  # newest first
    last_check: CheckResult | None  # this session's newest check
    last_full_pass: datetime | None  # the last full check that passed, in any session

    @property
    def newest_backup(self) -> BackupFile | None:
        return self.backups[0] if self.backups else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def safety_facts(ledger: FileLedger) -> SafetyFacts:
    folder = ledger.backup_dir()
    backups = []
    for made, path in list_backups(folder, ledger.path.stem, ledger_identity(ledger.path)):
        named = BACKUP_NAME.match(path.name)
        backups.append(BackupFile(made, path, _size(path), (named["reason"] if named else "") or "",
                                  last_change(path)[1]))
    wal = ledger.path.with_name(ledger.path.name + "-wal")
    stored = ledger.settings().last_full_check
    try:
        last_full_pass = datetime.fromisoformat(stored) if stored else None
    except ValueError:
        last_full_pass = None
    return SafetyFacts(ledger.path, _size(ledger.path) + _size(wal), folder, backups, ledger.last_check,
                       last_full_pass)


def verify_ledger(ledger: FileLedger) -> CheckResult:
    """SQLite's full integrity_check and the reference check, on a read-only connection of its own.

    A pass is remembered in the file (when it may be written); a failure is not written anywhere near it.
    """
    ledger.last_check = result = check_file(ledger.path, full=True)
    if result.ok and not ledger.read_only:
        with ledger.begin() as session:
            save_setting(session, "last_full_check", result.at.isoformat())
    return result
