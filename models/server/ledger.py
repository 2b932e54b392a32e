"""A ledger kept in a PostgreSQL database on the office's network: connecting, checking, migrating, backing up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from models.domain.rights import Role, known_rights
from models.domain.settings import LedgerSettings
from models.errors import (
    LedgerError,
    LedgerReadOnly,
    SavedAtOnce,
    ServerTooNew,
    said,
)
from models.file.lock import current_user
from models.file.paths import data_dir
from models.ledger import Ledger
from models.schema.revisions import head_revision, known_revisions, upgrade
from models.server.address import ServerAddress
from models.server.engine import SERVER_FAILURES, make_server_engine, server_failure, server_revision
from models.server.grants import grant_everyone

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class ServerLedger(Ledger):
    """An open server ledger. The server keeps it whole: no writer lock, no journal rules, no page check."""

    def __init__(self, address: ServerAddress, engine: Engine, session_factory: sessionmaker[Session], actor: str,
                 read_only_reason: str = "") -> None:
        super().__init__(engine, session_factory, actor, read_only_reason)
        self.address = address

    @property
    def name(self) -> str:
        return self.address.short

    @property
    def place(self) -> str:
        return self.address.display

    @property
    def is_server(self) -> bool:
        return True

    @property
    def folder(self) -> Path:
        documents = Path.home() / "Documents"
        return documents if documents.is_dir() else Path.home()

    @property
    def drafts_file(self) -> Path:
        return data_dir() / "服务器台账" / f"{self._file_stem()}.未保存的录入.json"

    def _file_stem(self) -> str:
        address = self.address
        where = "本机" if address.on_socket else f"{address.host}-{address.port}"
        return _UNSAFE.sub("_", f"{address.database}@{where}")

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction for one user action, committed when the block ends; a connection lost on the way
        rolls it all back and says so in the user's words."""
        if self.read_only:
            raise LedgerReadOnly(self.read_only_reason)
        try:
            with self.session_factory.begin() as session:
                if self._rights is not None:  # read at opening: each save need not ask who logged in
                    known_rights(session, self._rights)
                yield session
        except SERVER_FAILURES as error:
            raise server_failure(self.address, error) from error
        except StaleDataError as error:  # another PC saved the same task in the same moment
            raise SavedAtOnce from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self.session_factory() as session:
                yield session
        except SERVER_FAILURES as error:
            raise server_failure(self.address, error) from error

    def take_account(self) -> None:
        """A person with their own account (main.py users): the trail and the forms name their login, and a
        只读 account opens the ledger read-only (a 分管领导's does not: their decisions are written)."""
        rights = self.rights()
        if rights.restricted:
            self.actor = rights.login
            if rights.role is Role.READER and not self.read_only:
                self.read_only_reason = said("只读账号：只能查看和打印")

    def wait_until_checked(self) -> None:
        """Nothing to wait for: the server checks its own pages, and a connection was made at opening."""

    def backup_dir(self, settings: LedgerSettings | None = None) -> Path:
        configured = (settings or self.settings()).backup_dir
        return Path(configured) if configured else data_dir() / "服务器台账备份"

    def backup_now(self, folder: Path | None = None, reason: str = "") -> Path:
        from models.server.transfer import copy_to_file  # the copy loads only when a backup is made

        target_folder = folder or self.backup_dir()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{self._file_stem()}-{stamp}{'-' + reason if reason else ''}"
        target = target_folder / f"{name}.sqlite"
        for counter in range(2, 100):  # two backups within a second each get their own file
            if not target.exists():
                break
            target = target_folder / f"{name}-{counter}.sqlite"
        copy_to_file(self, target)
        return target


def open_server_ledger(address: ServerAddress, password: str | None = None, *, actor: str | None = None,
                       create: bool = False, read_only: bool = False) -> ServerLedger:
    """Connect to the ledger in `address`'s database, bringing its schema up to date first.

    With `create`, an empty database becomes an empty ledger and one holding a ledger is refused; without it,
    an empty database is refused with a message that says how to move a ledger there. A database whose ledger
    is newer than this program is left untouched."""
    engine = make_server_engine(address, password)
    try:
        revision, table_count = server_revision(engine)
        if revision is None:
            if table_count:
                raise LedgerError("数据库 {database} 里已有别的数据表，不是落实台账，没有做任何改动。",
                                  database=address.database)
            if not create:
                raise LedgerError("数据库 {database} 里还没有台账。可以把现有的台账搬上去："
                                  "main.py migrate --from 台账.sqlite --to {place}", database=address.database,
                                  place=address.display)
        elif revision not in known_revisions():
            raise ServerTooNew(address.display, revision)
        elif create:  # `new` on a live ledger once overwrote its org name and year: every PC saw an empty year
            raise LedgerError("数据库 {database} 里已经有台账（{org}），没有做任何改动：新建只用于空数据库。单位名称"
                              "和年度请在窗口的“设置”里修改；要用备份替换整个台账，请用 main.py restore。",
                              database=address.database, org=_org_name(engine))
        ledger = ServerLedger(address, engine, sessionmaker(engine, expire_on_commit=False),
                              actor or current_user(), "按要求以只读方式打开" if read_only else "")
        if revision != head_revision():
            if read_only:
                raise LedgerError("服务器上的台账需要升级数据结构才能打开，但现在是只读方式。")
            if revision is not None and not _owns_ledger(engine):
                # A person's own account (main.py users) may write rows but not change tables: the upgrade is
                # the owner's, run once by IT; until then nobody's copy is made and nothing is tried.
                raise LedgerError("服务器上的台账需要升级到新版程序的数据结构，这要由信息管理员用台账所有者的账号做一次"
                                  "（打开一次台账，或运行 main.py check --db {owner}）。请联系信息管理员；"
                                  "升级前你的账号不能打开这个台账。", owner=_owner_address(engine, address))
            if revision is not None:  # a ledger already there is copied to a file before its schema changes
                backup = ledger.backup_now(reason="before-migration")
                ledger.notices.append(f"服务器上的台账已升级到新的数据结构，升级前的备份在 {backup}。")
            # PostgreSQL changes a schema inside the transaction: all of it or none; each person's account
            # is granted the new tables in the same breath.
            upgrade(engine, then=grant_everyone)
    except SERVER_FAILURES as error:
        engine.dispose()
        raise server_failure(address, error, password_given=bool(password)) from error
    except LedgerError:
        engine.dispose()
        raise
    if read_only:
        ledger.notices.append("以只读方式打开：按要求以只读方式打开。")
    ledger.take_account()
    return ledger


def _owns_ledger(engine: Engine) -> bool:
    """Whether the login owns the ledger's tables (or is a superuser): only then can it upgrade them."""
    with engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'task' AND schemaname = current_schema() "
            "AND tableowner = current_user) OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
        )).scalar())


def _owner_address(engine: Engine, address: ServerAddress) -> str:
    """The address with the tables' owner as its user: what IT opens the ledger with to upgrade it."""
    with engine.connect() as connection:
        owner = connection.execute(text("SELECT tableowner FROM pg_tables WHERE tablename = 'task' "
                                        "AND schemaname = current_schema()")).scalar()
    return replace(address, user=str(owner)).display if owner else address.display


def _org_name(engine: Engine) -> str:
    """Whose ledger the database holds, to name it when it is refused."""
    with engine.connect() as connection:
        name = connection.execute(text("SELECT value FROM setting WHERE key = 'org_name'")).scalar()
    return str(name) if name else LedgerSettings().org_name
