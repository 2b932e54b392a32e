"""One writer per ledger: an OS file lock beside the ledger that a crash releases by itself."""

from __future__ import annotations

import getpass
import os
import socket
import sys
from pathlib import Path
from typing import IO

from models.errors import os_error_words
from models.file.paths import LinkRefused, open_beside


def current_user() -> str:
    """Who is entering, for the audit trail: the operating-system user name."""
    try:
        return getpass.getuser() or "未知用户"
    except (OSError, KeyError):
        return "未知用户"


class WriterLock:
    """Held for as long as a window or command may write the ledger.

    The lock is taken on an open file handle (flock / msvcrt), so the operating system drops it
    when the process dies: a crash never leaves a ledger locked for ever.
    """

    def __init__(self, ledger_path: Path) -> None:
        self.path = ledger_path.with_name(ledger_path.name + ".lock")
        self._handle: IO[str] | None = None
        self.problem = ""  # why the lock file itself could not be used (not another writer holding it)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, *, create: bool = True) -> bool:
        """Take the lock; False when another holds it (or, with create=False, when there is no lock file)."""
        if not create and not self.path.is_file():
            return False
        try:
            # Never through a link planted at the lock's name: opening it truncates what it points at.
            descriptor = open_beside(self.path, os.O_RDWR | os.O_CREAT)
            handle = os.fdopen(descriptor, "a+", encoding="utf-8")
        except OSError as error:
            what = ("是一个链接，不会跟着它写" if isinstance(error, LinkRefused) else "是一个文件夹"
                    if self.path.is_dir() else os_error_words(error))
            self.problem = f"台账旁的锁文件 {self.path} 无法使用（{what}），请删除或改名后再打开"
            return False
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{current_user()}@{socket.gethostname()} pid={os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> str:
        """Who holds it, as written by the holder; best effort (Windows may refuse the read)."""
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._handle is None:
            return
        # The file stays (deleting it races with another instance opening it); only the holder goes.
        try:
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.flush()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
