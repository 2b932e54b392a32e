"""File dialogs speak the window's language, start where an office user keeps files, and sit over the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs import file_dialogs
from ui.dialogs.file_dialogs import documents_folder, open_files, start_folder
from ui.qt_translations import install_qt_translations


def test_the_file_dialog_is_chinese_where_qts_catalogue_is_not(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    """Qt 6.11's own labels (&Look in:, Files of &type:) have no Chinese yet: ours are set on the dialog."""
    install_qt_translations(QApplication.instance())  # type: ignore[arg-type]
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    seen: list[QFileDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog)
        dialog.reject()
    QTimer.singleShot(50, look)
    assert open_files(window, "选择文件", "test", "表格 (*.xlsx)", start=tmp_path) == []
    [dialog] = seen
    labels = QFileDialog.DialogLabel
    assert [dialog.labelText(which) for which in (labels.LookIn, labels.FileName, labels.FileType)] == \
        ["查找范围：", "文件名：", "文件类型："]
    assert Path(dialog.directory().absolutePath()) == tmp_path


def test_with_nothing_remembered_a_choice_starts_in_the_documents_folder(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    documents = tmp_path / "文档"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    assert start_folder("从未用过的用途") == documents  # not the program's working folder
    assert documents_folder().is_dir()
