"""The example ledger reads as the office's own would: finished items end on a report that says so."""

from __future__ import annotations

from sqlalchemy import select

from models.domain.entities import ProgressEntry, Task
from models.domain.enums import Status
from models.ledger import Ledger


def test_every_finished_item_ends_on_a_report_that_it_is_finished(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        finished = list(session.scalars(select(Task).where(Task.status.in_([Status.COMPLETED, Status.CLOSED]))))
        assert len(finished) >= 2  # the example shows both 已办结 and 已销号
        for task in finished:
            last = session.scalars(select(ProgressEntry).where(ProgressEntry.task_id == task.id)
                                   .order_by(ProgressEntry.entry_date.desc(), ProgressEntry.id.desc())).first()
            assert last is not None and "完成" in last.text and "初稿" not in last.text, task.title
            assert last.percent == 100 and task.percent == 100, task.title
