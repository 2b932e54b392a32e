"""佐证材料 in the window: chosen with a report, required at 销号 when set, listed, opened by the system viewer."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import EvidencePurpose, Status
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from models.read.evidence import task_attachments
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from tests.ui.helpers import answer_dialogs, reported_errors
from ui.dialogs.evidence_dialog import EvidenceDialog
from ui.dialogs.task_dialogs import CloseDialog, ProgressDialog
from ui.main_window import MainWindow


def _window(qtbot: QtBot, ledger: Ledger, status: Status = Status.IN_PROGRESS) -> tuple[MainWindow, int]:
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科")
        task = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=unit.id,
                                                       deadline=parse_deadline("6月底前", 2026)))
        if status is Status.COMPLETED:
            change_status(session, "测试员", task.id, Status.COMPLETED, on=TODAY)
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.list_pane.select_task(task.id)
    return window, task.id


def _files(tmp_path: Path) -> list[Path]:
    (tmp_path / "排查台账.xlsx").write_bytes(b"PK\x03\x04 sheet")
    (tmp_path / "清理.bat").write_bytes(b"del /q *")
    return [tmp_path / "排查台账.xlsx", tmp_path / "清理.bat"]


def test_a_report_takes_its_files_and_refuses_what_a_system_would_run(qtbot: QtBot, ledger: Ledger,
                                                                      tmp_path: Path) -> None:
    window, task_id = _window(qtbot, ledger)
    seen: list[str] = []

    def fill(dialog: ProgressDialog) -> None:
        dialog.text_edit.setPlainText("已完成全市排查")
        answering(dialog.picker).answer("ask_open_files", _files(tmp_path))
        dialog.picker.choose_button.click()
        seen.append(dialog.picker.names.text())
    answer_dialogs(window, fill)
    window.editor.buttons["progress"].click()
    assert "排查台账.xlsx" in seen[0] and "不能附加“清理.bat”" in seen[0]
    with ledger.reading() as session:
        [row] = task_attachments(session, task_id)
    assert (row.name, row.purpose, row.entry_date) == ("排查台账.xlsx", EvidencePurpose.PROGRESS, TODAY)
    assert "佐证材料 1 份" in window.editor.history_label.text()


def test_closing_asks_for_evidence_when_the_ledger_says_so(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        change_settings(session, "测试员", {"closing_needs_evidence": 1})
    window, _ = _window(qtbot, ledger, Status.COMPLETED)
    refused = answer_dialogs(window, lambda dialog: dialog.note_edit.setPlainText("经核实已完成"))
    window.editor.buttons["close"].click()
    assert refused[0].result() != QDialog.DialogCode.Accepted
    assert "销号需要附上佐证材料" in refused[0].error_label.text()
    (tmp_path / "销号审核表.pdf").write_bytes(b"%PDF-1.4 reviewed")

    def close(dialog: CloseDialog) -> None:
        assert "必附" in dialog.form.labelForField(dialog.picker).text()  # type: ignore[union-attr]
        dialog.note_edit.setPlainText("经核实已完成")
        answering(dialog.picker).answer("ask_open_files", [tmp_path / "销号审核表.pdf"])
        dialog.picker.choose()
    answer_dialogs(window, close)
    window.editor.buttons["close"].click()
    assert window.editor.detail is not None and window.editor.detail.status is Status.CLOSED
    assert "销号佐证：销号审核表.pdf" in window.editor.history_label.text()


def test_the_list_opens_a_file_read_only_with_the_viewer_and_takes_one_off(qtbot: QtBot, ledger: Ledger,
                                                                          tmp_path: Path) -> None:
    window, task_id = _window(qtbot, ledger)
    errors = reported_errors(window)
    opened: list[QUrl] = []

    def work(dialog: EvidenceDialog) -> None:
        dialog.opener = lambda url: opened.append(url) or True
        dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData(EvidencePurpose.CLOSING.value))
        answering(dialog.picker).answer("ask_open_files", _files(tmp_path))
        assert dialog.picker.clear_button.isHidden()  # here a chosen file is attached at once: only 删除 takes it off
        dialog.picker.choose()
        assert dialog.model.rowCount() == 1 and "清理.bat" in dialog.error_label.text()
        dialog.open_selected()
        dialog.remove_selected()
        assert dialog.model.rowCount() == 0
    answer_dialogs(window, work)
    window.registry.evidence.trigger()
    [url] = opened
    written = Path(url.toLocalFile())
    assert written.name == "排查台账.xlsx" and written.read_bytes() == b"PK\x03\x04 sheet"
    assert not written.stat().st_mode & (stat.S_IWUSR | stat.S_IXUSR)  # read-only, never executable
    assert errors == []
    with ledger.reading() as session:
        assert task_attachments(session, task_id) == []
