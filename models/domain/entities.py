"""The ledger's tables as SQLAlchemy 2 typed ORM classes."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Column, Enum, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from models.domain.enums import (
    DeadlineKind,
    EvidencePurpose,
    InspectionKind,
    ProblemStatus,
    ProgressKind,
    Recurrence,
    Status,
    UnitKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum_type(enum_class: type[enum.Enum]) -> Enum:
    # Stored as the readable value ("in_progress"), not the Python name, so other tools can read the file.
    return Enum(
        enum_class,
        native_enum=False,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        Status: _enum_type(Status),
        DeadlineKind: _enum_type(DeadlineKind),
        Recurrence: _enum_type(Recurrence),
        ProgressKind: _enum_type(ProgressKind),
        UnitKind: _enum_type(UnitKind),
        InspectionKind: _enum_type(InspectionKind),
        ProblemStatus: _enum_type(ProblemStatus),
        EvidencePurpose: _enum_type(EvidencePurpose),
    }


task_co_section = Table(
    "task_co_section",
    Base.metadata,
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", ForeignKey("section.id", ondelete="RESTRICT"), primary_key=True),
    # Its place among the task's co units as written (县财政局、县委组织部): set by tasks.place_co_sections; the pairs
    # a ledger held before migration 0026 are all 0 and keep the list's order (section.sort_order).
    Column("position", Integer, nullable=False, server_default="0"),
)


class Setting(Base):
    """One user setting of this ledger; names, types and defaults are declared in models.domain.settings."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Section(Base):
    __tablename__ = "section"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(default=True)
    kind: Mapped[UnitKind] = mapped_column(default=UnitKind.SECTION, server_default=UnitKind.SECTION.value)

    leader: Mapped[Person | None] = relationship()


class KeyTask(Base):
    __tablename__ = "key_task"
    __table_args__ = (Index("ix_key_task_year_sort", "year", "sort_order"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    theme: Mapped[str] = mapped_column(String(128), default="")
    sort_order: Mapped[int] = mapped_column(default=0)


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date]
    title: Mapped[str] = mapped_column(String(128))


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (
        Index("ix_task_year_parent", "year", "parent_id"),
        Index("ix_task_lead_section", "lead_section_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    key_task_id: Mapped[int | None] = mapped_column(ForeignKey("key_task.id", ondelete="SET NULL"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    lead_section_id: Mapped[int | None] = mapped_column(ForeignKey("section.id", ondelete="RESTRICT"))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    deadline_kind: Mapped[DeadlineKind] = mapped_column(default=DeadlineKind.NONE)
    due_date: Mapped[date | None]
    start_date: Mapped[date | None]
    deadline_text: Mapped[str] = mapped_column(String(128), default="")
    # 编号: given once (models/domain/numbering.py) and kept for life; renumbering is an explicit act.
    code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    recurrence: Mapped[Recurrence | None]
    status: Mapped[Status] = mapped_column(default=Status.NOT_STARTED)
    percent: Mapped[int] = mapped_column(default=0)
    source_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    source_text: Mapped[str] = mapped_column(String(128), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    completed_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    closed_note: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    # 考核评价 at 销号: the approver's word on the office's scale, a note, and how the closing came in time.
    rating: Mapped[str] = mapped_column(String(16), default="", server_default="")
    rating_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    closed_timing: Mapped[str] = mapped_column(String(16), default="", server_default="")
    deleted_at: Mapped[datetime | None]
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The newest report (progress or 复命): kept by triggers in the file (migration 0004), never set here.
    report_period: Mapped[str] = mapped_column(String(7), default="", server_default="")
    report_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    report_date: Mapped[date | None]
    # 签收: when and by whom the lead section signed for a top-level task (None: 待签收); migration 0019 signs
    # the tasks a ledger had before it, so an upgrade turns nothing yellow.
    signed_at: Mapped[datetime | None]
    signed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # 序时进度: "2026-06=60:完成初稿" a line (models/domain/milestones.py); empty: none set (migration 0021).
    milestones: Mapped[str] = mapped_column(Text, default="", server_default="")
    # 红灯纠正: the day its deadline was moved on while it was overdue (a 延期, or a 延期申请 approved); the office
    # may keep such a task yellow some days after (设置 → 红灯纠正后黄灯天数). None: never put right (migration 0025).
    righted_on: Mapped[date | None]

    key_task: Mapped[KeyTask | None] = relationship()
    lead_section: Mapped[Section | None] = relationship()
    leader: Mapped[Person | None] = relationship(foreign_keys=[leader_id])
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    # In the order written (task_co_section.position), never assigned but through tasks.place_co_sections
    co_sections: Mapped[list[Section]] = relationship(
        secondary=task_co_section, order_by=(task_co_section.c.position, Section.sort_order))
    parent: Mapped[Task | None] = relationship(remote_side=[id], foreign_keys=[parent_id])


class ProgressEntry(Base):
    __tablename__ = "progress_entry"
    __table_args__ = (
        Index("ix_progress_task_kind_period", "task_id", "kind", "period", "id"),
        Index("ix_progress_period_kind", "period", "kind"),
        Index("ix_progress_meeting", "meeting_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    entry_date: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    percent: Mapped[int | None]
    kind: Mapped[ProgressKind] = mapped_column(default=ProgressKind.PROGRESS)
    author: Mapped[str] = mapped_column(String(64), default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]


class Extension(Base):
    """An approved deadline change; the task keeps the new one, this row keeps the old."""

    __tablename__ = "extension"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    old_due_date: Mapped[date | None]
    old_text: Mapped[str] = mapped_column(String(128), default="")
    new_due_date: Mapped[date | None]
    new_text: Mapped[str] = mapped_column(String(128), default="")
    reason: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_on: Mapped[date]
    created_by: Mapped[str] = mapped_column(String(64), default="")


class ExtensionRequest(Base):
    """A 延期申请: the date asked and why. Until the 督查室 or the 分管领导 approves it (an Extension then moves
    the deadline) the task's own deadline stands; refused, it stands with the reason kept."""

    __tablename__ = "extension_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    asked_on: Mapped[date]
    asked_by: Mapped[str] = mapped_column(String(64), default="")
    new_due_date: Mapped[date | None]
    new_text: Mapped[str] = mapped_column(String(128), default="")
    reason: Mapped[str] = mapped_column(Text)
    late: Mapped[bool] = mapped_column(default=False)  # 逾期申请: asked after the deadline had passed
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending, approved, refused
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_on: Mapped[date | None]
    answer: Mapped[str] = mapped_column(Text, default="")  # the reason of a refusal, a note to an approval
    extension_id: Mapped[int | None] = mapped_column(ForeignKey("extension.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]


class Instruction(Base):
    """A leader's 批示: who, when, on which document, what it says; on a task (`task_id`), and/or the 交办 it
    started (`assigned_task_id`, a task made from it). Its 呈报单 reports back what was done since."""

    __tablename__ = "instruction"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    assigned_task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    leader: Mapped[str] = mapped_column(String(64))
    given_on: Mapped[date]
    document: Mapped[str] = mapped_column(String(128), default="")  # 市委办《信息专报》第12期
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Every change to the ledger: who changed which field of what, from what to what, when."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int]
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    pc: Mapped[str] = mapped_column(String(64), default="", server_default="")  # the computer it was made on


class Notice(Base):
    """A numbered supervision notice (督办单, 督〔2026〕12号) issued for one task, with its reply deadline."""

    __tablename__ = "notice"
    __table_args__ = (Index("ix_notice_year_number", "year", "number", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    number: Mapped[int]
    code: Mapped[str] = mapped_column(String(16), default="督", server_default="督")  # the 文号's 代字 it went out with
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    issued_on: Mapped[date]
    reply_by: Mapped[date]
    matter: Mapped[str] = mapped_column(Text, default="")  # 督办事项
    opinion: Mapped[str] = mapped_column(Text, default="")  # 督办意见
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    # A 催办: the open notice of the same task this one chases, cited on it (None: a first notice).
    follows_id: Mapped[int | None] = mapped_column(ForeignKey("notice.id", ondelete="SET NULL"))
    # NoticeLevel: yellow (督办单) or red (红色督办单); a 提醒 (blue) is never numbered, only kept as a Reminder.
    level: Mapped[str] = mapped_column(String(8), default="yellow", server_default="yellow")


class Reminder(Base):
    """催办记录: one notice or reminder sent for a task — the day, its level (NoticeLevel), how it went (纸质, 电话,
    短信, 系统) and the numbered notice it was, if any."""

    __tablename__ = "reminder"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    sent_on: Mapped[date]
    level: Mapped[str] = mapped_column(String(8))
    how: Mapped[str] = mapped_column(String(16))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notice.id", ondelete="SET NULL"))
    sent_by: Mapped[str] = mapped_column(String(64), default="")
    # its line in the task's timeline (None for a notice issued before the 催办记录 existed)
    progress_id: Mapped[int | None] = mapped_column(ForeignKey("progress_entry.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]


class BulletinIssue(Base):
    """A 通报's 期号 (2026年第3期): one series a year shared by the 督查通报 and the monthly 通报, given once
    to what the 通报 is about (`subject`: "inspection:12", "monthly:2026-11") and kept when it is reprinted."""

    __tablename__ = "bulletin_issue"
    __table_args__ = (Index("ix_bulletin_issue_year_number", "year", "number", unique=True),
                      Index("ix_bulletin_issue_subject", "subject", unique=True))
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    number: Mapped[int]
    subject: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[date]
    issued_by: Mapped[str] = mapped_column(String(64), default="")


class FrozenMonth(Base):
    """A month's figures frozen (结束会议, `month freeze`): its 统计, monthly 通报 and 考核 as they stood, kept as
    JSON, so a later 通报, 统计 or 考核 of the month reproduces them whatever was edited afterwards."""

    __tablename__ = "frozen_month"
    __table_args__ = (Index("ix_frozen_month_month", "month", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    as_of: Mapped[date]  # the day the figures were taken on: the month's last, or the day frozen before it ended
    frozen_at: Mapped[datetime]
    frozen_by: Mapped[str] = mapped_column(String(64), default="")
    figures: Mapped[str] = mapped_column(Text)  # JSON: models.read.months


inspection_unit = Table(
    "inspection_unit",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", ForeignKey("section.id", ondelete="RESTRICT"), primary_key=True),
)

# The sections a 督查通报 praises (通报表扬) or criticises (通报批评): events the 考核办法 scores.
inspection_praise = Table(
    "inspection_praise",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", ForeignKey("section.id", ondelete="RESTRICT"), primary_key=True),
)

inspection_criticism = Table(
    "inspection_criticism",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", ForeignKey("section.id", ondelete="RESTRICT"), primary_key=True),
)

inspection_task = Table(
    "inspection_task",
    Base.metadata,
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
    Column("task_id", ForeignKey("task.id", ondelete="CASCADE"), primary_key=True),
)


class Inspection(Base):
    """A 督查/调研 record: one visit or review, who went, what was looked at, and what was found."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_year_held", "year", "held_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    held_on: Mapped[date]
    kind: Mapped[InspectionKind]
    title: Mapped[str] = mapped_column(String(128))
    team: Mapped[str] = mapped_column(Text, default="")  # who went: names as the office writes them
    findings: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]

    units: Mapped[list[Section]] = relationship(secondary=inspection_unit, order_by=Section.sort_order)
    praised: Mapped[list[Section]] = relationship(secondary=inspection_praise, order_by=Section.sort_order)
    criticised: Mapped[list[Section]] = relationship(secondary=inspection_criticism, order_by=Section.sort_order)
    tasks: Mapped[list[Task]] = relationship(secondary=inspection_task, order_by=Task.sort_order)


class Problem(Base):
    """One problem found (问题清单): who puts it right, how, by when, and how far it has come."""

    __tablename__ = "problem"
    __table_args__ = (
        Index("ix_problem_year_section", "year", "section_id"),
        Index("ix_problem_inspection", "inspection_id"),
        Index("ix_problem_task", "task_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id", ondelete="SET NULL"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("section.id", ondelete="RESTRICT"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    measures: Mapped[str] = mapped_column(Text, default="")  # 整改措施
    deadline_kind: Mapped[DeadlineKind] = mapped_column(default=DeadlineKind.NONE)
    due_date: Mapped[date | None]
    deadline_text: Mapped[str] = mapped_column(String(128), default="")
    status: Mapped[ProblemStatus] = mapped_column(default=ProblemStatus.PENDING)
    rectified_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    closed_note: Mapped[str] = mapped_column(Text, default="")
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    # What a 整改台账 row says beside the description: its 序号 as written, 问题类别 and 责任领导.
    number: Mapped[str] = mapped_column(String(32), default="", server_default="")
    category: Mapped[str] = mapped_column(String(128), default="", server_default="")
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))

    section: Mapped[Section | None] = relationship()
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    leader: Mapped[Person | None] = relationship(foreign_keys=[leader_id])
    inspection: Mapped[Inspection | None] = relationship()


class ProblemReport(Base):
    """A report on a problem's 整改, dated, like a task's progress entry."""

    __tablename__ = "problem_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    entry_date: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]


class EvidenceFile(Base):
    """The bytes of one file of 佐证材料, kept once however many times it is attached (by its SHA-256).

    Inside the ledger, not in a folder beside it: a ledger on the server has no folder every PC sees, and a
    backup or a move to or from the server then carries the evidence with everything else."""

    __tablename__ = "evidence_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class Attachment(Base):
    """A file attached as evidence to a progress entry or the 销号 of a task, or to a problem's 整改."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_task", "task_id"), Index("ix_attachment_problem", "problem_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("evidence_file.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(255))
    purpose: Mapped[EvidencePurpose]
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    progress_entry_id: Mapped[int | None] = mapped_column(ForeignKey("progress_entry.id", ondelete="CASCADE"))
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"))
    problem_report_id: Mapped[int | None] = mapped_column(ForeignKey("problem_report.id", ondelete="CASCADE"))
    added_by: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class LedgerUser(Base):
    """A person who logs in to a server ledger under their own account, and their role there (督查, 科室 with
    its section, 只读); kept by IT with `main.py users`, read by every PC to know what its user may do."""

    __tablename__ = "ledger_user"
    __table_args__ = (Index("ix_ledger_user_login", "login", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63))  # the server's role name (PostgreSQL allows 63 bytes)
    role: Mapped[str] = mapped_column(String(16))  # a models.domain.rights.Role
    section_id: Mapped[int | None] = mapped_column(ForeignKey("section.id", ondelete="RESTRICT"))
    disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64), default="")
