"""Where the window's dialogs and questions run: one object, so tests can answer them without a blocking exec()."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from ui.file_dialogs import choose_folder, open_files, save_file
from ui.i18n import tr as _tr


class DialogHost:
    """Runs dialogs and asks questions over `parent`; a window that replaces another takes the same host."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def run(self, dialog: QDialog) -> bool:
        """Show `dialog` modally; True when it was accepted. The dialog is deleted when control is back in the
        event loop, after its caller has read it: left alone it stays a child of the window for good, and a
        day's dialogs piled up there until the garbage collector destroyed some at a moment of its choosing."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self.parent, title, text) == QMessageBox.StandardButton.Yes

    def ask_ledger_path(self, save: bool, folder: Path) -> Path | None:
        """A ledger file to create (`save`) or to open, starting in `folder`."""
        pattern = _tr("台账文件 (*.sqlite);;所有文件 (*)")
        if save:
            chosen = save_file(self.parent, _tr("新建台账文件"), folder, pattern)
            return chosen if chosen is None or chosen.name.endswith(".sqlite") else chosen.with_name(
                chosen.name + ".sqlite")
        found = open_files(self.parent, _tr("打开台账文件"), "ledgers", pattern, start=folder)
        return found[0] if found else None

    def ask_save_file(self, title: str, proposed: Path, pattern: str) -> Path | None:
        """Where to save a file, starting from a proposed name and folder."""
        return save_file(self.parent, title, proposed, pattern)

    def ask_folder(self, title: str, start: Path) -> Path | None:
        return choose_folder(self.parent, title, start)

    def ask_year(self, title: str, label: str, proposed: int) -> int | None:
        """A plan year, `proposed` first; None when cancelled."""
        year, ok = QInputDialog.getInt(self.parent, title, label, proposed, 2000, 2100)
        return year if ok else None

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        """One line of text, stripped; None when cancelled or left blank."""
        text, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return text.strip() if ok and text.strip() else None
