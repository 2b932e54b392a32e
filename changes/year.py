"""What belongs to the year's rhythm: a meeting started, 督办单 issued and numbered, the year carried over."""

from __future__ import annotations

from datetime import date

from models.domain import directory
from models.domain.notices import IssuedNotice, check_reply_days, issue_notices
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
          opinion: str = "", again: bool = False) -> list[IssuedNotice]:
    """A 督办单 for each top-level task: its open one kept (reprinted, same number), else a new one numbered on
    from the year's last; with `again`, a 催办 citing the open one. One transaction, each new notice audited.
    A reply time of 0 days or fewer is refused before anything is numbered (−5 once issued a notice whose 反馈时限
    came before it)."""
    check_reply_days(reply_days)
    with ledger.begin() as session:
        require(session, Act.NOTICES)
        return issue_notices(session, ledger.actor, task_ids, issued_on, reply_days, late=late, opinion=opinion,
                             again=again, code=load_settings(session).notice_code)


def carry_over(ledger: Ledger, from_year: int, to_year: int) -> dict[int, int]:
    """结转: each unfinished task copied into `to_year`, which becomes the current year; old task → new."""
    with ledger.begin() as session:
        require(session, Act.SETTINGS)
        copied = rollover(session, ledger.actor, from_year, to_year)
        change_settings(session, ledger.actor, {"current_year": to_year})
        return copied
