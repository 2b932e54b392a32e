"""Small files that claim a lot: every import is bounded by what the file holds, under a memory cap.

Each import runs as the clerk would run it (main.py import / import-progress) in its own process, with its
address space capped at 1 GB: a file that once grew past 5 GB must now be refused or read within that."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from importers.breakdown import plan_file
from models.file.ledger import create_ledger
from tests.fixtures import hostile_docx, hostile_xls, hostile_xlsx

ROOT = Path(__file__).resolve().parents[1]
MEMORY_CAP = 1024 * 1024 * 1024
CAPPED = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap})); "
          "sys.argv = ['main.py', *sys.argv[1:]]; runpy.run_path('main.py', run_name='__main__')")


def run_capped(*args: str, cap: int = MEMORY_CAP, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """main.py with `args`, its memory capped; a hang fails the test instead of the suite."""
    return subprocess.run([sys.executable, "-c", CAPPED.format(cap=cap), *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)


@pytest.fixture
def empty_ledger(tmp_path: Path) -> Path:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="中共测试市委组织部", year=2026).close()
    return path


def assert_refused_in_one_chinese_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("错误："), message
    for word in words:
        assert word in message


REFUSED: list[tuple[str, Callable[[Path], Path], tuple[str, ...]]] = [
    ("far-column-rows", hostile_xlsx.far_column_rows, ("XFD 列", "200 列")),
    ("every-row", hostile_xlsx.every_row, ("第 20001 行", "20000 行")),
    ("overlapping-merges", hostile_xlsx.overlapping_merges, ("合并单元格",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "build", "words"), REFUSED, ids=[case[0] for case in REFUSED])
def test_a_file_beyond_the_limits_is_refused_with_the_limit_named(tmp_path: Path, empty_ledger: Path, name: str,
                                                                  build: Callable[[Path], Path],
                                                                  words: tuple[str, ...]) -> None:
    path = build(tmp_path / f"{name}.xlsx")
    for command in (["import", str(path), "--db", str(empty_ledger)],
                    ["import-progress", str(path), "--db", str(empty_ledger), "--period", "2026-03"]):
        assert_refused_in_one_chinese_line(run_capped(*command), *words)


@pytest.mark.slow
def test_a_merge_to_the_last_cell_covers_only_what_is_there(tmp_path: Path, empty_ledger: Path) -> None:
    path = hostile_xlsx.merge_to_the_end(tmp_path / "merge.xlsx")
    assert path.stat().st_size < 4096
    result = run_capped("import", str(path), "--db", str(empty_ledger), "--json")
    assert result.returncode == 0, result.stderr
    assert '"imported": 2' in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("build", [hostile_xlsx.spaces, hostile_xlsx.one_megabyte_of_spaces],
                         ids=["ten-cells-of-32000-spaces", "a-megabyte-of-spaces"])
def test_cells_of_spaces_are_tidied_in_one_pass(tmp_path: Path, empty_ledger: Path,
                                                build: Callable[[Path], Path]) -> None:
    path = build(tmp_path / "spaces.xlsx")
    result = run_capped("import", str(path), "--db", str(empty_ledger), "--dry-run")
    assert "Traceback" not in result.stderr
    assert "共" in result.stdout  # the preview came back (it took minutes when tidying was quadratic)


def test_characters_xml_forbids_are_dropped_from_their_cell_not_the_whole_file(tmp_path: Path) -> None:
    rows = plan_file(hostile_xlsx.forbidden_characters(tmp_path / "forbidden.xlsx"), 2026)
    assert [row.title for row in rows[:3]] == ["整顿软弱涣散党组织", "落实谈心谈话制度", "开展党员教育培训"]
    assert rows[3].title == "" and rows[3].status == "error"  # #DIV/0! is no task


@pytest.fixture(scope="module")
def a_moment(tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long a hostile file may take to be read or refused: three times a plain file of the same tasks read in
    this run (a process starting, its imports, the preview), and never less than 10 s. A machine busy with other
    work slows both alike; the walks these files set off took minutes."""
    folder = tmp_path_factory.mktemp("plain")
    ledger = folder / "台账.sqlite"
    create_ledger(ledger, org_name="中共测试市委组织部", year=2026).close()
    result, seconds = import_old_workbook(hostile_xls.plain_book(folder / "分解表.xls"), ledger)
    assert result.returncode == 0 and "共 40 行：正常 40" in result.stdout, result.stderr
    return max(10.0, 3 * seconds)


def import_old_workbook(path: Path, ledger: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """A preview of importing a document as the clerk would run it, within 500 MB; and how long it took."""
    started = time.monotonic()
    result = run_capped("import", str(path), "--db", str(ledger), "--dry-run", cap=500 * 1024 * 1024, timeout=60)
    return result, time.monotonic() - started


@pytest.mark.slow
def test_an_xls_whose_mini_stream_chain_loops_is_refused_at_once(tmp_path: Path, empty_ledger: Path,
                                                                  a_moment: float) -> None:
    path = hostile_xls.looping_mini_stream(tmp_path / "分解表.xls")
    assert path.stat().st_size <= 4096
    result, seconds = import_old_workbook(path, empty_ledger)  # it grew to 1.9 GB in 33 s
    assert_refused_in_one_chinese_line(result, "分解表.xls", "无法作为旧版 .xls/.et 表格读取")
    assert seconds < a_moment


@pytest.mark.slow
def test_a_formatted_blank_at_iv65536_on_twenty_sheets_reads_only_what_is_there(
        tmp_path: Path, empty_ledger: Path, a_moment: float) -> None:
    path = hostile_xls.blank_at_the_far_corner(tmp_path / "分解表.xls")
    assert path.stat().st_size < 20 * 1024
    result, seconds = import_old_workbook(path, empty_ledger)  # over 120 s walking 65,536 × 256 cells a sheet
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "共 40 行：正常 40" in result.stdout  # two tasks on each of the twenty sheets
    assert seconds < a_moment


@pytest.mark.slow
def test_one_merge_over_a_whole_xls_sheet_is_read_in_a_moment_and_said_to_hold_no_task(
        tmp_path: Path, empty_ledger: Path, a_moment: float) -> None:
    path = hostile_xls.merge_over_the_sheet(tmp_path / "分解表.xls")
    result, seconds = import_old_workbook(path, empty_ledger)  # 15 s before, walking the 16 million cells
    assert "Traceback" not in result.stderr, result.stderr
    assert "表头下面没有任务行" in result.stdout  # A2's value over the whole sheet is one title, not tasks
    assert seconds < a_moment


WORD_REFUSED = [("empty-paragraphs", hostile_docx.empty_paragraphs, "元素"),
                ("empty-tables", hostile_docx.empty_tables, "元素"),
                ("spans-of-64", hostile_docx.spans_of_64, "列")]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "build", "word"), WORD_REFUSED, ids=[case[0] for case in WORD_REFUSED])
def test_a_word_file_built_to_exhaust_the_reader_is_refused_within_bounds(
        tmp_path: Path, empty_ledger: Path, name: str, build: Callable[[Path], Path], word: str,
        a_moment: float) -> None:
    path = build(tmp_path / f"{name}.docx")
    assert path.stat().st_size < 200 * 1024
    result, seconds = import_old_workbook(path, empty_ledger)  # 580 MB and a MemoryError before
    assert_refused_in_one_chinese_line(result, f"{name}.docx", "不像分工方案", word)
    assert seconds < a_moment


@pytest.mark.slow
@pytest.mark.parametrize("build", [hostile_docx.nested_controls, hostile_docx.superscript_span],
                         ids=["nested-content-controls", "superscript-span"])
def test_odd_but_small_word_files_are_read_without_a_traceback(tmp_path: Path, empty_ledger: Path,
                                                               build: Callable[[Path], Path], a_moment: float) -> None:
    result, seconds = import_old_workbook(build(tmp_path / "分工方案.docx"), empty_ledger)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr  # RecursionError, ValueError
    assert "共 1 行" in result.stdout and "组织专题学习" in result.stdout and seconds < a_moment


SMALL_AND_ENDLESS = [
    ("shared-strings-claimed.xls", hostile_xls.shared_strings_claimed, "声称有 100000000 个不同的文字"),
    ("tangled-directory.xls", hostile_xls.tangled_directory, "无法作为旧版 .xls/.et 表格读取"),
    ("many-shared-strings.xlsx", hostile_xlsx.many_shared_strings, "有超过 500000 个不同的文字"),
    ("many-sheets-on-one-part.xlsx", hostile_xlsx.many_sheets_on_one_part, "有超过 255 张工作表"),
    ("many-styles.xlsx", hostile_xlsx.many_styles, "有超过 70000 种单元格格式"),
    ("many-defined-names.xlsx", hostile_xlsx.many_defined_names, "有超过 10000 个定义的名称"),
    ("one-long-text-everywhere.xlsx", hostile_xlsx.one_long_text_everywhere, "单元格文字合计超过"),
    ("one-long-text-everywhere.xls", hostile_xls.one_long_text_everywhere, "单元格文字合计超过")]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "build", "words"), SMALL_AND_ENDLESS, ids=[case[0] for case in SMALL_AND_ENDLESS])
def test_a_small_workbook_claiming_endless_work_is_refused_at_once(
        tmp_path: Path, empty_ledger: Path, name: str, build: Callable[[Path], Path], words: str,
        a_moment: float) -> None:
    path = build(tmp_path / name)
    assert path.stat().st_size < 200 * 1024
    result, seconds = import_old_workbook(path, empty_ledger)  # each ran past 30 s, or to 580 MB
    assert_refused_in_one_chinese_line(result, name, words)
    assert seconds < a_moment
