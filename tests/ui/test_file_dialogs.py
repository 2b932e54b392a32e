"""File dialogs speak the window's language, start where an office user keeps files, and sit over the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from changes.instructions import instruct
from models.domain import directory
from models.domain.instructions import InstructionDraft
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from tests.ui.helpers import run_dialog, show_window
from ui.dialogs import file_dialogs
from ui.dialogs.file_dialogs import documents_folder, open_files, start_folder
from ui.dialogs.report_dialog import ReportDialog
from ui.i18n import install_translations
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


@pytest.fixture
def chinese_interface(qapp: QApplication) -> Iterator[None]:
    """The Chinese interface as the program starts it; Qt's translators and default locale put back after."""
    from ui import i18n, qt_translations

    before, translators = QLocale(), len(qt_translations._installed)
    assert install_translations(qapp, "zh_CN")
    yield
    QLocale.setDefault(before)
    for translator in qt_translations._installed[translators:]:
        QCoreApplication.removeTranslator(translator)
    del qt_translations._installed[translators:]
    assert not i18n._installed  # the Chinese interface loads no translation of its own


def test_the_file_dialogs_dates_are_chinese_in_the_chinese_interface(qtbot: QtBot, tmp_path: Path,
                                                                     chinese_interface: None) -> None:
    """On a PC set to the C locale Qt's list said 6 12 2026 05:50: in the Chinese window it says 2026/12/6 05:50."""
    (tmp_path / "报表.pdf").write_bytes(b"%PDF-1.4")
    assert QLocale().language() is QLocale.Language.Chinese
    window = QWidget()
    qtbot.addWidget(window)
    dialog = file_dialogs._dialog(window, "另存为", tmp_path / "督办单.pdf", "PDF 文件 (*.pdf)",
                                  QFileDialog.FileMode.AnyFile, save=True)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
    row = next(r for r in range(model.rowCount(view.rootIndex()))
               if model.index(r, 0, view.rootIndex()).data() == "报表.pdf")
    shown = str(model.index(row, 3, view.rootIndex()).data())
    day = date.fromtimestamp((tmp_path / "报表.pdf").stat().st_mtime)
    assert shown.startswith(f"{day.year}/{day.month}/{day.day}"), shown
    dialog.reject()


def test_a_save_starts_in_the_folder_that_kind_of_file_was_last_saved_to(qtbot: QtBot, ledger: Ledger,
                                                                        tmp_path: Path) -> None:
    """A 呈报单 saved into a folder is where the next sheet's 另存为 starts, and the next 呈报单's; an Excel
    export has its own folder."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        task = create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section)).id
    instruct(ledger, 2026, task, InstructionDraft("王建国", TODAY, "请抓紧推进。"))
    window = show_window(qtbot, ledger)
    window.list_pane.select_task(task)
    sheets, sheets_again, tables = (tmp_path / name for name in ("报表", "另一处", "表格"))
    for folder in (sheets, sheets_again, tables):
        folder.mkdir()
    proposed: list[Path] = []

    def save_in(folder: Path) -> None:
        answering(window).answer("ask_save_file", lambda _title, start, _pattern: (
            proposed.append(start), folder / start.name)[1])
    save_in(sheets)
    window.registry.instruction_report.trigger()  # 呈报单: remembered as the sheets' folder
    save_in(tables)
    window.registry.export_xlsx.trigger()

    def save_sheet(dialog: ReportDialog) -> None:
        save_in(sheets_again)
        assert dialog.save_as() is not None
    run_dialog(window, window.registry.print_sheet, ReportDialog, save_sheet, accept=False)
    save_in(sheets)
    window.registry.instruction_report.trigger()
    assert [path.parent for path in proposed[1:]] == [documents_folder(), sheets, sheets_again]
    assert (sheets / proposed[0].name).exists() and (sheets_again / proposed[2].name).exists()
