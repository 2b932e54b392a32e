"""导入 Excel from the window: preview every row, import in one go, then a progress return."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from tests.fixtures.breakdown_layouts import word_plan
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.import_dialog import RETURN, ImportDialog
from ui.main_window import MainWindow

from .helpers import click_button, run_dialog, shown_titles

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"  # copies of ../shared/samples


def test_preview_then_import_then_a_progress_return(qtbot: QtBot, ledger: Ledger,
                                                    qtmodeltester: ModelTester) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def breakdown(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", [SAMPLES / "任务分解表-合并单元格.xlsx"])
        click_button(dialog, "选择文件…")
        assert dialog.model.rowCount() == 12 and dialog.model.count("warning") == 0  # 各科室 kept as a co-unit
        assert "将新建——新科室" in dialog.summary.text() and dialog.import_button.isEnabled()
        qtmodeltester.check(dialog.model)
        assert shown_titles(window) == []  # the preview wrote nothing
        assert dialog.run_import() and "已导入 12 项新任务" in dialog.summary.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, breakdown, accept=False)
    assert len(shown_titles(window)) == 12
    rows = window.context.rows  # as many red lights as the status bar's 逾期, not 11 red beside 逾期8
    red = sum(row.light.value == "red" for row in rows)
    assert red == sum(row.overdue for row in rows) == window.list_pane.counting.tally(rows).overdue

    def progress(dialog: ImportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RETURN))
        answering(dialog).answer("ask_open_files", [SAMPLES / "推进情况表-3月.xlsx"])
        click_button(dialog, "选择文件…")
        assert dialog.period() == "2026-03" and dialog.model.count("error") == 0
        assert dialog.run_import() and "已录入 12 条复命记录" in dialog.summary.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, progress, accept=False)
    assert all(row.feedback_this_period for row in window.list_pane.model.shown_tasks())


def test_a_file_that_is_not_a_spreadsheet_is_explained(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    bogus = tmp_path / "看起来像表格.xlsx"
    bogus.write_text("不是表格", encoding="utf-8")
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", [bogus])
        click_button(dialog, "选择文件…")
        assert "不是 Excel 表格文件" in dialog.error_label.text() and not dialog.import_button.isEnabled()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)


def test_a_column_the_header_words_miss_is_read_from_what_it_holds_and_can_be_mapped_by_hand(
        qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["序号", "工作任务", "承办处室", "完成时限"], [1, "建立台账", "办公室", "3月底前"],
                [2, "开展培训", "干部科", "6月底前"]):
        sheet.append(row)
    path = tmp_path / "odd.xlsx"
    book.save(path)
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", [path])
        click_button(dialog, "选择文件…")
        assert dialog.mapping_box.isVisibleTo(dialog)
        lead = dialog.field_combos["lead"]
        # 承办处室 is in no word list: it is read as the lead from what it holds (unit names), and shown so.
        assert lead.currentText() == "C 承办处室" and dialog.model.count("warning") == 0
        # One level of tasks: 工作任务 is read as each task (the preview's 任务内容), and 列对应 says so, not
        # 重点任务 ← 工作任务 beside 任务内容 ← 不导入 while the preview showed the text as the task.
        assert dialog.field_combos["title"].currentText() == "B 工作任务"
        assert dialog.field_combos["key_task"].currentData() == -1
        lead.setCurrentIndex(lead.findData(-1))  # the clerk says otherwise: the rows lose their lead
        assert dialog.model.count("warning") == 2
        lead.setCurrentIndex(lead.findData(2))  # and maps it back by hand
        assert lead.currentText() == "C 承办处室" and dialog.model.count("warning") == 0
        assert dialog.run_import()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
    assert sorted(r.lead_section for r in window.list_pane.model.shown_tasks()) == ["办公室", "干部科"]


def test_long_work_shows_what_it_does_and_the_wait_cursor_until_it_ends(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from ui.dialogs.dialog_parts import busy

    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(OSError), busy(label, "正在导入……"):
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
        assert label.text() == "正在导入……"
        raise OSError("磁盘已满")
    assert QApplication.overrideCursor() is None  # an error does not leave the cursor spinning


def test_a_word_plan_imports_end_to_end_from_the_window(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    plan = word_plan(tmp_path / "2026年工作要点分工方案.docx")

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_open_files", [plan])
        click_button(dialog, "选择文件…")
        assert dialog.model.rowCount() == 5 and dialog.model.count("error") == 0
        assert "将新建——新科室" in dialog.summary.text() and "各县（市、区）委组织部" in dialog.summary.text()
        assert dialog.run_import() and "已导入 5 项新任务" in dialog.summary.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
    titles = shown_titles(window)
    assert "整顿软弱涣散基层党组织" in titles and "开展专题读书班" in titles


def test_text_pasted_from_word_imports_from_the_window(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    text = "一、强化政治引领\n（一）加强理论武装\n1.组织专题学习（干部教育科牵头，3月底前完成）\n2.开展专题读书班"

    def work(dialog: ImportDialog) -> None:
        answering(dialog).answer("ask_long_text", text)
        dialog.paste_text()
        assert dialog.model.rowCount() == 3 and dialog.model.count("error") == 0
        assert dialog.run_import() and "已导入 3 项新任务" in dialog.summary.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
    assert "组织专题学习" in shown_titles(window)


def test_a_path_pasted_into_the_file_box_is_read_and_a_wrong_one_is_named(qtbot: QtBot, ledger: Ledger) -> None:
    """The box looks like a place to type: a path pasted from Explorer (quotes and all) and Enter reads it."""
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)

    def work(dialog: ImportDialog) -> None:
        dialog.path_edit.setText("D:/没有这个文件.xlsx")
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        assert "找不到这个文件：D:/没有这个文件.xlsx" in dialog.error_label.text()
        dialog.path_edit.setText(f'"{SAMPLES / "任务分解表-标准格式.xlsx"}"')
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        assert dialog.model.rowCount() > 0 and dialog.import_button.isEnabled() and not dialog.error_label.text()
    run_dialog(window, window.registry.import_xlsx, ImportDialog, work, accept=False)
