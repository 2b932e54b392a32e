"""Settings (rules, names), the recycle bin and the File menu: new, open, back up, remember the last file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from cli.parser import build_parser
from demo.ledger import create_demo_ledger
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Section, Task
from models.domain.enums import Light
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import open_ledger
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from tests.ui.answering_host import answering
from ui import ui_state
from ui.app import choose_ledger
from ui.dialogs.recycle_bin_dialog import RecycleBinDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow

from .helpers import reported_errors, run_dialog, show_window, shown_titles


@pytest.fixture
def window_data(ledger: Ledger) -> None:
    with ledger.begin() as session:
        organisation = directory.section(session, "测试员", "组织科")
        directory.section(session, "测试员", "干部科")
        create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=organisation.id,
                                                deadline=parse_deadline("6月底前", 2026)))


def run_settings(window: MainWindow, work: Callable[[SettingsDialog], None]) -> SettingsDialog:
    return run_dialog(window, window.registry.settings, SettingsDialog, work)


def test_settings_change_rules_and_the_title(window: MainWindow) -> None:
    def change(dialog: SettingsDialog) -> None:
        dialog.org_edit.setText("中共新名市委组织部")
        dialog.warning_spin.setValue(120 // 4)
    run_settings(window, change)
    settings = window.context.ledger.settings()
    assert (settings.org_name, settings.warning_days) == ("中共新名市委组织部", 30)
    assert "中共新名市委组织部" in window.windowTitle()


def test_the_notice_tab_keeps_the_offices_code_reply_days_and_contact(window: MainWindow) -> None:
    def change(dialog: SettingsDialog) -> None:
        tab = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "督办单")
        dialog.tabs.setCurrentIndex(tab)
        dialog.notice_code_edit.setText(" 组督 ")
        dialog.notice_days_spin.setValue(0)  # the spin box stops at one day: a reply is due after the notice
        dialog.notice_contact_edit.setText("李明")
        dialog.notice_phone_edit.setText("0571-88886666")
    run_settings(window, change)
    settings = window.context.ledger.settings()
    assert (settings.notice_code, settings.notice_reply_days) == ("组督", 1)
    assert (settings.notice_contact, settings.notice_phone) == ("李明", "0571-88886666")


def test_the_monthly_bulletins_requirements_are_written_in_the_settings(window: MainWindow) -> None:
    def change(dialog: SettingsDialog) -> None:
        tab = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "通报")
        dialog.tabs.setCurrentIndex(tab)
        dialog.papers_tab.requirements_edit.setPlainText("  要按时报送。\n\n  要逐项整改。  \n")
    run_settings(window, change)
    assert window.context.ledger.settings().monthly_requirements == "要按时报送。\n要逐项整改。"


def test_a_red_put_right_is_kept_yellow_the_days_set(qtbot: QtBot, demo_ledger: Ledger) -> None:
    """设置 → 红灯纠正后保留黄灯: 0 (不保留, the default) to 90 days; a task whose red was put right today turns
    yellow in the list as soon as the days are saved."""
    with demo_ledger.begin() as session:
        session.execute(update(Task).where(Task.code == "1.4", Task.year == 2026).values(righted_on=TODAY))
    shown = show_window(qtbot, demo_ledger)

    def light_of(code: str) -> Light:
        return next(row.light for row in shown.context.rows if row.code == code)
    assert light_of("1.4") is Light.GREEN  # on track by the usual rule: kept yellow no day by default

    def thirty_days(dialog: SettingsDialog) -> None:
        spin = dialog.red_yellow_spin
        assert (spin.minimum(), spin.maximum(), spin.value()) == (0, 90, 0)
        assert spin.text() == "不保留（直接按规则亮灯）" and spin.toolTip()
        spin.setValue(30)
        assert spin.text() == "30 天"
    run_dialog(shown, shown.registry.settings, SettingsDialog, thirty_days)
    assert demo_ledger.settings().red_yellow_days == 30 and demo_ledger.settings().light_rules.red_yellow_days == 30
    assert light_of("1.4") is Light.YELLOW
    again = run_dialog(shown, shown.registry.settings, SettingsDialog, lambda d: d.red_yellow_spin.setValue(0))
    assert again.red_yellow_spin.text() == "不保留（直接按规则亮灯）" and light_of("1.4") is Light.GREEN


def test_empty_org_name_is_refused_with_a_message(window: MainWindow) -> None:
    dialog = run_settings(window, lambda d: d.org_edit.setText(" "))
    assert dialog.error_label.text() == "单位名称不能为空。"
    assert window.context.ledger.settings().org_name == "中共测试市委组织部"


def test_renaming_a_section_updates_every_task_and_merge_moves_them(window: MainWindow) -> None:
    def rename_and_merge(dialog: SettingsDialog) -> None:
        tab = dialog.sections_tab
        tab.list.setCurrentRow(0)
        answering(dialog).answer("ask_text", "组织一科")
        tab.rename()
        assert tab.list.item(0).text() == "组织一科"
        answering(dialog).answer("ask_choice", "干部科")
        tab.list.setCurrentRow(0)
        tab.merge()
        assert "（已停用）" in tab.list.item(0).text()
    run_settings(window, rename_and_merge)
    row = window.list_pane.model.shown_tasks()[0]
    assert row.lead_section == "干部科"
    assert [s.name for s in window.context.sections] == ["干部科"]


def test_the_section_acted_on_stays_chosen_so_stop_and_start_again_is_two_clicks(window: MainWindow) -> None:
    """After 停用 the row was no longer chosen, and 停用/启用 clicked again did nothing at all."""
    def stop_and_start(dialog: SettingsDialog) -> None:
        tab = dialog.sections_tab
        tab.list.setCurrentRow(1)
        name = tab.list.item(1).text()
        tab.toggle()
        assert tab.selected() is not None and "（已停用）" in tab.list.currentItem().text()
        tab.toggle()
        assert tab.list.currentItem().text() == name
    run_settings(window, stop_and_start)


def test_a_section_marked_outside_is_counted_apart_on_the_statistics_page(window: MainWindow) -> None:
    def mark_outside(dialog: SettingsDialog) -> None:
        tab = dialog.sections_tab
        tab.list.setCurrentRow(0)
        answering(dialog).answer("ask_choice", "部外单位")
        tab.change_kind()
        assert tab.list.item(tab.list.count() - 1).text().endswith("（部外单位）")  # listed after own sections
    run_settings(window, mark_outside)
    tree = window.list_pane.model
    groups = [str(tree.index(row, 0).data()) for row in range(tree.rowCount())]
    assert any(group.startswith("组织科（部外）") for group in groups), groups  # the list says so too
    assert any(group.startswith("干部科 0项") for group in groups), groups  # one's own 科室: shown though empty
    with window.context.ledger.begin() as session:
        directory.section(session, "测试员", "市委党校")  # an outside unit that leads nothing
    window.context.reload()
    groups = [str(tree.index(row, 0).data()) for row in range(tree.rowCount())]
    assert not any(group.startswith("市委党校") for group in groups), groups  # no "市委党校（部外）0项"
    window.pages.setCurrentWidget(window.stats_page)
    model = window.stats_page.model
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    outside = [label for label in labels if label.endswith("（部外）")]
    assert len(outside) == 1 and labels.index(outside[0]) == len(labels) - 2  # just above 合计
    assert model.index(labels.index(outside[0]), model.columnCount() - 1).data() == "—"  # not ranked


def test_a_duplicate_name_is_refused_with_a_message(window: MainWindow) -> None:
    def duplicate(dialog: SettingsDialog) -> None:
        dialog.sections_tab.list.setCurrentRow(0)
        answering(dialog).answer("ask_text", "干部科")
        dialog.sections_tab.rename()
    errors = reported_errors(window)
    run_settings(window, duplicate)
    assert "已经有名为「干部科」的科室" in errors[-1]
    with window.context.ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Section)) == 2


def test_recycle_bin_restores_a_deleted_task(window: MainWindow) -> None:
    task_id = window.list_pane.model.shown_tasks()[0].id
    window.context.controller.delete(task_id)
    assert shown_titles(window) == []
    seen: list[RecycleBinDialog] = []

    def runner(dialog: object) -> bool:
        assert isinstance(dialog, RecycleBinDialog)
        seen.append(dialog)
        assert dialog.list.count() == 1 and "整顿软弱涣散党组织" in dialog.list.item(0).text()
        dialog.restore_button.click()
        assert dialog.list.count() == 0 and dialog.empty_label.isVisibleTo(dialog)
        return True
    answering(window).answer("run", runner)
    window.registry.recycle_bin.trigger()
    assert seen and shown_titles(window) == ["整顿软弱涣散党组织"]


def test_backup_now_writes_a_backup_and_says_where(window: MainWindow) -> None:
    window.registry.backup.trigger()
    backups = list(window.context.ledger.backup_dir().glob("*.sqlite"))  # of a file, or a server's as a file
    assert len(backups) == 1
    assert "已备份到" in window.statusBar().currentMessage()


def test_new_ledger_opens_in_place_and_is_reopened_next_time(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "二〇二七年台账.sqlite"
    answering(window).answer("ask_ledger_path", target)
    answering(window).answer("ask_text", "中共另一市委组织部")
    offered: list[int] = []
    answering(window).answer("ask_year", lambda title, label, proposed: offered.append(proposed) or 2027)
    window.registry.new_ledger.trigger()
    assert offered == [2026]  # in March, this year
    replacement = window.replacement
    assert replacement is not None and replacement.isVisible() and not window.isVisible()
    assert "中共另一市委组织部" in replacement.windowTitle() and shown_titles(replacement) == []
    assert replacement.context.year == 2027  # the year chosen
    assert ui_state.last_ledger() == target
    assert choose_ledger(build_parser().parse_args([]), lambda: None) == target
    replacement.close()
    reopened = open_ledger(target, auto_backup=False)  # the replacement released the file on close
    assert reopened.read_only_reason == ""
    reopened.close()


def test_a_new_ledger_made_from_the_example_asks_for_the_office_name_afresh(qtbot: QtBot, tmp_path: Path) -> None:
    demo = create_demo_ledger(tmp_path / "示例台账.sqlite")
    shown = MainWindow(demo, as_of=date(2026, 3, 25))
    qtbot.addWidget(shown)
    offered: list[str] = []
    answering(shown).answer("ask_ledger_path", tmp_path / "新台账.sqlite")
    answering(shown).answer("ask_text", lambda title, label, default="": offered.append(default))
    shown.registry.new_ledger.trigger()
    assert offered == [""]  # not 中共示例市委组织部
    assert not (tmp_path / "新台账.sqlite").exists()  # no name given: nothing made


def test_opening_a_file_that_is_not_a_ledger_keeps_the_current_one(window: MainWindow, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = tmp_path / "not-a-ledger.sqlite"
    bogus.write_text("这不是台账", encoding="utf-8")
    window.file_commands.open_file(bogus)
    assert answering(window).texts("warn") and window.isVisible() and window.replacement is None
    with window.context.ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Task)) == 1


def test_rollover_starts_the_next_year_with_the_unfinished_tasks(window: MainWindow) -> None:
    asked: list[str] = []
    answering(window).answer("confirm", lambda title, text: asked.append(text) or True)
    window.registry.rollover.trigger()
    assert "把2026年未完成的任务1项结转到2027年" in asked[0]
    assert window.context.year == 2027 and window.year_combo.currentText() == "2027年"
    assert shown_titles(window) == ["整顿软弱涣散党组织"]
    assert window.context.ledger.settings().current_year == 2027
    window.year_combo.setCurrentIndex(window.year_combo.findData(2026))
    assert window.context.year == 2026 and shown_titles(window) == ["整顿软弱涣散党组织"]  # the old year is untouched


def test_key_tasks_can_be_added_and_renamed_for_the_year(window: MainWindow) -> None:
    def add_and_rename(dialog: SettingsDialog) -> None:
        tab = dialog.key_tasks_tab
        answering(dialog).answer("ask_text", "深化干部制度改革")
        tab.add()
        tab.list.setCurrentRow(0)
        answering(dialog).answer("ask_text", "深化干部人事制度改革")
        tab.rename()
        assert [tab.list.item(r).text() for r in range(tab.list.count())] == ["1. 深化干部人事制度改革"]
    window.list_pane.select_task(window.list_pane.model.shown_tasks()[0].id)
    run_settings(window, add_and_rename)
    assert [k.name for k in window.context.key_tasks] == ["深化干部人事制度改革"]
    assert window.editor.key_task_combo.findText("深化干部人事制度改革") >= 0  # offered to the task at once


def test_a_delete_keeps_every_other_number_and_renumbering_is_shown_before_it_is_done(window: MainWindow) -> None:
    """Deleting 0.2 leaves 0.3 as 0.3 in the list (sheets handed out still name the right tasks); 设置 →
    重点任务 → 重新编号… lists old and new numbers and changes nothing when the clerk says no."""
    with window.context.ledger.begin() as session:
        for title in ("第二项任务", "第三项任务"):
            create_task(session, "测试员", TaskDraft(2026, title))
    window.context.reload()
    codes = {row.title: row.code for row in window.context.rows}
    assert codes == {"整顿软弱涣散党组织": "0.1", "第二项任务": "0.2", "第三项任务": "0.3"}
    second = next(row.id for row in window.context.rows if row.title == "第二项任务")
    window.list_pane.select_task(second)
    answering(window).answer("confirm", True)
    window.registry.delete_task.trigger()
    assert {row.title: row.code for row in window.context.rows} == {"整顿软弱涣散党组织": "0.1", "第三项任务": "0.3"}
    asked: list[str] = []

    def refuse(dialog: SettingsDialog) -> None:
        answering(dialog).answer("confirm", lambda _title, text: asked.append(text) or False)
        dialog.key_tasks_tab.renumber()
    run_settings(window, refuse)
    assert "0.3 → 0.2" in asked[0] and "第三项任务" in asked[0]
    assert {row.code for row in window.context.rows} == {"0.1", "0.3"}

    def agree(dialog: SettingsDialog) -> None:
        answering(dialog).answer("confirm", True)
        dialog.key_tasks_tab.renumber()
    run_settings(window, agree)
    assert {row.title: row.code for row in window.context.rows} == {"整顿软弱涣散党组织": "0.1", "第三项任务": "0.2"}


def test_closing_settings_with_changes_not_saved_asks_first(window: MainWindow) -> None:
    """关闭 after typing in 常规 asks; 否 keeps the dialog open with what was typed, 是 closes and saves
    nothing. Closing untouched asks nothing."""
    asked: list[str] = []

    def type_then_close(dialog: SettingsDialog) -> None:
        closed: list[bool] = []
        dialog.rejected.connect(lambda: closed.append(True))
        dialog.org_edit.setText("中共另一市委组织部")
        answering(dialog).answer("confirm", lambda _title, text: bool(asked.append(text)))
        dialog.reject()
        assert not closed and dialog.org_edit.text() == "中共另一市委组织部"  # it stays, with what was typed
        answering(dialog).answer("confirm", True)
        dialog.reject()
        assert closed
    run_dialog(window, window.registry.settings, SettingsDialog, type_then_close, accept=False)
    assert len(asked) == 1 and "还没有保存" in asked[0]
    assert window.context.ledger.settings().org_name == "中共测试市委组织部"

    def close_untouched(dialog: SettingsDialog) -> None:
        answering(dialog).answer("confirm", lambda _title, text: bool(asked.append(text)))
        dialog.reject()
    run_dialog(window, window.registry.settings, SettingsDialog, close_untouched, accept=False)
    assert len(asked) == 1


def test_the_papers_font_is_chosen_in_the_settings_and_a_file_it_cannot_embed_is_refused(
        window: MainWindow, tmp_path: Path) -> None:
    from reports.font_places import find_font_file

    real = find_font_file("wqy-microhei.ttc") or find_font_file("simfang.ttf")
    if real is None:
        pytest.skip("no TrueType Chinese font on this PC")
    fake = tmp_path / "仿宋.ttf"
    fake.write_bytes(b"not a font at all")
    host = answering(window)
    seen: list[str] = []

    def choose(dialog: SettingsDialog) -> None:
        tab = dialog.papers_tab
        host.answer("ask_open_files", [fake])
        tab.choose_font()
        seen.append(tab.font_error.text())
        host.answer("ask_open_files", [real])
        tab.choose_font()
        seen.append(tab.font_error.text())
    run_settings(window, choose)
    assert seen == ["“仿宋.ttf”不能嵌入 PDF：请选择 TrueType 字体文件（.ttf 或 .ttc），如 simfang.ttf。", ""]
    assert window.context.ledger.settings().report_font == str(real)
    run_settings(window, lambda dialog: dialog.papers_tab.clear_font())
    assert window.context.ledger.settings().report_font == ""
