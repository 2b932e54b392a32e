"""打印督查通报… in the window: the preview leaves 第　期 blank, printing or saving gives the record its 第N期 (once:
again, the same), and 另存为 Word… writes the same 通报 as a Word document in the 公文 styles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QLabel

from models.domain import directory
from models.domain.enums import InspectionKind
from models.domain.inspections import InspectionDraft, create_inspection
from models.ledger import Ledger
from tests.ui.answering_host import answering
from ui.dialogs.report_dialog import ReportDialog
from ui.main_window import MainWindow


@pytest.fixture
def window_data(ledger: Ledger) -> dict[str, int]:
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科").id
        first, second = (create_inspection(session, "测试员", InspectionDraft(
            held_on=date(2026, month, 10), kind=InspectionKind.SUPERVISION, title=f"{month}月专项督查",
            unit_ids=[unit])).id for month in (2, 3))
    return {"first": first, "second": second}


def _bulletin_dialog(window: MainWindow, record: int, work: Callable[[ReportDialog], None]) -> None:
    def runner(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReportDialog)
        work(dialog)
        dialog.reject()
        return False
    answering(window).answer("run", runner)
    window.file_commands.open_reports("bulletin", record)


def _text(pdf: Path) -> str:
    return "".join((page.extract_text() or "") for page in PdfReader(pdf).pages)


def test_the_bulletin_is_numbered_when_it_goes_out_and_keeps_its_number(window: MainWindow, tmp_path: Path,
                                                                         window_data: dict[str, int]) -> None:
    saved, again, word = tmp_path / "通报.pdf", tmp_path / "再次.pdf", tmp_path / "通报.docx"

    def first(dialog: ReportDialog) -> None:
        dialog.generate()
        assert dialog.status.text().startswith("0 个问题，打印或保存时编期号，共 ")
        assert dialog.word_button.isVisibleTo(dialog)
        answering(dialog).answer("ask_save_file", saved)
        assert dialog.save_as() == saved
        assert dialog.status.text().startswith("已保存")
        dialog.ask_word_path = lambda: word
        assert dialog.save_word() == word
    _bulletin_dialog(window, window_data["second"], first)
    assert "第1期" in _text(saved) and "3月专项督查" in _text(saved)
    paragraphs = [p.text for p in Document(str(word)).paragraphs]
    assert "第1期" in paragraphs and "关于3月专项督查情况的通报" in paragraphs

    def later(dialog: ReportDialog) -> None:
        dialog.generate()
        assert "2026年第1期" in dialog.status.text()  # numbered already: shown in the preview
        answering(dialog).answer("ask_save_file", again)
        assert dialog.save_as() == again
    _bulletin_dialog(window, window_data["second"], later)
    assert "第1期" in _text(again)

    def other(dialog: ReportDialog) -> None:
        dialog.generate()
        answering(dialog).answer("ask_save_file", tmp_path / "另一份.pdf")
        assert dialog.save_as() is not None
    _bulletin_dialog(window, window_data["first"], other)
    assert "第2期" in _text(tmp_path / "另一份.pdf")


def test_the_monthly_bulletin_is_chosen_by_month_and_numbered_on_in_the_series(
        window: MainWindow, tmp_path: Path, window_data: dict[str, int]) -> None:
    """打印 → 月度通报: last month by default; numbered when saved, after the 督查通报 already given 第1期; the Word
    draft carries the same number."""
    saved, word = tmp_path / "月度通报.pdf", tmp_path / "月度通报.docx"

    def record_first(dialog: ReportDialog) -> None:
        answering(dialog).answer("ask_save_file", tmp_path / "督查.pdf")
        assert dialog.save_as() is not None
    _bulletin_dialog(window, window_data["first"], record_first)

    def monthly(dialog: ReportDialog) -> None:
        def date_label() -> str:
            label = dialog.choices.form.labelForField(dialog.date_edit)
            assert isinstance(label, QLabel)
            return label.text()
        assert date_label() == "截至"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("monthly"))
        assert dialog.monthly.month_combo.currentText() == "2026年2月"  # the tests' day is 25 March
        # The month's figures run to its end; the day chosen is the 通报's 编发 day, and the row says so.
        assert date_label() == "编发日期" and "月底" in dialog.date_edit.toolTip()
        dialog.generate()
        assert dialog.monthly.month_combo.isEnabled() and dialog.word_button.isVisibleTo(dialog)
        assert "打印或保存时编期号" in dialog.status.text()
        assert dialog.suggested_file_name() == "2026年2月重点工作任务推进落实情况通报.pdf"
        answering(dialog).answer("ask_save_file", saved)
        assert dialog.save_as() == saved
        dialog.ask_word_path = lambda: word
        assert dialog.save_word() == word
    _bulletin_dialog(window, window_data["first"], monthly)
    assert "第2期" in _text(saved)
    assert "关于2026年2月重点工作任务推进落实情况的通报" in _text(saved).replace("\n", "").replace(" ", "")
    assert "第2期" in [p.text for p in Document(str(word)).paragraphs]


def test_a_bulletin_saved_or_printed_then_cancelled_takes_no_number(window: MainWindow, tmp_path: Path,
                                                                     window_data: dict[str, int]) -> None:
    """The file or the printer is chosen first: 取消 there leaves the series as it was."""
    def cancelled(dialog: ReportDialog) -> None:
        dialog.generate()
        answering(dialog).answer("ask_save_file", None)
        assert dialog.save_as() is None
        dialog.ask_word_path = lambda: None
        assert dialog.save_word() is None
        answering(dialog).answer("ask_printer", None)
        assert dialog.print_report() == 0
        assert dialog.generate() and "打印或保存时编期号" in dialog.status.text()
    _bulletin_dialog(window, window_data["second"], cancelled)

    def saved(dialog: ReportDialog) -> None:
        dialog.generate()
        assert "打印或保存时编期号" in dialog.status.text()  # still unnumbered when opened again
        answering(dialog).answer("ask_save_file", tmp_path / "通报.pdf")
        assert dialog.save_as() is not None
    _bulletin_dialog(window, window_data["second"], saved)
    assert "第1期" in _text(tmp_path / "通报.pdf")
