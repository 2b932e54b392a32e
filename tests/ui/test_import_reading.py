"""导入 reads the file in a worker: the window keeps painting, 取消 stops it, and a file saved again after the
preview is read again rather than imported unseen."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow

from .helpers import click_button, run_dialog, shown_titles

ROWS = 19_000
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"


def breakdown(path: Path, rows: int, task: str = "第{n}项任务") -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("任务分解")
    sheet.append(["序号", "重点任务", "具体措施", "牵头科室", "完成时限"])
    for n in range(1, rows + 1):
        sheet.append([n, f"重点任务{n % 8 + 1}", task.format(n=n), "干部科", "6月底前"])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def big_breakdown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A breakdown near the 20,000-row limit: a second or two to read, long enough to see and cancel."""
    return breakdown(tmp_path_factory.mktemp("big") / "全年任务分解.xlsx", ROWS)


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


@pytest.mark.slow
def test_a_large_file_is_read_while_the_window_keeps_going_and_can_be_cancelled(
        qtbot: QtBot, ledger: Ledger, big_breakdown: Path, fresh_heap: None) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    ticks: list[float] = []
    seen: dict[str, float] = {}
    labels: list[str] = []

    def watch() -> None:  # the window's own event loop, while the file is read
        ticks.append(time.monotonic())
        shown = progress_dialogs()
        if shown and "cancelled_at" not in seen:
            labels.append(shown[0].labelText())
            read = re.search(r"已读取 ([\d,]+) 行", shown[0].labelText())
            if read and int(read[1].replace(",", "")) >= 5_000:  # it has told how far it is: the clerk gives up
                button = shown[0].findChild(QPushButton)
                assert button is not None and button.text() == "取消"
                seen["cancelled_at"] = time.monotonic()
                button.click()
    timer = QTimer()
    timer.timeout.connect(watch)

    def work(dialog: ImportDialog) -> None:
        # A file read first: its columns shown.
        answering(dialog).answer("ask_open_files", [SAMPLES / "任务分解表-标准格式.xlsx"])
        click_button(dialog, "选择文件…")
        assert dialog.mapping_box.isVisibleTo(dialog) and dialog.field_combos["title"].count() > 1
        answering(dialog).answer("ask_open_files", [big_breakdown])
        timer.start(50)
        click_button(dialog, "选择文件…")
        timer.stop()
        seen["returned_at"] = time.monotonic()
        assert "已取消读取 全年任务分解.xlsx" in dialog.summary.text()
        assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
        assert not dialog.error_label.text()
        # Nothing of the first file is left to be taken for this one's: its columns went when this was chosen.
        assert not dialog.mapping_box.isVisibleTo(dialog) and dialog.field_combos["title"].count() == 1
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
    # It kept going while reading (on the UI thread not one tick came until the reading ended): the 取消
    # itself was clicked from a tick.
    reading = [tick for tick in ticks if tick < seen["cancelled_at"]]
    assert len(reading) >= 2 and max(b - a for a, b in itertools.pairwise(reading)) < 1.0
    assert "正在读取并检查 全年任务分解.xlsx" in labels[0]
    assert seen["returned_at"] - seen["cancelled_at"] < 1.0  # 取消 stops the reading at once
    assert not progress_dialogs() and shown_titles(window) == []


@pytest.mark.slow
def test_the_whole_large_file_is_previewed_then_imported_without_reading_it_again(
        qtbot: QtBot, ledger: Ledger, big_breakdown: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", [big_breakdown])
        click_button(dialog, "选择文件…")
        assert dialog.model.rowCount() == ROWS and dialog.import_button.isEnabled()
        import importers.breakdown
        import importers.sources

        def no_reading(*_args: object) -> None:
            raise AssertionError("read again")
        for module in (importers.breakdown, importers.sources):
            monkeypatch.setattr(module, "read_document", no_reading)
        dialog.period_edit.setDate(dialog.period_edit.date().addMonths(-1))  # a new 期次 only re-checks
        assert dialog.model.rowCount() == ROWS
        assert dialog.run_import() and f"已导入 {ROWS} 项新任务" in dialog.summary.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)


def test_a_file_saved_again_after_the_preview_is_read_again_not_imported_unseen(
        qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    path = breakdown(tmp_path / "分解表.xlsx", 2)

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", [path])
        click_button(dialog, "选择文件…")
        assert dialog.model.rowCount() == 2
        breakdown(path, 3, task="改过的第{n}项")  # the clerk fixes the sheet in WPS and saves it
        assert not dialog.run_import()
        assert "分解表.xlsx 在预览之后有改动，已重新读取" in dialog.error_label.text()
        assert dialog.model.rowCount() == 3 and shown_titles(window) == []
        assert dialog.run_import() and "已导入 3 项新任务" in dialog.summary.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
    assert sorted(shown_titles(window)) == ["改过的第1项", "改过的第2项", "改过的第3项"]


def test_enter_in_the_path_box_reads_the_file_and_clicks_no_button(qtbot: QtBot, ledger: Ledger,
                                                                   tmp_path: Path) -> None:
    """On a shown dialog Enter also goes to its default button: it opened 选择文件… after the reading, and
    would have clicked 导入 once the preview enabled it."""
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    path = breakdown(tmp_path / "分解表.xlsx", 2)
    asked: list[str] = []

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", lambda *_asked: asked.append("选择文件") or [])
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.path_edit.setFocus()
        for _ in range(2):  # the second Enter comes with 导入 enabled
            dialog.path_edit.setText(str(path))
            qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
            assert dialog.model.rowCount() == 2 and dialog.import_button.isEnabled()
        assert asked == [] and shown_titles(window) == []
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
