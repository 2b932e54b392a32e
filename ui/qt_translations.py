"""Qt's own words in Chinese: the Yes/No of message boxes, the file dialogs, the text boxes' right-click menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []  # kept alive for as long as the application runs


def install_qt_translations(app: QCoreApplication, locale: QLocale | None = None) -> bool:
    """Load Qt's translations for `locale` (Simplified Chinese unless told otherwise) from Qt's own
    translations folder (the bundle carries the zh_CN ones); False when this Qt has none for it."""
    locale = locale or QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = False
    for name in ("qtbase", "qt"):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
    return loaded
