"""Starting a ledger from the command line, and files of another kind named for what they are."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from importers.breakdown import plan_file
from main import main
from tests.fixtures.breakdown_layouts import grouped_by_headings, legacy_workbook, write

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def test_a_breakdown_starts_a_ledger_headlessly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = grouped_by_headings(tmp_path / "分工方案.xlsx")
    missing = tmp_path / "新台账.sqlite"
    assert main(["import", str(plan), "--db", str(missing)]) == 1
    assert "main.py new" in capsys.readouterr().err and not missing.exists()  # said how, wrote nothing
    assert main(["new", "--db", str(missing), "--org", "中共测试县委组织部", "--year", "2026"]) == 0
    assert main(["new", "--db", str(missing)]) == 1  # never over an existing file
    assert "不会覆盖" in capsys.readouterr().err
    assert main(["import", str(plan), "--db", str(missing)]) == 0
    other = tmp_path / "另一个.sqlite"
    assert main(["import", str(plan), "--db", str(other), "--create", "--year", "2026"]) == 0
    assert "已导入 6 项新任务" in capsys.readouterr().out


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize(("name", "content", "said"), [
    ("方案.pdf", b"%PDF-1.4\n%...", "PDF 文件"),
    ("方案.doc", OLE, "Word/WPS 文字文档"),
    ("分解表.xlsx", "序号,任务\n1,整顿\n".encode(), "不是 Excel 表格文件"),
])
def test_another_kind_of_file_is_named_and_the_way_out_given(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            name: str, content: bytes | None, said: str) -> None:
    ledger = tmp_path / "台账.sqlite"
    assert main(["new", "--db", str(ledger)]) == 0
    path = _docx(tmp_path / name) if content is None else tmp_path / name
    if content is not None:
        path.write_bytes(content)
    capsys.readouterr()
    assert main(["import", str(path), "--db", str(ledger)]) == 1
    error = capsys.readouterr().err
    assert said in error and "另存为” .xlsx" in error and "已损坏" not in error
    assert error.isascii() is False and "Error" not in error and len(error.strip().splitlines()) == 1


def test_columns_mapped_by_hand_when_no_header_is_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "无表头.xlsx", {"表": ([
        ["1", "整顿软弱涣散党组织", "备注文字", "组织科", "干部科", "6月底前"],
        ["2", "开展党员教育培训", None, "组织科", None, "9月底前"],
    ], [])})
    ledger = tmp_path / "台账.sqlite"
    assert main(["new", "--db", str(ledger), "--year", "2026"]) == 0
    assert main(["import", str(path), "--db", str(ledger)]) == 1  # no header: refused, as before
    assert "--columns" in capsys.readouterr().err  # and says how to map the columns by hand
    mapping = "任务内容=B,牵头科室=D,配合科室=E,完成时限=F"
    assert main(["import", str(path), "--db", str(ledger), "--columns", mapping]) == 0
    assert "已导入 2 项新任务" in capsys.readouterr().out
    assert main(["import", str(path), "--db", str(ledger), "--columns", "内容=B"]) == 1
    assert "字段=列字母" in capsys.readouterr().err


def test_a_broken_word_document_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "台账.sqlite"
    assert main(["new", "--db", str(ledger)]) == 0
    broken = _docx(tmp_path / "方案.docx")  # a Word package whose document part is not a document
    capsys.readouterr()
    assert main(["import", str(broken), "--db", str(ledger)]) == 1
    error = capsys.readouterr().err
    assert "Word 文档" in error and "Traceback" not in error and len(error.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["分解表.xls", "分解表.et"])
def test_an_old_xls_or_et_workbook_reads_like_an_xlsx(tmp_path: Path, name: str) -> None:
    rows = plan_file(legacy_workbook(tmp_path / name), 2026)
    assert [(r.key_task, r.title, r.lead_section, r.co_sections, r.due_date) for r in rows] == [
        ("强化政治引领", "组织专题学习", "干部教育科", ["办公室"], date(2026, 3, 31)),
        ("强化政治引领", "开展专题读书班", "干部教育科", [], date(2026, 6, 30))]  # merged down, and a date cell


def test_a_broken_old_workbook_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "台账.sqlite"
    assert main(["new", "--db", str(ledger)]) == 0
    broken = tmp_path / "分解表.xls"
    broken.write_bytes(OLE)  # the compound file's signature and nothing after it
    capsys.readouterr()
    assert main(["import", str(broken), "--db", str(ledger)]) == 1
    error = capsys.readouterr().err
    assert ".xls/.et" in error and "Traceback" not in error and len(error.strip().splitlines()) == 1
