"""Writing an output file safely: beside the target, renamed into place, with the rights of any file saved."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from openpyxl.workbook.workbook import Workbook
from openpyxl.writer.excel import ExcelWriter

from models.errors import os_error_words
from models.file.paths import data_dir, usual_file_mode

TEMPORARY_PREFIX = ".luoshi-"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest moment a ZIP entry (and so an .xlsx) can carry

Written = TypeVar("Written")


_SQLITE = b"SQLite format 3\x00"


class OutputRefused(OSError):
    """An output that would be written where it must not: said in one Chinese line (as strerror)."""

    def __init__(self, message: str, target: Path) -> None:
        super().__init__(message)
        self.strerror, self.filename = message, str(target)


def check_output(target: Path, suffix: str) -> None:
    """Refuse before anything is written: a name without the output's own ending, and any existing file that
    is not one of ours of that kind — a ledger, its backup, its -wal/-shm or lock, a link, someone's file.
    (`report progress --out 台账.sqlite` replaced the ledger with a PDF and said nothing.)"""
    if target.suffix.lower() != suffix:
        raise OutputRefused(f"要写入的文件名应以 {suffix} 结尾：{target.name}", target)
    if not target.parent.is_dir():  # said now, not after the whole sheet was made, naming a temporary file
        raise OutputRefused(f"文件夹“{target.parent}”不存在：请先建好这个文件夹，或换一个保存位置。", target)
    if not os.access(target.parent, os.W_OK):
        raise OutputRefused(f"文件夹“{target.parent}”不能写入（没有权限，或在只读的磁盘上）：请换一个保存位置。",
                            target)
    if target.is_symlink():
        raise OutputRefused(f"“{target.name}”是一个链接，不写入链接指向的地方：请换一个文件名。", target)
    if not target.exists():
        return
    if not target.is_file():
        raise OutputRefused(f"“{target.name}”不是一个普通文件，不能写入。", target)
    try:
        with target.open("rb") as existing:
            head = existing.read(16)
    except OSError as error:
        raise OutputRefused(f"无法读取已有的“{target.name}”：{os_error_words(error)}", target) from error
    if head.startswith(_SQLITE):
        raise OutputRefused(f"“{target.name}”是一个台账文件（或台账的备份），报表不会写在它上面：请换一个文件名。",
                            target)
    if not written_by_us(target):
        raise OutputRefused(f"已有一个同名文件“{target.name}”，它不是本程序写出的，或写出后又被人改过（如科室填好的"
                            "反馈表）：为免覆盖别人的内容，请换一个文件名，或先把它移走。", target)


CREATOR = "落实台账"  # the creator every workbook written names
_REMEMBERED = 2000  # the outputs remembered, newest kept


def _written_list() -> Path:
    return data_dir() / "已写出的文件.json"


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _remembered() -> dict[str, str]:
    try:
        found = json.loads(_written_list().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(key): str(value) for key, value in found.items()} if isinstance(found, dict) else {}


def written_by_us(path: Path) -> bool:
    """Whether an existing file is exactly one this program wrote there: anything else — the breakdown sheet
    imported, a feedback form a section filled in and saved (its creator still says 落实台账), an empty file
    someone left — is never written over."""
    try:
        return _remembered().get(str(path.resolve())) == _digest(path)
    except OSError:
        return False


def remember_written(path: Path) -> None:
    """Note what was just written at `path`, so that it may be written over again while it is unchanged."""
    written = _remembered()
    key = str(path.resolve())
    written.pop(key, None)
    written[key] = _digest(path)
    kept = dict(list(written.items())[-_REMEMBERED:])
    listing = _written_list()
    try:
        listing.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=".json.tmp", dir=listing.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(kept, stream, ensure_ascii=False)
        os.replace(temporary, listing)
    except OSError:
        pass  # unnoted, the file is only refused next time: the safe way round


def write_atomically(target: Path, write: Callable[[Path], Written], suffix: str = ".pdf") -> Written:
    """Write beside the target and rename over it, so a failure never leaves half a file behind; the target
    is checked first (check_output). Returns what `write` returns (pages, or what a spreadsheet holds)."""
    check_output(target, suffix)
    folder = target.resolve().parent
    remove_stale_temporaries(folder)
    try:
        handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=suffix + ".tmp", dir=folder)
    except OSError as error:  # said of the folder chosen, not of a temporary name the user never saw
        raise OutputRefused(f"无法在文件夹“{folder}”中写入：{os_error_words(error)}", target) from error
    os.close(handle)
    try:
        result = write(Path(temporary))
        # mkstemp makes the file private (0600); the result should be as readable as any file the user saves.
        os.chmod(temporary, usual_file_mode())
        os.replace(temporary, target)
        remember_written(target)
        return result
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path, older_than: float = 600) -> None:
    """What a killed export left in `folder`; one being written right now is younger than `older_than` s."""
    cutoff = time.time() - older_than
    for leftover in folder.glob(TEMPORARY_PREFIX + "*.tmp"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue  # gone already, or not ours: harmless where it is


class _ClampedZip(zipfile.ZipFile):
    """A ZIP archive whose entries are dated no earlier than 1980, whatever the PC's clock says."""

    def writestr(self, zinfo_or_arcname: str | zipfile.ZipInfo, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            moment = max(time.localtime(time.time())[:6], ZIP_EPOCH)
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=moment)
            zinfo_or_arcname.compress_type = self.compression
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def save_workbook(book: Workbook, path: Path) -> None:
    """openpyxl's save, except under a clock set before 1980 (where ZIP cannot date an entry); the workbook
    names the program as its creator, so that it may be saved over again (check_output)."""
    book.properties.creator = CREATOR
    # strict_timestamps=False clamps what openpyxl adds from temporary files (dated by the same clock).
    with _ClampedZip(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, strict_timestamps=False) as archive:
        ExcelWriter(book, archive).save()
