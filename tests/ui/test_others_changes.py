"""Changes made elsewhere (another PC on the server, the window writing a file this one reads) show up here."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from models.domain import directory
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task, update_task
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.places import open_place
from tests.fixtures.day import TODAY
from ui.main_window import MainWindow

from .helpers import shown_titles


def _other_pc_view(qtbot: QtBot, ledger: Ledger) -> tuple[MainWindow, Ledger, int]:
    """A window on the ledger as a second PC would have it, and the first PC's ledger to change things with."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科")
        task_id = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=section.id)).id
    if ledger.is_server:
        seen = open_place(ledger.place, actor="另一台电脑")
    else:  # a second window on a file reads it while the first one writes (the writer lock)
        seen = open_ledger(ledger.path, actor="另一台电脑", auto_backup=False)  # type: ignore[attr-defined]
        assert seen.read_only
    window = MainWindow(seen, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window, seen, task_id


def test_a_task_changed_elsewhere_appears_and_the_typing_here_is_kept(qtbot: QtBot, ledger: Ledger) -> None:
    window, seen, task_id = _other_pc_view(qtbot, ledger)
    assert window.change_watcher is not None
    window.change_watcher.stop()  # the test asks when to look; the timer would look on its own
    window.list_pane.select_task(task_id)
    assert not window.change_watcher.check()  # nothing new yet
    with ledger.begin() as session:
        update_task(session, "李四", task_id, title="整顿软弱涣散村党组织")
        add_progress(session, "李四", task_id, "已排查12个村", period="2026-03", entry_date=TODAY)
    assert window.change_watcher.check()
    assert "整顿软弱涣散村党组织" in shown_titles(window)
    assert window.editor.title_edit.toPlainText() == "整顿软弱涣散村党组织"  # not being edited: shown afresh
    if not seen.read_only:  # on a server this PC types too: what it types stays while others save
        window.editor.measures_edit.setPlainText("我正在写的措施")
        with ledger.begin() as session:
            update_task(session, "李四", task_id, note="李四又改了备注")
        assert window.change_watcher.check()
        assert window.editor.measures_edit.toPlainText() == "我正在写的措施" and window.editor.is_dirty()
    window.close()
    seen.close()


def test_a_window_on_a_file_it_writes_itself_does_not_watch(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    assert (window.change_watcher is None) == (not ledger.is_server)


def test_reopening_a_task_another_pc_has_closed_meanwhile_is_refused_and_shows_the_close(
        qtbot: QtBot, ledger: Ledger) -> None:
    """The clerk sees 已办结 and clicks 重新打开 after the 督查室 has 销号'd it on another PC: the 销号 stays,
    the window names who did it, and the task pane shows 已销号."""
    import copy

    from changes.progress import ProgressDraft, enter_progress
    from changes.tasks import StatusChange, set_status
    from models.domain.enums import ProgressKind, Status

    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "建立干部档案台账")).id
    enter_progress(ledger, task_id, ProgressDraft("已建立", percent=100, kind=ProgressKind.FEEDBACK,
                                                  status=Status.COMPLETED, entry_date=TODAY))
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.list_pane.select_task(task_id)
    assert window.editor.detail is not None and window.editor.detail.status == Status.COMPLETED
    elsewhere = copy.copy(ledger)
    elsewhere.actor = "李四"
    set_status(elsewhere, task_id, StatusChange(Status.CLOSED, "验收合格", "王部长", seen=Status.COMPLETED))
    window.registry.reopen.trigger()
    said = window.statusBar().currentMessage()
    assert "李四" in said and "已销号" in said
    with ledger.reading() as session:
        from models.domain.tasks import get_task
        assert get_task(session, task_id).status == Status.CLOSED
    assert window.editor.detail is not None and window.editor.detail.status == Status.CLOSED
    window.close()


def test_a_save_that_commits_after_a_later_one_still_reaches_the_window(qtbot: QtBot, ledger: Ledger) -> None:
    """PC A's save takes its change number and commits after PC B's later one: the window's look between the
    two commits shows B's, and the next look shows A's (it used to be hidden for good)."""
    from contextlib import ExitStack

    if not ledger.is_server:
        pytest.skip("a file takes one writer at a time: its changes commit in the order they are numbered")
    window, seen, task_a = _other_pc_view(qtbot, ledger)
    assert window.change_watcher is not None
    window.change_watcher.stop()
    with ledger.begin() as session:
        task_b = create_task(session, "测试员", TaskDraft(2026, "建立干部档案台账")).id
    assert window.change_watcher.check()
    with ExitStack() as open_save:
        session_a = open_save.enter_context(ledger.begin())
        update_task(session_a, "甲", task_a, title="整顿软弱涣散村党组织")
        session_a.flush()
        with ledger.begin() as session_b:
            update_task(session_b, "乙", task_b, title="建立健全干部档案台账")
        assert window.change_watcher.check() and "建立健全干部档案台账" in shown_titles(window)
    assert window.change_watcher.check() and "整顿软弱涣散村党组织" in shown_titles(window)
    window.close()
    seen.close()


def test_a_task_chosen_while_the_server_does_not_answer_is_not_left_showing_the_one_before(
        qtbot: QtBot, ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clicking a row while the server is away: the pane empties (录入进展 cannot go to the task shown before)
    and the status bar says why; no box."""
    from models.errors import ServerUnreachable

    with ledger.begin() as session:
        first = create_task(session, "测试员", TaskDraft(2026, "加强党员教育管理")).id
        second = create_task(session, "测试员", TaskDraft(2026, "规范发展党员工作")).id
    window = MainWindow(ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.list_pane.select_task(first)
    assert window.editor.detail is not None and window.editor.detail.id == first

    def away(_session: object, _task_id: int) -> object:
        raise ServerUnreachable("无法连接服务器 {place}（{reason}）。这次操作没有保存，请检查后重试。",
                                place="postgresql://zhang@10.1.2.3/luoshi", reason="服务器没有应答")
    monkeypatch.setattr("ui.task_commands.task_detail", away)
    window.list_pane.select_task(second)
    assert window.editor.detail is None
    assert not window.registry.progress.isEnabled()
    assert "无法连接服务器" in window.statusBar().currentMessage()
    window.close()
