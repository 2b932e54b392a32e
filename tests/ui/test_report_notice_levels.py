"""打印 → 批量督办单 at a level: 按触发条件 (each task's own), or one level for all as `report notices --level` does;
the line under the form counts the notices by level, and 提醒函 go out unnumbered into the 催办记录."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QTextLayout
from sqlalchemy import func, select

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Notice
from models.domain.enums import NoticeLevel
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.read.task_detail import task_detail
from tests.ui.answering_host import answering
from ui.dialogs.report_dialog import ReportDialog
from ui.main_window import MainWindow

from .helpers import run_dialog


@pytest.fixture
def window_data(ledger: Ledger) -> list[int]:
    """Two tasks late since 20 March (red by the trigger on TODAY, 25 March), one due at the year's end without a
    report this period (a 督办单)."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        return [create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section,
                                                        deadline=parse_deadline(deadline, 2026))).id
                for title, deadline in (("整顿软弱涣散党组织", "3月20日前"), ("开展党员教育培训", "3月20日前"),
                                        ("完善干部档案", "12月底前"))]


def shown_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` as a word-wrapped label draws it at `width`, line by line (the invisible joiners left out)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].replace("\u2060", ""))
    layout.endLayout()
    return lines


def batch(dialog: ReportDialog, level: str) -> str:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notices"))
    dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("all"))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(level))
    assert dialog.generate()
    return dialog.status.text()


def test_the_batch_is_counted_by_level_and_a_level_chosen_for_all(window: MainWindow, tmp_path: Path) -> None:
    def work(dialog: ReportDialog) -> None:
        assert [dialog.level_combo.itemText(n) for n in range(4)] == [
            "按触发条件", "提醒（不编号）", "督办单", "红色督办单"]
        assert batch(dialog, "").startswith("红色督办单 2 张、督办单 1 张（打印或保存时编号）")
        assert batch(dialog, NoticeLevel.RED.value).startswith("红色督办单 3 张（")
        assert batch(dialog, NoticeLevel.YELLOW.value).startswith("督办单 3 张（")
        answering(dialog).answer("ask_save_file", tmp_path / "督办单.pdf")
        assert dialog.save_as() is not None
        assert dialog.generate()  # as it went out: numbered
        said = dialog.status.text()
        numbers = "督〔2026〕1号、督〔2026〕2号、督〔2026〕3号"
        assert said.replace("\u2060", "").startswith(f"督办单 3 张：{numbers}，共 3 页")
        narrow = shown_lines(said, dialog.status.font(), 130)  # the line under a narrow form, wrapped
        assert len(narrow) > 2  # and each 文号 whole on one of them, never "督" at a line's end
        assert all(any(f"督〔2026〕{n}号" in line for line in narrow) for n in (1, 2, 3)), narrow
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("progress"))
        assert dialog.generate() and not dialog.level_combo.isEnabled()  # a choice for the batch only
    run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)
    with window.context.ledger.reading() as session:
        assert session.scalars(select(Notice.level)).all() == ["yellow"] * 3


def test_reminders_go_out_unnumbered_into_the_催办记录(window: MainWindow, window_data: list[int],
                                                     tmp_path: Path) -> None:
    out = tmp_path / "提醒函.pdf"

    def work(dialog: ReportDialog) -> None:
        assert batch(dialog, NoticeLevel.BLUE.value).startswith("提醒函 3 张（提醒不编号，打印或保存时记入催办记录）")
        answering(dialog).answer("ask_save_file", out)
        assert dialog.save_as() == out
        dialog.generate()
        assert dialog.status.text().startswith("提醒函 3 张（提醒不编号，已记入催办记录）")
        assert dialog.save_as() is not None  # saved again from the same preview: recorded once
    run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)
    assert "提醒函" in (PdfReader(out).pages[0].extract_text() or "")
    with window.context.ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Notice)) == 0
        for task_id in window_data:
            assert [(r.level, r.how) for r in task_detail(session, task_id).reminders] == [(NoticeLevel.BLUE, "纸质")]
