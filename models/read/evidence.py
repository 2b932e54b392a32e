"""The 佐证材料 of a task or a problem as plain rows, and one file's bytes to hand to the system's viewer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models.domain.entities import Attachment, EvidenceFile, ProblemReport, ProgressEntry
from models.domain.enums import EvidencePurpose
from models.domain.evidence import ALLOWED_SUFFIXES, safe_name
from models.errors import RuleError


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    name: str
    size: int
    purpose: EvidencePurpose
    added_by: str
    added_at: datetime
    entry_date: date | None  # the day of the progress entry or 整改 report it stands behind


def _rows(session: Session, *conditions: ColumnElement[bool]) -> list[AttachmentRow]:
    query = (select(Attachment, EvidenceFile.size, ProgressEntry.entry_date, ProblemReport.entry_date)
             .join(EvidenceFile, EvidenceFile.id == Attachment.file_id)
             .outerjoin(ProgressEntry, ProgressEntry.id == Attachment.progress_entry_id)
             .outerjoin(ProblemReport, ProblemReport.id == Attachment.problem_report_id)
             .where(Attachment.deleted_at.is_(None), *conditions)
             .order_by(Attachment.added_at, Attachment.id))
    return [AttachmentRow(a.id, a.name, size, a.purpose, a.added_by, a.added_at, progress_day or report_day)
            for a, size, progress_day, report_day in session.execute(query)]


def task_attachments(session: Session, task_id: int) -> list[AttachmentRow]:
    """A task's evidence, oldest first: behind its reports and its 销号."""
    return _rows(session, Attachment.task_id == task_id)


def problem_attachments(session: Session, problem_id: int) -> list[AttachmentRow]:
    return _rows(session, Attachment.problem_id == problem_id)


def attachment_content(session: Session, attachment_id: int) -> tuple[str, bytes]:
    """The name and bytes of one attached file, to be written out and opened by the system's own viewer."""
    found = session.execute(select(Attachment.name, EvidenceFile.content).join(
        EvidenceFile, EvidenceFile.id == Attachment.file_id).where(
        Attachment.id == attachment_id, Attachment.deleted_at.is_(None))).first()
    if found is None:
        raise RuleError("找不到这份佐证材料（可能已被删除）。")
    name = safe_name(str(found[0]))
    if "." + name.rpartition(".")[2].lower() not in ALLOWED_SUFFIXES:  # a ledger edited by hand
        raise RuleError("不能打开“{name}”：这类文件不作为佐证材料打开。", name=name)
    return name, bytes(found[1])


def stored_size(session: Session) -> int:
    """What the ledger's evidence files take in all (each file counted once, however often attached)."""
    return int(session.scalar(select(func.coalesce(func.sum(EvidenceFile.size), 0))) or 0)


def names(rows: list[AttachmentRow], purpose: EvidencePurpose | None = None) -> str:
    """The files' names as a sheet lists them: 整改报告.pdf、现场照片.jpg."""
    return "、".join(row.name for row in rows if purpose is None or row.purpose is purpose)
