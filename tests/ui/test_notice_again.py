"""The report dialog's 督办单: one for the top-level task (a selected subtask is listed in its task's notice), the
open notice shown again under its own number, and a 催办 citing it only when 催办 is ticked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Notice
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from tests.ui.answering_host import answering
from ui.dialogs.report_dialog import ReportDialog
from ui.main_window import MainWindow

from .helpers import run_dialog


@pytest.fixture
def window_data(ledger: Ledger) -> int:
    """A task due at the year's end with a subtask already late; the subtask's id."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        parent = create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section,
                                                         deadline=parse_deadline("12月底前", 2026)))
        return create_task(session, "测试员", TaskDraft(2026, "完成全市排查摸底", parent_id=parent.id,
                                                       lead_section_id=section,
                                                       deadline=parse_deadline("3月10日前", 2026))).id


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(pdf).pages))


def save_notice(window: MainWindow, out: Path, *, again: bool = False) -> str:
    """Open 打印 on the selected task's 督办单, tick 催办 if asked, save it; what the dialog said before saving."""
    said: list[str] = []

    def work(dialog: ReportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notice"))
        dialog.again_check.setChecked(again)
        assert dialog.generate() and dialog.again_check.isEnabled()
        said.append(dialog.status.text().replace("\u2060", ""))  # as read: the 文号's joiners draw as nothing
        answering(dialog).answer("ask_save_file", out)
        assert dialog.save_as() == out
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("progress"))
        assert dialog.generate() and not dialog.again_check.isEnabled()  # a choice for notices only
    run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)
    return said[0]


def test_the_open_notice_is_shown_again_and_a_催办_is_asked_for(window: MainWindow, window_data: int,
                                                              tmp_path: Path) -> None:
    window.list_pane.select_task(window_data)  # the subtask: its notice goes to its task
    assert "打印或保存时编号" in save_notice(window, tmp_path / "1.pdf")
    first = text_of(tmp_path / "1.pdf")
    assert "督〔2026〕1号" in first and "任务编号0.1交办日期" in first and "0.1.1完成全市排查摸底" in first

    assert "督〔2026〕1号" in save_notice(window, tmp_path / "2.pdf")  # still open: the same notice, numbered
    assert "督〔2026〕1号" in text_of(tmp_path / "2.pdf")
    with window.context.ledger.reading() as session:
        assert session.scalars(select(Notice.number)).all() == [1]

    assert "打印或保存时编号" in save_notice(window, tmp_path / "3.pdf", again=True)
    third = text_of(tmp_path / "3.pdf")
    assert "督〔2026〕2号" in third and "催办" in third and "前已于3月25日发出督〔2026〕1号督办单" in third
    with window.context.ledger.reading() as session:
        assert session.scalars(select(Notice.number).order_by(Notice.number)).all() == [1, 2]


def test_a_batch_is_chosen_by_what_a_notice_is_for(window: MainWindow, window_data: int) -> None:
    """列出 for a batch of 督办单 offers what notices are for, and 逾期的 counts the task late through its
    subtask once, as the statistics do; the sheets get their own choices back."""
    def work(dialog: ReportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("progress"))
        dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("overdue"))
        assert dialog.generate() and dialog.only_combo.currentText() == "逾期及临期（红灯、黄灯）"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notices"))
        assert dialog.generate()
        offered = [dialog.only_combo.itemText(i) for i in range(dialog.only_combo.count())]
        assert offered == ["逾期的（含子任务逾期）", "红灯的", "本期未反馈的", "全部未启动、推进中的（不含暂缓）"]
        assert dialog.only_combo.currentData() == "overdue" and "督办单 1 张" in dialog.status.text()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("progress"))
        assert dialog.generate() and dialog.only_combo.findData("unfinished") >= 0
    run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)
