"""打印 → 月度通报: the month chosen, its 通报 previewed in the 公文 form, numbered in the 督查通报 series when it
goes out (printed or saved), and saved as the Word draft the office finishes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox
from sqlalchemy.orm import Session

from changes.bulletins import issue_bulletin_number
from models.domain.bulletins import IssuedBulletin, issue_words, month_subject, numbered_issue
from models.ledger import Ledger
from models.read.monthly import MonthlyBulletin, monthly_bulletin, previous_month
from reports.fonts import FontSetup
from reports.gongwen import GongwenFrame
from reports.monthly_bulletin import monthly_frame, title_of, write_monthly_docx, write_monthly_pdf
from reports.output import write_atomically


class MonthlyPart(QObject):
    """The report dialog's 月度通报: which month, and whether the one shown carries its 第N期."""

    def __init__(self, ledger: Ledger, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.numbered = False
        self.month_combo = QComboBox()
        month = f"{today.year}-{today.month:02d}"
        for _ in range(13):  # this month (so far) and the twelve before it, newest first
            year, number = month.split("-")
            self.month_combo.addItem(self.tr("{year}年{month}月").format(year=year, month=int(number)), month)
            month = previous_month(month)
        self.month_combo.setCurrentIndex(1)  # the office drafts last month's 通报 at the start of this one

    @property
    def month(self) -> str:
        return str(self.month_combo.currentData())

    @property
    def subject(self) -> str:
        year, number = self.month.split("-")
        return month_subject(int(year), int(number))

    def _bulletin(self, session: Session, today: date) -> tuple[MonthlyBulletin, GongwenFrame]:
        bulletin = monthly_bulletin(session, self.month, today, self.ledger.settings())
        issued = numbered_issue(session, self.subject)
        self.numbered = issued is not None
        return bulletin, monthly_frame(bulletin, issued.number if issued else 0, today)

    def write_preview(self, session: Session, today: date, fonts: FontSetup, target: Path) -> tuple[int, str]:
        """The 通报 as it would go out, into `target`: its pages, and what the dialog says of it."""
        bulletin, frame = self._bulletin(session, today)
        pages = write_monthly_pdf(bulletin, frame, fonts, target)
        issue = issue_words(frame.year, frame.issue_number) if self.numbered else self.tr("打印或保存时编期号")
        now = bulletin.now
        summary = self.tr("逾期{overdue}项、未反馈{silent}项，{issue}").format(
            overdue=now.overdue, silent=now.no_feedback, issue=issue)
        return pages, summary

    def issue(self, today: date) -> IssuedBulletin:
        """The month's 第N期, given now (or the one it was given before): a use case, with its audit."""
        with self.ledger.reading() as session:
            bulletin = monthly_bulletin(session, self.month, today, self.ledger.settings())
        return issue_bulletin_number(self.ledger, bulletin.year, self.subject, title_of(bulletin), today)

    def write_word(self, path: Path, today: date) -> None:
        with self.ledger.reading() as session:
            bulletin, frame = self._bulletin(session, today)
        write_atomically(path, lambda temporary: write_monthly_docx(bulletin, frame, temporary), suffix=".docx")

    def file_name(self) -> str:
        year, number = self.month.split("-")
        return self.tr("{year}年{month}月重点工作任务推进落实情况通报").format(year=year, month=int(number))
