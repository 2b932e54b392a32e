"""Verified, rotating backups through SQLite's online backup API, and restoring from one."""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from models.errors import BackupError, os_error_words, said
from models.file.commits import forget_commits, noted_identity
from models.file.lock import WriterLock
from models.file.paths import COMPANIONS, copy_to_new_file, usual_file_mode
from models.file.schema import read_schema_state
from models.file.storage import (
    disk_full,
    has_sqlite_header,
    integrity_problems,
    ledger_identity,
    read_only_connection,
)

BACKUP_SUFFIX = ".backup.sqlite"
_STAMP = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<counter>\d+))?(?:\.(?P<reason>[a-z-]+))?\.backup\.sqlite$")


def default_backup_dir(ledger_path: Path) -> Path:
    return ledger_path.parent / f"{ledger_path.stem}-备份"


def _backup_name(stem: str, when: datetime, reason: str, counter: int) -> str:
    extra = f"-{counter}" if counter else ""
    tag = f".{reason}" if reason else ""
    return f"{stem}.{when.strftime(_STAMP)}{extra}{tag}{BACKUP_SUFFIX}"


def list_backups(folder: Path, stem: str, identity: int = 0, *, exactly: bool = False) -> list[tuple[datetime, Path]]:
    """Backups of the ledger called `stem` in `folder`, newest content first, with the moment each was made.

    With the ledger's `identity`, only its own: another ledger of the same name sharing the folder (every
    ledger starts as 落实台账.sqlite) has others. Backups made before identities carry none: they are listed
    as the name's, unless `exactly` (what rotation may delete is only what is provably this ledger's).

    "Newest" is judged by what a backup holds (its last recorded change), then by its name: a clock set
    wrong once must not make a stale copy look newest, nor a fresh one look oldest."""
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.iterdir():
        match = BACKUP_NAME.match(candidate.name)
        if match and match["stem"] == stem:
            change, held = _facts(candidate)
            if identity and held != identity and (exactly or held):
                continue
            made = datetime.strptime(match["stamp"], _STAMP)
            found.append((change, made, int(match["counter"] or 0), candidate))
    found.sort(reverse=True)
    return [(made, path) for _change, made, _counter, path in found]


def _facts(path: Path) -> tuple[int, int]:
    """A backup's last change and the identity of the ledger it is a copy of, in one look."""
    try:
        with read_only_connection(path) as connection:
            row = connection.execute("SELECT max(id) FROM audit_entry").fetchone()
            held = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.Error, OSError):
        return -1, 0
    return (int(row[0]) if row and row[0] is not None else 0), held


def last_change(path: Path) -> tuple[int, datetime | None]:
    """The number and moment of the last change a ledger file records (its audit trail): what it holds,
    whatever the clock said when it was copied. (-1, None) when it cannot be read."""
    try:
        with read_only_connection(path) as connection:
            row = connection.execute("SELECT id, at FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    except (sqlite3.Error, OSError):
        return -1, None
    if row is None:
        return 0, None
    try:
        return int(row[0]), datetime.fromisoformat(str(row[1]))
    except ValueError:
        return int(row[0]), None


def verify_backup(path: Path) -> str | None:
    """None when `path` is a healthy ledger we can open; otherwise why not, in Chinese."""
    if not path.is_file() or path.stat().st_size == 0 or not has_sqlite_header(path):
        return "不是有效的台账备份文件"
    problems = integrity_problems(path)
    if problems:
        return "完整性检查未通过：" + "；".join(problems[:3])
    state = read_schema_state(path)
    if not state.is_ours:
        return "不是落实台账的数据文件"
    if not state.is_known:
        return f"由更新版本的程序写入（数据结构版本 {state.revision}）"
    return None


def copy_database(source: Path, target: Path) -> None:
    """Page-by-page copy of a live database that is consistent even while it is being written."""
    with read_only_connection(source) as src:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal/-shm companions to lose on the way.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()


def make_backup(ledger_path: Path, folder: Path, *, reason: str = "", keep: int = 30) -> Path:
    """Write a verified backup of `ledger_path` into `folder` and drop the oldest beyond `keep`."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise BackupError("备份文件夹的位置 {folder} 上是一个文件（或失效的链接），不是文件夹：请把它移走，"
                          "或在设置中换一个备份文件夹。", folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError("无法创建备份文件夹 {folder}：{error}", folder=folder,
                          error=os_error_words(error)) from error
    identity = ledger_identity(ledger_path)
    partial: Path | None = None
    target: Path | None = None
    try:
        # A name of its own, made new (never a link planted at a name one could guess, never the file of
        # another PC backing up to the same folder in the same second).
        handle, made = tempfile.mkstemp(prefix=f"{ledger_path.stem}.", suffix=f"{BACKUP_SUFFIX}.partial", dir=folder)
        os.close(handle)
        partial = Path(made)
        _as_readable_as(partial, ledger_path)  # mkstemp makes it private: a shared folder's others could not read
        copy_database(ledger_path, partial)
        problem = verify_backup(partial)
        if problem:
            raise BackupError("备份写入后校验失败：{problem}", problem=problem)
        target = _claim_name(folder, ledger_path.stem, reason)
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        if target is not None and target.exists() and target.stat().st_size == 0:
            target.unlink(missing_ok=True)  # the name claimed and never filled
        no_room = disk_full(partial or folder / "x")
        reason_words = os_error_words(error) if isinstance(error, OSError) else said("数据库报告的错误")
        raise BackupError("备份失败：{error}", error=no_room or reason_words) from error
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    rotate_backups(folder, ledger_path.stem, keep, spare=target, identity=identity)
    return target


def _claim_name(folder: Path, stem: str, reason: str) -> Path:
    """The backup's name, made as an empty file so that no other backup takes it: several in one second are
    told apart by a counter that only grows, so the newest has the highest number even after rotation."""
    now = datetime.now().replace(microsecond=0)
    same_second = [BACKUP_NAME.match(p.name) for when, p in list_backups(folder, stem) if when == now]
    counter = 1 + max((int(m["counter"] or 0) for m in same_second if m), default=-1)
    for attempt in range(counter, counter + 1000):
        target = folder / _backup_name(stem, now, reason, attempt)
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644))
        except FileExistsError:
            continue  # another PC's backup of this second, or a link planted there: the next number
        return target
    raise BackupError("备份文件夹 {folder} 中同一秒的备份太多，请稍后再试。", folder=folder)


def rotate_backups(folder: Path, stem: str, keep: int, spare: Path | None = None, identity: int = 0) -> list[Path]:
    """Remove this ledger's backups beyond the `keep` newest; never `spare`, the one just made, and never one
    that is not provably this ledger's (another's of the same name, or one from before identities)."""
    removed = []
    for _when, old in list_backups(folder, stem, identity, exactly=True)[max(keep, 1):]:
        if old != spare:
            old.unlink(missing_ok=True)
            removed.append(old)
    return removed


def backup_is_due(folder: Path, ledger_path: Path, *, now: datetime | None = None) -> bool:
    """The automatic backup on opening: when the ledger holds changes its newest backup lacks, and that
    backup is a day old — or stamped in the future, which only a clock set wrong can do."""
    backups = list_backups(folder, ledger_path.stem, ledger_identity(ledger_path))
    if not backups:
        return True
    made, newest = backups[0]
    if last_change(newest)[0] >= last_change(ledger_path)[0]:
        return False  # nothing new to keep: a copy of the same content would only push out older history
    now = now or datetime.now()
    return made > now or now - made >= timedelta(days=1)


def newest_good_backup(folder: Path, stem: str, identity: int = 0) -> Path | None:
    for _when, candidate in list_backups(folder, stem, identity):
        if verify_backup(candidate) is None:
            return candidate
    return None


def remove_leftovers(ledger_path: Path, backup_folder: Path) -> list[Path]:
    """What a killed restore or backup left: `X.sqlite.restoring`, and half-written backups (`.partial`) no
    longer being written. Call with the writer lock held (a restore holds it while it writes)."""
    stale_before = time.time() - 600  # a backup another process is writing right now is younger than this
    # A restore writes only while holding the writer lock, which the caller now holds: any is left over.
    found = [ledger_path.with_name(ledger_path.name + ".restoring"),
             *ledger_path.parent.glob(f"{glob.escape(ledger_path.name)}.restoring-*")]
    if backup_folder.is_dir():
        found += [p for p in backup_folder.glob(f"{glob.escape(ledger_path.stem)}.*{BACKUP_SUFFIX}.partial")
                  if p.stat().st_mtime < stale_before]
    removed = []
    for leftover in found:
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            continue  # gone already, or not ours to remove: harmless where it is
    return removed


def replaced_files(ledger_path: Path) -> list[tuple[datetime, Path]]:
    """Files a restore set aside beside the ledger (`X.sqlite.replaced-20260325-101500`), newest first."""
    found = []
    prefix = ledger_path.name + ".replaced-"
    try:
        neighbours = list(ledger_path.parent.iterdir())
    except OSError:
        return []
    for candidate in neighbours:
        stamp = candidate.name[len(prefix):]
        if candidate.name.startswith(prefix) and re.fullmatch(r"\d{8}-\d{6}(-\d+)?", stamp):
            found.append((datetime.strptime(stamp[:15], _STAMP), candidate))
    return sorted(found, reverse=True)


def recovery_candidate(ledger_path: Path) -> Path | None:
    """The newest good copy to offer when the ledger is missing or damaged: a backup, or a file a restore
    set aside beside it (a restore interrupted by an older version could leave only that)."""
    # A missing ledger's identity is in the note kept beside it: another ledger's backups are not offered.
    identity = ledger_identity(ledger_path) if ledger_path.exists() else noted_identity(ledger_path)
    candidates = [path for _when, path in (*list_backups(default_backup_dir(ledger_path), ledger_path.stem, identity),
                                            *replaced_files(ledger_path))]
    candidates.sort(key=lambda path: last_change(path)[0], reverse=True)  # stable: newest name first on a tie
    return next((path for path in candidates if verify_backup(path) is None), None)


def restore_backup(backup: Path, ledger_path: Path) -> Path | None:
    """Put `backup` in place of the ledger. The file it replaces is kept beside it, renamed.

    At every moment the ledger's path holds either the old file or the new one: the backup is copied
    in full beside it first, the old file is kept by a second name (a hard link, or a copy where links are
    not possible), and one atomic rename puts the new file in place. Returns where the replaced file went
    (None when there was none). Refuses while another program holds the ledger open for writing.
    """
    problem = verify_backup(backup)
    if problem:
        raise BackupError("无法用 {backup} 恢复：{problem}。", backup=backup, problem=problem)
    lock = WriterLock(ledger_path)
    if not lock.acquire():
        raise BackupError("{problem}。", problem=lock.problem) if lock.problem else \
            BackupError("台账正在被另一个窗口或程序使用，请先关闭它再恢复。")
    partial: Path | None = None
    try:
        handle, made = tempfile.mkstemp(prefix=ledger_path.name + ".restoring-", dir=ledger_path.parent)
        os.close(handle)
        partial = Path(made)  # a name of its own: a link planted at a fixed one would be written through
        _as_readable_as(partial, ledger_path)  # the restored ledger keeps the rights the ledger had
        _copy_synced(backup, partial)
        kept_aside = _keep_aside(ledger_path) if ledger_path.exists() else None
        _checkpoint(ledger_path)
        for extra in ("-wal", "-shm", "-journal"):
            # An old write-ahead log or journal would be replayed into the restored file: it goes (a copy
            # stays beside the kept file).
            ledger_path.with_name(ledger_path.name + extra).unlink(missing_ok=True)
        partial.replace(ledger_path)
        _sync_folder(ledger_path.parent)
        forget_commits(ledger_path)  # the restored file has its own history
        return kept_aside
    except OSError as error:
        raise BackupError("恢复失败：{error}，台账文件保持原样。", error=os_error_words(error)) from error
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
        lock.release()


def _keep_aside(ledger_path: Path) -> Path:
    """A second name for the current file and its companions, which stay where they are; a name nothing
    holds yet (a link planted at the expected one is passed over, never written through)."""
    stamp = datetime.now().strftime(_STAMP)
    for counter in range(1000):
        kept = ledger_path.with_name(f"{ledger_path.name}.replaced-{stamp}" + (f"-{counter}" if counter else ""))
        if not any(os.path.lexists(kept.with_name(kept.name + extra)) for extra in ("", *COMPANIONS)):
            break
    for extra in ("", *COMPANIONS):
        source = ledger_path.with_name(ledger_path.name + extra)
        if source.exists() and not source.is_symlink():
            target = kept.with_name(kept.name + extra)
            try:
                os.link(source, target)
            except FileExistsError:
                raise
            except OSError:  # FAT sticks and some shares have no hard links
                copy_to_new_file(source, target)
    return kept


def _as_readable_as(made: Path, model: Path) -> None:
    """Give a file made private by mkstemp the rights of `model` (or of any file the user makes, when there
    is none): a restored ledger in a shared folder became readable by its owner alone."""
    try:
        mode = model.stat().st_mode & 0o777
    except OSError:
        mode = usual_file_mode()
    os.chmod(made, mode)


def _checkpoint(ledger_path: Path) -> None:
    """Fold a write-ahead log into the old file where it still opens (the kept copy then has it all)."""
    if not ledger_path.with_name(ledger_path.name + "-wal").exists():
        return
    try:
        connection = sqlite3.connect(ledger_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # a damaged file: the kept copy holds its log as it was


def _copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
