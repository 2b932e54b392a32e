"""The example ledger's 佐证材料: a 销号审核表 for each closed task, a site photo behind a report, and a 整改报告
behind a problem put right — small files made here (text and a picture, which every PC opens), so every
evidence view shows something on first start."""

from __future__ import annotations

import struct
import zlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain.entities import Problem, ProgressEntry, Task
from models.domain.enums import EvidencePurpose, ProblemStatus, Status
from models.domain.evidence import add_attachment

ACTOR = "示例数据"


def photo(width: int = 96, height: int = 64) -> bytes:
    """A small PNG of a sky over a field: enough to open in the system's picture viewer."""
    rows = b"".join(b"\x00" + b"".join(
        bytes((90, 150, 220) if y < height // 2 else (90, 160 + x % 20, 70)) for x in range(width))
        for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _document(title: str, lines: list[str]) -> bytes:
    """A text file as Windows' Notepad and WPS open it: UTF-8 with its mark, Windows line ends."""
    return "\ufeff".encode() + "\r\n".join([title, "", *lines]).encode("utf-8")


def write_evidence(session: Session) -> int:
    """Attach the example files; returns how many were attached."""
    count = 0
    for task in session.scalars(select(Task).where(Task.status == Status.CLOSED, Task.parent_id.is_(None))):
        content = _document("任务销号审核表", [f"任务：{task.title}", f"销号说明：{task.closed_note}",
                                         f"审核人：{task.closed_by}"])
        add_attachment(session, ACTOR, "销号审核表.txt", content, EvidencePurpose.CLOSING, task_id=task.id)
        count += 1
    entry = session.scalars(select(ProgressEntry).join(Task, Task.id == ProgressEntry.task_id)
                            .where(Task.status == Status.IN_PROGRESS).order_by(ProgressEntry.id.desc())).first()
    if entry is not None:
        add_attachment(session, ACTOR, "现场调研照片.png", photo(), EvidencePurpose.PROGRESS,
                       progress_entry_id=entry.id)
        count += 1
    for problem in session.scalars(select(Problem).where(Problem.status.in_(
            [ProblemStatus.RECTIFIED, ProblemStatus.CLOSED]))):
        content = _document("整改情况报告", [f"问题：{problem.description}", f"整改措施：{problem.measures}",
                                        "整改结果：各项整改措施已落实到位。"])
        add_attachment(session, ACTOR, "整改情况报告.txt", content, EvidencePurpose.RECTIFICATION,
                       problem_id=problem.id)
        count += 1
    return count
