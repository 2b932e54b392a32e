"""整改台账 from the 问题清单 page: the import previewed and accepted puts the problems on the page under their
source; 导出整改台账… writes the file the sections are handed."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.fixtures.rectification_class import build
from tests.ui.answering_host import answering
from ui.dialogs.problem_import_dialog import ProblemImportDialog
from ui.item_models.problem_tree_model import BY_SOURCE
from ui.main_window import PROBLEMS_PAGE, MainWindow


def test_an_accepted_preview_puts_the_problems_on_the_page(window: MainWindow, tmp_path: Path) -> None:
    member = build(tmp_path / "巡察整改台账.xlsx", 2)
    window.show_page(PROBLEMS_PAGE)
    page = window.problems_page
    assert page.problems == []
    host = answering(window)
    host.answer("ask_open_files", [member.path])
    seen: dict[str, str] = {}

    def accept(dialog: ProblemImportDialog) -> bool:
        dialog.choose_file()
        seen["summary"] = dialog.summary.text()
        seen["first"] = str(dialog.model.index(0, 3).data())  # 导入为
        return dialog.run_import()

    host.answer("run", accept)
    page.ledger_actions.import_action.trigger()
    assert f"新增 {len(member.problems)}" in seen["summary"] and "新来源（督查记录）" in seen["summary"], seen
    assert seen["first"] == "新增"
    assert sorted(p.description for p in page.problems) == sorted(p.description for p in member.problems)
    page.group_combo.setCurrentIndex(page.group_combo.findData(BY_SOURCE))
    assert any(member.source in str(page.model.index(row, 0).data()) for row in range(page.model.rowCount()))

    host.answer("run", lambda dialog: (dialog.open_file(member.path), dialog.run_import())[1])  # the same again
    page.ledger_actions.import_action.trigger()
    assert len(page.problems) == len(member.problems)  # updated, never listed twice


def test_export_writes_the_ledger_the_sections_are_handed(window: MainWindow, tmp_path: Path) -> None:
    member = build(tmp_path / "台账.xlsx", 4)
    host = answering(window)
    host.answer("run", lambda dialog: (dialog.open_file(member.path), dialog.run_import())[1])
    window.show_page(PROBLEMS_PAGE)
    window.problems_page.ledger_actions.import_action.trigger()
    target = tmp_path / "发科室.xlsx"
    host.answer("ask_save_file", lambda title, proposed, pattern: target)
    assert window.problems_page.ledger_actions.export() == target
    sheet = load_workbook(target).worksheets[0]
    assert sheet.cell(row=3, column=3).value == "存在问题"
    assert sheet.cell(row=4, column=3).value == member.problems[0].description
    assert f"问题 {len(member.problems)} 个" in host.texts("inform")[-1]


def test_a_path_pasted_into_the_file_box_is_read_as_in_the_task_import(window: MainWindow, tmp_path: Path,
                                                                         qtbot: QtBot) -> None:
    """The 文件 box took no typing: a path copied from Explorer (复制为路径, in quotes) could not be used, while the
    task import's box reads one on 回车. Both do now; a path that names no file is said so, and nothing is read."""
    member = build(tmp_path / "审计整改台账.xlsx", 3)
    window.show_page(PROBLEMS_PAGE)
    seen: dict[str, str] = {}

    def paste(dialog: ProblemImportDialog) -> bool:
        dialog.path_edit.setText(f'"{tmp_path / "没有这个文件.xlsx"}"')  # pasted (keyClicks types Latin-1 only)
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        seen["missing"] = dialog.error_label.text()
        dialog.path_edit.setText(f'"{member.path}"')
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        seen["summary"] = dialog.summary.text()
        return dialog.run_import()

    answering(window).answer("run", paste)
    window.problems_page.ledger_actions.import_action.trigger()
    assert "找不到这个文件" in seen["missing"], seen
    assert f"新增 {len(member.problems)}" in seen["summary"], seen
    assert len(window.problems_page.problems) == len(member.problems)
