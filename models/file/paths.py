"""Where the user's ledger and the example ledger live by default (the platform's user data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


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


def write_new_file(path: Path, content: bytes) -> None:
    """Make `path` holding `content`: never over a file already there, never through a link at its name (a
    dangling one too: O_CREAT | O_EXCL refuses every name that exists, links included)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                         | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(content)
