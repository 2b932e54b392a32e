"""佐证材料 judged by what they are, not only by their names (issue 31, point 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.domain.enums import EvidencePurpose
from models.domain.evidence import add_attachment, safe_name
from models.domain.tasks import TaskDraft, create_task
from models.errors import RuleError
from models.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("name", "content"), [
    ("整改报告.pdf", b"MZ\x90\x00 a Windows program"), ("说明.txt", b"\x7fELF a Linux program"),
    ("清单.xlsx", b"%PDF-1.4 not a workbook"), ("照片.jpg", b"#!/bin/sh\nrm -rf ~"), ("报告.docx", b"plain text"),
])
def test_a_file_that_is_not_what_its_name_says_is_refused(ledger: Ledger, name: str, content: bytes) -> None:
    with ledger.begin() as session:
        task = create_task(session, "甲", TaskDraft(2026, "一项任务"))
    with pytest.raises(RuleError, match="内容不是它的名字所说的类型"), ledger.begin() as session:
        add_attachment(session, "甲", name, content, EvidencePurpose.CLOSING, task_id=task.id)


def test_names_lose_invisible_direction_marks_and_fit_a_linux_file_name() -> None:
    assert safe_name("报告\u202eexe.pdf") == "报告exe.pdf"  # not shown as 报告fdp.exe
    long_name = safe_name("关于" * 60 + ".pdf")
    assert len(long_name.encode("utf-8")) <= 240 and long_name.endswith(".pdf")


def _add(ledger_path: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "evidence", "add", *map(str, files), "--db",
                           str(ledger_path), "--task", "1.1"], capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_a_link_or_a_pipe_is_not_read(tmp_path: Path) -> None:
    ledger_path = tmp_path / "台账.sqlite"
    assert subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(ledger_path)],
                          capture_output=True, timeout=120, cwd=ROOT).returncode == 0
    link = tmp_path / "系统文件.txt"
    link.symlink_to("/etc/hostname" if Path("/etc/hostname").exists() else "/etc/passwd")
    done = _add(ledger_path, link)
    assert done.returncode == 1 and "是一个链接" in done.stderr and "Traceback" not in done.stderr
    pipe = tmp_path / "管道.txt"
    os.mkfifo(pipe)
    done = _add(ledger_path, pipe)  # a pipe never ends: it must be refused, not read
    assert done.returncode == 1 and "不是一个普通文件" in done.stderr


def test_a_batch_too_large_for_the_ledger_is_refused_before_a_byte_is_read(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from cli import evidence_commands
    from main import main
    from models.domain import evidence
    from models.file.ledger import create_ledger

    path = tmp_path / "台账.sqlite"
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    with ledger.begin() as session:
        create_task(session, "测试员", TaskDraft(2026, "一项任务"))
    ledger.close()
    first, second = tmp_path / "一.pdf", tmp_path / "二.pdf"
    first.write_bytes(b"%PDF-1.4" + b"1" * 992)
    second.write_bytes(b"%PDF-1.4" + b"2" * 992)
    monkeypatch.setattr(evidence, "MAX_TOTAL", 1500)
    read: list[Path] = []
    real = evidence_commands.read_chosen_file
    monkeypatch.setattr(evidence_commands, "read_chosen_file", lambda p, check: (read.append(p), real(p, check))[1])
    assert main(["evidence", "add", str(first), str(second), "--db", str(path), "--task", "0.1"]) == 1
    assert "会超过" in capsys.readouterr().err and read == []  # refused before reading either
    assert main(["evidence", "add", str(first), str(first), str(first), "--db", str(path), "--task", "0.1"]) == 0
    assert read == [first]  # the same file named three times is read and attached once


def test_one_batch_is_held_in_memory_only_up_to_its_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Thirty 19 MB scans were all read before one was stored: a MemoryError at 574 MB. A batch beyond the
    limit is refused before a byte is read, and says to attach in turns."""
    from cli import evidence_commands
    from main import main
    from models.domain import evidence
    from models.file.ledger import create_ledger

    path = tmp_path / "台账.sqlite"
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    with ledger.begin() as session:
        create_task(session, "测试员", TaskDraft(2026, "一项任务"))
    ledger.close()
    scans = [tmp_path / f"扫描件{n}.pdf" for n in range(3)]
    for scan in scans:
        scan.write_bytes(b"%PDF-1.4" + b"x" * 992)
    monkeypatch.setattr(evidence, "MAX_BATCH", 2500)  # two of the three fit
    read: list[Path] = []
    real = evidence_commands.read_chosen_file
    monkeypatch.setattr(evidence_commands, "read_chosen_file", lambda p, check: (read.append(p), real(p, check))[1])
    assert main(["evidence", "add", *map(str, scans), "--db", str(path), "--task", "0.1"]) == 1
    assert "请分几次附加" in capsys.readouterr().err and read == []
    assert main(["evidence", "add", *map(str, scans[:2]), "--db", str(path), "--task", "0.1"]) == 0
