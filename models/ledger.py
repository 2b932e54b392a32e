"""What every open ledger offers the program, a file on this PC (models/file) or a server's (models/server)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.domain.rights import Rights, current_rights
from models.domain.settings import LedgerSettings, load_settings


class Ledger(ABC):
    """An open ledger. Each user action takes one short session from `begin()`; reads use `reading()`."""

    def __init__(self, engine: Engine, session_factory: sessionmaker[Session], actor: str,
                 read_only_reason: str = "") -> None:
        self.engine = engine
        self.session_factory = session_factory
        self.actor = actor
        self.read_only_reason = read_only_reason
        self.notices: list[str] = []  # things the user should be told after opening
        self._rights: Rights | None = None

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    @abstractmethod
    def name(self) -> str:
        """What the title bar says is open: the file's name, or the server and database."""

    @property
    @abstractmethod
    def place(self) -> str:
        """Where it is, in full: the file's path, or postgresql://user@host:port/database."""

    @property
    def is_server(self) -> bool:
        return False

    @property
    @abstractmethod
    def folder(self) -> Path:
        """Where the save dialogs start: beside the file, or in the user's documents for a server."""

    @property
    @abstractmethod
    def drafts_file(self) -> Path:
        """Where this PC keeps what was typed and not yet saved into this ledger."""

    def is_file(self, path: Path) -> bool:
        """Whether `path` is this ledger's own file (a server ledger has none)."""
        return False

    @abstractmethod
    def begin(self) -> AbstractContextManager[Session]:
        """One transaction for one user action, committed when the block ends."""

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; works on read-only ledgers too."""
        with self.session_factory() as session:
            yield session

    def rights(self) -> Rights:
        """What the person logged in may do (a file: everything); read once, as accounts change rarely."""
        if self._rights is None:
            with self.reading() as session:
                self._rights = current_rights(session)
        return self._rights

    def settings(self) -> LedgerSettings:
        with self.reading() as session:
            return load_settings(session)

    @abstractmethod
    def wait_until_checked(self) -> None:
        """Finish any check started at opening (a file's integrity check); raises when it failed."""

    @abstractmethod
    def backup_dir(self, settings: LedgerSettings | None = None) -> Path:
        """Where backups go: the folder set in 设置, or the default for this kind of ledger."""

    @abstractmethod
    def backup_now(self, folder: Path | None = None, reason: str = "") -> Path:
        """A verified copy of the whole ledger as one file in `folder` (the backup folder by default)."""

    def close(self) -> None:
        self.engine.dispose()
