"""佐证材料: files attached within limits, kept once, of safe types only, carried by backups; 销号 can require them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.domain import directory, evidence
from models.domain.entities import EvidenceFile
from models.domain.enums import EvidencePurpose, Status
from models.domain.evidence import add_attachment, remove_attachment, safe_name
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, change_status, create_task
from models.errors import RuleError
from models.file.backup import make_backup
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.read.evidence import attachment_content, names, task_attachments

REPORT = b"%PDF-1.4 \xe6\x95\xb4\xe6\x94\xb9\xe6\x8a\xa5\xe5\x91\x8a"


def _task(ledger: Ledger) -> int:
    with ledger.begin() as session:
        unit = directory.section(session, "甲", "组织科")
        return create_task(session, "甲", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=unit.id)).id


def test_files_behind_a_report_and_a_closing_are_listed_and_kept_once(ledger: Ledger) -> None:
    task_id = _task(ledger)
    with ledger.begin() as session:
        entry = add_progress(session, "甲", task_id, "已完成排查", entry_date=date(2026, 3, 10))
        add_attachment(session, "李明", "排查台账.xlsx", b"PK\x03\x04 sheet", EvidencePurpose.PROGRESS,
                       progress_entry_id=entry.id)
        add_attachment(session, "李明", "整改报告.pdf", REPORT, EvidencePurpose.CLOSING, task_id=task_id)
        add_attachment(session, "王芳", "整改报告（复印）.pdf", REPORT, EvidencePurpose.CLOSING, task_id=task_id)
    with ledger.reading() as session:
        rows = task_attachments(session, task_id)
        stored = session.scalar(select(func.count()).select_from(EvidenceFile))
        name, content = attachment_content(session, rows[1].id)
    assert [(r.name, r.purpose, r.added_by) for r in rows] == [
        ("排查台账.xlsx", EvidencePurpose.PROGRESS, "李明"), ("整改报告.pdf", EvidencePurpose.CLOSING, "李明"),
        ("整改报告（复印）.pdf", EvidencePurpose.CLOSING, "王芳")]
    assert rows[0].entry_date == date(2026, 3, 10) and rows[1].size == len(REPORT)
    assert stored == 2  # the same report twice is kept once
    assert (name, content) == ("整改报告.pdf", REPORT)
    assert names(rows, EvidencePurpose.CLOSING) == "整改报告.pdf、整改报告（复印）.pdf"
    with ledger.begin() as session:
        remove_attachment(session, "甲", rows[0].id)
    with ledger.reading() as session:
        assert [r.name for r in task_attachments(session, task_id)] == ["整改报告.pdf", "整改报告（复印）.pdf"]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("setup.exe", b"MZ", "只能是 PDF"), ("报告.pdf.exe", b"MZ", "只能是 PDF"), ("运行.bat", b"del", "只能是 PDF"),
    ("快捷方式.lnk", b"L", "只能是 PDF"), ("无后缀", b"x", "只能是 PDF"), ("空白.pdf", b"", "空文件"),
])
def test_files_a_system_would_run_or_empty_ones_are_refused(ledger: Ledger, name: str, content: bytes,
                                                             message: str) -> None:
    task_id = _task(ledger)
    with ledger.begin() as session, pytest.raises(RuleError, match=message):
        add_attachment(session, "甲", name, content, EvidencePurpose.CLOSING, task_id=task_id)


def test_sizes_beyond_the_limits_are_refused_with_the_numbers(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    task_id = _task(ledger)
    monkeypatch.setattr(evidence, "MAX_FILE", 1000)
    with ledger.begin() as session, pytest.raises(RuleError, match="超过每个文件"):
        add_attachment(session, "甲", "大.pdf", b"x" * 1001, EvidencePurpose.CLOSING, task_id=task_id)
    monkeypatch.setattr(evidence, "MAX_TOTAL", 1500)
    with ledger.begin() as session:
        add_attachment(session, "甲", "一.pdf", b"a" * 900, EvidencePurpose.CLOSING, task_id=task_id)
    with ledger.begin() as session, pytest.raises(RuleError, match="已有 0.0 MB，再附加“二.pdf”会超过"):
        add_attachment(session, "甲", "二.pdf", b"b" * 900, EvidencePurpose.CLOSING, task_id=task_id)


@pytest.mark.parametrize(("given", "kept"), [
    ("..\\..\\Windows\\报告.pdf", "报告.pdf"), ("/etc/passwd.txt", "passwd.txt"), ("a%20b:c?.pdf", "a%20b_c_.pdf"),
    (".隐藏.pdf", "隐藏.pdf"), ("行\n尾.pdf", "行_尾.pdf"), ("长" * 300 + ".docx", "长" * 115 + ".docx"),
])
def test_a_name_is_kept_without_folders_or_characters_windows_refuses(given: str, kept: str) -> None:
    assert safe_name(given) == kept


def test_closing_can_require_evidence(ledger: Ledger) -> None:
    task_id = _task(ledger)
    with ledger.begin() as session:
        change_settings(session, "甲", {"closing_needs_evidence": 1})
        change_status(session, "甲", task_id, Status.COMPLETED)
    with ledger.begin() as session, pytest.raises(RuleError, match="销号需要附上佐证材料"):
        change_status(session, "甲", task_id, Status.CLOSED, note="已完成")
    with ledger.begin() as session:
        add_attachment(session, "甲", "销号材料.pdf", REPORT, EvidencePurpose.CLOSING, task_id=task_id)
        change_status(session, "甲", task_id, Status.CLOSED, note="已完成")


@pytest.mark.file_only
def test_a_backup_carries_the_evidence(ledger: Ledger, tmp_path: Path) -> None:
    task_id = _task(ledger)
    with ledger.begin() as session:
        add_attachment(session, "甲", "整改报告.pdf", REPORT, EvidencePurpose.CLOSING, task_id=task_id)
    copy = make_backup(Path(ledger.place), tmp_path / "备份")
    restored = open_ledger(copy, auto_backup=False, read_only=True)
    try:
        with restored.reading() as session:
            [row] = task_attachments(session, task_id)
            assert attachment_content(session, row.id) == ("整改报告.pdf", REPORT)
    finally:
        restored.close()
