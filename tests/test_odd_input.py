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


@pytest.mark.parametrize(("argument", "words"), [("--as-of", "2000 年到 2100 年"), ("--reply-days", "1 到 365")])
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


def _docx(path: Path, body: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return path


def _cell(text: str, inner: str = "") -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p>{inner}</w:tc>"


TABLE = ("<w:tbl><w:tr>" + _cell("序号") + _cell("重点任务") + _cell("具体措施") + _cell("牵头科室")
         + _cell("完成时限") + "</w:tr>"
         + "".join("<w:tr>" + _cell(str(n)) + _cell("建强干部队伍") + _cell(title) + _cell("组织科") + _cell("6月底前")
                   + "</w:tr>" for n, title in enumerate(("建立干部调研制度", "完善考核办法", "开展专题培训"), start=1))
         + "</w:tbl>")


def test_a_table_inside_a_content_control_is_read(tmp_path: Path) -> None:
    document = _docx(tmp_path / "分工方案.docx", f"<w:sdt><w:sdtContent>{TABLE}</w:sdtContent></w:sdt>")
    assert any(row.title == "建立干部调研制度" for row in plan_file(document, 2026))


def test_an_embedded_chunk_is_named_instead_of_reading_as_nothing(tmp_path: Path) -> None:
    document = _docx(tmp_path / "分工方案.docx", '<w:altChunk r:id="rId9" xmlns:r="urn:r"/>')
    with pytest.raises(RuleError, match="altChunk"):
        plan_file(document, 2026)


def test_deeply_nested_tables_read_in_time(tmp_path: Path) -> None:
    """10,000 tables one inside another (a few KB zipped) took over a minute: each row is read once."""
    import time

    inner = ""
    for level in range(10_000):
        inner = f"<w:tbl><w:tr>{_cell(f'第{level}层', inner)}</w:tr></w:tbl>"
    document = _docx(tmp_path / "嵌套.docx", TABLE + inner)
    started = time.monotonic()
    rows = plan_file(document, 2026)
    assert time.monotonic() - started < 10
    assert any(row.title == "建立干部调研制度" for row in rows)  # the real table is still read


def test_a_document_with_more_rows_than_the_limit_is_refused(tmp_path: Path) -> None:
    rows = "".join("<w:tr>" + _cell(str(n)) + _cell(f"任务{n}") + "</w:tr>" for n in range(20_001))
    document = _docx(tmp_path / "太长.docx", f"<w:tbl>{rows}</w:tbl>")
    with pytest.raises(RuleError, match="最多读取 20000 行"):
        plan_file(document, 2026)


def test_a_heading_of_only_zero_width_characters_is_no_key_task(tmp_path: Path) -> None:
    from importers.cells import tidy

    assert tidy("\u200b\u200c\ufeff") is None and tidy("一、\u200b建强基层组织") == "一、建强基层组织"


def test_direction_controls_in_a_unit_name_do_not_make_a_second_unit_that_looks_the_same(tmp_path: Path) -> None:
    """"办公\u202E室" made a new section listed as a second 办公室 beside the real one."""
    from importers.breakdown import plan_file
    from tests.fixtures import hostile_xlsx
    from tests.fixtures.hostile_xlsx import header_row, row

    path = hostile_xlsx.write(tmp_path / "分解表.xlsx", [
        header_row(), row(2, zip("ABCDE", ["1", "重点任务", "建立台账", "办公\u202e室", "6月底前"], strict=True)),
        row(3, zip("ABCDE", ["2", "重点任务", "开展培训", "\u2067办公室\u2069", "6月底前"], strict=True))])
    assert [planned.lead_section for planned in plan_file(path, 2026)] == ["办公室", "办公室"]


def test_check_on_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    done = run("check", "--db", str(tmp_path))
    assert done.returncode == 1 and "是一个文件夹" in done.stderr and "找不到" not in done.stderr
