"""序时进度 in the window, on the example ledger: the editor shows each task's milestones as a line and its newest
report's class beside the progress, takes a line typed (refusing one it cannot read, in words), undoes it; 设置
turns 欠进度 yellow; 统计's 欠进度 column says what the monthly 通报 says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.domain.enums import Light
from models.ledger import Ledger
from models.read.monthly import monthly_bulletin
from models.read.task_detail import task_detail
from tests.fixtures.day import TODAY
from tests.ui.helpers import run_dialog, show_window
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow


@pytest.fixture
def shown(qtbot: QtBot, demo_ledger: Ledger) -> MainWindow:
    return show_window(qtbot, demo_ledger)


def choose(window: MainWindow, code: str) -> int:
    task_id = next(row.id for row in window.context.rows if row.code == code)
    assert window.list_pane.select_task(task_id)
    return task_id


@pytest.mark.parametrize(("code", "line", "standing"), [
    ("1.4", "1月20%、3月70%（完成汇编初稿）、12月100%（全面完成）", "最近报告：超进度（3月应达70%，报80%）"),
    ("1.3", "1月20%、3月70%、12月100%（全面完成）", "最近报告：达进度（3月应达70%，报70%）"),
    ("2.1", "1月10%、3月30%（形成研究框架）、12月100%（全面完成）", "最近报告：欠进度（3月应达30%，报10%）"),
])
def test_the_editor_shows_the_milestones_and_where_the_newest_report_stands(shown: MainWindow, code: str,
                                                                            line: str, standing: str) -> None:
    choose(shown, code)
    editor = shown.editor
    assert editor.milestones_edit.text() == line
    label = editor.milestones_edit.standing_label
    assert label.isVisible() and standing in label.text()


def test_a_task_without_milestones_shows_no_class(shown: MainWindow) -> None:
    choose(shown, "1.5")
    assert shown.editor.milestones_edit.text() == "" and shown.editor.milestones_edit.standing_label.text() == ""


def test_a_line_typed_is_saved_undone_and_a_line_not_understood_is_refused(shown: MainWindow, qtbot: QtBot) -> None:
    task_id = choose(shown, "1.5")
    editor = shown.editor
    editor.milestones_edit.setText("3月底30%、6月")
    assert editor.is_dirty() and not shown.task_commands.save_task()
    assert editor.error_label.text() == ("序时进度里的“6月”看不明白：请写成“3月30%、6月60%（完成初稿）、12月100%”，"
                                         "或留空。")
    assert editor.milestones_edit.text() == "3月底30%、6月"  # what was typed stays to be put right

    def saved() -> str:
        with shown.context.ledger.reading() as session:
            detail = task_detail(session, task_id)
        return "、".join(f"{m.period}={m.percent}{m.name}" for m in detail.milestones)
    assert saved() == ""
    editor.milestones_edit.setText("3月底30%、6月60%（完成初稿）")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved() == "2026-03=30、2026-06=60完成初稿" and editor.error_label.text() == ""
    assert editor.milestones_edit.text() == "3月30%、6月60%（完成初稿）"  # as it is best written
    assert not editor.is_dirty()
    shown.registry.undo.trigger()
    assert saved() == "" and editor.milestones_edit.text() == ""
    shown.registry.redo.trigger()
    assert saved() == "2026-03=30、2026-06=60完成初稿"


def test_settings_turn_a_task_behind_schedule_yellow(shown: MainWindow) -> None:
    def light_of(code: str) -> Light:
        return next(row.light for row in shown.context.rows if row.code == code)
    assert light_of("2.1") is Light.GREEN  # 10% in March keeps the lights' own time, but not its milestone
    dialog = run_dialog(shown, shown.registry.settings, SettingsDialog, lambda d: d.behind_check.setChecked(True))
    assert dialog.behind_check.text() == "欠进度亮黄灯"
    assert shown.context.ledger.settings().behind_yellow == 1
    assert light_of("2.1") is Light.YELLOW and light_of("1.4") is Light.GREEN  # 超进度 stays green


def test_the_statistics_count_behind_as_the_monthly_bulletin_does(shown: MainWindow) -> None:
    shown.registry.stats.trigger()
    model = shown.stats_page.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "欠进度")
    counts = {model.index(r, 0).data(): int(model.index(r, column).data()) for r in range(model.rowCount())}
    with shown.context.ledger.reading() as session:
        bulletin = monthly_bulletin(session, "2026-03", TODAY, shown.context.ledger.settings())
    assert counts["合计"] == bulletin.now.behind == 1
    assert {name: n for name, n in counts.items() if n and name != "合计"} == {"研究室": 1}
    assert [row.code for row in bulletin.behind] == ["2.1"]
