"""Opening a ledger file safely: checks, the writer lock, migrations, daily backups, sessions."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from models.domain import audit
from models.domain.settings import LedgerSettings, save_setting
from models.errors import (
    BackupError,
    Conflicting,
    DiskFull,
    LedgerDamaged,
    LedgerError,
    LedgerMissing,
    LedgerReadOnly,
    LedgerTooNew,
    NotALedger,
    SavedAtOnce,
    os_error_words,
    said,
)
from models.file.backup import (
    backup_is_due,
    default_backup_dir,
    make_backup,
    recovery_candidate,
    remove_leftovers,
)
from models.file.commits import SQL_LAST_CHANGE, CommitNote, forget_commits, missing_changes
from models.file.drafts import drafts_path
from models.file.lock import WriterLock, current_user
from models.file.paths import COMPANIONS, planted_link, write_new_file
from models.file.schema import SchemaState, read_schema_state, upgrade
from models.file.storage import (
    CheckResult,
    check_file,
    disk_full,
    file_is_writable,
    has_sqlite_header,
    ledger_identity,
    make_engine,
    space_needed,
)
from models.ledger import Ledger


class FileLedger(Ledger):
    """An open ledger file: checked, locked against a second writer, backed up beside itself."""

    def __init__(self, path: Path, engine: Engine, session_factory: sessionmaker[Session], actor: str,
                 read_only_reason: str = "", lock: WriterLock | None = None) -> None:
        super().__init__(engine, session_factory, actor, read_only_reason)
        self.path = path
        self.lock = lock
        self.pending_check: _IntegrityCheck | None = None
        self.damage: LedgerDamaged | None = None
        self.last_check: CheckResult | None = None  # the newest integrity check of this file in this session
        self.commit_note = CommitNote(path, ledger_identity(path))

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def place(self) -> str:
        return str(self.path)

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def drafts_file(self) -> Path:
        return drafts_path(self.path)

    def is_file(self, path: Path) -> bool:
        return Path(path).resolve() == self.path.resolve()

    def wait_until_checked(self) -> None:
        """Finish the integrity check started at opening; raises LedgerDamaged if the file failed it."""
        if self.pending_check is not None:
            self.pending_check.join()
            self.last_check, self.pending_check = self.pending_check.result, None
            problems = list(self.last_check.problems)
            if problems:
                backup = recovery_candidate(self.path)
                self.damage = LedgerDamaged(self.path, "；".join(problems[:3]), backup)
        if self.damage is not None:
            raise self.damage

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction for one user action, committed when the block ends.

        A write SQLite refuses (a full disk, a file gone) rolls the whole action back and is reported in
        the user's words, never as SQLAlchemy's text with the statement and its values."""
        if self.read_only:
            raise LedgerReadOnly(self.read_only_reason)
        self.wait_until_checked()  # nothing is written to a file before it has passed its check
        try:
            with self.session_factory.begin() as session:
                yield session
                last_change = self._last_change(session)
        except (OperationalError, sqlite3.OperationalError) as error:
            raise write_failure(self.path, error) from error
        except StaleDataError as error:
            raise SavedAtOnce from error
        except (IntegrityError, sqlite3.IntegrityError) as error:  # not SQLite's English with the SQL
            raise Conflicting from error
        self.commit_note.write(last_change)

    @staticmethod
    def _last_change(session: Session) -> int:
        """The newest change this action saved: from its own audit rows when it made them one by one
        (no query), else (a bulk import's rows) the audit trail's newest."""
        recorded = session.info.get(audit.RECORDED)
        if recorded and not session.info.get(audit.BULK):
            session.flush()
            return max(int(entry.id) for entry in recorded)
        return int(session.execute(text(SQL_LAST_CHANGE)).scalar_one())

    def backup_dir(self, settings: LedgerSettings | None = None) -> Path:
        configured = (settings or self.settings()).backup_dir
        return Path(configured) if configured else default_backup_dir(self.path)

    def backup_now(self, folder: Path | None = None, reason: str = "") -> Path:
        settings = self.settings()
        return make_backup(self.path, folder or self.backup_dir(settings), reason=reason,
                           keep=settings.backup_keep)

    def close(self) -> None:
        self.commit_note.close()
        super().close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


class _IntegrityCheck(threading.Thread):
    """SQLite's page check on its own read-only connection, run while the window loads the tasks."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="ledger-check", daemon=True)
        self.path = path
        self.result = CheckResult(datetime.now(), False)

    def run(self) -> None:
        self.result = check_file(self.path, full=False)


def refuse_planted_link(path: Path, *, companions_only: bool = False) -> None:
    """A link where SQLite would write the ledger or its -wal/-shm/-journal: refused with its name, not
    followed (into another file) nor taken for damage. A ledger opened through a link of the user's own
    making is allowed; creating one through a link is not."""
    link = planted_link(path)
    if link is None or (companions_only and link == path):
        return
    if link == path:
        raise LedgerError("“{name}”是一个链接，不会在它指向的地方新建台账：请换一个文件名。", name=path.name)
    raise LedgerError("台账旁边的“{name}”是一个链接（不是本程序建的）：为免写到别处，没有打开台账。"
                      "请删去这个链接后再打开。", name=link.name)


def write_failure(path: Path, error: Exception) -> LedgerError:
    """What to tell the user when SQLite refused a write to `path`."""
    reason = str(getattr(error, "orig", error))  # the driver's own short message, without the SQL
    no_room = disk_full(path)
    if no_room is not None or "disk is full" in reason:
        return no_room or DiskFull(path.parent, 0, space_needed(path))
    if "locked" in reason:
        return LedgerError("台账文件正被另一个程序占用，这次修改没有保存，请稍后再试。")
    words = next((words for clue, words in _SQLITE_WORDS if clue in reason), said("数据库报告的错误"))
    return LedgerError("无法写入台账文件（{reason}），这次修改没有保存。", reason=words)


# SQLite's refusals, in the user's words (its own are English).
_SQLITE_WORDS = (
    ("readonly", said("文件是只读的：请看文件属性、文件夹的权限，或磁盘是否只读")),
    ("disk I/O", said("读写出错：磁盘、U 盘或网络可能有问题")),
    ("malformed", said("文件已损坏")), ("not a database", said("文件已损坏")),
    ("unable to open", said("打不开文件：它可能被移走了，或所在的文件夹不能写")),
    ("too big", said("内容太大")), ("interrupt", said("操作被打断")),
)


def _read_state(path: Path, *, check: bool = True) -> tuple[SchemaState, CheckResult | None]:
    """Check the file before trusting it; raises with a Chinese message when it is not usable.

    A file that is there but unreadable (emptied, truncated, overwritten) is damage when a good copy of it
    exists to offer; without one it may be some other file, and is called that."""
    if not path.exists():
        raise LedgerMissing(path, recovery_candidate(path))
    refuse_planted_link(path, companions_only=True)
    if path.is_dir():
        raise NotALedger(path, said("这是一个文件夹"))
    if path.stat().st_size == 0:
        _damaged_if_recoverable(path, "文件是空的（0 字节）")
        raise NotALedger(path, "文件是空的（0 字节）")
    if not has_sqlite_header(path):
        _damaged_if_recoverable(path, "文件开头不是 SQLite 数据库")
        raise NotALedger(path, "文件格式不对（不是 SQLite 数据库）")
    checked = check_file(path, full=False) if check else None
    if checked is not None and not checked.ok:
        raise LedgerDamaged(path, "；".join(checked.problems[:3]), recovery_candidate(path))
    try:
        state = read_schema_state(path)
    except sqlite3.DatabaseError as error:
        no_room = disk_full(path)
        if no_room is not None:
            raise no_room from error
        _damaged_if_recoverable(path, "文件结构已损坏，无法读取")
        raise NotALedger(path, "文件结构已损坏，无法读取") from error
    if not state.is_ours:
        raise NotALedger(path, "其中没有台账数据")
    if not state.is_known:
        raise LedgerTooNew(path, state.revision or "?")
    return state, checked


def _damaged_if_recoverable(path: Path, detail: str) -> None:
    backup = recovery_candidate(path)
    if backup is not None:
        raise LedgerDamaged(path, detail, backup)


def create_ledger(path: Path, *, org_name: str = "", year: int = 0, actor: str | None = None) -> FileLedger:
    """A new, empty ledger at `path` (which must not exist yet)."""
    path = Path(path)
    refuse_planted_link(path)
    if path.exists():
        raise LedgerError("文件已存在，不会覆盖：{path}", path=path)
    left = next((companion for companion in (path.with_name(path.name + extra) for extra in COMPANIONS)
                 if companion.exists()), None)
    if left is not None:  # SQLite would take it for the new file's own log, or it would be removed
        raise LedgerError("旁边已有“{name}”（可能是另一个台账留下的），新建会用掉它：请换一个文件名，或先把它移走。",
                          name=left.name)
    forget_commits(path)  # a note left by an earlier file of this name says nothing about this one
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_new_file(path, b"")  # made here, not through a link left at the name since the look above
        sqlite3.connect(path).close()
    except FileExistsError as error:
        raise LedgerError("文件已存在，不会覆盖：{path}", path=path) from error
    except (OSError, sqlite3.Error) as error:
        remove_ledger_files(path)
        words = os_error_words(error) if isinstance(error, OSError) else said("数据库报告的错误")
        raise disk_full(path) or LedgerError("无法在此处创建台账文件：{path}（{error}）", path=path,
                                             error=words) from error
    engine = make_engine(path)
    try:
        upgrade(engine)
        ledger = _assemble(path, engine, actor, "", None)
        with ledger.begin() as session:
            if org_name:
                save_setting(session, "org_name", org_name)
            if year:
                save_setting(session, "current_year", year)
        engine.dispose()
        return open_ledger(path, actor=actor, auto_backup=False)
    except (LedgerError, OperationalError, sqlite3.Error, OSError) as error:
        engine.dispose()
        remove_ledger_files(path)  # half a new ledger is no ledger: nothing is left where it was to be
        if isinstance(error, LedgerError):
            raise
        words = os_error_words(error) if isinstance(error, OSError) else said("数据库报告的错误")
        raise disk_full(path) or LedgerError("无法创建台账文件：{path}（{error}）", path=path, error=words) from error


def remove_ledger_files(path: Path) -> None:
    """A ledger this program has just begun to create, with its companions."""
    for extra in ("", "-wal", "-shm", "-journal", ".lock"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def open_ledger(path: Path, *, actor: str | None = None, auto_backup: bool = True,
                read_only: bool = False, check_in_background: bool = False) -> FileLedger:
    """Open an existing ledger for this program: checked, locked, migrated, backed up.

    With `check_in_background` the integrity check runs on a second connection while the caller
    reads; the caller must call `wait_until_checked()` before showing anything, and `begin()` waits
    for it in any case. A file that needs migrating is always checked first.
    """
    path = Path(path).expanduser().absolute()
    state, checked = _read_state(path, check=not check_in_background)
    if check_in_background and not state.is_current:
        state, checked = _read_state(path)
    reason = "按要求以只读方式打开" if read_only else ""
    lock = None
    if not reason and not file_is_writable(path):
        reason = "文件或所在文件夹没有写入权限"
    if not reason:
        lock = WriterLock(path)
        if not lock.acquire():
            holder = "" if lock.problem else lock.holder()
            reason = lock.problem or "另一个窗口或程序正在编辑这个台账" + (f"（{holder}）" if holder else "")
            lock = None
    notices: list[str] = []
    if not state.is_current:
        if reason:
            raise LedgerError("台账需要升级数据结构才能打开，但现在不能写入：{reason}。", reason=reason)
        migrated = False
        try:
            backup = make_backup(path, default_backup_dir(path), reason="before-migration")
            migration_engine = make_engine(path)
            upgrade(migration_engine)
            migration_engine.dispose()
            migrated = True
        finally:
            if not migrated and lock is not None:
                lock.release()
        notices.append(f"台账已升级到新的数据结构，升级前的备份在 {backup}。")
    engine = make_engine(path, read_only=bool(reason))
    ledger = _assemble(path, engine, actor, reason, lock)
    ledger.last_check = checked
    if check_in_background and state.is_current:
        ledger.pending_check = _IntegrityCheck(path)
        ledger.pending_check.start()
    ledger.notices.extend(notices)
    with engine.connect() as connection:
        lost = missing_changes(path, int(connection.execute(text(SQL_LAST_CHANGE)).scalar_one()))
    if lost:
        ledger.notices.append(lost)
    if not reason:
        remove_leftovers(path, ledger.backup_dir())
    if reason:
        ledger.notices.append(f"以只读方式打开：{reason}。")
    elif auto_backup:
        _daily_backup(ledger)
    return ledger


def _assemble(path: Path, engine: Engine, actor: str | None, reason: str,
              lock: WriterLock | None) -> FileLedger:
    factory = sessionmaker(engine, expire_on_commit=False)
    return FileLedger(path, engine, factory, actor or current_user(), reason, lock)


def _daily_backup(ledger: FileLedger) -> None:
    folder = ledger.backup_dir()
    if not backup_is_due(folder, ledger.path):
        return
    try:
        ledger.wait_until_checked()  # never back up (and rotate out a good backup) over a damaged file
    except LedgerDamaged:
        ledger.close()
        raise
    try:
        ledger.backup_now(folder, reason="auto")
    except BackupError as error:
        # A failed automatic backup must not stop the day's work, but the user has to know.
        ledger.notices.append(f"自动备份没有成功：{error}")
