"""The 月例会 on the projector: F5 opens it where the clerk is, keys page it, Esc leaves, reports show, words fit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import Light
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from ui.item_models.projector_model import DEADLINE, LAST, LIGHT, THIS, TITLE, ProjectorModel, ProjectorRow
from ui.labels import label
from ui.main_window import MainWindow
from ui.pages.projector_view import ProjectorView

from .helpers import answer_dialogs, type_text

ROOT = Path(__file__).resolve().parents[2]
OFFICE = QSize(1366, 768)
REPORT = ("截至2月底，已召开专题会议研究部署，印发工作方案，明确责任分工和时间节点，正在逐项推进落实，"
          "下一步将加强督促检查。")


@pytest.fixture
def window_data(ledger: Ledger) -> dict[str, list[int]]:
    """组织科 with more tasks than one screen holds, each with February's report; 干部一科 with two."""
    found: dict[str, list[int]] = {"组织科": [], "干部一科": []}
    with ledger.begin() as session:
        for name, count in (("组织科", 9), ("干部一科", 2)):
            section = directory.section(session, "测试员", name)
            for number in range(count):
                task = create_task(session, "测试员", TaskDraft(
                    2026, f"{name}第{number + 1}项重点工作任务", lead_section_id=section.id,
                    deadline=parse_deadline("6月底前", 2026)))
                add_progress(session, "测试员", task.id, f"{name}{number + 1}：{REPORT}", period="2026-02",
                             entry_date=TODAY.replace(month=2, day=26))
                found[name].append(task.id)
    return found


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window on the meeting page, the March meeting begun."""
    window.registry.meeting.trigger()
    answer_dialogs(window, lambda dialog: None)
    window.meeting_page.new_meeting()
    window.activateWindow()
    return window


def projector(window: MainWindow) -> ProjectorView:
    view = window.projector.view
    assert view is not None
    return view


def test_f5_opens_the_projector_on_the_section_and_task_the_clerk_is_on(
        window: MainWindow, qtbot: QtBot, window_data: dict[str, list[int]]) -> None:
    page = window.meeting_page
    task = window_data["干部一科"][1]
    page.go_to(task)
    qtbot.waitUntil(page.entry.hasFocus)
    qtbot.keyClick(page.entry, Qt.Key.Key_F5)
    view = projector(window)
    assert view.isVisible() and view.isFullScreen()
    assert view.heading.text() == "干部一科"
    assert task in view.shown_task_ids()
    row = view.model.row_of(task)
    assert view.model.index(row, TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None  # the row marked
    assert view.model.index(row, LIGHT).data() == label(page.rows[task].light) == "黄灯"  # silent this period
    assert "干部一科2：截至2月底" in view.model.index(row, LAST).data()
    assert view.model.index(row, THIS).data() == "（本期未反馈）"
    page.go_to(window_data["组织科"][0])  # the clerk moves on: the room follows
    assert view.heading.text() == "组织科"
    assert window_data["组织科"][0] in view.shown_task_ids()


def test_a_deadline_an_older_ledger_kept_in_digits_is_shown_the_chinese_way(
        window: MainWindow, qtbot: QtBot, window_data: dict[str, list[int]]) -> None:
    """A deadline typed 2027-01-15 broke across the projector's narrow column as "2027-01-" over "15"."""
    from datetime import date

    from models.domain.entities import Task

    task = window_data["干部一科"][0]
    with window.context.ledger.begin() as session:  # as a ledger made before such dates were shown so keeps it
        kept = session.get(Task, task)
        assert kept is not None
        kept.due_date, kept.deadline_text = date(2027, 1, 15), "2027-01-15"
    window.context.reload()
    page = window.meeting_page
    page.go_to(task)
    qtbot.waitUntil(page.entry.hasFocus)
    qtbot.keyClick(page.entry, Qt.Key.Key_F5)
    view = projector(window)
    assert view.model.index(view.model.row_of(task), DEADLINE).data() == "2027年1月15日"


def test_f5_on_another_page_is_still_refresh_and_the_menu_opens_the_meeting_page_first(window: MainWindow,
                                                                                       qtbot: QtBot) -> None:
    window.select_view(window.list_pane.view)
    qtbot.keyClick(window.list_pane.search_edit, Qt.Key.Key_F5)
    assert window.projector.view is None
    window.projector.action.trigger()  # 视图 → 投影放映
    assert window.pages.currentWidget() is window.meeting_page and projector(window).isVisible()


def test_arrows_page_through_a_long_section_then_reach_the_next(
        window: MainWindow, qtbot: QtBot, window_data: dict[str, list[int]]) -> None:
    window.meeting_page.go_to(window_data["组织科"][0])
    view = window.projector.start(OFFICE)
    seen = view.shown_task_ids()
    assert view.heading.text() == "组织科" and "第 1/" in view.where.text()
    assert len(view.pages) > 1  # nine tasks with their reports do not fit one screen
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.heading.text() == "组织科" and "第 2/" in view.where.text()
    assert set(view.shown_task_ids()).isdisjoint(seen)
    while view.heading.text() == "组织科":
        seen += view.shown_task_ids()
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen == window_data["组织科"]  # every task shown once, in order
    assert view.heading.text() == "干部一科" and view.shown_task_ids() == window_data["干部一科"]
    qtbot.keyClick(view, Qt.Key.Key_Left)  # back to the last page of the section before
    assert view.heading.text() == "组织科" and view.shown_task_ids()[-1] == window_data["组织科"][-1]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.heading.text() == "干部一科"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.heading.text() == "组织科" and "第 1/" in view.where.text()


def test_esc_leaves_and_the_clerk_types_on_in_the_entry_box(window: MainWindow, qtbot: QtBot) -> None:
    view = window.projector.start(OFFICE)
    qtbot.waitExposed(view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    qtbot.waitUntil(window.meeting_page.entry.hasFocus)
    assert QApplication.focusWidget() is window.meeting_page.entry


def test_a_report_saved_on_the_meeting_page_shows_on_the_projector(
        window: MainWindow, qtbot: QtBot, window_data: dict[str, list[int]]) -> None:
    page = window.meeting_page
    first, second = window_data["组织科"][:2]
    page.go_to(first)
    view = window.projector.start(OFFICE)
    type_text(page.entry, "已完成方案起草，报分管领导审阅")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    row = view.model.row_of(first)
    assert view.model.index(row, THIS).data() == "已完成方案起草，报分管领导审阅"
    assert view.model.current == view.model.row_of(second)  # the clerk moved on, and the mark with them


def fitting_faults(view: ProjectorView) -> list[str]:
    """Each shown cell's words measured with the font it is drawn in, against its cell: what would be cut."""
    faults = []
    pad = view.delegate.padding()
    used = 0
    for row in range(view.model.rowCount()):
        if view.table.isRowHidden(row):
            continue
        used += view.table.rowHeight(row)
        for column in range(view.model.columnCount()):
            index = view.model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole)
            assert isinstance(font, QFont)
            metrics, text = QFontMetrics(font), str(index.data())
            width = view.table.columnWidth(column) - 1 - 2 * pad  # less the grid line
            box = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
            box = box if box.width() <= width else metrics.boundingRect(  # a run longer than the cell wraps anywhere
                QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere), text)
            if box.width() > width or box.height() > view.table.rowHeight(row) - 1 - 2 * pad:
                faults.append(f"{row},{column}: {text}")
    if used > view.table.viewport().height():
        faults.append(f"rows {used}px in {view.table.viewport().height()}px")
    return faults


def test_every_word_fits_on_a_1366x768_projector(window: MainWindow, window_data: dict[str, list[int]]) -> None:
    view = window.projector.start(OFFICE)
    assert view.size() == OFFICE
    assert view.model.font.pixelSize() >= 20  # read from the back of the room
    pages = 0
    while True:
        assert fitting_faults(view) == [] and view.clipped() == []
        pages += 1
        before = (view.section, view.page)
        view.next_page()
        if (view.section, view.page) == before:
            break
    assert pages >= 3


def test_a_report_longer_than_the_screen_is_drawn_smaller_then_cut_and_says_so(window: MainWindow,
                                                                                ledger: Ledger) -> None:
    view = window.projector.start(OFFICE)
    rows = view.sections[0][1]
    long_row = rows[0]._replace(last_text="推进情况：" + "已逐项对照任务清单开展自查，" * 300)
    view.set_walk("3月月例会", [("组织科", [long_row, *rows[1:]])], follow=long_row.task_id)
    assert fitting_faults(view) == []
    assert view.model.is_cut(0) and str(view.model.index(0, LAST).data()).endswith("（全文见台账）")
    assert view.model.row_font(0).pixelSize() < view.model.font.pixelSize()


def test_the_model_is_a_sound_item_model(qtmodeltester: ModelTester) -> None:
    model = ProjectorModel()
    model.replace_rows([ProjectorRow(1, "1.1", "任务甲", 0, "6月底前", Light.RED, "2026-02", "上期说的", ""),
                        ProjectorRow(2, "1.1.1", "子任务", 1, "", Light.GREEN, "", "", "本期说的")])
    model.set_current(1)
    qtmodeltester.check(model)
    assert model.index(0, LIGHT).data() == "红灯"
    assert model.index(1, TITLE).data() == "　子任务" and model.index(1, LAST).data() == "（无）"


def test_view_projector_renders_it_for_checks(tmp_path: Path, demo_template: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, demo)
    shot = tmp_path / "projector.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo), "--view", "projector",
                             "--screenshot", str(shot)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_projector_heads_the_screen_with_the_meeting_s_own_title(window: MainWindow) -> None:
    """A meeting the clerk named "3月例会" is headed "3月例会" on the room's screen, as in the meeting box; choosing
    the other meeting with the projector open heads it with that one's title."""
    page = window.meeting_page
    answer_dialogs(window, lambda dialog: dialog.title_edit.setText("3月例会"))
    page.new_meeting()
    view = window.projector.start(OFFICE)
    assert view is not None
    assert page.meeting_combo.currentText().startswith("3月例会（")
    assert view.title.text().split("　")[0] == "3月例会"
    page.meeting_combo.setCurrentIndex(page.meeting_combo.findText("3月月例会", Qt.MatchFlag.MatchStartsWith))
    assert view.title.text().split("　")[0] == "3月月例会"
    view.close()
