"""A note beside the ledger of the last change saved, to notice a file that has lost acknowledged changes.

SQLite cannot bring back what a deleted or damaged write-ahead log held, and the file then passes every
check. The note lets the program say so: every commit records the number of the newest change (the audit
trail's last id); a file that holds fewer than its note says is missing saved work."""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path

from models.file.paths import open_beside

SQL_LAST_CHANGE = "SELECT coalesce(max(id), 0) FROM audit_entry"


def record_path(ledger_path: Path) -> Path:
    return ledger_path.with_name(ledger_path.name + ".已保存记录")


class CommitNote:
    """The note, kept open while the ledger is: each save rewrites it in place, three system calls rather
    than a file made anew (which cost a save a tenth of a millisecond and more)."""

    def __init__(self, ledger_path: Path, identity: int = 0) -> None:
        self.path = record_path(ledger_path)
        self.identity = identity  # kept in the note: a missing ledger's backups are still known as its own
        self._fd: int | None = None

    def write(self, last_change: int) -> None:
        """After a commit: the newest change now saved. Not synced to disk on purpose: a lost note after a
        power cut only means no warning, never a false one, and each save stays as fast as it was."""
        data = json.dumps({"last_change": last_change, "at": datetime.now().isoformat(timespec="seconds"),
                           "ledger": self.identity})
        encoded = data.encode("utf-8")
        with contextlib.suppress(OSError):  # a note is a help, not a condition of saving
            if self._fd is None:
                self._fd = open_beside(self.path, os.O_WRONLY | os.O_CREAT)  # a link there: no note, nothing written
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, encoded)
            os.ftruncate(self._fd, len(encoded))

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def forget_commits(ledger_path: Path) -> None:
    """A restored or replaced file starts its own history: the old note no longer applies."""
    record_path(ledger_path).unlink(missing_ok=True)


def noted_identity(ledger_path: Path) -> int:
    """The identity of the ledger the note beside `ledger_path` was written for; 0 when not known."""
    try:
        return int(json.loads(record_path(ledger_path).read_text(encoding="utf-8")).get("ledger", 0))
    except (OSError, ValueError, TypeError, AttributeError):
        return 0


def missing_changes(ledger_path: Path, last_change: int) -> str:
    """A warning when the file holds fewer changes than were saved to it; "" when all is there."""
    try:
        note = json.loads(record_path(ledger_path).read_text(encoding="utf-8"))
        noted, at = int(note["last_change"]), str(note["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    if last_change >= noted:
        return ""
    return (f"台账文件缺少已经保存过的修改：上次保存时已有第 {noted} 次修改（{at}），"
            f"现在文件里只到第 {last_change} 次。可能是程序异常退出后，台账旁的 -wal 文件被删除或损坏。"
            "请在“文件 → 数据安全”中用最近的备份核对，必要时恢复。")
