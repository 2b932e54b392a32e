"""User-interface state kept between runs in QSettings (layouts, last file): not ledger data."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

from models.errors import LedgerError
from models.server.address import ServerAddress, is_server_address, parse_address


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


def save_splitters(splitters: dict[str, QSplitter]) -> None:
    settings = store()
    for name, splitter in splitters.items():
        settings.setValue(f"splitter/{name}", splitter.saveState())


def restore_splitters(splitters: dict[str, QSplitter]) -> None:
    settings = store()
    for name, splitter in splitters.items():
        state = settings.value(f"splitter/{name}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)


def last_ledger() -> Path | str | None:
    """The file, or the server's address (postgresql://…, never with a password), worked on last."""
    value = store().value("ledger/last")
    if not isinstance(value, str) or not value:
        return None
    return value if is_server_address(value) else Path(value)


def remember_ledger(place: Path | str) -> None:
    store().setValue("ledger/last", str(place))


def last_server() -> ServerAddress | None:
    """The server this PC connected to last: 连接服务器… starts from it."""
    value = store().value("server/last")
    if not isinstance(value, str) or not is_server_address(value):
        return None
    try:
        return parse_address(value)[0]
    except LedgerError:
        return None


def remember_server(address: ServerAddress) -> None:
    store().setValue("server/last", address.display)  # the address shown to users holds no password


def last_folder(purpose: str) -> Path:
    """Where the last file for this purpose (reports, imports) went; home when that folder is gone."""
    value = store().value(f"folder/{purpose}")
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(purpose: str, path: Path) -> None:
    """Remember the folder chosen, or the folder of the file chosen."""
    store().setValue(f"folder/{purpose}", str(path if path.is_dir() else path.parent))


def remembered_geometry(name: str) -> tuple[QRect | None, bool, QRect | None]:
    """Where a window or dialog was last (x, y, width, height), if it was ever shown, whether maximised, and
    the screen area it was on then (None when not known)."""
    settings = store()
    value = settings.value(f"geometry/{name}")
    maximised = str(settings.value(f"geometry/{name}-maximised", "false")).lower() == "true"
    rect = value if isinstance(value, QRect) and value.width() > 0 and value.height() > 0 else None
    area = settings.value(f"geometry/{name}-screen")
    return rect, maximised and rect is not None, area if isinstance(area, QRect) and not area.isEmpty() else None


def remember_geometry(name: str, rect: QRect, maximised: bool = False, area: QRect | None = None) -> None:
    settings = store()
    settings.setValue(f"geometry/{name}", rect)
    settings.setValue(f"geometry/{name}-maximised", maximised)
    if area is not None:
        settings.setValue(f"geometry/{name}-screen", area)


def remembered_text(key: str) -> str:
    """A short text the user typed last time (who chairs the meeting), or ""."""
    value = store().value(f"text/{key}")
    return value if isinstance(value, str) else ""


def remember_text(key: str, value: str) -> None:
    settings = store()
    settings.setValue(f"text/{key}", value)
    settings.sync()  # on disk now: the next start (or --gallery) reads it
