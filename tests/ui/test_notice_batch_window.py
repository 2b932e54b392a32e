"""打印 → 批量督办单 and `report notices` send the same batch: by the trigger, a task it names no notice for (on track,
or made this month and owing no report yet) gets none, and the dialog says how many were left out so."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from main import main
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Task
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.read.queries import task_rows
from reports.notice import notice_batch
from tests.conftest import DEMO_DAY
from tests.test_notice_counting import notice_codes, text_of
from ui.dialogs.report_dialog import ReportDialog

from .helpers import run_dialog, show_window

REASON = re.compile(r"红色督办（红）(逾期\d+天|已逾期|本期未反馈|进度滞后|距完成时限\d+天|红灯纠正后保留黄灯)")


def made_this_month(ledger: Ledger) -> str:
    """A task assigned on 23 March, the month of DEMO_DAY, without a report: it owes its first in April (and its
    section has the office's three days to sign for it)."""
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科").id
        task = create_task(session, "测试员", TaskDraft(2026, "开展换届风气专项督查", lead_section_id=unit,
                                                       deadline=parse_deadline("12月底前", 2026)))
        session.execute(update(Task).where(Task.id == task.id).values(created_at=datetime(2026, 3, 23, 9, 0)))
        return task.code


def test_the_window_and_the_command_line_send_the_same_batch_each_notice_with_its_reason(
        qtbot: QtBot, demo_ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_code = made_this_month(demo_ledger)
    out = tmp_path / "命令行.pdf"
    assert main(["report", "notices", "--db", demo_ledger.place, "--as-of", DEMO_DAY.isoformat(), "--only", "all",
                 "--out", str(out), "--dry-run"]) == 0
    said = capsys.readouterr().out
    by_command = notice_codes(out)
    with demo_ledger.reading() as session:
        batch = notice_batch(session, DEMO_DAY, only="all")
        rows = {row.code: row for row in task_rows(session, 2026, DEMO_DAY, demo_ledger.settings().light_rules)}
    assert by_command == [target.row.code for target in batch.targets]
    assert batch.left_out and f"另有 {batch.left_out} 项按触发条件无需督办，未发" in said
    assert new_code not in by_command  # made this month: no report owed yet, so 本期未反馈 is no reason
    assert len(REASON.findall(text_of(out))) == len(by_command)  # every notice says what set it off
    for code in by_command:  # a green task is there only through a subtask late or owing a report
        assert rows[code].light.value != "green" or any(
            row.parent_id is not None and other.startswith(f"{code}.") and (row.overdue or not row.feedback_this_period)
            for other, row in rows.items())

    window = show_window(qtbot, demo_ledger, as_of=DEMO_DAY)
    seen: dict[str, object] = {}

    def work(dialog: ReportDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notices"))
        seen["default"] = dialog.only_combo.currentData()  # as `report notices` chooses without --only
        dialog.only_combo.setCurrentIndex(dialog.only_combo.findData("all"))
        assert dialog.level_combo.currentData() == "" and dialog.generate()
        assert dialog.current is not None
        seen["codes"], seen["status"] = notice_codes(dialog.current), dialog.status.text()
    run_dialog(window, window.registry.print_sheet, ReportDialog, work, accept=False)
    assert seen["default"] == "overdue"
    assert seen["codes"] == by_command
    assert f"另有 {batch.left_out} 项按触发条件无需督办，未列入" in str(seen["status"])
