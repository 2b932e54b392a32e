"""A report corrected where it was typed: words and percentage changed in place, in the trail, never over
another PC's correction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.domain.entities import AuditEntry, ProgressEntry, Task
from models.domain.progress import add_progress, revise_progress
from models.domain.tasks import TaskDraft, create_task
from models.errors import RuleError
from models.ledger import Ledger


def test_a_report_is_corrected_in_place_and_a_stale_correction_is_refused(ledger: Ledger) -> None:
    with ledger.begin() as session:
        task = create_task(session, "测试员", TaskDraft(2026, "开展年轻干部调研"))
        entry_id = add_progress(session, "测试员", task.id, "已完成调研", percent=30).id
        task_id = task.id
    with ledger.begin() as session:
        assert revise_progress(session, "测试员", entry_id, "已完成调研，形成初稿", percent=60,
                               seen="已完成调研") == ("已完成调研", 30)
    with ledger.reading() as session:
        entries = session.scalars(select(ProgressEntry).where(ProgressEntry.task_id == task_id)).all()
        assert [(e.text, e.percent) for e in entries] == [("已完成调研，形成初稿", 60)]
        task = session.get(Task, task_id)
        assert task is not None and task.percent == 60 and task.report_text == "已完成调研，形成初稿"
        trail = session.scalars(select(AuditEntry).where(AuditEntry.entity == "progress_entry")).all()
        assert {(a.field, a.old_value, a.new_value) for a in trail} >= {("text", "已完成调研", "已完成调研，形成初稿")}
    with pytest.raises(RuleError, match="刚被别人改过"), ledger.begin() as session:  # seen the old words
        revise_progress(session, "测试员", entry_id, "另一种说法", seen="已完成调研")
    with pytest.raises(RuleError, match="进展内容不能为空"), ledger.begin() as session:
        revise_progress(session, "测试员", entry_id, "  ")
