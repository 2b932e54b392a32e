"""User-interface state kept between runs in QSettings (layouts, last file): not ledger data."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter

from models.errors import LedgerError
from models.server.address import ServerAddress, is_server_address, parse_address


def store() -> QSettings:
    # With LUOSHI_DATA_DIR (tests, a portable copy on a USB stick) the layout lives beside the data too.
    folder = os.environ.get("LUOSHI_DATA_DIR")
    if folder:
        return QSettings(str(Path(folder) / "界面设置.ini"), QSettings.Format.IniFormat)
    return QSettings("Luoshi", "Luoshi")


def save_columns(name: str, header: QHeaderView, keys: Sequence[str]) -> None:
    """The columns' order, widths, which are hidden and the sorting, by each column's key: a column added,
    removed or moved in a later version leaves the others as the user set them (Qt's own state is by
    position, and would give one column's width to another)."""
    count = min(header.count(), len(keys))
    state = {
        "order": [keys[header.logicalIndex(visual)] for visual in range(count)],
        "widths": {keys[logical]: header.sectionSize(logical) for logical in range(count)
                   if not header.isSectionHidden(logical)},
        "hidden": [keys[logical] for logical in range(count) if header.isSectionHidden(logical)],
        "sort": [keys[header.sortIndicatorSection()] if 0 <= header.sortIndicatorSection() < count else "",
                 "descending" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "ascending"],
    }
    store().setValue(f"columns/{name}", json.dumps(state, ensure_ascii=False))


def restore_columns(name: str, header: QHeaderView, keys: Sequence[str]) -> bool:
    """Put back what save_columns kept; False (the defaults stay) when nothing readable was kept. A column
    the saved state does not name keeps its default."""
    try:
        state = json.loads(str(store().value(f"columns/{name}") or ""))
        order = [str(key) for key in state["order"] if key in keys]
        widths = {str(key): int(width) for key, width in dict(state["widths"]).items() if key in keys}
        hidden = {str(key) for key in state["hidden"] if key in keys}
        sort_key, sort_order = (str(part) for part in state["sort"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return False  # none kept yet, or written by hand: the defaults
    for key, width in widths.items():
        header.resizeSection(keys.index(key), max(width, header.minimumSectionSize()))
    for key in set(order) | hidden:
        header.setSectionHidden(keys.index(key), key in hidden)
    for visual, key in enumerate(order):
        header.moveSection(header.visualIndex(keys.index(key)), visual)
    if sort_key in keys:
        header.setSortIndicator(keys.index(sort_key), Qt.SortOrder.DescendingOrder if sort_order == "descending"
                                else Qt.SortOrder.AscendingOrder)
    return True


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
