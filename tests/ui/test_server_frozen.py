"""A server that stops answering (frozen: SIGSTOP on every process of the test cluster) never freezes the window:
one note in the status bar, no message box; a save gives up within the bound and says the server did not answer;
a row another PC holds is waited for a few seconds, not for ever."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import pairwise
from pathlib import Path

import pg8000.dbapi
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, text

from models.domain.tasks import TaskDraft, create_task, update_task
from models.errors import LedgerError, ServerUnreachable
from models.ledger import Ledger
from models.server.engine import ANSWER_TIMEOUT_S
from models.server.transfer import one_moment
from tests.server_databases import SERVER
from tests.ui.helpers import show_window

HEARTBEAT_MS = 50


def _cluster_processes() -> list[int]:
    """The test cluster's postmaster (its data folder beside the socket, see packaging/pg_cluster.py) and
    every process it started."""
    folder = Path(SERVER.partition("host=")[2].partition("&")[0])
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended while listed
            if int(stat.rpartition(")")[2].split()[1]) == postmaster:
                children.append(int(entry.name))
    return [postmaster, *children]


@contextmanager
def frozen_server() -> Iterator[list[int]]:
    processes = _cluster_processes()
    for pid in processes:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield processes
    finally:
        thaw(processes)


def thaw(processes: list[int]) -> None:
    for pid in processes:
        with suppress(ProcessLookupError):  # thawed already, and since ended (a connection the program gave up)
            os.kill(pid, signal.SIGCONT)


def _server_only(ledger: Ledger) -> None:
    if not ledger.is_server:
        pytest.skip("about a server ledger (make test-server)")


def test_the_window_keeps_working_while_the_server_is_frozen_and_says_so_once(
        qtbot: QtBot, ledger: Ledger, fresh_heap: None) -> None:
    _server_only(ledger)
    window = show_window(qtbot, ledger)
    watcher, note = window.change_watcher, window.connection_note
    assert watcher is not None and not note.isVisible()
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(HEARTBEAT_MS)
    heart.timeout.connect(lambda: beats.append(time.monotonic()))
    with frozen_server() as processes:
        heart.start()
        watcher.look_soon()  # as the timer's tick and the window coming to the front do
        qtbot.wait(1000)
        watcher.look_soon()  # a second tick while the first look still waits: no second look, no second note
        qtbot.waitUntil(note.isVisible, timeout=(ANSWER_TIMEOUT_S + 5) * 1000)
        watcher.look_soon()  # a look after the note: still one note
        qtbot.wait(3000)
        heart.stop()
        lags = [later - earlier - HEARTBEAT_MS / 1000 for earlier, later in pairwise(beats)]
        assert sum(lag for lag in lags if lag > 0.02) < 2.0, max(lags)  # the event loop never stalled long
        assert note.isVisible() and "没有应答" in note.label.toolTip()
        assert not [box for box in QApplication.topLevelWidgets() if isinstance(box, QMessageBox) and box.isVisible()]
        thaw(processes)
        note.retry_button.click()
        qtbot.waitUntil(lambda: not note.isVisible(), timeout=(ANSWER_TIMEOUT_S + 5) * 1000)


def test_a_save_while_the_server_is_frozen_gives_up_and_says_the_server_did_not_answer(ledger: Ledger) -> None:
    _server_only(ledger)
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织")).id
    with frozen_server():
        started = time.monotonic()
        with pytest.raises(ServerUnreachable, match="服务器没有应答"), ledger.begin() as session:
            update_task(session, "测试员", task_id, title="整顿软弱涣散村党组织")
        assert time.monotonic() - started < ANSWER_TIMEOUT_S * 2
    with ledger.begin() as session:  # and once it answers again, the next save goes through
        update_task(session, "测试员", task_id, title="整顿软弱涣散村党组织")


def test_a_row_another_pc_holds_is_waited_for_a_few_seconds_then_told(ledger: Ledger) -> None:
    """A PC stopped in the middle of a save keeps its row locked: another PC's save of that row is refused
    after a few seconds, saying someone is changing it, instead of waiting until the first PC wakes up."""
    _server_only(ledger)
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织")).id
    address = ledger.address  # type: ignore[attr-defined]
    holder = pg8000.dbapi.connect(user=address.user, database=address.database,
                                  unix_sock=f"{address.host}/.s.PGSQL.{address.port}")
    try:
        holder.cursor().execute("SELECT id FROM task WHERE id = %s FOR UPDATE", (task_id,))
        started = time.monotonic()
        with pytest.raises(LedgerError, match="有人正在修改同一条记录"), ledger.begin() as session:
            update_task(session, "测试员", task_id, title="整顿软弱涣散村党组织")
        assert time.monotonic() - started < 8
    finally:
        holder.close()


def test_a_whole_ledger_copy_is_not_cut_short_by_the_limits_ordinary_saves_have(ledger: Ledger) -> None:
    """A backup of a large ledger may read its files for minutes and pause while this PC writes them: the
    statement and idle limits are lifted for that copy's transaction only, and come back for everything else."""
    _server_only(ledger)

    def limits(connection: Connection) -> tuple[str, str]:
        return (str(connection.execute(text("SHOW statement_timeout")).scalar()),
                str(connection.execute(text("SHOW idle_in_transaction_session_timeout")).scalar()))
    with one_moment(ledger) as reading:
        assert limits(reading) == ("0", "0")
    with ledger.engine.connect() as ordinary:
        assert limits(ordinary) == ("30s", "1min")
