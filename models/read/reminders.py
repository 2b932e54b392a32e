"""A task's 催办记录 as the editor, `task show` and the 考核 read it: each 提醒 and 督办单 sent, its level and way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import Notice, Reminder, Task
from models.domain.enums import NoticeLevel
from models.domain.notices import notice_level, notice_number


@dataclass(frozen=True)
class ReminderRow:
    """One line of the 催办记录: 2026年12月6日 红色督办单 督〔2026〕4号 纸质."""

    sent_on: date
    level: NoticeLevel
    how: str
    number: str  # the 督办单's 文号; empty for a 提醒
    sent_by: str
    progress_id: int | None = None  # its line in the timeline

    def words(self) -> str:
        """"红色督办单 督〔2026〕4号（纸质）", "提醒（电话）"."""
        what = f"{self.level.paper} {self.number}" if self.number else self.level.label
        return f"{what}（{self.how}）"


def _level(text: str) -> NoticeLevel:
    try:
        return NoticeLevel(text)
    except ValueError:
        return NoticeLevel.YELLOW


def task_reminders(session: Session, task_id: int) -> list[ReminderRow]:
    """The task's 催办记录, oldest first."""
    query = (select(Reminder, Notice).outerjoin(Notice, Notice.id == Reminder.notice_id)
             .where(Reminder.task_id == task_id).order_by(Reminder.sent_on, Reminder.id))
    return [ReminderRow(reminder.sent_on, _level(reminder.level), reminder.how,
                        notice_number(notice.year, notice.number, notice.code) if notice is not None else "",
                        reminder.sent_by, reminder.progress_id) for reminder, notice in session.execute(query)]


def notice_title(session: Session, notice_id: int) -> str:
    """"督〔2026〕4号红色督办单": a notice by its 文号 and what it is."""
    notice = session.get(Notice, notice_id)
    if notice is None:
        return ""
    return notice_number(notice.year, notice.number, notice.code) + notice_level(notice).paper


def red_notices_of_year(session: Session, year: int) -> list[tuple[int, date, str]]:
    """Every 红色督办单 issued for the year's tasks: (task, day, 文号) — an event the 考核办法 may score."""
    query = (select(Notice).join(Task, Task.id == Notice.task_id)
             .where(Notice.year == year, Notice.level == NoticeLevel.RED.value, Task.deleted_at.is_(None))
             .order_by(Notice.issued_on, Notice.number))
    return [(notice.task_id, notice.issued_on, notice_number(notice.year, notice.number, notice.code))
            for notice in session.scalars(query)]
