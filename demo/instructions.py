"""The example ledger's 领导批示: a task assigned from a 批示 at the year's start, and a later 批示 on it whose
呈报单 reports the months since."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import Instruction, Task
from models.domain.enums import ProgressKind
from models.domain.instructions import InstructionDraft, source_words
from models.domain.lights import period_of
from models.domain.progress import add_progress

ACTOR = "示例数据"
TASK = "推进党建引领基层治理，完善网格党组织设置"
LEADER = "赵明远"  # a 市委 leader: the 呈报单 goes back to him
FIRST = ("市委办《信息专报》第12期",
         "网格党组织是基层治理的“神经末梢”，请市委组织部牵头研究，年内实现城市社区网格党组织全覆盖。")
LATER = ("市委组织部《组工信息》第5期", "进展较好。请继续抓好落实，及时总结经验做法，办理情况报我。")


def write_instructions(session: Session, today: date, first_report: date, later_report: date) -> int | None:
    """The 批示 the task came from (before its first report) and a later one (before `later_report`); returns
    the task's id, or None when the example has no such task."""
    task = session.scalars(select(Task).where(Task.title == TASK, Task.year == today.year)).first()
    if task is None:
        return None
    start = date(today.year, 1, 2)
    assigned_on = max(start, min(first_report - timedelta(days=10), today))
    later_on = max(assigned_on, later_report - timedelta(days=5))
    first = InstructionDraft(LEADER, assigned_on, FIRST[1], FIRST[0])
    task.source_text = source_words(first)  # its 督办单 ticks 批示
    for draft, on, made in ((first, None, task.id), (InstructionDraft(LEADER, later_on, LATER[1], LATER[0]),
                                                     task.id, None)):
        session.add(Instruction(task_id=on, assigned_task_id=made, leader=draft.leader, given_on=draft.given_on,
                                document=draft.document, text=draft.text, created_by=ACTOR,
                                created_at=datetime.now()))
        words = (f"据{LEADER}批示交办（{draft.document}）：{draft.text}" if made
                 else f"{LEADER}批示（{draft.document}）：{draft.text}")
        add_progress(session, ACTOR, task.id, words, entry_date=draft.given_on, period=period_of(draft.given_on),
                     kind=ProgressKind.INSTRUCTION, author=LEADER)
    return task.id
