"""A server ledger copied whole while PCs go on writing: backups and `migrate --from` read one moment (issue 28,
point 8); and a server that refuses COPY … TO STDOUT (a 信创 look-alike) still opens the ledger."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.places import open_place
from models.read import queries
from models.read.queries import task_rows
from tests.fixtures.day import TODAY


def _write_until(stop: threading.Event, place: str, written: list[int], failures: list[BaseException]) -> None:
    """Another PC at the monthly meeting: a new task and its first report, one save after another."""
    pc = open_place(place, actor="另一台电脑")
    try:
        while not stop.is_set():
            with pc.begin() as session:
                task = create_task(session, "另一台电脑", TaskDraft(2026, f"会上交办的第{len(written) + 1}项"))
                add_progress(session, "另一台电脑", task.id, "已部署", period="2026-03", entry_date=TODAY)
            written.append(task.id)
    except BaseException as error:  # told by the test, in its words
        failures.append(error)
    finally:
        pc.close()


def test_a_backup_taken_while_another_pc_writes_is_one_whole_moment(demo_ledger: Ledger, tmp_path: Path) -> None:
    """Was: a FOREIGN KEY error (a report copied whose task was made after the tasks were read) or 复制后核对不符."""
    if not demo_ledger.is_server:
        pytest.skip("a file is backed up by SQLite's own backup, a snapshot already")
    stop, written, failures = threading.Event(), [], []  # type: ignore[var-annotated]
    writer = threading.Thread(target=_write_until, args=(stop, demo_ledger.place, written, failures))
    writer.start()
    backups = []
    try:
        for _ in range(6):
            backups.append(demo_ledger.backup_now(tmp_path / "备份"))
    finally:
        stop.set()
        writer.join(60)
    assert not failures, [str(error) for error in failures]
    assert len(written) > len(backups)  # the other PC did write while the copies were made
    for backup in backups:
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA foreign_key_check").fetchall() == []
            tasks = {row[0] for row in copy.execute("SELECT id FROM task")}
            reported = {row[0] for row in copy.execute("SELECT task_id FROM progress_entry")}
        assert reported <= tasks


def test_a_server_refusing_copy_still_opens_the_ledger_with_the_same_rows(
        demo_ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    if not demo_ledger.is_server:
        pytest.skip("a file is read without COPY")
    with demo_ledger.reading() as session:
        copied = task_rows(session, 2026, TODAY, LightRules())
        driver_cursor = type(session.connection().connection.cursor())
    monkeypatch.setattr(queries, "_COPY_REFUSED", set(), raising=False)
    sent = driver_cursor.execute
    refusals = []

    def as_a_server_without_copy(cursor: Any, operation: str, *args: Any, **kwargs: Any) -> Any:
        if operation.lstrip().upper().startswith("COPY"):  # said so that this server refuses it
            refusals.append(operation)
            operation = operation.replace("FORMAT csv", "FORMAT 信创")
        return sent(cursor, operation, *args, **kwargs)

    monkeypatch.setattr(driver_cursor, "execute", as_a_server_without_copy)
    place = demo_ledger.place
    demo_ledger.close()
    reopened = open_place(place, read_only=True)
    try:
        with reopened.reading() as session:
            refused = task_rows(session, 2026, TODAY, LightRules())
            # the refusal was undone to its savepoint: the same reading goes on
            still = session.execute(text("SELECT count(*) FROM task")).scalar_one()
            again = task_rows(session, 2026, TODAY, LightRules())  # asked no more: read plainly at once
    finally:
        reopened.close()
    assert len(copied) == 60 and refused == copied == again and still == 60  # the example: 45 tasks, 15 subtasks
    assert len(refusals) == 1  # asked once: a server that refused is read plainly from then on
