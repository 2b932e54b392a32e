"""Where the window's dialogs and questions run: one object, so tests answer them all in one place and no
dialog waits in a blocking exec() nobody closes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.dialog_parts import ok_cancel
from ui.dialogs.file_dialogs import choose_folder, open_files, save_file, start_folder
from ui.i18n import tr as _tr
from ui.ui_state import remember_folder

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class DialogHost:
    """Runs dialogs and asks questions over `parent` (or over the dialog that asks, `over`); a window that
    replaces another takes the same host. Every question a window or one of its dialogs asks comes here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def _over(self, over: QWidget | None) -> QWidget | None:
        return over if over is not None else self.parent

    def run(self, dialog: QDialog) -> bool:
        """Show `dialog` modally; True when it was accepted. The dialog is deleted when control is back in the
        event loop, after its caller has read it: left alone it stays a child of the window for good, and a
        day's dialogs piled up there until the garbage collector destroyed some at a moment of its choosing."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def run_box(self, box: QMessageBox) -> QAbstractButton | None:
        """A message box with buttons of its own: the one clicked (None when closed)."""
        box.exec()
        return box.clickedButton()

    def confirm(self, title: str, text: str, *, over: QWidget | None = None) -> bool:
        return QMessageBox.question(self._over(over), title, text) == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str, *, over: QWidget | None = None) -> None:
        QMessageBox.information(self._over(over), title, text)

    def warn(self, title: str, text: str, *, over: QWidget | None = None) -> None:
        """Something did not happen and the user must know why (a file that cannot be opened)."""
        QMessageBox.critical(self._over(over), title, text)

    def ask_ledger_path(self, save: bool, folder: Path) -> Path | None:
        """A ledger file to create (`save`) or to open, starting in `folder`."""
        pattern = _tr("台账文件 (*.sqlite);;所有文件 (*)")
        if save:
            chosen = save_file(self.parent, _tr("新建台账文件"), folder, pattern)
            return chosen if chosen is None or chosen.name.endswith(".sqlite") else chosen.with_name(
                chosen.name + ".sqlite")
        found = open_files(self.parent, _tr("打开台账文件"), "ledgers", pattern, start=folder)
        return found[0] if found else None

    def ask_open_files(self, title: str, purpose: str, pattern: str, *, several: bool = False,
                       over: QWidget | None = None) -> list[Path]:
        """Files to read (one unless `several`); the next choice for `purpose` starts where these were."""
        return open_files(self._over(over), title, purpose, pattern, several=several)

    def ask_save_file(self, title: str, proposed: Path, pattern: str, *, over: QWidget | None = None) -> Path | None:
        """Where to save a file, starting from a proposed name and folder."""
        return save_file(self._over(over), title, proposed, pattern)

    def ask_save_path(self, title: str, purpose: str, file_name: str, pattern: str, *, also: tuple[str, ...] = (),
                      over: QWidget | None = None) -> Path | None:
        """Where to save a file: `file_name` proposed in the folder last used for `purpose`, its extension
        added when the user typed the name without it (or without one of `also`, the other kinds the pattern
        offers), the folder remembered for next time."""
        suffix = Path(file_name).suffix
        chosen = self.ask_save_file(title, start_folder(purpose) / file_name, pattern, over=over)
        if chosen is None:
            return None
        name = str(chosen)
        path = Path(name if name.lower().endswith(tuple(s.lower() for s in (suffix, *also))) else name + suffix)
        remember_folder(purpose, path)
        return path

    def ask_folder(self, title: str, start: Path, *, over: QWidget | None = None) -> Path | None:
        return choose_folder(self._over(over), title, start)

    def ask_year(self, title: str, label: str, proposed: int) -> int | None:
        """A plan year, `proposed` first; None when cancelled."""
        year, ok = QInputDialog.getInt(self.parent, title, label, proposed, 2000, 2100)
        return year if ok else None

    def ask_text(self, title: str, label: str, default: str = "", *, over: QWidget | None = None) -> str | None:
        """One line of text, stripped; None when cancelled or left blank."""
        text, ok = QInputDialog.getText(self._over(over), title, label, QLineEdit.EchoMode.Normal, default)
        return text.strip() if ok and text.strip() else None

    def ask_choice(self, title: str, label: str, items: list[str], *, over: QWidget | None = None) -> str | None:
        """One of `items`; None when cancelled or there is nothing to choose."""
        if not items:
            return None
        item, ok = QInputDialog.getItem(self._over(over), title, label, items, 0, False)
        return item if ok else None

    def ask_password(self, title: str, label: str, *, over: QWidget | None = None) -> str | None:
        """A password, typed unseen; None when the user gives up. Never stored anywhere."""
        dialog = QInputDialog(self._over(over))
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(_tr("连接"))
        dialog.setCancelButtonText(_tr("取消"))
        try:
            return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def ask_printer(self, path: Path, *, over: QWidget | None = None) -> QPrinter | None:
        """The printer and pages for the PDF at `path`; None when cancelled, or told why when this PC has none."""
        from ui.print_job import has_printer, print_dialog  # Qt's print support loads on first print

        if not has_printer():
            self.inform(_tr("打印"), _tr("这台电脑没有设置打印机。请先在系统中添加打印机；也可以用“另存为 PDF…”保存后，"
                                        "用阅读器打印。"), over=over)
            return None
        return print_dialog(self._over(over), path)

    def ask_long_text(self, title: str, placeholder: str, ok_text: str, *, over: QWidget | None = None) -> str | None:
        """Several lines of text pasted or typed (a 分工方案 copied from Word); None when cancelled."""
        dialog = QDialog(self._over(over))
        dialog.setWindowTitle(title)
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(ok_cancel(dialog, ok_text, _tr("取消")))
        edit.setFocus()
        try:
            return edit.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
