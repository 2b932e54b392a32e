"""User-interface state kept between runs in QSettings (layouts, last file): not ledger data."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


def store() -> QSettings:
    # With LUOSHI_DATA_DIR (tests, a portable copy on a USB stick) the layout lives beside the data too.
    folder = os.environ.get("LUOSHI_DATA_DIR")
    if folder:
        return QSettings(str(Path(folder) / "界面设置.ini"), QSettings.Format.IniFormat)
    return QSettings("Luoshi", "Luoshi")


def save_header(name: str, header: QHeaderView) -> None:
    store().setValue(f"header/{name}", header.saveState())


def restore_header(name: str, header: QHeaderView) -> bool:
    value = store().value(f"header/{name}")
    return isinstance(value, QByteArray) and header.restoreState(value)


def save_window(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = store()
    settings.setValue("window/geometry", window.saveGeometry())
    for name, splitter in splitters.items():
        settings.setValue(f"splitter/{name}", splitter.saveState())


def restore_window(window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
    settings = store()
    geometry = settings.value("window/geometry")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    for name, splitter in splitters.items():
        state = settings.value(f"splitter/{name}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    return restored


def last_ledger() -> Path | None:
    value = store().value("ledger/last")
    return Path(value) if isinstance(value, str) and value else None


def remember_ledger(path: Path) -> None:
    store().setValue("ledger/last", str(path))


def last_folder(purpose: str) -> Path:
    """Where the last file for this purpose (reports, imports) went; home when that folder is gone."""
    value = store().value(f"folder/{purpose}")
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(purpose: str, path: Path) -> None:
    """Remember the folder chosen, or the folder of the file chosen."""
    store().setValue(f"folder/{purpose}", str(path if path.is_dir() else path.parent))
