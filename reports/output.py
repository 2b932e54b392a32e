"""Writing an output file safely: beside the target, renamed into place, with the rights of any file saved."""

from __future__ import annotations

import os
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook
from openpyxl.writer.excel import ExcelWriter

from models.errors import os_error_words

TEMPORARY_PREFIX = ".luoshi-"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest moment a ZIP entry (and so an .xlsx) can carry


# What a file of each kind the program writes begins with: an existing file of another kind is not ours.
_MAGIC = {".pdf": b"%PDF", ".xlsx": b"PK\x03\x04", ".docx": b"PK\x03\x04"}
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
    if head and not (head.startswith(_MAGIC[suffix]) and written_by_us(target, suffix)):
        raise OutputRefused(f"已有一个同名文件“{target.name}”，但它不是本程序写的 {suffix} 文件，为免覆盖别的"
                            "内容，请换一个文件名。", target)


CREATOR = "落实台账"  # in every file written: the PDF's and the Office file's creator
_CORE_LIMIT = 1024 * 1024  # docProps/core.xml is a few hundred bytes


def written_by_us(path: Path, suffix: str) -> bool:
    """Whether an existing file of the output's kind is one of ours (its creator says so): anything else — the
    breakdown sheet imported, a document someone saved here — is never written over."""
    try:
        if suffix == ".pdf":
            import pypdfium2  # loads only when a PDF is to be replaced

            document = pypdfium2.PdfDocument(str(path))
            try:
                return str(document.get_metadata_dict().get("Creator", "")).startswith(CREATOR)
            finally:
                document.close()
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > _CORE_LIMIT:
                return False
            core = archive.read(info).decode("utf-8", "replace")
    except Exception:  # unreadable, damaged or hostile: not ours, so not written over
        return False
    return f">{CREATOR}</dc:creator>" in core


def write_atomically(target: Path, write: Callable[[Path], int], suffix: str = ".pdf") -> int:
    """Write beside the target and rename over it, so a failure never leaves half a file behind; the target
    is checked first (check_output)."""
    check_output(target, suffix)
    folder = target.resolve().parent
    remove_stale_temporaries(folder)
    handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=suffix + ".tmp", dir=folder)
    os.close(handle)
    try:
        result = write(Path(temporary))
        # mkstemp makes the file private (0600); the result should be as readable as any file the user saves.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
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


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
