"""A window watching others' changes misses none: not one whose save committed after a later one's, nor a restore
that put the audit trail back to an older state (its numbers lower than the window had seen)."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from sqlalchemy import delete, text

from models.domain import directory
from models.domain.entities import AuditEntry
from models.domain.tasks import TaskDraft, create_task, update_task
from models.ledger import Ledger
from models.read.changes import GAP_LIFE_S, changes_since, seen_now


def _two_tasks(ledger: Ledger) -> tuple[int, int]:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科")
        first = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=section.id)).id
        second = create_task(session, "测试员", TaskDraft(2026, "建立干部档案台账", lead_section_id=section.id)).id
    return first, second


def test_a_change_committed_after_a_later_numbered_one_is_still_seen(ledger: Ledger) -> None:
    """PC A's save takes its number, PC B saves after it and commits first; a look between the two commits
    sees B's change, and the next look sees A's (it was hidden for good: the window only looked above B's)."""
    if not ledger.is_server:
        pytest.skip("a file takes one writer at a time: its numbers commit in order")
    task_a, task_b = _two_tasks(ledger)
    with ledger.reading() as session:
        seen = seen_now(session)
    with ExitStack() as open_save:
        session_a = open_save.enter_context(ledger.begin())
        update_task(session_a, "甲", task_a, title="整顿软弱涣散村党组织")
        session_a.flush()  # A's audit row has its number now; A has not committed
        with ledger.begin() as session_b:
            update_task(session_b, "乙", task_b, title="建立健全干部档案台账")
        with ledger.reading() as session:
            between = changes_since(session, seen, now=0.0)
        assert between.task_ids == [task_b]
    with ledger.reading() as session:
        after = changes_since(session, between.seen, now=1.0)
    assert after.task_ids == [task_a] and not after.everything
    with ledger.reading() as session:  # and once seen, it is not reported again
        assert not changes_since(session, after.seen, now=2.0).any


def test_a_number_that_never_comes_is_given_up(ledger: Ledger) -> None:
    """A save rolled back leaves its number unused for ever: the window stops looking for it after a while."""
    if not ledger.is_server:
        pytest.skip("a file takes one writer at a time: its numbers commit in order")
    task_a, task_b = _two_tasks(ledger)
    with ledger.reading() as session:
        seen = seen_now(session)
    with ExitStack() as open_save:
        session_a = open_save.enter_context(ledger.begin())
        update_task(session_a, "甲", task_a, title="不会保存的标题")
        session_a.flush()
        with ledger.begin() as session_b:
            update_task(session_b, "乙", task_b, title="建立健全干部档案台账")
        session_a.rollback()
    with ledger.reading() as session:
        looked = changes_since(session, seen, now=0.0)
    assert looked.seen.gaps
    with ledger.reading() as session:
        assert not changes_since(session, looked.seen, now=GAP_LIFE_S + 1).seen.gaps


def test_a_restored_trail_with_lower_numbers_has_everything_read_again(ledger: Ledger) -> None:
    """A restore brings back an older ledger whose trail ends below what the window saw, and new saves then take
    numbers the window thinks it has seen: it reads everything again instead of staying stale."""
    task_a, task_b = _two_tasks(ledger)
    with ledger.reading() as session:
        before = seen_now(session)
    with ledger.begin() as session:
        update_task(session, "甲", task_a, title="整顿软弱涣散村党组织")
    with ledger.reading() as session:
        seen = changes_since(session, before, now=0.0).seen
    assert seen.newest > before.newest
    with ledger.begin() as session:  # what a restore of the earlier copy leaves, then someone saves on it
        session.execute(delete(AuditEntry).where(AuditEntry.id > before.newest))
        if ledger.is_server:
            session.execute(text("SELECT setval(pg_get_serial_sequence('audit_entry', 'id'), :last)"),
                            {"last": before.newest})
        update_task(session, "乙", task_b, title="建立健全干部档案台账")
    with ledger.reading() as session:
        looked = changes_since(session, seen, now=1.0)
        assert looked.everything
        assert not changes_since(session, looked.seen, now=2.0).any
