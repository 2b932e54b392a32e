"""Odd input ends in a Chinese sentence, never a traceback (issue 31, points 11 and 12)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from importers.breakdown import plan_file
from models.errors import LedgerError, RuleError
from models.server.address import parse_address

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "fixtures" / "samples"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, **(env or {})}, errors="replace")


def test_a_column_span_written_in_words_is_read_as_no_span(tmp_path: Path) -> None:
    document = tmp_path / "分工方案.docx"
    body = (f'<w:document xmlns:w="{W}"><w:body><w:tbl>'
            '<w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>重点工作任务</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>'
            '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="two"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>办公室</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>')
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body)
    plan_file(document, 2026)  # no ValueError: the span is read as one column


@pytest.mark.parametrize(("argument", "words"), [("--as-of", "2000 年到 2100 年"), ("--reply-days", "0 到 365")])
def test_dates_and_days_out_of_range_are_refused_by_name(argument: str, words: str, tmp_path: Path) -> None:
    value = "9999-12-31" if argument == "--as-of" else "99999999"
    done = run("report", "notices", "--db", str(tmp_path / "x.sqlite"), "--dry-run", "--out",
               str(tmp_path / "x.pdf"), argument, value)
    assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr


def test_a_host_name_the_network_cannot_carry_is_named() -> None:
    with pytest.raises(LedgerError, match="最多 63 个字符"):
        parse_address("postgresql://luoshi@" + "a" * 70 + ".example/ledger")


def test_a_console_that_cannot_show_a_character_gets_a_mark_not_a_crash(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.sqlite"
    assert run("demo", "--db", str(ledger)).returncode == 0
    done = run("report", "stats", "--db", str(ledger), "--out", str(tmp_path / "统计\u202e表.pdf"),
               env={"PYTHONIOENCODING": "gbk"})
    assert done.returncode == 0 and "Traceback" not in done.stderr


def test_a_pipe_or_a_device_to_import_is_refused_unread(tmp_path: Path) -> None:
    pipe = tmp_path / "管道.xlsx"
    os.mkfifo(pipe)
    with pytest.raises(RuleError, match="不是一个普通文件"):
        plan_file(pipe, 2026)
    device = tmp_path / "零.xlsx"
    device.symlink_to("/dev/zero")
    with pytest.raises(RuleError, match="不是一个普通文件"):
        plan_file(device, 2026)


def test_a_file_named_in_gbk_imports_and_its_name_is_kept_readable(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.sqlite"
    assert run("new", "--db", str(ledger), "--org", "测试").returncode == 0
    folder = os.fsencode(str(tmp_path))
    gbk_name = os.path.join(folder, "分解表".encode("gbk") + b".xlsx")
    shutil.copyfile(SAMPLES / "任务分解表-标准格式.xlsx", gbk_name)
    done = subprocess.run([sys.executable, str(ROOT / "main.py").encode(), b"import", gbk_name, b"--db",
                           str(ledger).encode()], capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr


def test_an_office_name_given_in_gbk_makes_a_whole_ledger(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.sqlite"
    done = subprocess.run([sys.executable, str(ROOT / "main.py").encode(), b"new", b"--db", str(ledger).encode(),
                           b"--org", "中共测试市委组织部".encode("gbk")], capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    shown = run("stats", "--db", str(ledger), "--json")
    assert shown.returncode == 0
