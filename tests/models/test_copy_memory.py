"""A ledger's evidence moved whole (migrate, a server's backup) a few files at a time: the copy's memory stays
near one batch of files, not the sum of them, and the command says how far it is."""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli.commands import run_command
from cli.parser import build_parser
from models.domain.entities import EvidenceFile
from models.domain.enums import EvidencePurpose
from models.domain.evidence import add_attachment
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.server.transfer import copy_to_file

MEGABYTE = 2**20
FILES = 24


def with_evidence(ledger: Ledger, files: int) -> None:
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "建立台账")).id
    for number in range(files):  # each its own bytes (the same bytes are stored once)
        content = b"%PDF-1.4\n" + os.urandom(MEGABYTE) + b"\n%%EOF\n"
        with ledger.begin() as session:
            add_attachment(session, "测试员", f"扫描件{number}.pdf", content, EvidencePurpose.CLOSING, task_id=task_id)


def copy_peak(ledger: Ledger, target: Path) -> int:
    """The most memory the copy held at once, in bytes."""
    tracemalloc.start()
    try:
        counts = copy_to_file(ledger, target)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    with ledger.reading() as session:
        assert counts["evidence_file"] == session.scalar(select(func.count()).select_from(EvidenceFile))
    return peak


def test_a_copy_holds_a_few_files_at_a_time_however_many_there_are(ledger: Ledger, tmp_path: Path) -> None:
    with_evidence(ledger, FILES // 3)
    few = copy_peak(ledger, tmp_path / "少.sqlite")
    with_evidence(ledger, FILES - FILES // 3)
    many = copy_peak(ledger, tmp_path / "多.sqlite")
    # Three times the files, about the same memory: the copy does not hold them all (it held 34 MB for 24).
    assert many < few * 1.5, f"{few / MEGABYTE:.0f} MB for {FILES // 3} files, {many / MEGABYTE:.0f} MB for {FILES}"
    copy = open_ledger(tmp_path / "多.sqlite", auto_backup=False, read_only=True)
    try:
        with copy.reading() as session:
            assert sum(len(content) for content in session.scalars(select(EvidenceFile.content))) > FILES * MEGABYTE
    finally:
        copy.close()


def test_migrate_says_how_far_it_is(ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with_evidence(ledger, FILES)
    ledger.close()
    target = tmp_path / "搬到这里.sqlite"
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["migrate", "--from", ledger.place, "--to", str(target)]), out) == 0
    told = capsys.readouterr().err
    assert "正在复制 佐证材料文件（evidence_file）：24 行" in told and "正在复制 任务（task）" in told
    assert "佐证材料文件（evidence_file）：24 行" in out.getvalue()
