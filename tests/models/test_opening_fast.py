"""What opening a big ledger quickly relies on: the newest report kept on each task, the check beside the load."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from models.domain import task_state
from models.domain.enums import ProgressKind
from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.errors import LedgerDamaged
from models.file.ledger import open_ledger
from models.file.schema import upgrade
from models.file.storage import make_engine
from models.ledger import Ledger
from models.read.queries import TaskRow, task_rows
from models.schema.revisions import known_revisions

pytestmark = pytest.mark.file_only  # the ledger file itself: its path, lock, journal, backups

AS_OF = date(2026, 3, 25)


def only_row(ledger: Ledger) -> TaskRow:
    with ledger.reading() as session:
        (row,) = task_rows(session, 2026, AS_OF, LightRules())
    return row


def test_newest_report_follows_every_add_and_undo(ledger: Ledger) -> None:
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(year=2026, title="制定年度培训计划")).id
    assert (only_row(ledger).latest_progress, only_row(ledger).feedback_this_period) == ("", False)
    with ledger.begin() as session:
        add_progress(session, "测试员", task_id, "二月已起草", period="2026-02", entry_date=date(2026, 2, 20))
        march = add_progress(session, "测试员", task_id, "三月已印发", period="2026-03",
                             entry_date=date(2026, 3, 24)).id
        add_progress(session, "测试员", task_id, "请抓紧报送", period="2026-03", entry_date=date(2026, 3, 25),
                     kind=ProgressKind.REMINDER)  # the office chasing is not the section's report
    row = only_row(ledger)
    assert (row.latest_progress, row.latest_progress_date, row.feedback_this_period) == (
        "三月已印发", date(2026, 3, 24), True)
    with ledger.begin() as session:
        task_state.remove_progress(session, "测试员", march)
    row = only_row(ledger)
    assert (row.latest_progress, row.latest_progress_date, row.feedback_this_period) == (
        "二月已起草", date(2026, 2, 20), False)


def test_upgrading_an_older_file_fills_the_newest_report_in(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()
    engine = make_engine(path)
    upgrade(engine, "0003")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO task (id, year, title, measures, target, note, deadline_kind, deadline_text, status, "
            "percent, source_text, sort_order, closed_note, closed_by, created_at, updated_at) VALUES "
            "(1, 2026, '建强基层组织', '', '', '', 'none', '', 'in_progress', 0, '', 1, '', '', "
            "'2026-01-01 09:00:00', '2026-01-01 09:00:00')")
        connection.exec_driver_sql(
            "INSERT INTO progress_entry (task_id, period, entry_date, text, kind, author, created_at) VALUES "
            "(1, '2026-03', '2026-03-20', '已完成摸底', 'feedback', '', '2026-03-20 09:00:00')")
    engine.dispose()
    assert known_revisions().index("0003") < len(known_revisions()) - 1
    ledger = open_ledger(path, auto_backup=False)
    try:
        assert (only_row(ledger).latest_progress, only_row(ledger).feedback_this_period) == ("已完成摸底", True)
    finally:
        ledger.close()


def test_a_damaged_file_opened_with_the_check_beside_the_load_is_never_written(ledger: Ledger) -> None:
    with ledger.begin() as session:
        for number in range(300):
            create_task(session, "测试员", TaskDraft(year=2026, title=f"任务{number}" * 20))
    path = ledger.path
    ledger.close()
    data = bytearray(path.read_bytes())
    middle = len(data) * 3 // 4 // 4096 * 4096  # a page of task rows, written last: the schema pages stay whole
    data[middle:middle + 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    opened = open_ledger(path, auto_backup=False, check_in_background=True)
    try:
        with pytest.raises(LedgerDamaged):
            opened.wait_until_checked()
        with pytest.raises(LedgerDamaged), opened.begin():
            pytest.fail("a write began on a damaged file")
    finally:
        opened.close()
    assert path.read_bytes() == before
