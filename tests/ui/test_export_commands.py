"""File → 导出 Excel… and 生成科室反馈表… write what the command line writes, where the clerk chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow

from .helpers import reported_errors


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    with ledger.begin() as session:
        office = directory.section(session, "测试员", "办公室").id
        cadres = directory.section(session, "测试员", "干部一科/二科").id  # a slash a file name cannot hold
        directory.section(session, "测试员", "研究室")  # nothing open: no form
        alike = directory.section(session, "测试员", "干部一科二科").id  # cleans to the same file name
        for title, section in (("整顿软弱涣散党组织", office), ("完善干部考核办法", cadres), ("开展调研", alike)):
            create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section,
                                                    deadline=parse_deadline("6月底前", 2026)))
        done = create_task(session, "测试员", TaskDraft(2026, "已经办完的事", lead_section_id=office,
                                                       deadline=parse_deadline("3月底前", 2026))).id
        change_status(session, "测试员", done, Status.IN_PROGRESS, on=TODAY)
        change_status(session, "测试员", done, Status.COMPLETED, on=TODAY)


def cell_texts(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return " ".join(str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                    for value in row if value is not None)


def test_export_xlsx_proposes_a_name_and_writes_the_years_tasks(window: MainWindow, tmp_path: Path) -> None:
    proposed: list[Path] = []

    def choose(title: str, start: Path, pattern: str) -> Path:
        proposed.append(start)
        return tmp_path / "导出的台账"  # typed without the extension
    answering(window).answer("ask_save_file", choose)
    window.registry.export_xlsx.trigger()
    assert proposed[0].name == "2026年重点工作任务分解表.xlsx"
    written = tmp_path / "导出的台账.xlsx"
    assert "整顿软弱涣散党组织" in cell_texts(written) and "完善干部考核办法" in cell_texts(written)
    assert "（任务4项）" in window.statusBar().currentMessage()  # four tasks, counted as every sheet counts


def test_feedback_forms_one_file_per_section_with_open_tasks(window: MainWindow, tmp_path: Path) -> None:
    tmp_path = tmp_path / "反馈表"
    tmp_path.mkdir()
    answering(window).answer("ask_folder", tmp_path)
    window.registry.feedback_forms.trigger()
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["办公室2026年3月反馈表.xlsx", "干部一科二科2026年3月反馈表.xlsx",
                     "干部一科二科2026年3月反馈表（2）.xlsx"]
    assert "开展调研" in cell_texts(tmp_path / "干部一科二科2026年3月反馈表（2）.xlsx")
    office = cell_texts(tmp_path / "办公室2026年3月反馈表.xlsx")
    assert "整顿软弱涣散党组织" in office and "完善干部考核办法" not in office and "已经办完的事" not in office
    assert "已生成 3 份反馈表" in window.statusBar().currentMessage()
    before = (tmp_path / "办公室2026年3月反馈表.xlsx").stat().st_mtime_ns
    asked: list[str] = []
    answering(window).answer("confirm", lambda title, text: bool(asked.append(text)))
    window.registry.feedback_forms.trigger()
    assert "已有 3 份同名反馈表" in asked[0]
    assert (tmp_path / "办公室2026年3月反馈表.xlsx").stat().st_mtime_ns == before  # answered no: kept


def test_export_into_a_folder_that_cannot_be_written_says_so(window: MainWindow, tmp_path: Path) -> None:
    errors = reported_errors(window)
    answering(window).answer("ask_save_file", lambda title, start, pattern: tmp_path / "没有这个文件夹" / "台账.xlsx")
    window.registry.export_xlsx.trigger()
    assert errors and "无法导出" in errors[-1]


def test_returned_forms_import_together_for_the_period_their_names_give(window: MainWindow, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "反馈表"
    folder.mkdir()
    answering(window).answer("ask_folder", folder)
    window.registry.feedback_forms.trigger()
    returned = []
    for path, report in ((folder / "办公室2026年3月反馈表.xlsx", "已完成摸底，正在整顿"),
                         (folder / "干部一科二科2026年3月反馈表.xlsx", "已形成考核办法初稿")):
        book = load_workbook(path)
        sheet = book.worksheets[0]
        column = next(cell.column for cell in sheet[4] if cell.value == "进展情况")
        sheet.cell(row=5, column=column, value=report)  # the section fills in its first task
        book.save(path)
        returned.append(path)
    stray = folder / "科室发来的扫描件2026年3月.pdf"  # one that is not a form: a row saying so, the rest go in
    stray.write_bytes(b"%PDF-1.4 scanned")
    returned.append(stray)
    opened: list[ImportDialog] = []

    def preview(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportDialog)
        opened.append(dialog)
        assert dialog.period() == "2026-03" and dialog.model.count("ok") == 2  # both forms, one list
        assert dialog.model.count("error") == 1 and dialog.import_button.isEnabled()
        assert dialog.run_import() and "已录入 2 条复命记录" in dialog.summary.text()
        return True
    answering(window).answer("run", preview)
    answering(window).answer("ask_open_files", returned)  # the files the clerk picks
    window.registry.import_returns.trigger()
    reports = {row.latest_progress for row in window.context.rows}
    assert opened and {"已完成摸底，正在整顿", "已形成考核办法初稿"} <= reports
