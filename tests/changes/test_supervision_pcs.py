"""Two approvers on one 延期申请: one decides it, the other is told who did and how, and nothing of theirs is
written — one after the other on a file, at the same moment on a server."""

from __future__ import annotations

import copy
import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from changes.supervision import ask_extension, decide_extension
from changes.tasks import new_task
from models.domain.deadlines import Deadline
from models.domain.entities import Extension, ProgressEntry
from models.domain.enums import DeadlineKind, ProgressKind
from models.domain.tasks import TaskDraft, get_task
from models.errors import RuleError
from models.ledger import Ledger
from models.read.task_detail import task_detail


def as_someone_else(ledger: Ledger, name: str) -> Ledger:
    other = copy.copy(ledger)
    other.actor = name
    return other


def asked_task(ledger: Ledger) -> tuple[int, int]:
    """A task with a 延期申请 waiting: (task, request)."""
    due = Deadline(DeadlineKind.DATE, date(2026, 6, 30))
    (task_id,) = new_task(ledger, TaskDraft(2026, "修订考核办法", deadline=due)).outcome.created_tasks
    asked = ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), "等待上级文件",
                          on=date(2026, 6, 1))
    return task_id, asked.outcome.requests_made[0]


def decisions(ledger: Ledger, task_id: int) -> tuple[int, int]:
    with ledger.reading() as session:
        answers = session.scalar(select(func.count()).select_from(ProgressEntry).where(
            ProgressEntry.task_id == task_id, ProgressEntry.kind == ProgressKind.EXTENSION_ANSWER))
        extensions = session.scalar(select(func.count()).select_from(Extension).where(Extension.task_id == task_id))
    return answers or 0, extensions or 0


def test_the_second_approver_is_told_who_decided_and_changes_nothing(ledger: Ledger) -> None:
    task_id, request_id = asked_task(ledger)
    decide_extension(as_someone_else(ledger, "王部长"), task_id, True, by="王部长", request_id=request_id)
    with pytest.raises(RuleError, match=r"已由 王部长 于 .* 审批（已同意）"):
        decide_extension(as_someone_else(ledger, "督查室张敏"), task_id, False, answer="节点不能后移",
                         request_id=request_id)
    assert decisions(ledger, task_id) == (1, 1)
    with ledger.reading() as session:
        assert task_detail(session, task_id).deadline_display == "2026年9月30日"


def test_two_approvers_at_the_same_moment_on_a_server_give_one_decision(ledger: Ledger) -> None:
    if not ledger.is_server:
        pytest.skip("a file ledger has one writer at a time")
    for _round in range(4):
        task_id, request_id = asked_task(ledger)
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def decide(person: str, approve: bool, task: int = task_id, request: int = request_id,
                   barrier: threading.Barrier = start, outcomes: list[str] = outcomes) -> None:
            barrier.wait()
            try:
                decide_extension(as_someone_else(ledger, person), task, approve, by=person, answer="不同意的理由",
                                 request_id=request)
                outcomes.append("decided")
            except RuleError as refused:
                outcomes.append("refused" if "审批（" in str(refused) else str(refused))

        threads = [threading.Thread(target=decide, args=(person, approve))
                   for person, approve in (("王部长", True), ("刘部长", False))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(outcomes) == ["decided", "refused"]
        answers, extensions = decisions(ledger, task_id)
        with ledger.reading() as session:
            moved = get_task(session, task_id).due_date == date(2026, 9, 30)
        assert answers == 1 and extensions == (1 if moved else 0)
