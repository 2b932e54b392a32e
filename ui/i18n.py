"""The interface language: Simplified Chinese as written, or English from resources/translations (a .ts workflow).

`make translations` runs pyside6-lupdate over ui/ (with `_tr` as an alias of tr) and pyside6-lrelease; a
module's `_tr` is this `tr`, whose context is the one lupdate gives such calls (none). The language is a
choice of this PC (设置 → 界面语言), applied when the program starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ui import ui_state
from ui.qt_translations import install_qt_translations

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # each named in its own language, as language menus do
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """A translatable text outside a class (lupdate files `_tr("…")` calls under the empty context)."""
    return QCoreApplication.translate("", text)


def error_text(error: BaseException | str) -> str:
    """An error (or a models.errors.Message) from models/ in the interface's language: its template
    translated, then filled in. A plain str is already a finished text."""
    template, values = getattr(error, "template", ""), getattr(error, "values", {})
    if not template:
        return str(error) or type(error).__name__
    translated = QCoreApplication.translate("Errors", template)
    # A field's name in the message ({what}: 任务内容) and a status word are listed for translators too;
    # other values are data. A value that is itself a message ("系统报告的错误（代码 5）") is said in turn.
    said = {name: (error_text(value) if getattr(value, "template", "") else QCoreApplication.translate("Errors", value))
            if isinstance(value, str) else value for name, value in values.items()}
    try:
        return translated.format(**said) if said else translated
    except (KeyError, IndexError, ValueError):  # a translation that lost a {name}: the message as raised
        return str(error)


def said_text(text: str) -> str:
    """A piece of text models/ hands up to be shown (a rule's name, a tier, a reason): a Message filled in the
    interface's language, or a word listed for translators with said("…")."""
    if getattr(text, "template", ""):
        return error_text(text)
    return QCoreApplication.translate("Errors", text)


def chosen_language() -> str:
    language = ui_state.remembered_text("ui/language")
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(language: str) -> None:
    ui_state.remember_text("ui/language", language if language in LANGUAGES else DEFAULT_LANGUAGE)


CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def install_translations(app: QCoreApplication, language: str | None = None) -> bool:
    """The program's own texts in `language` (the PC's choice by default), and Qt's own buttons and dialogs
    with them; False when the English file is missing (the interface then stays Chinese). A Chinese interface
    has Qt's dates in Chinese too (the file dialogs' list, the calendars), whatever the PC's own locale."""
    language = language or chosen_language()
    if language == DEFAULT_LANGUAGE:
        QLocale.setDefault(CHINESE)
        install_qt_translations(app, CHINESE)  # Qt's 是/否, 打开, 取消 in Chinese too
        return True
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"luoshi_{language}.qm")):
        QLocale.setDefault(CHINESE)
        install_qt_translations(app, CHINESE)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    install_qt_translations(app, QLocale(language))  # English Qt needs none; another language its own
    return True
