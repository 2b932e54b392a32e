"""Where the ledger lives by default, and the files beside it or chosen by the user, opened without following links."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_dir

from models.errors import RuleError


def data_dir() -> Path:
    # LUOSHI_DATA_DIR lets tests and portable installs (a USB stick) keep everything in one folder.
    override = os.environ.get("LUOSHI_DATA_DIR")
    return Path(override) if override else Path(user_data_dir("Luoshi", appauthor=False))


def default_ledger_path() -> Path:
    return data_dir() / "落实台账.sqlite"


def demo_ledger_path() -> Path:
    return data_dir() / "示例台账.sqlite"


class LinkRefused(OSError):
    """A file the program keeps beside a ledger (lock, note) is a link: never followed, never written through."""


def open_beside(path: Path, flags: int, mode: int = 0o644) -> int:
    """os.open for a file kept beside the ledger, never following a link planted at its name (a shared folder,
    a USB stick): on POSIX with O_NOFOLLOW, elsewhere by looking first."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    if not nofollow and path.is_symlink():
        raise LinkRefused(f"{path} 是一个链接")
    try:
        return os.open(path, flags | nofollow | getattr(os, "O_BINARY", 0), mode)
    except OSError as error:
        if path.is_symlink():
            raise LinkRefused(f"{path} 是一个链接") from error
        raise


def usual_file_mode() -> int:
    """The rights a file the user saves gets here (0o666 less the umask): what a file mkstemp made private
    is given back, so a shared folder's other users can read it."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


COMPANIONS = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database file, and follows if a link


def planted_link(path: Path) -> Path | None:
    """The ledger's name, or one of its companions' names, where a link stands: SQLite would write through it
    (a link planted as 台账.sqlite-wal in a shared folder made a good ledger look damaged)."""
    return next((candidate for candidate in (path, *(path.with_name(path.name + extra) for extra in COMPANIONS))
                 if candidate.is_symlink()), None)


def copy_to_new_file(source: Path, target: Path) -> None:
    """Copy `source` to a file made for it at `target`: never over one there, never through a link; synced."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                         | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(descriptor, "wb") as written, open(source, "rb") as read:
        shutil.copyfileobj(read, written, 1 << 20)
        written.flush()
        os.fsync(written.fileno())


def write_new_file(path: Path, content: bytes) -> None:
    """Make `path` holding `content`: never over a file already there, never through a link at its name (a
    dangling one too: O_CREAT | O_EXCL refuses every name that exists, links included)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                         | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(content)


def read_chosen_file(path: Path, check: Callable[[str, int], str]) -> tuple[str, bytes]:
    """A file a user chose to attach: its name as `check` keeps it (type and size judged before a byte is
    read), and its bytes. Never a link (one named .pdf pointed at a system file), a device or a pipe (a pipe
    never ends): only a plain file, opened without following a link."""
    size = chosen_file_size(path)
    name = check(path.name, size)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        return name, stream.read(size + 1)[:size]


def chosen_file_size(path: Path) -> int:
    """The size of a plain file chosen to attach; a link, a device or a pipe refused, unopened."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise RuleError("“{name}”是一个链接，不是文件本身，没有附加：请选择文件本身。", name=path.name)
    if not stat.S_ISREG(info.st_mode):
        raise RuleError("“{name}”不是一个普通文件，没有附加。", name=path.name)
    return info.st_size
