"""Ctrl+P: the report dialog generates, previews, saves and prints the sheets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import Ledger
from ui.main_window import MainWindow
from ui.pdf_preview import HAVE_QTPDF
from ui.report_dialog import ReportDialog

from .helpers import run_dialog

TODAY = date(2026, 3, 25)


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        for title in ("整顿软弱涣散党组织", "开展党员教育培训"):
            create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section,
                                                    deadline=parse_deadline("3月20日前", 2026)))
    shown = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(shown)
    return shown


def open_dialog(window: MainWindow, work: Callable[[ReportDialog], None]) -> ReportDialog:
    return run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)


def test_ctrl_p_previews_saves_and_prints_the_progress_sheet(window: MainWindow, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    saved, printed = tmp_path / "推进情况表.pdf", tmp_path / "printed.pdf"
    handed_over: list[str] = []  # without QtPdf, printing goes through the system's PDF reader
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: handed_over.append(url.toLocalFile()) or True)

    def work(dialog: ReportDialog) -> None:
        assert "2 项任务，共 1 页" in dialog.status.text()
        if HAVE_QTPDF:
            assert dialog.preview.page_count() == 1
        dialog.ask_save_path = lambda: saved
        assert dialog.save_as() == saved
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.ask_printer = lambda: printer
        assert dialog.print_report() == (1 if HAVE_QTPDF else 0)
    dialog = open_dialog(window, work)
    assert "整顿软弱涣散党组织" in (PdfReader(saved).pages[0].extract_text() or "")
    if HAVE_QTPDF:
        assert len(PdfReader(printed).pages) == 1
    else:
        assert len(handed_over) == 1 and "整顿软弱涣散党组织" in (PdfReader(handed_over[0]).pages[0].extract_text()
                                                             or "")
    assert not dialog.folder.exists()  # the temporary previews are cleaned up


def test_options_change_what_is_printed(window: MainWindow) -> None:
    def work(dialog: ReportDialog) -> None:
        dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("no_feedback"))
        assert dialog.generate() and "2 项任务" in dialog.status.text()
        dialog.section_combo.setCurrentIndex(dialog.section_combo.findData("组织科"))
        dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("unfinished"))
        dialog.column_actions["progress"].setChecked(False)
        assert dialog.options().columns[-1] == "light" and "progress" not in dialog.options().columns
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("stats"))
        assert dialog.generate() and "1 个科室" in dialog.status.text()
        assert not dialog.only_combo.isEnabled()
    open_dialog(window, work)


def test_notice_is_for_the_selected_task(window: MainWindow) -> None:
    assert not open_dialog(window, lambda dialog: None).kind_combo.model().item(2).isEnabled()
    window.list_pane.select_task(window.list_pane.model.shown_tasks()[0].id)

    def work(dialog: ReportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notice"))
        assert dialog.generate() and "任务 0.1" in dialog.status.text()
    open_dialog(window, work)
