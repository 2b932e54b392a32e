"""A ledger's path is taken literally: %20, ?, #, spaces, Chinese or a very long name never write elsewhere."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import create_ledger, open_ledger

ODD_NAMES = ["台账%2026.sqlite", "a%20b.sqlite", "问%3F号.sqlite", "台账?.sqlite", "井#号.sqlite", "有 空 格.sqlite",
             "a?b/台账.sqlite", "100%.sqlite", "file:台账.sqlite", "x" * 200 + ".sqlite"]
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "fixtures" / "samples"


def titles_in(path: Path) -> list[str]:
    """Read the file at exactly `path` with plain sqlite3, outside the program's own code."""
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM task ORDER BY id")]
    finally:
        connection.close()


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", ODD_NAMES)
def test_the_ledger_is_written_at_exactly_the_path_given(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "办公室 共享"
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    ledger = create_ledger(path, org_name="中共测试市委组织部", year=2026)
    with ledger.begin() as session:
        create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织"))
    ledger.close()
    again = open_ledger(path, auto_backup=False)
    again.close()
    assert titles_in(path) == ["整顿软弱涣散党组织"]
    stem = Path(name).name
    strays = {f for f in files_under(folder) if not Path(f).name.startswith(stem) and "-备份/" not in f}
    assert strays == set()


@pytest.mark.parametrize("name", ["台账%2026.sqlite", "台账?#.sqlite"])
def test_commands_write_to_the_named_file(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    assert main(["demo", "--db", str(path)]) == 0
    assert len(titles_in(path)) > 40
    fresh = tmp_path / ("空" + name)
    create_ledger(fresh, org_name="中共测试市委组织部", year=2026).close()
    assert main(["import", str(SAMPLES / "任务分解表-标准格式.xlsx"), "--db", str(fresh)]) == 0
    assert titles_in(fresh)
    assert not (tmp_path / "台账 26.sqlite").exists() and not (tmp_path / "台账").exists()
    capsys.readouterr()


def test_a_file_name_that_is_not_utf8_works_in_every_command_and_the_window(tmp_path: Path) -> None:
    """Names copied from an old GBK-era share arrive on Linux as bytes that are no UTF-8."""
    name = os.fsdecode(os.fsencode(tmp_path) + b"/\xcc\xa8\xd5\xcb.sqlite")  # 台账 in GBK
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for args in (["demo", "--db", name], ["stats", "--db", name], ["check", "--db", name],
                 ["backup", "--db", name], ["--db", name, "--screenshot", str(tmp_path / "shot.png")]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, cwd=ROOT,
                                env=env, timeout=120)
        assert result.returncode == 0 and b"Traceback" not in result.stderr, (args, result.stderr[-500:])
    assert len(titles_in(Path(name))) > 40
