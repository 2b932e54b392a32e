"""佐证材料: files attached as evidence, each kept once by its content, within stated limits, of document and
image types only — never anything a system would run."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Attachment, EvidenceFile, ProblemReport, ProgressEntry
from models.domain.enums import EvidencePurpose
from models.domain.problems import get_problem
from models.domain.tasks import get_task
from models.domain.text import readable_text
from models.errors import RuleError

MAX_FILE = 20 * 2**20  # a scanned 销号 report of some dozen pages; larger is a folder of scans, not one file
MAX_TOTAL = 1024 * 2**20  # a year's evidence of a busy office; the ledger, its backups and a move stay quick
# What one batch may add: it is held in memory until its one transaction commits (thirty 19 MB scans ran
# out of memory on a 32-bit office PC's budget before a byte was stored).
MAX_BATCH = 200 * 2**20
# Documents and images the office's own readers open; anything a system would run (.exe, .bat, .js, .lnk ...)
# is refused, whatever it is called inside.
ALLOWED_SUFFIXES = frozenset({
    ".pdf", ".ofd", ".doc", ".docx", ".wps", ".rtf", ".txt", ".xls", ".xlsx", ".et", ".csv", ".ppt", ".pptx",
    ".dps", ".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff"})
_UNSAFE = re.compile(r'[\x00-\x1f\x7f\\/:*?"<>|]+')
MAX_NAME = 120
MAX_NAME_BYTES = 240  # of UTF-8: a Chinese name of 120 characters is 360 bytes, and Linux takes 255
# What a file of each accepted type begins with: a program renamed .pdf is not a PDF. Text has no mark of its
# own; every type is refused when it begins as a program does (MZ: Windows, ELF: Linux, #!: a script).
_OLE, _ZIP = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"PK\x03\x04"
_MAGIC: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",), ".ofd": (_ZIP,), ".doc": (_OLE,), ".docx": (_ZIP,), ".wps": (_OLE, _ZIP),
    ".rtf": (b"{\\rtf",), ".xls": (_OLE,), ".xlsx": (_ZIP,), ".et": (_OLE, _ZIP), ".ppt": (_OLE,),
    ".pptx": (_ZIP,), ".dps": (_OLE, _ZIP), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG",), ".bmp": (b"BM",), ".gif": (b"GIF8",), ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*")}
_PROGRAMS = (b"MZ", b"\x7fELF", b"#!")
_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10))})


def megabytes(size: int) -> str:
    """A file's size as people say it: 1 GB, 20 MB, 3.5 MB, 12 KB."""
    if size >= 2**30:
        return f"{size / 2**30:g} GB" if size % 2**30 == 0 else f"{size / 2**30:.1f} GB"
    if size >= 2**20:
        return f"{size / 2**20:g} MB" if size % 2**20 == 0 else f"{size / 2**20:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def safe_name(name: str) -> str:
    """A file's name as kept and later written to disk: no folders, no characters Windows refuses, no leading
    dots, no invisible format characters (a right-to-left override made 报告\u202Eexe.pdf read 报告fdp.exe), at
    most 120 characters and 240 bytes (Linux takes 255 bytes a name) with its suffix kept."""
    visible = "".join(char for char in readable_text(name) if unicodedata.category(char) != "Cf")
    base = _UNSAFE.sub("_", re.split(r"[\\/]", visible)[-1]).strip().lstrip(". ")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = f".{suffix}" if suffix else ""
    stem = stem[:MAX_NAME - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    stem = stem or "佐证材料"
    if stem.rstrip(" .").upper() in _DEVICES:  # CON.pdf cannot be written on Windows
        stem = f"_{stem}"
    return stem + suffix


def check_file(name: str, size: int) -> str:
    """The name as it will be kept; a file of a type or size the ledger does not take is refused."""
    kept = safe_name(name)
    suffix = "." + kept.rpartition(".")[2].lower() if "." in kept else ""
    if suffix not in ALLOWED_SUFFIXES:
        raise RuleError("不能附加“{name}”：佐证材料只能是 PDF、OFD、Word、Excel、WPS、PPT 文档、文本或图片。",
                        name=kept)
    if size == 0:
        raise RuleError("“{name}”是空文件，没有附加。", name=kept)
    if size > MAX_FILE:
        raise RuleError("“{name}”有 {size}，超过每个文件 {limit} 的上限。请压缩或拆分后再附加。", name=kept,
                        size=megabytes(size), limit=megabytes(MAX_FILE))
    return kept


def check_room(sizes: list[tuple[str, int]], stored: int) -> None:
    """Before a byte of a batch is read: the files chosen together fit what the ledger may still hold (120 of
    the same 20 MB file were read first, 1.9 GB, and then refused)."""
    wanted = sum(size for _name, size in sizes)
    if wanted > MAX_BATCH:
        raise RuleError("这次选中的 {count} 个文件合计 {size}，一次最多附加 {limit}：请分几次附加。", count=len(sizes),
                        size=megabytes(wanted), limit=megabytes(MAX_BATCH))
    if stored + wanted > MAX_TOTAL:
        raise RuleError("台账中的佐证材料已有 {total}，再附加这 {count} 个文件（共 {size}）会超过 {limit} 的上限。",
                        total=megabytes(stored), count=len(sizes), size=megabytes(wanted), limit=megabytes(MAX_TOTAL))


def check_content(name: str, content: bytes) -> None:
    """The bytes are what the name says: a PDF begins %PDF, a .docx is a ZIP, and nothing is a program."""
    suffix = "." + name.rpartition(".")[2].lower()
    head = content[:1024]
    wanted = _MAGIC.get(suffix)
    if head.startswith(_PROGRAMS) or (wanted is not None and not any(
            head.startswith(mark) or (mark == b"%PDF" and mark in head) for mark in wanted)):
        raise RuleError("不能附加“{name}”：文件的内容不是它的名字所说的类型（可能是改了名的程序），没有附加。",
                        name=name)


def add_attachment(session: Session, actor: str, name: str, content: bytes, purpose: EvidencePurpose, *,
                   task_id: int | None = None, progress_entry_id: int | None = None, problem_id: int | None = None,
                   problem_report_id: int | None = None) -> Attachment:
    """Attach `content` under `name`; the same bytes attached before are stored once."""
    kept = check_file(name, len(content))
    check_content(kept, content)
    if progress_entry_id is not None:
        entry = session.get(ProgressEntry, progress_entry_id)
        if entry is None:
            raise RuleError("找不到这条进展记录（可能已被撤销）。")
        task_id = entry.task_id
    if problem_report_id is not None:
        report = session.get(ProblemReport, problem_report_id)
        if report is None:
            raise RuleError("找不到这条整改情况（可能已被删除）。")
        problem_id = report.problem_id
    if task_id is not None:
        get_task(session, task_id)
    if problem_id is not None:
        get_problem(session, problem_id)
    if task_id is None and problem_id is None:
        raise ValueError("an attachment belongs to a task or a problem")
    digest = hashlib.sha256(content).hexdigest()
    stored = session.scalar(select(EvidenceFile).where(EvidenceFile.sha256 == digest))
    if stored is None:
        total = session.scalar(select(func.coalesce(func.sum(EvidenceFile.size), 0))) or 0
        if total + len(content) > MAX_TOTAL:
            raise RuleError("台账中的佐证材料已有 {total}，再附加“{name}”会超过 {limit} 的上限。",
                            total=megabytes(total), name=kept, limit=megabytes(MAX_TOTAL))
        stored = EvidenceFile(sha256=digest, size=len(content), content=content, created_at=datetime.now())
        session.add(stored)
        session.flush()
    attachment = Attachment(file_id=stored.id, name=kept, purpose=purpose, task_id=task_id,
                            progress_entry_id=progress_entry_id, problem_id=problem_id,
                            problem_report_id=problem_report_id, added_by=actor, added_at=datetime.now(),
                            deleted_at=None)
    session.add(attachment)
    session.flush()
    entity, entity_id = ("task", task_id) if task_id is not None else ("problem", problem_id)
    audit.record(session, actor, "attach", entity, entity_id or 0, purpose.value, None, kept)
    return attachment


def remove_attachment(session: Session, actor: str, attachment_id: int) -> None:
    """Take a file off its task or problem; the trail keeps its name, and its bytes stay for the backups."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.deleted_at is not None:
        raise RuleError("找不到这份佐证材料（可能已被删除）。")
    attachment.deleted_at = datetime.now()
    entity, entity_id = (("task", attachment.task_id) if attachment.task_id is not None
                         else ("problem", attachment.problem_id))
    audit.record(session, actor, "detach", entity, entity_id or 0, attachment.purpose.value, attachment.name, None)



def attach_files(session: Session, actor: str, files: list[tuple[str, bytes]], purpose: EvidencePurpose, *,
                 task_id: int | None = None, problem_id: int | None = None) -> list[int]:
    """Attach files to a task or a problem as `purpose`: evidence of progress goes with the newest report this
    user entered on the task and evidence of 整改 with the newest 整改 report this user entered, where there is
    one, else with the task or problem itself: never onto someone else's report, whose undo would take it
    away. Returns the attachments' ids."""
    entry_id = report_id = None
    if purpose is EvidencePurpose.PROGRESS and task_id is not None:
        entry_id = session.scalar(select(ProgressEntry.id).where(
            ProgressEntry.task_id == task_id, ProgressEntry.author == actor).order_by(
            ProgressEntry.entry_date.desc(), ProgressEntry.id.desc()).limit(1))
    if purpose is EvidencePurpose.RECTIFICATION and problem_id is not None:
        report_id = session.scalar(select(ProblemReport.id).where(
            ProblemReport.problem_id == problem_id, ProblemReport.author == actor).order_by(
            ProblemReport.entry_date.desc(), ProblemReport.id.desc()).limit(1))
    return [add_attachment(session, actor, name, content, purpose, task_id=None if entry_id else task_id,
                           progress_entry_id=entry_id, problem_id=None if report_id else problem_id,
                           problem_report_id=report_id).id for name, content in files]
