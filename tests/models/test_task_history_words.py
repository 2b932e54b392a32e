"""The 修改记录 in the clerk's words: every step the example ledger's trail holds for a task is named in Chinese —
no "attach | closing" or "rate | rating" left as the program wrote them."""

from __future__ import annotations

import re

from sqlalchemy import select

from models.domain.entities import Task
from models.ledger import Ledger
from models.read.task_history import task_history

LATIN = re.compile(r"[A-Za-z_]{3,}")


def test_every_step_in_the_examples_history_is_named_in_chinese(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        rows = [row for task_id in session.scalars(select(Task.id)) for row in task_history(session, task_id)]
    actions = {row.action for row in rows}
    fields = {row.field for row in rows}
    assert {"附佐证材料", "销号评价", "签收", "退回重办"} <= actions and "领导批示" in fields
    assert not [word for word in actions | fields if LATIN.search(word)]
