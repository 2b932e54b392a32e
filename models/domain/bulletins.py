"""通报 numbered through the year (2026年第3期): one series for the 督查通报 and the monthly 通报, each number
given once to what its 通报 is about and kept when it is printed again, never reused (as with 文号)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import BulletinIssue
from models.domain.numbering import one_numbering_at_a_time
from models.domain.workflow import check_length


class IssuedBulletin(NamedTuple):
    year: int
    number: int
    new: bool  # False: a 通报 printed again under the number it was given


def record_subject(record_id: int) -> str:
    """What a 督查通报 is about: one 督查/调研 record."""
    return f"inspection:{record_id}"


def month_subject(year: int, month: int) -> str:
    """What a monthly 通报 is about: one month."""
    return f"monthly:{year}-{month:02d}"


def issue_words(year: int, number: int) -> str:
    return f"{year}年第{number}期"


def numbered_issue(session: Session, subject: str) -> BulletinIssue | None:
    """The number `subject`'s 通报 was given, if it has been issued (a preview shows it, or 第　期)."""
    return session.scalars(select(BulletinIssue).where(BulletinIssue.subject == subject)).first()


def next_issue_number(session: Session, year: int) -> int:
    """The number the year's next 通报 would get: one past the highest given (a gap is never filled)."""
    return (session.scalar(select(func.max(BulletinIssue.number)).where(BulletinIssue.year == year)) or 0) + 1


def issue_bulletin(session: Session, actor: str, year: int, subject: str, title: str,
                   issued_on: date) -> IssuedBulletin:
    """`subject`'s 期号: the one it was given, or the year's next, recorded (and audited) now."""
    one_numbering_at_a_time(session)  # two PCs numbering at once on a server take their numbers in turn
    known = numbered_issue(session, subject)
    if known is not None:
        return IssuedBulletin(known.year, known.number, False)
    issue = BulletinIssue(year=year, number=next_issue_number(session, year), subject=subject,
                          title=check_length(title, "通报标题"), issued_on=issued_on, issued_by=actor)
    session.add(issue)
    session.flush()
    audit.record(session, actor, "create", "bulletin_issue", issue.id, "number", None,
                 issue_words(issue.year, issue.number))
    return IssuedBulletin(issue.year, issue.number, True)
