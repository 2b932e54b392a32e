"""A 通报's 期号 issued: the 督查通报 of a record and the monthly 通报 number one series through the year."""

from __future__ import annotations

from datetime import date

from models.domain.bulletins import IssuedBulletin, issue_bulletin
from models.domain.rights import Act, require
from models.ledger import Ledger


def issue_bulletin_number(ledger: Ledger, year: int, subject: str, title: str, issued_on: date) -> IssuedBulletin:
    """`subject`'s 第N期 (models.domain.bulletins.record_subject / month_subject): kept if it has one, else the
    year's next, recorded in one transaction with its audit. Issued when the 通报 is written or printed, not when
    it is previewed (as with 督办单)."""
    with ledger.begin() as session:
        require(session, Act.NOTICES)
        return issue_bulletin(session, ledger.actor, year, subject, title, issued_on)
