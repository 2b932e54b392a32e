"""Killed at any moment, the ledger keeps every acknowledged entry and an import is all or nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from main import main
from models.domain.entities import ProgressEntry, Task
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import open_ledger
from models.file.storage import integrity_problems
from models.ledger import Ledger

pytestmark = pytest.mark.file_only  # the ledger file itself: its path, lock, journal, backups

ROOT = Path(__file__).resolve().parents[1]
KILLS = 50


def child(*arguments: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, *arguments], cwd=ROOT, env=env, text=True, encoding="utf-8",
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def stored_texts(path: Path) -> set[str]:
    ledger = open_ledger(path, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            return set(session.scalars(select(ProgressEntry.text)))
    finally:
        ledger.close()


@pytest.mark.slow
def test_every_acknowledged_entry_survives_a_kill_at_any_moment(ledger: Ledger) -> None:
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "落实谈心谈话制度")).id
    path = ledger.path
    ledger.close()
    rng = random.Random(20260325)
    acknowledged: set[str] = set()
    next_number = 1
    for kill in range(KILLS):
        writer = child("-m", "tests.crash.writer", str(path), str(task_id), str(next_number))
        assert writer.stdout is not None
        first = writer.stdout.readline()  # the child is up and writing before the clock starts
        assert first, writer.stderr.read() if writer.stderr else ""
        acknowledged.add(first.rstrip("\n"))
        time.sleep(rng.uniform(0, 0.08))  # then die somewhere inside a later save
        writer.send_signal(signal.SIGKILL)
        rest, _errors = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, f"kill {kill}: the writer stopped by itself"
        acknowledged.update(line for line in rest.splitlines() if line)
        next_number += 10_000
        assert integrity_problems(path) == [], f"kill {kill}"
        missing = acknowledged - stored_texts(path)
        assert not missing, f"kill {kill}: acknowledged but lost: {sorted(missing)[:3]}"
    assert len(acknowledged) > KILLS  # the kills did land between many saves, not only before the first


def breakdown(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "重点任务", "具体措施", "牵头科室", "配合科室", "分管领导", "责任人", "完成时限"])
    for number in range(1, rows + 1):
        sheet.append([number, f"重点任务{number % 6 + 1}", f"第{number}项具体措施：深入调研，形成报告",
                      f"科室{number % 9}", f"科室{(number + 3) % 9}", f"领导{number % 4}", f"干部{number % 40}",
                      f"{number % 12 + 1}月底前"])
    book.save(path)
    return path


@pytest.mark.slow
def test_an_import_killed_half_way_leaves_all_or_nothing(ledger: Ledger, tmp_path: Path) -> None:
    source = breakdown(tmp_path / "分解表.xlsx", 4000)
    path = ledger.path
    ledger.close()
    outcomes = []
    # Kill the import at growing delays (while starting, reading, planning, writing), then let one finish.
    for delay in (0.3, 0.8, 1.2, 1.6, 2.0, 2.5, 3.5, None):
        importer = child(str(ROOT / "main.py"), "import", str(source), "--db", str(path), "--year", "2026")
        try:
            importer.wait(timeout=delay if delay is not None else 300)
        except subprocess.TimeoutExpired:
            importer.send_signal(signal.SIGKILL)
            importer.wait(timeout=30)
        assert integrity_problems(path) == []
        opened = open_ledger(path, auto_backup=False, read_only=True)
        with opened.reading() as session:
            count = session.scalar(select(func.count()).select_from(Task)) or 0
        opened.close()
        assert count in (0, 4000), f"killed after {delay} s: {count} of 4000 tasks"
        outcomes.append(count)
        if count:
            break  # imported whole; importing again would only update
    assert outcomes[0] == 0 and outcomes[-1] == 4000  # a kill did land before the commit, and it completes


def test_a_second_process_gets_the_file_read_only_and_says_why(ledger: Ledger) -> None:
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "开展年轻干部调研")).id
    path = ledger.path
    ledger.close()
    writer = child("-m", "tests.crash.writer", str(path), str(task_id), "1")
    try:
        assert writer.stdout is not None and writer.stdout.readline()  # the first process is writing
        second = open_ledger(path, auto_backup=False)
        try:
            assert second.read_only and "另一个窗口或程序正在编辑" in second.read_only_reason
            assert any("只读" in notice for notice in second.notices)
            for _ in range(20):  # reading while the other process writes sees whole entries only
                with second.reading() as session:
                    texts = list(session.scalars(select(ProgressEntry.text)))
                assert all(text.startswith("第") and "进展" in text for text in texts)
        finally:
            second.close()
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=30)
    assert integrity_problems(path) == []
    after = open_ledger(path, auto_backup=False)  # the lock died with the writer: this one may write
    try:
        assert not after.read_only
    finally:
        after.close()


@pytest.mark.slow
def test_a_deleted_write_ahead_log_after_a_crash_is_noticed(ledger: Ledger,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """SQLite cannot bring back what a deleted -wal held, and the file then passes every check: the program
    still says that saved work is missing, on opening and in `check --full`."""
    with ledger.begin() as session:
        task_id = create_task(session, "测试员", TaskDraft(2026, "落实谈心谈话制度")).id
    path = ledger.path
    ledger.close()
    writer = child("-m", "tests.crash.writer", str(path), str(task_id), "1")
    assert writer.stdout is not None
    acknowledged = [writer.stdout.readline() for _ in range(20)]  # twenty saves acknowledged
    assert all(acknowledged)
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=30)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    wal.unlink()  # an antivirus or a clean-up tool removes the "temporary" file
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    assert integrity_problems(path) == []  # the file itself is whole: only the saved work is gone
    reopened = open_ledger(path, auto_backup=False)
    try:
        assert any("缺少已经保存过的修改" in notice for notice in reopened.notices), reopened.notices
    finally:
        reopened.close()
    assert main(["check", "--db", str(path), "--full"]) == 1
    assert "缺少已经保存过的修改" in capsys.readouterr().out
