"""打印 → 批量督办单 on the example ledger: the notices are numbered and recorded only once the file is chosen or the
printer accepted, as `report notices` names a missing printer before anything is numbered. A save cancelled, or a
PC with no printer, leaves no number, no 催办记录 line and no timeline line; a save numbers and records exactly the
notices in the file, and saving again (or printing after a print that failed) keeps their numbers."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.domain.entities import Notice
from models.domain.notices import notice_number
from models.ledger import Ledger
from models.read.queries import task_rows
from models.read.reminders import task_reminders
from models.read.task_detail import timeline
from printing.pdf_print import Printed
from reports.output import write_atomically
from tests.conftest import DEMO_DAY
from tests.test_notice_counting import notice_codes, text_of
from tests.ui.answering_host import answering
from ui.dialog_host import DialogHost
from ui.dialogs.report_dialog import ReportDialog
from ui.main_window import MainWindow
from ui.print_job import print_with_progress

from .helpers import run_dialog, show_window

NUMBER = re.compile(r"组督〔2026〕\d+号")  # the example ledger's 文号代字


def numbers_in(text: str) -> list[str]:
    """The 文号 in a text as read: the window joins each one's characters with WORD JOINER (drawn as nothing)."""
    return NUMBER.findall(text.replace("\u2060", ""))


def what_was_sent(ledger: Ledger) -> tuple[list[str], dict[str, tuple[list[str], list[str]]]]:
    """The notices' 文号, and each task's 催办记录 and timeline as its editor shows them."""
    with ledger.reading() as session:
        numbers = [notice_number(notice.year, notice.number, notice.code)
                   for notice in session.scalars(select(Notice).order_by(Notice.number))]
        tasks = {row.code: ([line.words() for line in task_reminders(session, row.id)],
                            [entry.text for entry in timeline(session, row.id)])
                 for row in task_rows(session, 2026, DEMO_DAY, ledger.settings().light_rules)}
    return numbers, tasks


@pytest.fixture
def window(qtbot: QtBot, demo_ledger: Ledger) -> MainWindow:
    return show_window(qtbot, demo_ledger, as_of=DEMO_DAY)


def on_batch(window: MainWindow, work: Callable[[ReportDialog], None]) -> None:
    """打印 → 批量督办单, 列出 全部 (the tester's choice), then `work` in the dialog."""
    def drive(dialog: ReportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notices"))
        dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("all"))
        assert dialog.generate()
        work(dialog)
    run_dialog(window, window.registry.print_sheet, ReportDialog, drive, accept=False)


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_a_save_cancelled_in_the_file_dialog_numbers_and_records_nothing(window: MainWindow,
                                                                          demo_ledger: Ledger) -> None:
    before = what_was_sent(demo_ledger)

    def work(dialog: ReportDialog) -> None:
        shown = dialog.status.text()
        assert "张打印或保存时编号" in shown
        answering(dialog).answer("ask_save_file", None)  # 取消 in the file dialog
        assert dialog.save_as() is None
        assert dialog.status.text() == shown and not dialog.error_label.text()
        assert "发出督办单" not in window.statusBar().currentMessage()  # nothing "已完成" while nothing went out
    on_batch(window, work)
    assert what_was_sent(demo_ledger) == before


def test_a_file_that_may_not_be_written_is_refused_before_anything_is_numbered(
        window: MainWindow, demo_ledger: Ledger, tmp_path: Path) -> None:
    before = what_was_sent(demo_ledger)

    def work(dialog: ReportDialog) -> None:
        answering(dialog).answer("ask_save_file", tmp_path / "没有这个文件夹" / "督办单.pdf")
        assert dialog.save_as() is None
        assert "不存在" in dialog.error_label.text() and "编号" not in dialog.error_label.text()
    on_batch(window, work)
    assert what_was_sent(demo_ledger) == before


def test_with_no_printer_the_clerk_is_told_and_nothing_is_numbered(
        window: MainWindow, demo_ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))  # this PC has none
    before = what_was_sent(demo_ledger)

    def work(dialog: ReportDialog) -> None:
        shown = dialog.status.text()
        host = answering(dialog)
        host.answer("ask_printer", lambda path: DialogHost.ask_printer(host, path, over=dialog))  # the real check
        assert dialog.print_report() == 0
        assert any("没有设置打印机" in text for text in host.texts("inform"))
        host.answer("ask_printer", None)  # a printer, but 取消 in the print dialog
        assert dialog.print_report() == 0
        assert dialog.status.text() == shown and "张打印或保存时编号" in shown
    on_batch(window, work)
    assert what_was_sent(demo_ledger) == before


def test_a_save_numbers_and_records_exactly_the_notices_in_the_file_and_a_second_save_the_same(
        window: MainWindow, demo_ledger: Ledger, tmp_path: Path) -> None:
    numbers_before, tasks_before = what_was_sent(demo_ledger)
    first, second = tmp_path / "督办单.pdf", tmp_path / "再存一份.pdf"
    kept: list[str] = []

    def work(dialog: ReportDialog) -> None:
        kept.extend(numbers_in(dialog.status.text()))  # "组督〔2026〕1号 为未办结的原单，另 14 张打印或保存时编号"
        assert "张打印或保存时编号" in dialog.status.text()
        answering(dialog).answer("ask_save_file", first)
        assert dialog.save_as() == first
        answering(dialog).answer("ask_save_file", second)  # saved again from the same dialog
        assert dialog.save_as() == second
    on_batch(window, work)
    assert kept and set(kept) <= set(numbers_before)  # the example ledger has an open notice in the batch
    on_batch(window, lambda dialog: None)  # opened again and closed: a preview numbers nothing
    numbers, tasks = what_was_sent(demo_ledger)
    in_file = set(numbers_in(text_of(first)))
    new = set(numbers) - set(numbers_before)
    assert new and in_file == new | set(kept)  # every number given now is in the file, and nothing else
    assert len(numbers) == len(numbers_before) + len(new)  # none given twice
    assert text_of(second) == text_of(first)  # saved again: the same notices under the same numbers
    codes = notice_codes(first)
    changed = {code for code in tasks if tasks[code] != tasks_before[code]}
    assert changed <= set(codes) and len(changed) == len(codes) - len(kept)  # the open notice: nothing new
    recorded: set[str] = set()
    for code in changed:  # one line each in the 催办记录 and the timeline, not one per save
        added = [line for line in tasks[code][0] if line not in tasks_before[code][0]]
        went_out = [line for line in tasks[code][1] if line not in tasks_before[code][1]]
        assert len(added) == 1 and len(went_out) == 1 and added[0].endswith("（纸质）")
        number = NUMBER.search(added[0])
        if number is None:  # a 提醒函: recorded, never numbered
            assert went_out == ["提醒（纸质）"]
        else:
            recorded.add(number.group())
            assert went_out[0].startswith(f"发出{number.group()}")
    assert recorded == new


def test_a_print_that_fails_after_numbering_says_so_and_printing_again_keeps_the_numbers(
        window: MainWindow, demo_ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers_before, _tasks = what_was_sent(demo_ledger)
    printed = tmp_path / "printed.pdf"
    sent: list[str] = []

    def work(dialog: ReportDialog) -> None:
        answering(dialog).answer("ask_printer", pdf_printer(printed))
        monkeypatch.setattr("ui.dialogs.report_dialog.print_with_progress",
                            lambda _parent, _path, _printer: (Printed(0), "打印机脱机"))
        assert dialog.print_report() == 0
        said = dialog.error_label.text()
        assert "没有能送去打印（打印机脱机）" in said and "已编号并记入催办记录" in said and "仍用原编号" in said
        assert numbers_in(said)  # which notices: by their 文号
        monkeypatch.setattr("ui.dialogs.report_dialog.print_with_progress", print_with_progress)
        numbered = dialog.status.text()
        assert dialog.print_report() > 0  # the printer back: the same notices go out
        assert not dialog.error_label.text() and dialog.current is not None
        sent.extend(numbers_in(text_of(dialog.current)))  # the sheet the printer was sent (it prints images)
        assert set(sent) == set(numbers_in(numbered))
    on_batch(window, work)
    numbers, _tasks = what_was_sent(demo_ledger)
    assert set(numbers) - set(numbers_before) <= set(sent)
    assert len(numbers) == len(set(numbers_before) | set(sent))  # numbered once, by the print that failed
    assert printed.is_file()


def test_a_save_that_fails_after_numbering_says_the_notices_stand_and_saving_again_keeps_them(
        window: MainWindow, demo_ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers_before, _tasks = what_was_sent(demo_ledger)
    saved = tmp_path / "督办单.pdf"

    def disk_full(_path: Path, _write: Callable[[Path], int]) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def work(dialog: ReportDialog) -> None:
        answering(dialog).answer("ask_save_file", saved)
        monkeypatch.setattr("ui.dialogs.report_dialog.write_atomically", disk_full)
        assert dialog.save_as() is None and not saved.exists()
        said = dialog.error_label.text()
        assert said.startswith("无法保存：") and "已编号并记入催办记录" in said and "仍用原编号" in said
        monkeypatch.setattr("ui.dialogs.report_dialog.write_atomically", write_atomically)
        assert dialog.save_as() == saved and not dialog.error_label.text()
    on_batch(window, work)
    numbers, _tasks = what_was_sent(demo_ledger)
    new = set(numbers) - set(numbers_before)
    assert new and new <= set(numbers_in(text_of(saved)))
    assert len(numbers) == len(numbers_before) + len(new)
