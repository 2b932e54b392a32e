"""佐证材料: files attached within limits, kept once, of safe types only, carried by backups; 销号 can require them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.domain import directory, evidence
from models.domain.entities import EvidenceFile
from models.domain.enums import EvidencePurpose, Status
from models.domain.evidence import add_attachment, remove_attachment, safe_name
from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, change_status, create_task
from models.errors import RuleError
from models.file.backup import make_backup
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.read.evidence import attachment_content, names, task_attachments
from models.read.queries import task_rows

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
        add_attachment(session, "甲", "一.pdf", b"%PDF" + b"a" * 896, EvidencePurpose.CLOSING, task_id=task_id)
    with ledger.begin() as session, pytest.raises(RuleError, match=re.escape("已有 1 KB，再附加“二.pdf”会超过")):
        add_attachment(session, "甲", "二.pdf", b"%PDF" + b"b" * 896, EvidencePurpose.CLOSING, task_id=task_id)


@pytest.mark.parametrize(("given", "kept"), [
    ("..\\..\\Windows\\报告.pdf", "报告.pdf"), ("/etc/passwd.txt", "passwd.txt"), ("a%20b:c?.pdf", "a%20b_c_.pdf"),
    (".隐藏.pdf", "隐藏.pdf"), ("行\n尾.pdf", "行_尾.pdf"), ("长" * 300 + ".docx", "长" * 78 + ".docx"),
    ("CON.pdf", "_CON.pdf"), ("lpt1.txt", "_lpt1.txt"), ("console.pdf", "console.pdf"),
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


@pytest.mark.parametrize(("size", "said"), [(12, "1 KB"), (12_800, "12 KB"), (20 * 2**20, "20 MB"),
                                            (3_670_016, "3.5 MB"), (2**30, "1 GB")])
def test_sizes_are_said_as_people_say_them(size: int, said: str) -> None:
    assert evidence.megabytes(size) == said


@pytest.mark.file_only
def test_the_command_attaches_lists_saves_and_refuses(ledger: Ledger, tmp_path: Path) -> None:
    import subprocess
    import sys

    task_id = _task(ledger)
    with ledger.reading() as session:
        code = next(row.code for row in task_rows(session, 2026, date(2026, 3, 1), LightRules()) if row.id == task_id)
    ledger.close()
    root = Path(__file__).resolve().parents[2]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(root / "main.py"), "evidence", *args, "--db", str(ledger.place)],
                              capture_output=True, text=True, timeout=120, cwd=root)
    report = tmp_path / "整改报告.pdf"
    report.write_bytes(REPORT)
    assert run("add", str(report), "--task", code).returncode == 0
    listing = run("list", "--task", code).stdout
    assert "整改报告.pdf" in listing and "销号佐证" in listing
    out = tmp_path / "取出"
    out.mkdir()
    assert run("save", "1", "--task", code, "--to", str(out)).returncode == 0
    assert (out / "整改报告.pdf").read_bytes() == REPORT
    script = tmp_path / "run.sh"
    script.write_text("rm -rf ~")
    refused = run("add", str(script), "--task", code)
    assert refused.returncode == 1 and "不能附加“run.sh”" in refused.stderr and "Traceback" not in refused.stderr


def test_a_hand_edited_name_of_a_runnable_type_is_not_handed_out(ledger: Ledger) -> None:
    task_id = _task(ledger)
    with ledger.begin() as session:
        attachment = add_attachment(session, "甲", "报告.pdf", REPORT, EvidencePurpose.CLOSING, task_id=task_id)
        attachment.name = "报告.pdf.exe"  # as someone with a database tool might leave it
    with ledger.reading() as session, pytest.raises(RuleError, match="不作为佐证材料打开"):
        attachment_content(session, attachment.id)


def test_the_notice_names_the_evidence_behind_the_task(ledger: Ledger, tmp_path: Path) -> None:
    from reports.fonts import setup_fonts
    from reports.notice import notice_data
    from reports.notice_form import write_notice
    from tests.reports.pdf_boxes import pages

    task_id = _task(ledger)
    with ledger.begin() as session:
        entry = add_progress(session, "甲", task_id, "已完成排查", entry_date=date(2026, 3, 10))
        add_attachment(session, "甲", "排查台账.xlsx", b"PK\x03\x04 sheet", EvidencePurpose.PROGRESS,
                       progress_entry_id=entry.id)
    with ledger.reading() as session:
        code = next(row.code for row in task_rows(session, 2026, date(2026, 3, 25), LightRules()) if row.id == task_id)
        data = notice_data(session, code, date(2026, 3, 25))
    out = tmp_path / "督办单.pdf"
    write_notice(data, setup_fonts(), out)
    [page] = pages(out)
    label = next(w for w in page.words if w.text == "佐证材料")
    named = next(w for w in page.words if w.text == "排查台账.xlsx")
    assert abs(named.y0 - label.y0) < 2 and named.x0 > label.x1  # on the 佐证材料 row, in its value column
