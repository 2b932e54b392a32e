"""The month frozen in the window: 结束会议 freezes March; finishing again after a new report asks first, saying
what would change; the 统计 page shows a frozen month's figures, says when they were frozen, and lets it go."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from changes.directory import save_settings
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.frozen_months import frozen_list, frozen_month
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from tests.fixtures.made import made_at_breakdown
from tests.ui.answering_host import answering
from ui.dialogs.meeting_dialogs import NewMeetingDialog
from ui.main_window import STATS_PAGE, MainWindow

from .helpers import answer_dialogs, show_window, type_text

MARCH = "2026-03"


@pytest.fixture
def window_data(ledger: Ledger) -> list[int]:
    """Two tasks of 组织科 and one of 干部一科, none reported in March yet: three silent at the meeting's start."""
    with ledger.begin() as session:
        first = directory.section(session, "测试员", "组织科")
        second = directory.section(session, "测试员", "干部一科")
        made = [create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section.id,
                                                          deadline=parse_deadline("6月底前", 2026))).id
                for title, section in (("组织科任务甲", first), ("组织科任务乙", first), ("干部一科任务丙", second))]
    made_at_breakdown(ledger)
    return made


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window on the meeting page, March's meeting begun."""
    window.registry.meeting.trigger()

    def fill(dialog: NewMeetingDialog) -> None:
        assert dialog.meeting_title() == "3月月例会"
    answer_dialogs(window, fill)
    window.meeting_page.new_meeting()
    return window


def silent_in_march(ledger: Ledger) -> int:
    with ledger.reading() as session:
        kept = frozen_month(session, MARCH)
    assert kept is not None
    return int(kept.figures["bulletin"]["now"]["no_feedback"])


def test_finishing_the_meeting_freezes_its_month_and_asks_before_freezing_it_again(window: MainWindow,
                                                                                   qtbot: QtBot) -> None:
    page, ledger = window.meeting_page, window.context.ledger
    type_text(page.entry, "推进顺利")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    answer_dialogs(window, lambda dialog: None)
    page.finish()
    assert silent_in_march(ledger) == 2  # 任务甲 reported at the meeting
    page.finish()  # nothing changed since: frozen as it was, nothing asked
    assert "confirm" not in [asked.kind for asked in answering(window).asked]

    type_text(page.entry, "已完成初稿")  # the next task reports after the meeting was finished
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    answering(window).answer("confirm", False)
    page.finish()
    (question,) = answering(window).texts("confirm")
    assert "已冻结于" in question and "未反馈：2→1" in question and "组织科 未反馈：1→0" in question
    assert silent_in_march(ledger) == 2  # not frozen again: the clerk said no
    answering(window).answer("confirm", True)
    page.finish()
    assert silent_in_march(ledger) == 1


def agree_to_freeze(window: MainWindow) -> list[str]:
    """Answer 冻结 to the question a month still running asks; the questions' texts, as the clerk read them."""
    asked: list[str] = []

    def agree(box: QMessageBox) -> QAbstractButton:
        asked.append(box.text())
        assert box.defaultButton().text() == "取消"  # Enter alone does not freeze
        (freeze,) = [button for button in box.buttons() if button.text() == "冻结"]
        return freeze
    answering(window).answer("run_box", agree)
    return asked


def total_silent(window: MainWindow) -> str:
    """The 合计 row's 本期未反馈 as the 统计 page shows it."""
    model = window.stats_page.model
    column = model.headers.index("本期未反馈")
    return str(model.index(model.rowCount() - 1, column).data())


def test_the_stats_page_shows_a_frozen_month_as_frozen_and_lets_it_go(window: MainWindow, qtbot: QtBot) -> None:
    page, ledger, stats = window.meeting_page, window.context.ledger, window.stats_page
    answer_dialogs(window, lambda dialog: None)
    stats.refresh()
    assert "（已冻结）" not in stats.month_combo.currentText()
    asked = agree_to_freeze(window)
    stats.freeze_button.click()  # 截至今天 chosen: this month frozen as it stands, once the clerk agrees
    assert asked == ["2026年3月还没有结束。冻结后，这个月的通报、统计和考核停在今天（2026年3月25日）的数字，"
                     "之后录入的进展不再计入，除非重新冻结或解除冻结。\n\n确定冻结吗？"]
    assert stats.month == MARCH and "（已冻结）" in stats.month_combo.currentText()
    assert "已冻结于" in stats.caption.text()
    assert total_silent(window) == str(silent_in_march(ledger)) == "3"
    type_text(page.entry, "推进顺利")  # reported afterwards: March's frozen figures stand
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    stats.refresh()
    assert total_silent(window) == "3"
    stats.month_combo.setCurrentIndex(0)  # 截至今天: as the ledger stands
    stats.refresh()
    assert total_silent(window) == "2" and "已冻结于" not in stats.caption.text()

    stats.month_combo.setCurrentIndex(stats.month_combo.findData(MARCH))
    stats.refresh()
    answering(window).answer("confirm", True)
    stats.unfreeze_button.click()
    with ledger.reading() as session:
        assert frozen_list(session) == []
    assert "未冻结" in stats.caption.text() and stats.unfreeze_button.isHidden()
    assert total_silent(window) == "2"


def test_two_months_compared_in_the_window(window: MainWindow) -> None:
    """February frozen with nothing reported; March frozen after 组织科's report at the meeting: 组织科 has fewer
    silent tasks, and the dialog says which months are frozen."""
    stats, ledger = window.stats_page, window.context.ledger
    answer_dialogs(window, lambda dialog: None)
    asked = agree_to_freeze(window)
    stats.refresh()
    for month in ("2026-02", MARCH):
        stats.month_combo.setCurrentIndex(stats.month_combo.findData(month))
        stats.refresh()
        stats.freeze_button.click()
    stats.compare_button.click()
    dialog = stats.last_comparison
    assert dialog is not None
    assert [dialog.first_combo.currentData(), dialog.second_combo.currentData()] == ["2026-02", MARCH]
    assert dialog.state.text().count("已冻结于") == 2
    headers = [dialog.table.horizontalHeaderItem(column).text() for column in range(dialog.table.columnCount())]
    assert headers[0] == "科室" and headers[-1] == "比较" and "考核得分（3月）" in headers
    sections = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert sections == ["组织科", "干部一科"]
    last = dialog.table.columnCount() - 1
    assert {dialog.table.item(row, last).text() for row in range(2)} <= {"进步", "退步", "持平"}
    with ledger.reading() as session:
        assert len(frozen_list(session)) == 2
    assert len(asked) == 1  # February has ended: frozen without a question


def test_a_month_still_running_is_not_frozen_when_the_clerk_cancels(window: MainWindow) -> None:
    stats, ledger = window.stats_page, window.context.ledger
    answer_dialogs(window, lambda dialog: None)
    answering(window).answer("run_box", lambda box: box.defaultButton())  # Enter: the default, 取消
    stats.refresh()
    stats.freeze_button.click()
    with ledger.reading() as session:
        assert frozen_list(session) == []
    assert "（已冻结）" not in stats.month_combo.currentText()


def test_opening_the_ledger_on_the_day_set_freezes_last_month(ledger: Ledger, window_data: list[int],
                                                              qtbot: QtBot) -> None:
    """设置 → 通报: from the 20th on, opening the ledger freezes last month, once; the status bar says so."""
    save_settings(ledger, {"freeze_day": 20})
    opened = show_window(qtbot, ledger)  # 25 March: February is due
    qtbot.waitUntil(lambda: "冻结2026年2月的数字" in opened.statusBar().currentMessage())
    with ledger.reading() as session:
        assert [month for month, *_ in frozen_list(session)] == ["2026-02"]
    again = show_window(qtbot, ledger)  # opened again: February stays as it was frozen
    qtbot.wait(50)
    assert "冻结" not in again.statusBar().currentMessage()
    with ledger.reading() as session:
        assert len(frozen_list(session)) == 1


def test_the_ranking_tab_says_the_month_is_frozen_and_keeps_the_buttons_their_width(window: MainWindow) -> None:
    stats = window.stats_page
    answer_dialogs(window, lambda dialog: None)
    agree_to_freeze(window)
    window.show_page(STATS_PAGE)
    stats.freeze_button.click()
    frozen = stats.caption.text()
    assert "已冻结于" in frozen and "按牵头科室统计" in frozen
    stats.tabs.setCurrentWidget(stats.scores_tab)
    QApplication.processEvents()
    ranking = stats.caption.text()
    assert stats.caption.isVisible() and "已冻结于" in ranking and "截至2026年3月25日" in ranking
    assert "点击数字" not in ranking  # the ranking's numbers open no tasks: double-click opens a section's points
    for button in (stats.freeze_button, stats.unfreeze_button, stats.compare_button):
        assert button.width() <= button.sizeHint().width() + 8, button.text()
    stats.tabs.setCurrentIndex(0)
    assert stats.caption.text() == frozen
