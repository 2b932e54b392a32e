"""What an import is read from — a file, text pasted from Word, or several returned forms — read once into
plain rows, with each file's hash so a change made after the preview is noticed."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from importers.breakdown import header_of_grids, plan_grids, plan_text, read_document
from importers.grid import Grid
from importers.progress_return import read_return
from models.apply.rows import PlannedRow, ReturnLine
from models.errors import Message, RuleError, os_error_words

Stamp = str  # the sha256 of the file's bytes: a save in Excel/WPS, or another file copied over it, changes it


@dataclass
class Reading:
    """Rows to check against the ledger: planned tasks from a breakdown, or the lines of returned forms."""

    rows: list[PlannedRow] = field(default_factory=list)
    lines: list[ReturnLine] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # a breakdown file's header cells, to map columns by hand
    found: dict[str, int] = field(default_factory=dict)  # the columns recognised from the header
    grids: list[Grid] | None = None  # a breakdown file's sheets, planned again for another year or mapping
    stamps: dict[Path, Stamp | None] = field(default_factory=dict)


def stamp_of(path: Path) -> Stamp | None:
    """The file's hash; None for what is not a plain file (a pipe would block the reading), or is gone."""
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def changed_since(reading: Reading) -> list[Path]:
    """The files read that are no longer as they were (saved again in Excel, replaced, or gone)."""
    return [path for path, stamp in reading.stamps.items() if stamp_of(path) != stamp]


def read_breakdown(path: Path, year: int, columns: dict[str, int] | None = None,
                   earlier: Reading | None = None) -> Reading:
    """A breakdown file planned for `year`; its sheets are taken from `earlier` when the file is unchanged."""
    stamp = stamp_of(path)
    if earlier is not None and earlier.grids is not None and earlier.stamps == {path: stamp}:
        grids = earlier.grids
    else:
        grids = read_document(path)
    labels, found = header_of_grids(grids)
    return Reading(rows=plan_grids(grids, year, columns), labels=labels, found=found, grids=grids,
                   stamps={path: stamp})


def read_pasted(text: str, year: int) -> Reading:
    return Reading(rows=plan_text(text, year))


def read_return_file(path: Path) -> Reading:
    """One section's progress return."""
    return Reading(lines=read_return(path), stamps={path: stamp_of(path)})


def read_returns(paths: list[Path]) -> Reading:
    """Returned forms read together, each row naming the file it came from; one that cannot be read is a
    line saying so, and the rest go in."""
    reading = Reading()
    for path in paths:
        reading.stamps[path] = stamp_of(path)
        try:
            lines = read_return(path)
        except RuleError as error:
            reading.lines.append(ReturnLine(path.name, 1, problem=Message(error.template, **error.values)))
            continue
        except OSError as error:
            reading.lines.append(ReturnLine(path.name, 1, problem=Message(
                "无法读取文件 {name}：{error}", name=path.name, error=os_error_words(error))))
            continue
        reading.lines += [replace(line, sheet=f"{path.stem}·{line.sheet}") for line in lines]
    return reading
