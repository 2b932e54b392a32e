"""Chinese on screen: the bundle's own font is offered to Qt, and a PC that has no Chinese font is told so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from reports.font_places import bundled_font_dir
from ui.i18n import tr as _tr


def prepare_screen_fonts(app: QApplication, folder: Path | None = None) -> str:
    """Make Chinese readable in the window; returns a notice for the user when it cannot be.

    The offline bundle carries one open-licensed font for its printed sheets. Qt is given it too, and
    when the machine has no Chinese font of its own it becomes the window's font: otherwise every
    character would be an empty box.
    """
    folder = folder if folder is not None else bundled_font_dir()
    ours: list[str] = []
    for path in sorted(folder.glob("*.tt[fc]")) if folder is not None else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            ours.extend(QFontDatabase.applicationFontFamilies(font_id))
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not chinese:
        return _tr("这台电脑上没有可以显示中文的字体，界面文字可能显示为方框。请安装中文字体"
                   "（如文泉驿微米黑 fonts-wqy-microhei），或使用带字体的安装包。")
    if ours and set(chinese) <= set(ours):  # nothing but the bundle's own font can show Chinese here
        app.setFont(QFont(ours[0], app.font().pointSize()))
    return ""
