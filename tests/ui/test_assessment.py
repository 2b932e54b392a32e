"""考核 in the window: a rating chosen at 销号, the office's scale and weights in 设置, the ranking in 统计."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from reports.assessment_sheet import assessment_report, write_assessment_sheet
from reports.fonts import setup_fonts
from tests.conftest import DEMO_DAY
from tests.fixtures.day import TODAY
from tests.reports.pdf_boxes import pages, paper_faults
from tests.ui.helpers import answer_dialogs, run_dialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.task_dialogs import CloseDialog
from ui.main_window import MainWindow


def _window(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_approver_rates_at_closing_and_the_editor_says_how_it_came(qtbot: QtBot, ledger: Ledger) -> None:
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科")
        task = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=unit.id,
                                                       deadline=parse_deadline("3月20日前", 2026)))
        change_status(session, "测试员", task.id, Status.COMPLETED, on=date(2026, 3, 24))
    window = _window(qtbot, ledger)
    window.list_pane.select_task(task.id)

    def close(dialog: CloseDialog) -> None:
        assert [dialog.rating_combo.itemText(i) for i in range(dialog.rating_combo.count())][1:] == [
            "好", "较好", "一般", "差"]  # the office's scale, best first
        dialog.note_edit.setPlainText("经核实已完成")
        dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData("较好"))
        dialog.rating_note_edit.setText("质量较高，略有滞后")
    answer_dialogs(window, close)
    window.editor.buttons["close"].click()
    history = window.editor.history_label.text()
    assert "逾期完成" in history and "评价：较好" in history and "略有滞后" in history


def test_the_scale_and_weights_are_set_and_a_bad_scale_is_refused(qtbot: QtBot, ledger: Ledger) -> None:
    window = _window(qtbot, ledger)

    def bad(dialog: SettingsDialog) -> None:
        dialog.scale_edit.setText("优秀=120,合格")
    refused = run_dialog(window, window.registry.settings, SettingsDialog, bad)
    assert "0 到 100" in refused.error_label.text() and refused.tabs.currentWidget() is refused.assessment_tab

    def good(dialog: SettingsDialog) -> None:
        dialog.scale_edit.setText("优秀，良好，合格")
        dialog.weight_spins["weight_reports"].setValue(40)
        dialog.evidence_check.setChecked(True)
    run_dialog(window, window.registry.settings, SettingsDialog, good)
    settings = ledger.settings()
    assert (settings.rating_scale, settings.weight_reports) == ("优秀=100,良好=50,合格=0", 40)
    assert settings.closing_needs_evidence == 1


def test_the_ranking_shows_in_statistics_and_prints(qtbot: QtBot, demo_ledger: Ledger, tmp_path: Path,
                                                    qtmodeltester: ModelTester) -> None:
    window = MainWindow(demo_ledger, as_of=DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    window.registry.stats.trigger()
    model = window.stats_page.score_model
    qtmodeltester.check(model)
    shown = [(model.index(row, 0).data(), model.index(row, 1).data(), model.index(row, 7).data())
             for row in range(model.rowCount())]
    assert shown[0][0] == "1" and float(shown[0][2]) >= float(shown[-1][2])
    with demo_ledger.reading() as session:
        report, sign_off = assessment_report(session, DEMO_DAY, 2026)
    out = tmp_path / "考核汇总表.pdf"
    write_assessment_sheet(report, sign_off, setup_fonts(), out)
    assert paper_faults(out) == []
    page = pages(out)[0]
    score_header = next(w for w in page.words if w.text == "考核得分")
    for rank, section, score in shown:  # each section's rank and score printed on its row, in their columns
        name = next(w for w in page.words if w.text == section)
        printed = next(w for w in page.words if w.text == score and abs(w.y0 - name.y0) < 2)
        assert printed.x0 >= score_header.x0 - 10
        assert any(w.text == rank and abs(w.y0 - name.y0) < 2 and w.x1 < name.x0 for w in page.words)
