"""The task changes as the window and the command line make them: one transaction each, taken back and made
again from what they recorded, and never taking back what another PC has changed since."""

from __future__ import annotations

import pytest

from changes.progress import ProgressDraft, enter_progress
from changes.tasks import StatusChange, TaskEdit, delete, edit_task, new_task, set_status
from changes.undoing import put_back, take_back
from models.domain.enums import Status
from models.domain.progress import entries_for
from models.domain.tasks import TaskDraft, get_task
from models.errors import RuleError
from models.ledger import Ledger


def title_of(ledger: Ledger, task_id: int) -> str:
    with ledger.reading() as session:
        return get_task(session, task_id).title


def test_an_edit_is_taken_back_and_made_again(ledger: Ledger) -> None:
    made = new_task(ledger, TaskDraft(2026, "建立台账"))
    (task_id,) = made.outcome.created_tasks
    edited = edit_task(ledger, task_id, TaskEdit({"title": "建立工作台账"}))
    assert edited.touched() == [task_id] and not edited.changed_nothing()
    take_back(ledger, edited)
    assert title_of(ledger, task_id) == "建立台账"
    put_back(ledger, edited)
    assert title_of(ledger, task_id) == "建立工作台账"
    assert edit_task(ledger, task_id, TaskEdit({"title": "建立工作台账"})).changed_nothing()


def test_an_undo_never_takes_back_what_was_changed_since(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    mine = edit_task(ledger, task_id, TaskEdit({"title": "我的改法"}))
    edit_task(ledger, task_id, TaskEdit({"title": "另一台电脑的改法"}))  # saved after mine, by someone else
    with pytest.raises(RuleError):
        take_back(ledger, mine)
    assert title_of(ledger, task_id) == "另一台电脑的改法"


def test_a_report_and_the_status_it_brings_go_in_and_come_out_together(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "开展培训")).outcome.created_tasks
    reported = enter_progress(ledger, task_id, ProgressDraft("已完成培训", period="2026-03", status=Status.COMPLETED))
    assert reported.replay and len(reported.outcome.progress_ids) == 1
    with ledger.reading() as session:
        assert get_task(session, task_id).status == Status.COMPLETED and len(entries_for(session, task_id)) == 1
    take_back(ledger, reported)
    with ledger.reading() as session:
        assert get_task(session, task_id).status == Status.NOT_STARTED and entries_for(session, task_id) == []


def test_a_refused_step_changes_nothing(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "开展培训")).outcome.created_tasks
    with pytest.raises(RuleError):  # 销号 of a task never 办结
        set_status(ledger, task_id, StatusChange(Status.CLOSED, approver="王部长"))
    with ledger.reading() as session:
        assert get_task(session, task_id).status == Status.NOT_STARTED
    removed = delete(ledger, task_id)
    take_back(ledger, removed)
    assert title_of(ledger, task_id) == "开展培训"
