"""Ctrl+P: the report dialog generates, previews, saves and prints the sheets."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Notice
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from printing.pdf_pages import PdfPages
from tests.ui.answering_host import answering
from ui.dialogs.report_dialog import ReportDialog
from ui.main_window import MainWindow
from ui.widgets.pdf_preview import HAVE_QTPDF

from .helpers import run_dialog


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        for title in ("整顿软弱涣散党组织", "开展党员教育培训"):
            create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section,
                                                    deadline=parse_deadline("3月20日前", 2026)))


def open_dialog(window: MainWindow, work: Callable[[ReportDialog], None]) -> ReportDialog:
    return run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)


def test_ctrl_p_previews_saves_and_prints_the_progress_sheet(window: MainWindow, tmp_path: Path) -> None:
    """On every supported Qt: with QtPdf where it is there, with PDFium's page images where it is not."""
    saved, printed = tmp_path / "推进情况表.pdf", tmp_path / "printed.pdf"

    def work(dialog: ReportDialog) -> None:
        assert dialog.status.text().startswith("2项，共 1 页")  # counted as the sheet counts
        assert dialog.preview.page_count() == 1
        if not HAVE_QTPDF:  # the page is drawn in the dialog, not a note that it cannot be
            pixmap = dialog.preview.page_label.pixmap()
            assert not pixmap.isNull() and pixmap.width() > 100 and dialog.preview.note.isHidden()
        answering(dialog).answer("ask_save_file", saved)
        assert dialog.save_as() == saved
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        answering(dialog).answer("ask_printer", printer)
        assert dialog.print_report() == 1
    dialog = open_dialog(window, work)
    assert "整顿软弱涣散党组织" in (PdfReader(saved).pages[0].extract_text() or "")
    assert len(PdfReader(printed).pages) == 1
    page = PdfPages(printed)
    try:  # what reached the printer is the sheet, not a blank page
        image = page.render(0, 30)
        dark = sum(1 for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).lightness() < 160)
        assert dark > 500
    finally:
        page.close()
    assert not dialog.folder.exists()  # the temporary previews are cleaned up


def test_options_change_what_is_printed(window: MainWindow) -> None:
    def work(dialog: ReportDialog) -> None:
        dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("no_feedback"))
        assert dialog.generate() and dialog.status.text().startswith("2项")
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
        assert dialog.generate() and "督办单 1 张（打印或保存时编号）" in dialog.status.text()
    open_dialog(window, work)


def test_a_notice_is_numbered_when_it_goes_out_and_only_once(window: MainWindow, tmp_path: Path) -> None:
    window.list_pane.select_task(window.list_pane.model.shown_tasks()[0].id)
    first, again = tmp_path / "督办单.pdf", tmp_path / "again.pdf"

    def work(dialog: ReportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notice"))
        assert dialog.generate() and "打印或保存时编号" in dialog.status.text()
        answering(dialog).answer("ask_save_file", first)
        assert dialog.save_as() == first
        assert "督〔2026〕1号" in dialog.status.text() or "督〔2026〕1号" in (PdfReader(first).pages[0].extract_text()
                                                                           or "")
        answering(dialog).answer("ask_save_file", again)  # saved again from the same preview: the same notice
        assert dialog.save_as() == again
    open_dialog(window, work)
    for pdf in (first, again):
        assert "督〔2026〕1号" in (PdfReader(pdf).pages[0].extract_text() or "")
    with window.context.ledger.reading() as session:
        assert session.scalars(select(Notice.number)).all() == [1]


def test_save_proposes_the_month_and_sheet_as_file_name_and_remembers_the_folder(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proposed: list[Path] = []
    folder = tmp_path / "报表"
    folder.mkdir()

    def choose(_title: str, shown: Path, _pattern: str) -> Path:  # what the file dialog proposes, then a choice
        proposed.append(shown)
        return folder / shown.name
    answering(window).answer("ask_save_file", choose)

    def work(dialog: ReportDialog) -> None:
        first = dialog.save_as()
        assert first is not None and first.name == "2026年3月重点工作任务推进情况表.pdf" and first.is_file()
        dialog.section_combo.setCurrentIndex(dialog.section_combo.findData("组织科"))
        dialog.save_as()
    open_dialog(window, work)
    assert proposed[0].name == "2026年3月重点工作任务推进情况表.pdf"
    assert proposed[1] == folder / "2026年3月组织科重点工作任务推进情况表.pdf"  # the folder chosen last time


def test_the_year_account_previews_and_saves_as_word(window: MainWindow, tmp_path: Path) -> None:
    saved = tmp_path / "年度工作台账.docx"

    def work(dialog: ReportDialog) -> None:
        assert not dialog.word_button.isVisibleTo(dialog)  # only the year's account goes to Word
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("year"))
        dialog.generate()
        assert dialog.word_button.isVisibleTo(dialog) and dialog.preview.page_count() >= 1
        assert dialog.suggested_file_name() == "2026年度工作台账.pdf"
        dialog.ask_word_path = lambda: saved
        assert dialog.save_word() == saved
    open_dialog(window, work)
    with zipfile.ZipFile(saved) as package:
        assert "整顿软弱涣散党组织" in package.read("word/document.xml").decode("utf-8")


def test_with_no_printer_set_up_the_clerk_is_told_instead_of_an_empty_print_dialog(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QWidget

    from tests.ui.answering_host import AnsweringHost
    from ui.dialog_host import DialogHost

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))  # this PC's printers
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = AnsweringHost()
    assert DialogHost.ask_printer(dialogs, tmp_path / "进展表.pdf", over=parent) is None  # the real host's check
    told = dialogs.texts("inform")
    assert told and "没有设置打印机" in told[0] and "另存为 PDF" in told[0]
