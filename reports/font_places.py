"""Where fonts are on this PC and in the offline bundle: plain path lookups, without ReportLab, so the
window can find the bundle's font at start without loading the PDF machinery."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bundled_font_dir() -> Path | None:
    """The open-licensed font the offline bundle carries (make bundle copies one in), if this is the bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    folder = Path(frozen) / "fonts" if frozen else None
    return folder if folder is not None and folder.is_dir() else None


def font_dirs() -> list[Path]:
    """The machine's font folders, then the bundle's own: a PC's fonts are used when it has them."""
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        found = [windir / "Fonts", local]
    else:
        home = Path.home()
        found = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts",
                 home / ".fonts"]
    bundled = bundled_font_dir()
    return found + ([bundled] if bundled else [])


def find_font_file(name: str, dirs: list[Path] | None = None) -> Path | None:
    for folder in dirs if dirs is not None else font_dirs():
        direct = folder / name
        if direct.is_file():
            return direct
        if folder.is_dir() and sys.platform != "win32":
            for found in folder.rglob(name):
                return found
    return None
