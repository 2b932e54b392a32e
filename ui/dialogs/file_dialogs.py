"""Choosing files and folders: in the user's documents folder (or where the last such file was), over the window,
and in Chinese throughout.

Qt 6.11's file dialog put mnemonics into three of its labels ("&Look in:", "Files of &type:") and the Chinese
catalogue shipped with it has not caught up, so they showed in English in the Chinese window; they are set
here. Its list wrote each file's date in the system's format (6 12 2026 05:50 on a PC set to the C locale),
not the window's: the date is written again in the interface's (QLocale(), set at start by ui.i18n). On
Windows the system's own dialog is used and is in the system's language anyway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, QLocale, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QFileSystemModel, QTreeView, QWidget

from ui.i18n import DEFAULT_LANGUAGE, chosen_language
from ui.i18n import tr as _tr
from ui.ui_state import last_folder, remember_folder


def documents_folder() -> Path:
    """Where an office user keeps their files: 文档 (Documents), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(purpose: str) -> Path:
    """The folder the last file for `purpose` came from, else the documents folder."""
    remembered = last_folder(purpose)
    return remembered if remembered != Path.home() else documents_folder()


class _LocalDates(QIdentityProxyModel):
    """The file list as Qt's model has it, its 修改日期 column in the interface's locale (2026/12/6 05:50)."""

    DATE_COLUMN = 3  # QFileSystemModel's: name, size, type, date modified

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.sourceModel()
        if index.column() == self.DATE_COLUMN and role == Qt.ItemDataRole.DisplayRole and isinstance(
                source, QFileSystemModel):
            return QLocale().toString(source.lastModified(self.mapToSource(index)), QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def _dialog(parent: QWidget | None, title: str, start: Path, pattern: str,
            mode: QFileDialog.FileMode, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), pattern)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    if chosen_language() == DEFAULT_LANGUAGE:
        label = QFileDialog.DialogLabel
        for which, text in ((label.LookIn, _tr("查找范围：")), (label.FileName, _tr("文件名：")),
                            (label.FileType, _tr("文件类型：")),
                            (label.Accept, _tr("保存") if save else _tr("选择") if
                             mode == QFileDialog.FileMode.Directory else _tr("打开")), (label.Reject, _tr("取消"))):
            dialog.setLabelText(which, text)
    if dialog.findChild(QTreeView) is not None:  # Qt's own dialog, not the system's (which has its own dates)
        dialog.setProxyModel(_LocalDates(dialog))
    return dialog


def _run(dialog: QFileDialog) -> list[Path]:
    try:
        return [Path(name) for name in dialog.selectedFiles()] if dialog.exec() == QDialog.DialogCode.Accepted \
            else []
    finally:
        dialog.deleteLater()


def open_files(parent: QWidget | None, title: str, purpose: str, pattern: str, *, several: bool = False,
               start: Path | None = None) -> list[Path]:
    """Files to read; the folder they came from is where the next choice for `purpose` starts."""
    mode = QFileDialog.FileMode.ExistingFiles if several else QFileDialog.FileMode.ExistingFile
    chosen = _run(_dialog(parent, title, start or start_folder(purpose), pattern, mode))
    if chosen:
        remember_folder(purpose, chosen[0])
    return chosen


def save_file(parent: QWidget | None, title: str, proposed: Path, pattern: str) -> Path | None:
    """Where to write a file, `proposed` (a folder and a name) first."""
    chosen = _run(_dialog(parent, title, proposed, pattern, QFileDialog.FileMode.AnyFile, save=True))
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen = _run(_dialog(parent, title, start, "", QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else None
