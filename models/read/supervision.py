"""A task's 督办 record as the editor, `task show` and the 督办单 read it: 签收, 延期申请 with their 审批, 退回重办."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date, deadline_words
from models.domain.entities import ExtensionRequest, ProgressEntry, Task
from models.domain.enums import ProgressKind
from models.domain.supervision import APPROVED, PENDING, REFUSED
from models.domain.text import clause


@dataclass(frozen=True)
class RequestRow:
    """One 延期申请 and what became of it."""

    id: int
    asked_on: date
    asked_by: str
    asked: str  # the deadline asked for, as written
    reason: str
    late: bool  # 逾期申请
    state: str  # pending, approved, refused
    decided_by: str
    decided_on: date | None
    answer: str
    due: date | None = None  # the day asked for

    @property
    def pending(self) -> bool:
        return self.state == PENDING

    def words(self) -> str:
        """The 督办单's line: "11月20日申请延至12月31日（理由），待审批" — the ledger's words, printed as they are."""
        late = "逾期" if self.late else ""
        asked = f"{chinese_date(self.asked_on)}{late}申请延至{self.asked}（{clause(self.reason)}）"
        if self.state == APPROVED:
            return f"{asked}，{self.decided_by}于{chinese_date(self.decided_on or self.asked_on)}同意"
        if self.state == REFUSED:
            return (f"{asked}，{self.decided_by}于{chinese_date(self.decided_on or self.asked_on)}不同意："
                    f"{clause(self.answer)}")  # the 督办单 joins them with ；
        return f"{asked}，待审批，原完成时限不变"


def extension_requests(session: Session, task_id: int) -> list[RequestRow]:
    """The task's requests, oldest first."""
    query = select(ExtensionRequest).where(ExtensionRequest.task_id == task_id).order_by(ExtensionRequest.id)
    return [RequestRow(r.id, r.asked_on, r.asked_by, deadline_words(r.new_text, r.new_due_date), r.reason, r.late,
                       r.state, r.decided_by, r.decided_on, r.answer, r.new_due_date)
            for r in session.scalars(query)]


def return_count(session: Session, task_id: int) -> int:
    """How many times the task was 退回重办 (each is an entry of its timeline, counted for 考核)."""
    return session.scalar(select(func.count()).select_from(ProgressEntry).where(
        ProgressEntry.task_id == task_id, ProgressEntry.kind == ProgressKind.RETURN)) or 0


def returns_of_year(session: Session, year: int) -> list[tuple[int, date, str]]:
    """Every 退回重办 of the year's tasks: (task, day, reason as entered)."""
    query = (select(ProgressEntry.task_id, ProgressEntry.entry_date, ProgressEntry.text)
             .join(Task, Task.id == ProgressEntry.task_id)
             .where(Task.year == year, Task.deleted_at.is_(None), ProgressEntry.kind == ProgressKind.RETURN)
             .order_by(ProgressEntry.entry_date, ProgressEntry.id))
    return [(task_id, day, text) for task_id, day, text in session.execute(query)]
