"""催办记录: each 提醒, 督办单 and 红色督办单 sent for a task — day, level, how it went — a line of its timeline."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Reminder
from models.domain.enums import NoticeLevel, ProgressKind
from models.domain.lights import period_of
from models.domain.progress import add_progress
from models.domain.tasks import get_task
from models.errors import RuleError

PAPER = "纸质"
HOW_WORDS = (PAPER, "电话", "短信", "系统")  # what the office writes; another short word is taken as it is
HOW_LIMIT = 8


class Recorded(NamedTuple):
    id: int
    new: bool  # False: the same reminder was recorded already that day (a batch run twice), nothing added


def check_how(how: str) -> str:
    """How it was sent, a short word (纸质, 电话, 短信, 系统); blank is 纸质."""
    word = " ".join(how.split())
    if len(word) > HOW_LIMIT:
        raise RuleError("发送方式写一个短词即可（如纸质、电话、短信、系统），不超过 {limit} 个字。", limit=HOW_LIMIT)
    return word or PAPER


def level_of(text: str) -> NoticeLevel:
    """A level as stored or typed (blue, yellow, red, or 提醒, 督办, 红色督办); a clear message otherwise."""
    words = {level.value: level for level in NoticeLevel} | {level.label: level for level in NoticeLevel}
    words |= {level.paper: level for level in NoticeLevel} | {level.colour: level for level in NoticeLevel}
    found = words.get(text.strip().lower()) or words.get(text.strip())
    if found is None:
        raise RuleError("督办等级只能是 blue（提醒）、yellow（督办单）或 red（红色督办单），收到的是“{text}”。",
                        text=text)
    return found


def reminder_words(level: NoticeLevel, how: str, number: str = "") -> str:
    """The timeline's line: "提醒（电话）", "发出督〔2026〕3号督办单（纸质）", "督〔2026〕3号红色督办单 电话催办"."""
    if not number:
        return f"{level.paper if level is not NoticeLevel.BLUE else '提醒'}（{how}）"
    if how == PAPER:
        return f"发出{number}{level.paper}（{how}）"
    return f"{number}{level.paper}，{how}催办"


def record_reminder(session: Session, actor: str, task_id: int, level: NoticeLevel, on: date, *, how: str = PAPER,
                    notice_id: int | None = None, number: str = "") -> Recorded:
    """One line of the 催办记录 and of the task's timeline (督办 for a numbered notice, 催办 for a 提醒). The same
    task, day, level, way and notice again is the one already recorded: a batch printed twice is sent once."""
    how = check_how(how)
    get_task(session, task_id)
    same = session.scalars(select(Reminder.id).where(
        Reminder.task_id == task_id, Reminder.sent_on == on, Reminder.level == level.value, Reminder.how == how,
        Reminder.notice_id.is_(None) if notice_id is None else Reminder.notice_id == notice_id)).first()
    if same is not None:
        return Recorded(same, False)
    kind = ProgressKind.REMINDER if level is NoticeLevel.BLUE or not number else ProgressKind.SUPERVISION
    entry = add_progress(session, actor, task_id, reminder_words(level, how, number), entry_date=on,
                         period=period_of(on), kind=kind)  # audited there, with the reminder
    reminder = Reminder(task_id=task_id, sent_on=on, level=level.value, how=how, notice_id=notice_id,
                        sent_by=actor[:64], progress_id=entry.id, created_at=datetime.now())
    session.add(reminder)
    session.flush()
    return Recorded(reminder.id, True)


def remove_reminder(session: Session, actor: str, reminder_id: int) -> Recorded | None:
    """Take back a line of the 催办记录 (undo of a 催办 from the window); its timeline line is taken back by the
    caller (task_state.remove_progress), the trail keeps what it said. None when it is gone already."""
    reminder = session.get(Reminder, reminder_id, with_for_update=True)
    if reminder is None:
        return None
    audit.record(session, actor, "undo", "task", reminder.task_id, "reminder",
                 f"{reminder.sent_on.isoformat()} {reminder.level} {reminder.how}", None)
    session.delete(reminder)
    session.flush()
    return Recorded(reminder_id, False)
