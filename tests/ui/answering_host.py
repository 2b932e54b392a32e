"""The window's dialogs and questions answered by a test, through the one place the window asks them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget

from ui.dialog_host import DialogHost


@dataclass(frozen=True)
class Asked:
    kind: str  # the DialogHost method: "confirm", "ask_text", "run", …
    arguments: tuple[Any, ...]  # as the method was called, without `over`

    @property
    def text(self) -> str:
        """What the user read: a question's text or a field's label (its second argument)."""
        return str(self.arguments[1]) if len(self.arguments) > 1 else ""


class AnsweringHost(DialogHost):
    """Every dialog and question is answered from what the test set with `answer`, and kept in `asked`. One
    with no answer set fails the test: a window that asks something unexpected is a finding, not a hang.
    Messages that only tell (inform, warn) need no answer; they are kept all the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asked: list[Asked] = []
        self._answers: dict[str, object] = {}

    def answer(self, kind: str, answer: object) -> None:
        """From now on each call of `kind` answers `answer`; a callable is called with the call's arguments
        and what it returns is the answer (for "run", the dialog: fill it, return whether it was accepted)."""
        self._answers[kind] = answer

    def texts(self, kind: str) -> list[str]:
        return [asked.text for asked in self.asked if asked.kind == kind]

    def _reply(self, kind: str, *arguments: Any) -> Any:
        self.asked.append(Asked(kind, arguments))
        if kind not in self._answers:
            raise AssertionError(f"the window asked what the test did not answer: {kind}{arguments!r}")
        answer = self._answers[kind]
        return answer(*arguments) if callable(answer) else answer

    def run(self, dialog: QDialog) -> bool:
        try:
            return bool(self._reply("run", dialog))
        finally:
            dialog.deleteLater()

    def run_box(self, box: QMessageBox) -> QAbstractButton | None:
        clicked = self._reply("run_box", box)
        return clicked if isinstance(clicked, QAbstractButton) else None

    def confirm(self, title: str, text: str, *, over: QWidget | None = None) -> bool:
        return bool(self._reply("confirm", title, text))

    def inform(self, title: str, text: str, *, over: QWidget | None = None) -> None:
        self.asked.append(Asked("inform", (title, text)))

    def warn(self, title: str, text: str, *, over: QWidget | None = None) -> None:
        self.asked.append(Asked("warn", (title, text)))

    def ask_ledger_path(self, save: bool, folder: Path) -> Path | None:
        return self._path(self._reply("ask_ledger_path", save, folder))

    def ask_open_files(self, title: str, purpose: str, pattern: str, *, several: bool = False,
                       over: QWidget | None = None) -> list[Path]:
        return list(self._reply("ask_open_files", title, purpose, pattern) or [])

    def ask_save_file(self, title: str, proposed: Path, pattern: str, *, over: QWidget | None = None) -> Path | None:
        return self._path(self._reply("ask_save_file", title, proposed, pattern))

    def ask_folder(self, title: str, start: Path, *, over: QWidget | None = None) -> Path | None:
        return self._path(self._reply("ask_folder", title, start))

    def ask_year(self, title: str, label: str, proposed: int) -> int | None:
        year = self._reply("ask_year", title, label, proposed)
        return int(year) if year is not None else None

    def ask_text(self, title: str, label: str, default: str = "", *, over: QWidget | None = None) -> str | None:
        text = self._reply("ask_text", title, label, default)
        return str(text).strip() or None if text is not None else None

    def ask_choice(self, title: str, label: str, items: list[str], *, over: QWidget | None = None) -> str | None:
        chosen = self._reply("ask_choice", title, label, items)
        return str(chosen) if chosen is not None else None

    def ask_password(self, title: str, label: str, *, over: QWidget | None = None) -> str | None:
        typed = self._reply("ask_password", title, label)
        return str(typed) if typed is not None else None

    def ask_printer(self, path: Path, *, over: QWidget | None = None) -> QPrinter | None:
        printer = self._reply("ask_printer", path)
        return printer if isinstance(printer, QPrinter) else None

    def ask_long_text(self, title: str, placeholder: str, ok_text: str, *, over: QWidget | None = None) -> str | None:
        text = self._reply("ask_long_text", title, placeholder)
        return str(text) if text is not None else None

    @staticmethod
    def _path(value: object) -> Path | None:
        return Path(str(value)) if value is not None else None


def answering(window: Any) -> AnsweringHost:
    """The host of a window opened in a test (tests/conftest.py gives every window one)."""
    host = window.dialogs
    assert isinstance(host, AnsweringHost), "this window was given a real DialogHost"
    return host

