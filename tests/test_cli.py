"""The headless subcommands: exit codes, Chinese one-line reasons, stable JSON, check never writes."""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.parser import build_parser
from main import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "已生成示例台账" in result.stdout
    return path


def test_demo_refuses_to_overwrite_with_a_one_line_reason(demo_file: Path) -> None:
    result = run("demo", "--db", str(demo_file))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "已存在" in result.stderr


def test_check_passes_and_never_modifies(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    neighbours = set(demo_file.parent.iterdir())
    assert main(["check", "--db", str(demo_file)]) == 0
    assert "通过" in capsys.readouterr().out
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    # No lock, no backup, and no -wal/-shm pair from the read-only connection: nothing new beside the file.
    assert set(demo_file.parent.iterdir()) == neighbours


def test_check_fails_on_a_damaged_file(tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.sqlite"
    data = bytearray(demo_file.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\x00\xff" * 4096
    broken.write_bytes(bytes(data))
    assert main(["check", "--db", str(broken)]) == 1
    assert "未通过" in capsys.readouterr().out


def test_stats_json_has_stable_english_keys(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(demo_file), "--json", "--as-of", "2026-03-25"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"year", "as_of", "period", "counted", "sections", "totals"}
    assert data["as_of"] == "2026-03-25" and data["period"] == "2026-03"
    keys = {"section", "total", "not_started", "in_progress", "completed", "closed", "suspended", "overdue",
            "yellow", "no_feedback", "behind", "finished_on_time", "completion_rate", "on_time_rate", "outside"}
    assert set(data["totals"]) == keys
    assert data["totals"]["total"] == sum(s["total"] for s in data["sections"]) > 0


def test_stats_table_is_chinese(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "本期未反馈" in out and "合计" in out and "办公室" in out


def test_backup_then_restore(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ledger.sqlite"
    target.write_bytes(demo_file.read_bytes())
    assert main(["backup", "--db", str(target), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").iterdir())
    assert main(["restore", str(backup), "--db", str(target)]) == 0
    out = capsys.readouterr().out
    assert "恢复到" in out and "保留为" in out
    assert main(["check", "--db", str(target)]) == 0


@pytest.mark.parametrize(("args", "code", "message"), [
    (["stats"], 2, "缺少必需的参数"),
    (["stats", "--db", "x.sqlite", "--as-of", "2026-13-40"], 2, "日期应写成"),
    (["stats", "--db", "does-not-exist.sqlite"], 1, "找不到台账文件"),
    (["check", "--db", "does-not-exist.sqlite"], 1, "找不到台账文件"),
    (["restore", "nothing.sqlite", "--db", "x.sqlite"], 1, "不是有效的台账备份文件"),
    (["frobnicate"], 2, "无效的选择"),
])
def test_bad_input_gets_a_chinese_reason_and_non_zero_exit(tmp_path: Path, args: list[str], code: int,
                                                           message: str) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command line a user can ask -h of: each subcommand and each of its own verbs, walked from the parser."""
    found = [words]
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += _commands(child, (*words, name))
    return found


@pytest.mark.parametrize("command", _commands(build_parser()), ids=" ".join)
def test_every_subcommand_has_chinese_help(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    # "进度 100%" in a help text once made `task -h` a traceback: argparse formats help with %.
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    said = capsys.readouterr()
    assert "用法" in said.out and "Traceback" not in said.err


@pytest.mark.parametrize(("words", "dest", "expected"), [
    (["task", "milestones", "7.4", "--db", "x.sqlite", "2026-10=30", "2026-12=100"], "milestones",
     ["2026-10=30", "2026-12=100"]),
    (["evidence", "add", "纪要.pdf", "--task", "3.2", "--db", "x.sqlite", "照片.jpg"], "files",
     [Path("纪要.pdf"), Path("照片.jpg")]),
    (["settings", "set", "sign_days=5", "--db", "x.sqlite", "欠进度亮黄灯=是"], "assignments",
     ["sign_days=5", "欠进度亮黄灯=是"]),
])
def test_a_verb_that_takes_a_list_takes_it_on_both_sides_of_its_options(words: list[str], dest: str,
                                                                       expected: list[object]) -> None:
    from cli.parser import parse_arguments

    assert getattr(parse_arguments(words), dest) == expected


def test_a_flagged_row_says_where_it_stands_and_its_reasons_once(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The preview named "Sheet 第1行 ：" (a sheet's name alone, a blank before the colon) and joined reasons as
    "没有牵头科室。；没有完成时限。"."""
    from tests.fixtures.breakdown_layouts import write

    db = str(tmp_path / "台账.sqlite")
    assert main(["new", "--db", db, "--year", "2026"]) == 0
    plan = write(tmp_path / "分工.xlsx", {"Sheet1": ([["序号", "任务内容", "牵头科室", "完成时限"],
                                                      [1, "完善干部考核办法", None, "—"]], [])})
    form = [["编号", "任务名称", "说明"], ["1.1", "完善干部考核办法", "无"]]  # no column of 进展情况
    returned = write(tmp_path / "反馈.xlsx", {"Sheet": (form, [])})
    capsys.readouterr()
    assert main(["import", str(plan), "--db", db, "--dry-run"]) == 0
    assert "  [提示] 工作表“Sheet1”第2行 完善干部考核办法：没有牵头科室；没有完成时限。\n" in capsys.readouterr().out
    assert main(["import-progress", str(returned), "--db", db, "--period", "2026-03"]) == 1
    assert "  [错误] 工作表“Sheet”第1行：没有找到含“进展情况”的表头行。\n" in capsys.readouterr().out


@pytest.mark.parametrize(("parts", "said"), [
    (["没有牵头科室。", "没有完成时限。"], "没有牵头科室；没有完成时限。"),
    (["按包含的任务内容匹配到 1.1（报回的标题有删节）。", "报为“滞后”：任务仍为推进中。"],
     "按包含的任务内容匹配到 1.1（报回的标题有删节）；报为“滞后”：任务仍为推进中。"),
    (["No lead section.", "No deadline."], "No lead section; No deadline."), (["一条。"], "一条。"), ([], ""),
])
def test_reasons_are_joined_without_a_stop_before_the_semicolon(parts: list[str], said: str) -> None:
    from models.domain.text import reasons

    assert reasons(parts, "; " if parts and parts[0].startswith("No") else "；") == said
