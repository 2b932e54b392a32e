"""A full disk is called a full disk: never 已损坏, never a traceback, and the ledger is left as it was.

The disk is a small tmpfs mounted for the test (the suite runs as root, as CI does); it is filled with a
plain file until only a little room is left, as a clerk's drive fills with scans."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from changes.progress import ProgressDraft
from demo.ledger import create_demo_ledger
from models.domain.tasks import TaskDraft
from models.file.ledger import open_ledger

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill `disk` with one file until `leave` bytes are free."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(disk / "扫描件.bin", "ab") as filler:
        filler.write(b"\0" * max(0, free - leave))
        try:
            while True:  # the last blocks the size arithmetic missed
                if os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize <= leave:
                    break
                filler.write(b"\0" * 4096)
                filler.flush()
        except OSError:
            pass


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def one_line_about_space(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "sqlalchemy" not in result.stderr.lower(), result.stderr
    assert "损坏" not in result.stderr and "不是落实台账" not in result.stderr, result.stderr
    assert "磁盘空间不足" in result.stderr and "没有改动" in result.stderr, result.stderr
    return result.stderr


def task_count(path: Path) -> int:
    ledger = open_ledger(path, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            from sqlalchemy import func, select

            from models.domain.entities import Task
            return int(session.scalar(select(func.count()).select_from(Task)) or 0)
    finally:
        ledger.close()


def test_commands_on_a_full_disk_say_so_and_change_nothing(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "台账.sqlite"
    create_demo_ledger(path).close()
    before = task_count(path)
    breakdown = tmp_path / "分解表.xlsx"  # a breakdown too big for what is left on the disk
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "重点任务", "具体措施", "牵头科室", "完成时限"])
    for n in range(1, 1501):
        sheet.append([n, f"重点任务{n % 8}", f"第{n}项具体措施：" + "推进落实" * 60, "办公室", "6月底前"])
    book.save(breakdown)
    fill(small_disk, leave=200 * 1024)
    one_line_about_space(run("import", str(breakdown), "--db", str(path)))
    fill(small_disk)
    for command in (["stats"], ["check"], ["report", "progress", "--out", str(tmp_path / "表.pdf")]):
        one_line_about_space(run(*command, "--db", str(path)))
    (small_disk / "扫描件.bin").unlink()
    assert task_count(path) == before  # the import was rolled back whole; nothing else was written


def test_a_new_or_example_ledger_on_a_full_disk_leaves_no_file(small_disk: Path) -> None:
    fill(small_disk, leave=16 * 1024)
    one_line_about_space(run("demo", "--db", str(small_disk / "示例.sqlite")))
    assert sorted(p.name for p in small_disk.iterdir()) == ["扫描件.bin"]


def test_a_save_in_the_window_on_a_full_disk_is_refused_in_words(small_disk: Path, qtbot: QtBot) -> None:
    from ui.main_window import MainWindow

    path = small_disk / "台账.sqlite"
    create_demo_ledger(path).close()
    ledger = open_ledger(path, auto_backup=False)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    errors: list[str] = []
    window.context.error_reported.connect(errors.append)
    task_id = window.context.rows[0].id
    fill(small_disk)
    long_report = "本月推进情况：" + "召开专题会议，部署推进工作。" * 1000
    saved = window.context.controller.add_progress(task_id, ProgressDraft(long_report, period="2026-11"))
    created = window.context.controller.create(TaskDraft(2026, "新任务：" + "落实" * 4000))
    assert not saved and created is None
    assert errors and all("磁盘空间不足" in message for message in errors), errors
    window.close()
    ledger.close()


def test_opening_in_the_window_on_a_full_disk_says_so(small_disk: Path, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.answering_host import AnsweringHost
    from ui.ledger_files import open_interactively

    path = small_disk / "台账.sqlite"
    create_demo_ledger(path).close()
    fill(small_disk)
    dialogs = AnsweringHost()  # no question is expected: one would fail the test
    assert open_interactively(path, None, dialogs) is None
    shown = [asked.text for asked in dialogs.asked]
    assert len(shown) == 1 and "磁盘空间不足" in shown[0] and "损坏" not in shown[0], shown
