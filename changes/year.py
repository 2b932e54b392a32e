"""The year's rhythm: a meeting started, 督办单 issued and numbered, 催办 recorded, the year carried on."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from changes.undoing import Change, Outcome, carry_out
from models.domain import directory
from models.domain.entities import Notice, Reminder
from models.domain.enums import NoticeLevel
from models.domain.notices import IssuedNotice, check_reply_days, issue_notices, notice_level, notice_number
from models.domain.reminders import PAPER, Recorded, record_reminder
from models.domain.rights import Act, require
from models.domain.rollover import rollover
from models.domain.settings import change_settings, load_settings
from models.ledger import Ledger


def start_meeting(ledger: Ledger, held_on: date, title: str) -> int:
    """A new meeting (月度例会) to enter progress at; returns its id."""
    with ledger.begin() as session:
        require(session, Act.EDIT)
        return directory.meeting(session, ledger.actor, held_on, title).id


def issue(ledger: Ledger, task_ids: list[int], issued_on: date, reply_days: int, *, late: set[int] | None = None,
          opinion: str = "", again: bool = False, levels: dict[int, NoticeLevel] | None = None) -> list[IssuedNotice]:
    """A 督办单 for each top-level task at its level (`levels`: yellow, or red for a 红色督办单): its open one kept
    (reprinted, same number), else a new one numbered on from the year's last; with `again`, or a level above the
    open one's, a 催办 citing it. One transaction, each new notice audited and in the 催办记录 (纸质).
    A reply time of 0 days or fewer is refused before anything is numbered (−5 once issued a notice whose 反馈时限
    came before it)."""
    check_reply_days(reply_days)
    with ledger.begin() as session:
        require(session, Act.NOTICES)
        return issue_notices(session, ledger.actor, task_ids, issued_on, reply_days, late=late, opinion=opinion,
                             again=again, code=load_settings(session).notice_code, levels=levels)


def send_reminders(ledger: Ledger, task_ids: list[int], on: date, *, how: str = PAPER) -> int:
    """提醒 (blue) for several tasks, as a batch of 提醒函 goes out: each in its 催办记录 once a day (a batch printed
    again that day adds nothing). One transaction; returns how many were recorded now."""
    with ledger.begin() as session:
        require(session, Act.NOTICES)
        return sum(record_reminder(session, ledger.actor, task_id, NoticeLevel.BLUE, on, how=how).new
                   for task_id in dict.fromkeys(task_ids))


def send_notices(ledger: Ledger, levels: dict[int, NoticeLevel], issued_on: date, reply_days: int, *,
                 late: set[int] | None = None, opinion: str = "", again: bool = False) -> list[IssuedNotice]:
    """A batch of notices as it goes out, each task (in the order of `levels`) at its level: a 提醒 (blue) recorded
    in its 催办记录 (once a day), the others issued as `issue` issues them. One transaction; returns the numbered
    notices, one per task not at blue, in that order."""
    numbered = [task_id for task_id, level in levels.items() if level is not NoticeLevel.BLUE]
    if numbered:
        check_reply_days(reply_days)
    with ledger.begin() as session:
        require(session, Act.NOTICES)
        for task_id, level in levels.items():
            if level is NoticeLevel.BLUE:
                record_reminder(session, ledger.actor, task_id, level, issued_on)
        if not numbered:
            return []
        return issue_notices(session, ledger.actor, numbered, issued_on, reply_days, late=late, opinion=opinion,
                             again=again, code=load_settings(session).notice_code, levels=levels)


class Reminded(NamedTuple):
    recorded: bool  # False: the same reminder was in the 催办记录 already that day
    notice_id: int | None  # the 督办单 (yellow, red) it went as; None for a 提醒
    new_notice: bool  # a notice numbered now (False: the task's open one, at its level or above)
    change: Change  # what undo takes back (the window's 催办…): the 催办记录 line, its timeline line, a new notice


def remind(ledger: Ledger, task_id: int, level: NoticeLevel, on: date, *, how: str = PAPER,
           reply_days: int | None = None, late: bool = False) -> Reminded:
    """催办 one task, recorded in its 催办记录 and timeline: a 提醒 (blue) is only recorded (it is never numbered);
    a 督办单 (yellow) or 红色督办单 (red) goes as a numbered notice as `issue` gives it — the task's open notice
    when it is at that level or above (the chase recorded against it), else a new one. One transaction, undone
    (and made again) as a whole."""
    done: list[tuple[bool, int | None, bool]] = []

    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.NOTICES)
        recorded, notice_id, new = _remind(session, actor, task_id, level, on, how, reply_days, late)
        done[:] = [(recorded.new, notice_id, new)]
        if not recorded.new:
            return Outcome()
        reminder = session.get(Reminder, recorded.id)
        assert reminder is not None
        return Outcome(progress_ids=[reminder.progress_id] if reminder.progress_id is not None else [],
                       reminders_made=[recorded.id], notices_made=[notice_id] if new and notice_id else [])
    change = carry_out(ledger, work, [task_id], replay=True)
    return Reminded(*done[0], change)


def _remind(session: Session, actor: str, task_id: int, level: NoticeLevel, on: date, how: str,
            reply_days: int | None, late: bool) -> tuple[Recorded, int | None, bool]:
    """The 催办记录 line made (or found made that day), the notice it went as, and whether that was numbered now."""
    if level is NoticeLevel.BLUE:
        return record_reminder(session, actor, task_id, level, on, how=how), None, False
    settings = load_settings(session)
    days = check_reply_days(settings.notice_reply_days if reply_days is None else reply_days)
    notice_id, new = issue_notices(session, actor, [task_id], on, days, late={task_id} if late else set(),
                                   code=settings.notice_code, levels={task_id: level}, how=how)[0]
    if new:
        made = session.scalars(select(Reminder.id).where(Reminder.notice_id == notice_id)).first()
        assert made is not None
        return Recorded(made, True), notice_id, True
    notice = session.get(Notice, notice_id)
    assert notice is not None
    return record_reminder(session, actor, task_id, notice_level(notice), on, how=how, notice_id=notice_id,
                           number=notice_number(notice.year, notice.number, notice.code)), notice_id, False


def carry_over(ledger: Ledger, from_year: int, to_year: int) -> dict[int, int]:
    """结转: each unfinished task copied into `to_year`, which becomes the current year; old task → new."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        copied = rollover(session, ledger.actor, from_year, to_year)
        change_settings(session, ledger.actor, {"current_year": to_year})
        return copied
