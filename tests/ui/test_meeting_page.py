"""Meeting entry by keyboard: Enter saves and moves on, Shift+Enter, Esc, Ctrl+N, drafts, the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import ProgressEntry, Task
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.read import lookups
from models.read.meetings import meeting_summary
from tests.fixtures.day import TODAY
from tests.reports.pdf_boxes import pages, paper_faults
from tests.reports.word_pdf import line_text, lines
from tests.ui.answering_host import answering
from ui.dialogs.meeting_dialogs import MeetingSummaryDialog, NewMeetingDialog
from ui.dialogs.task_dialogs import NewTaskDialog
from ui.item_models.task_tree_model import TITLE_COLUMN
from ui.main_window import MainWindow

from .helpers import answer_dialogs, show_window, type_text

TITLES = ["组织科任务甲", "组织科任务乙", "干部一科任务丙"]


@pytest.fixture
def window_data(ledger: Ledger) -> list[int]:
    with ledger.begin() as session:
        first = directory.section(session, "测试员", "组织科")
        second = directory.section(session, "测试员", "干部一科")
        ids = [create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section.id,
                                                         deadline=parse_deadline("6月底前", 2026))).id
               for title, section in zip(TITLES, (first, first, second), strict=True)]
    return ids


@pytest.fixture
def tasks(window_data: list[int]) -> list[int]:
    return window_data


def open_meeting(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = show_window(qtbot, ledger)
    window.registry.meeting.trigger()
    return window


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window on the meeting page, a new meeting begun."""
    window.registry.meeting.trigger()

    def fill(dialog: NewMeetingDialog) -> None:
        assert dialog.meeting_title() == "3月月例会"
    answer_dialogs(window, fill)
    window.meeting_page.new_meeting()
    return window


def entries(ledger: Ledger) -> list[ProgressEntry]:
    with ledger.reading() as session:
        found = list(session.scalars(select(ProgressEntry).order_by(ProgressEntry.id)))
        session.expunge_all()
    return found


def test_enter_saves_linked_to_the_meeting_and_moves_to_the_next_task(window: MainWindow, qtbot: QtBot,
                                                                     tasks: list[int]) -> None:
    page = window.meeting_page
    assert page.current_task_id() == tasks[0]
    type_text(page.entry, "已完成调研")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(page.entry, "正在起草")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    saved = entries(window.context.ledger)
    assert [(e.task_id, e.text, e.period) for e in saved] == [(tasks[0], "已完成调研\n正在起草", "2026-03")]
    assert saved[0].meeting_id == page.meeting.id if page.meeting else False
    assert page.current_task_id() == tasks[1]
    assert page.entry.toPlainText() == "" and page.entry.hasFocus()
    assert "已录1条" in page.meeting_combo.currentText()
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)  # nothing typed: just walks on
    assert page.current_task_id() == tasks[2]
    assert len(entries(window.context.ledger)) == 1


def test_enter_on_a_task_reported_at_this_meeting_corrects_that_report(window: MainWindow, qtbot: QtBot,
                                                                       tasks: list[int]) -> None:
    """Back on a task already reported at this meeting, the box holds that report: Enter corrects it (one entry,
    listed once in the 纪要), and undo puts the first words back."""
    page = window.meeting_page
    type_text(page.entry, "已完成调研")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    counted = page.meeting_combo.currentText()
    assert "已录1条" in counted
    page.go_to(tasks[0])
    assert page.entry.toPlainText() == "已完成调研" and "修改这一条" in page.this_time.text()
    page.entry.selectAll()
    type_text(page.entry, "已完成调研，形成报告初稿")
    page.percent_spin.setValue(60)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    saved = entries(window.context.ledger)
    assert [(e.task_id, e.text, e.percent) for e in saved] == [(tasks[0], "已完成调研，形成报告初稿", 60)]
    assert page.meeting_combo.currentText() == counted  # a correction is no second entry
    with window.context.ledger.reading() as session:
        summary = meeting_summary(session, page.meeting.id, window.context.rows)  # type: ignore[union-attr]
    assert [text for *_, text in summary.entries] == ["已完成调研，形成报告初稿"]
    window.registry.undo.trigger()
    assert [(e.text, e.percent) for e in entries(window.context.ledger)] == [("已完成调研", None)]
    window.registry.redo.trigger()
    assert [e.text for e in entries(window.context.ledger)] == ["已完成调研，形成报告初稿"]


def test_status_and_percent_from_the_meeting_row(window: MainWindow, qtbot: QtBot, tasks: list[int]) -> None:
    page = window.meeting_page
    type_text(page.entry, "已全部完成")
    page.percent_spin.setValue(100)
    page.status_combo.setCurrentIndex(page.status_combo.findText("改为「已办结」"))
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    with window.context.ledger.reading() as session:
        task = session.get(Task, tasks[0])
        assert task is not None and task.status == Status.COMPLETED and task.percent == 100
    window.registry.undo.trigger()
    with window.context.ledger.reading() as session:
        task = session.get(Task, tasks[0])
        assert task is not None and task.status == Status.NOT_STARTED
    assert entries(window.context.ledger) == []


def test_enter_in_the_percent_and_status_fields_saves_too(window: MainWindow, qtbot: QtBot,
                                                        tasks: list[int]) -> None:
    page = window.meeting_page
    type_text(page.entry, "已完成调研")
    page.percent_spin.setFocus()
    page.percent_spin.selectAll()
    qtbot.keyClicks(page.percent_spin, "60")
    qtbot.keyClick(page.percent_spin, Qt.Key.Key_Return)
    assert [(e.task_id, e.text, e.percent) for e in entries(window.context.ledger)] == [(tasks[0], "已完成调研", 60)]
    assert page.current_task_id() == tasks[1]
    type_text(page.entry, "正在起草")
    page.status_combo.setFocus()
    qtbot.keyClick(page.status_combo, Qt.Key.Key_Enter)
    assert [e.task_id for e in entries(window.context.ledger)] == [tasks[0], tasks[1]]
    assert page.current_task_id() == tasks[2]


def test_escape_puts_the_box_back_and_saves_nothing(window: MainWindow, qtbot: QtBot) -> None:
    page = window.meeting_page
    type_text(page.entry, "说错了")
    qtbot.keyClick(page.entry, Qt.Key.Key_Escape)
    assert page.entry.toPlainText() == ""
    assert entries(window.context.ledger) == []
    assert not window.context.ledger.drafts_file.exists()
    qtbot.keyClick(page.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Esc by a slip: Ctrl+Z
    assert page.entry.toPlainText() == "说错了"
    assert entries(window.context.ledger) == []


def test_ctrl_n_assigns_a_new_item_to_the_current_section(window: MainWindow, qtbot: QtBot,
                                                          tasks: list[int]) -> None:
    page = window.meeting_page
    page.go_to(tasks[2])

    def fill(dialog: NewTaskDialog) -> None:
        assert dialog.section_combo.currentText() == "干部一科"
        dialog.title_edit.setPlainText("会上交办：梳理年轻干部名单")
    answer_dialogs(window, fill)
    qtbot.keyClick(page.entry, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with window.context.ledger.reading() as session:
        task = session.scalars(select(Task).where(Task.title == "会上交办：梳理年轻干部名单")).one()
        assert task.source_meeting_id == (page.meeting.id if page.meeting else None)
        assert task.lead_section is not None and task.lead_section.name == "干部一科"
    assert page.current_task_id() == task.id


def test_summary_lists_entries_silent_tasks_and_assigned_items(window: MainWindow, qtbot: QtBot) -> None:
    page = window.meeting_page
    type_text(page.entry, "推进顺利")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    answer_dialogs(window, lambda dialog: dialog.title_edit.setPlainText("新交办事项"))
    page.assign_new()
    answer_dialogs(window, lambda dialog: None)
    page.finish()
    assert isinstance(page.last_summary, MeetingSummaryDialog)
    text = page.last_summary.text.toPlainText()
    assert "一、本次录入进展 1 条" in text and "组织科任务甲：推进顺利" in text
    assert "二、本期仍未反馈 3 项" in text and "组织科任务乙" in text and "新交办事项" in text
    assert "三、本次会议交办 1 项" in text


def test_the_summary_is_saved_as_the_meeting_s_minutes_with_who_sat(window: MainWindow, qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    page = window.meeting_page
    type_text(page.entry, "推进顺利")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    answer_dialogs(window, lambda dialog: None)
    page.finish()
    dialog = page.last_summary
    assert isinstance(dialog, MeetingSummaryDialog)
    dialog.place_edit.setText("部机关三楼会议室")
    dialog.chair_edit.setText("王部长")
    dialog.attendees_edit.setText("李副部长，各科室负责人")
    answering(dialog).answer("ask_save_file", tmp_path / "纪要.pdf")
    saved = dialog.save_minutes()
    assert saved == tmp_path / "纪要.pdf" and "会议纪要已保存" in dialog.status.text()
    assert paper_faults(saved) == []  # nothing over the footer, every page numbered
    text = "".join(p.text() for p in pages(saved))
    for words in ("月例会纪要", "主持", "王部长", "李副部长，各科室负责人", "一、本次会议听取进展（1条）",
                  "组织科任务甲", "推进顺利", "二、本期仍未反馈（2项）", "三、会议议定事项（0项）",
                  "本次会议未议定新的交办事项。", "主持人（签字）", "记录人（签字）", "审核：", "2026年3月25日"):
        assert words in text, words
    # When, where, who: a line each under the title, in the order a 纪要 gives them; no counting note in it.
    heads = [line.split("：")[0] for line in map(line_text, lines(pages(saved)[0])) if "：" in line]
    assert heads[:5] == ["时间", "地点", "主持", "参加人员", "记录"]
    assert "地点：部机关三楼会议室" in text and "按一级任务计数" not in text
    page.finish()  # next month the same people sit in the same room: their names and the place are offered again
    again = page.last_summary
    assert again is not None and again.chair_edit.text() == "王部长"
    assert again.place_edit.text() == "部机关三楼会议室"


def test_the_minutes_are_saved_in_word_too_with_the_decisions_and_the_signatures(window: MainWindow,
                                                                                  tmp_path: Path) -> None:
    page = window.meeting_page

    def assign(dialog: NewTaskDialog) -> None:
        dialog.title_edit.setPlainText("梳理年轻干部名单")
    answer_dialogs(window, assign)
    page.assign_new()
    answer_dialogs(window, lambda dialog: None)
    page.finish()
    dialog = page.last_summary
    assert isinstance(dialog, MeetingSummaryDialog) and dialog.word_button.isEnabled()
    dialog.chair_edit.setText("王部长")
    answering(dialog).answer("ask_save_file", tmp_path / "纪要")  # the name typed without its extension
    saved = dialog.save_word()
    assert saved == tmp_path / "纪要.docx" and "Word" in dialog.status.text()
    texts = [p.text for p in Document(str(saved)).paragraphs]
    assert "三、会议议定事项（1项）" in texts and "主持：王部长" in texts
    assert any(t.startswith("（一）梳理年轻干部名单。由组织科牵头") for t in texts), texts
    assert texts[-1] == "2026年3月25日" and any("主持人（签字）" in t for t in texts[-5:])


def test_unsaved_text_survives_a_crash_and_is_offered_back(window: MainWindow, qtbot: QtBot, ledger: Ledger,
                                                           tasks: list[int]) -> None:
    page = window.meeting_page
    type_text(page.entry, "会上说到一半")
    path = ledger.drafts_file
    qtbot.waitUntil(path.exists, timeout=3000)
    assert "会上说到一半" in path.read_text(encoding="utf-8")
    # A crash: the window is gone without closing; a new one starts on the same file.
    restarted = open_meeting(qtbot, ledger)
    again = restarted.meeting_page
    assert again.notice.isVisible() and "找回了 1 条" in again.notice.text()
    assert again.current_task_id() == tasks[0]
    assert again.entry.toPlainText() == "会上说到一半"
    qtbot.keyClick(again.entry, Qt.Key.Key_Return)
    assert [e.text for e in entries(ledger)] == ["会上说到一半"]
    assert not path.exists()


def test_a_second_meeting_in_the_month_is_numbered_and_a_used_name_is_refused(window: MainWindow) -> None:
    proposed: list[str] = []

    def keep_proposal(dialog: NewMeetingDialog) -> None:
        proposed.append(dialog.meeting_title())
    answer_dialogs(window, keep_proposal)
    window.meeting_page.new_meeting()
    assert proposed == ["3月月例会（第2次）"]
    dialogs = answer_dialogs(window, lambda dialog: dialog.title_edit.setText("3月月例会"))
    window.meeting_page.new_meeting()
    assert dialogs[0].result() != dialogs[0].DialogCode.Accepted
    assert "已经有一个「3月月例会」了" in dialogs[0].error_label.text()
    with window.context.ledger.reading() as session:
        assert [m.title for m in lookups.meetings(session, 2026)].count("3月月例会") == 1


def test_entries_made_in_this_meeting_are_ticked_and_the_section_count_goes_down(
        window: MainWindow, qtbot: QtBot, tasks: list[int], qtmodeltester: ModelTester) -> None:
    page, model = window.meeting_page, window.meeting_page.model
    group = model.index(0, 0)
    assert "未反馈2" in str(group.data())  # 组织科: neither task has reported this month
    type_text(page.entry, "已完成调研")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    entered = model.index_of_task(tasks[0], TITLE_COLUMN)
    other = model.index_of_task(tasks[1], TITLE_COLUMN)
    assert entered.data() == "✓ 组织科任务甲" and other.data() == "组织科任务乙"
    assert entered.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#2e7d32"
    assert other.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "未反馈1" in str(model.index(0, 0).data())
    qtmodeltester.check(model)


def test_an_entry_made_on_another_pc_in_this_meeting_is_ticked_here(window: MainWindow, ledger: Ledger,
                                                                    tasks: list[int]) -> None:
    if not ledger.is_server:
        pytest.skip("two PCs write one ledger only on a server")
    from models.domain.progress import add_progress
    from models.places import open_place

    page = window.meeting_page
    assert page.meeting is not None and window.change_watcher is not None
    window.change_watcher.stop()  # the test asks when to look; the timer would look on its own
    other_pc = open_place(ledger.place, actor="李四")
    with other_pc.begin() as session:
        add_progress(session, "李四", tasks[1], "乙：已排查完毕", period="2026-03", entry_date=TODAY,
                     meeting_id=page.meeting.id)
    other_pc.close()
    assert window.change_watcher.check()
    assert page.model.index_of_task(tasks[1], TITLE_COLUMN).data() == "✓ 组织科任务乙"
    assert "未反馈1" in str(page.model.index(0, 0).data())


def test_what_is_typed_stays_with_the_card_when_a_section_row_is_clicked(window: MainWindow, qtbot: QtBot,
                                                                         tasks: list[int]) -> None:
    """Clicking a 科室 row leaves the card as it was: Enter saves for the card's task, and moving on keeps the
    words as a draft instead of dropping them."""
    page = window.meeting_page
    type_text(page.entry, "会上说的")
    group = page.model.index(0, 0)
    assert page.model.task_id(group) is None  # a 科室 row
    page.tree.setCurrentIndex(group)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert [(e.task_id, e.text) for e in entries(window.context.ledger)] == [(tasks[0], "会上说的")]
    type_text(page.entry, "第二项说到一半")
    card = page.shown_id
    page.tree.setCurrentIndex(group)
    page.go_to(tasks[2])
    page.go_to(card)
    assert page.entry.toPlainText() == "第二项说到一半"


def test_ctrl_z_in_the_empty_box_takes_back_the_entry_just_saved(window: MainWindow, qtbot: QtBot,
                                                                 tasks: list[int]) -> None:
    """The box took Ctrl+Z for its own (empty) typing history, so the entry just saved could be taken back
    only from the toolbar; with nothing of its own to undo the box lets the window's 撤销 have it."""
    page = window.meeting_page
    window.show()
    qtbot.waitExposed(window)
    type_text(page.entry, "已完成调研")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert [e.text for e in entries(window.context.ledger)] == ["已完成调研"]
    page.entry.setFocus()
    qtbot.keyClick(page.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entries(window.context.ledger) == []
    qtbot.keyClick(page.entry, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [e.text for e in entries(window.context.ledger)] == ["已完成调研"]
    type_text(page.entry, "正在")  # typing of its own: Ctrl+Z is the box's again
    qtbot.keyClick(page.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.text for e in entries(window.context.ledger)] == ["已完成调研"]

