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

TEMPORARY_PREFIX = ".luoshi-"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest moment a ZIP entry (and so an .xlsx) can carry


def write_atomically(target: Path, write: Callable[[Path], int], suffix: str = ".pdf") -> int:
    """Write beside the target and rename over it, so a failure never leaves half a file behind."""
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
    """openpyxl's save, except under a clock set before 1980 (where ZIP cannot date an entry)."""
    # strict_timestamps=False clamps what openpyxl adds from temporary files (dated by the same clock).
    with _ClampedZip(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, strict_timestamps=False) as archive:
        ExcelWriter(book, archive).save()
