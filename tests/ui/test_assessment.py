"""考核 in the window: a rating chosen at 销号, the office's scale and weights in 设置, the ranking in 统计."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest.mock import patch

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.domain import directory
from models.domain.assessment_rules import DEFAULT_RULES, AssessmentRules, rules_for_year
from models.domain.deadlines import parse_deadline
from models.domain.entities import AuditEntry
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from reports.assessment_sheet import assessment_report, write_assessment_sheet
from reports.fonts import setup_fonts
from tests.conftest import DEMO_DAY
from tests.fixtures.day import TODAY
from tests.reports.pdf_boxes import pages, paper_faults
from tests.ui.helpers import answer_dialogs, run_dialog
from ui.dialogs.score_details_dialog import ScoreDetailsDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.task_dialogs import CloseDialog
from ui.item_models.assessment_models import POINTS_COLUMN, SCORE_COLUMN, SCORE_ROLE
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


def test_the_years_rule_set_is_edited_in_settings_and_a_bad_one_is_refused(qtbot: QtBot, ledger: Ledger) -> None:
    window = _window(qtbot, ledger)

    def bad(dialog: SettingsDialog) -> None:
        dialog.scale_edit.setText("优秀=120,合格")
    refused = run_dialog(window, window.registry.settings, SettingsDialog, bad)
    assert "0 到 100" in refused.error_label.text() and refused.tabs.currentWidget() is refused.assessment_tab

    def upside_down(dialog: SettingsDialog) -> None:
        tab = dialog.assessment_tab
        tab.tier_edits[1][1].setValue(95)  # 良好 above 优秀
    refused = run_dialog(window, window.registry.settings, SettingsDialog, upside_down)
    assert "从高到低" in refused.error_label.text() and refused.tabs.currentWidget() is refused.assessment_tab
    assert rules_for_year_of(ledger, TODAY.year) == (DEFAULT_RULES, None)  # nothing saved

    def good(dialog: SettingsDialog) -> None:
        tab = dialog.assessment_tab
        dialog.scale_edit.setText("优秀，良好，合格")
        tab._scale_edited()  # what leaving the box does: a row of points per word of the new scale
        tab.rating_spins["优秀"].setValue(1.5)
        tab.base_spin.setValue(100)
        tab.event_spins["overdue"][0].setValue(-3)
        dialog.evidence_check.setChecked(True)
    run_dialog(window, window.registry.settings, SettingsDialog, good)
    settings = ledger.settings()
    assert settings.rating_scale == "优秀=100,良好=50,合格=0" and settings.closing_needs_evidence == 1
    rules, kept_for = rules_for_year_of(ledger, TODAY.year)
    assert kept_for == TODAY.year and rules.base == 100 and rules.events["overdue"].lead == -3
    assert rules.ratings == {"优秀": 1.5, "良好": 0.0, "合格": 0.0}
    with ledger.reading() as session:
        trail = [e.field for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting"))]
    assert f"assessment_rules:{TODAY.year}" in trail  # the change is in the trail like any other

    def unchanged(dialog: SettingsDialog) -> None:  # opened again: shows what was saved, and saves nothing new
        assert dialog.assessment_tab.base_spin.value() == 100 and not dialog.rules_changed()
    run_dialog(window, window.registry.settings, SettingsDialog, unchanged)


def rules_for_year_of(ledger: Ledger, year: int) -> tuple[AssessmentRules, int | None]:
    with ledger.reading() as session:
        return rules_for_year(session, year)


def test_the_ranking_shows_in_statistics_with_every_point_and_prints(
        qtbot: QtBot, demo_ledger: Ledger, tmp_path: Path, qtmodeltester: ModelTester) -> None:
    window = MainWindow(demo_ledger, as_of=DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    window.registry.stats.trigger()
    page = window.stats_page
    model = page.score_model
    qtmodeltester.check(model)
    shown = [(model.index(row, 0).data(), model.index(row, 1).data(), model.index(row, SCORE_COLUMN).data())
             for row in range(model.rowCount())]
    ranked = [row for row in shown if row[0] != "—"]
    assert ranked[0][0] == "1" and float(ranked[0][2]) >= float(ranked[-1][2])
    # Double-click the first: its 加减分明细, whose points and base add up to the score shown.
    opened: list[ScoreDetailsDialog] = []

    def look(dialog: ScoreDetailsDialog) -> int:
        opened.append(dialog)
        qtmodeltester.check(dialog.model)
        return 0
    with patch.object(ScoreDetailsDialog, "exec", look):
        page.score_table.doubleClicked.emit(model.index(0, 1))
    [details] = opened
    points = [float(details.model.index(row, POINTS_COLUMN).data()) for row in range(details.model.rowCount())]
    score = model.data(model.index(0, 0), SCORE_ROLE)
    assert round(score.base + sum(points), 2) == float(ranked[0][2])
    assert ranked[0][2] in details.total_label.text()
    with demo_ledger.reading() as session:
        report, sign_off = assessment_report(session, DEMO_DAY, 2026)
    out = tmp_path / "考核汇总表.pdf"
    write_assessment_sheet(report, sign_off, setup_fonts(), out)
    assert paper_faults(out) == []
    printed = pages(out)
    first = printed[0]
    score_header = next(w for w in first.words if w.text == "考核得分")
    for rank, section, score_text in ranked:  # each section's rank and score printed on its row, in their columns
        name = next((w for w in first.words if w.text == section), None)
        assert name is not None, (section, " ".join(w.text for w in first.words)[200:900], shown)
        on_row = [w for w in first.words if w.text == score_text and abs(w.y0 - name.y0) < 2]
        assert any(abs((w.x0 + w.x1) / 2 - (score_header.x0 + score_header.x1) / 2) < 20 for w in on_row)
        assert any(w.text == rank and abs(w.y0 - name.y0) < 2 and w.x1 < name.x0 for w in first.words)
    # The 明细 after the ranking's page, every ranked section's in rank order, each ending with its score.
    details = " ".join(w.text for page in printed[1:] for w in page.body())
    places = [details.find(f"{section}加减分明细（第") for _, section, _ in ranked]
    assert -1 not in places and places == sorted(places)
    for (_, _, score_text), start, end in zip(ranked, places, [*places[1:], len(details)], strict=True):
        block = details[start:end]
        assert "考核得分" in block and score_text in block.split("考核得分")[-1]


def test_the_wheel_scrolls_the_rules_past_a_points_box_until_it_is_clicked_into(qtbot: QtBot, ledger: Ledger) -> None:
    window = _window(qtbot, ledger)

    def scroll(dialog: SettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.assessment_tab)
        tab = dialog.assessment_tab
        tab.resize(600, 300)  # shorter than the form: it scrolls
        spin = tab.event_spins["late"][0]
        before, bar = spin.value(), tab.verticalScrollBar()
        bar.setValue(0)

        def wheel() -> None:
            centre = QPointF(spin.rect().center())
            event = QWheelEvent(centre, spin.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
            QApplication.sendEvent(spin, event)
        wheel()
        assert spin.value() == before and bar.value() > 0  # the form moved, the rule did not
    run_dialog(window, window.registry.settings, SettingsDialog, scroll, accept=False)
