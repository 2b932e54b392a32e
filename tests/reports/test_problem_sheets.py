"""The 问题整改清单 and the 督查通报 as a reader of the paper sees them: every problem, in its column, on the page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from models.ledger import Ledger
from reports.fonts import setup_fonts
from reports.inspection_bulletin import bulletin_data, write_bulletin
from reports.problem_sheet import ProblemSheetOptions, problem_sheet_data, write_problem_sheet
from tests.conftest import DEMO_DAY
from tests.fixtures.problem_class import write_problem_class
from tests.reports.gongwen_paper import gongwen_faults, one_column
from tests.reports.pdf_boxes import Page, pages, paper_faults, unembedded_fonts

AS_OF = date(2026, 6, 15)
ROOT = Path(__file__).resolve().parents[2]
SHEET_HEADER = ("序号", "问题描述", "来源", "责任人", "整改措施", "整改时限", "整改进展", "状态")


def _column_of(page: Page, header: str) -> tuple[float, float]:
    word = next(w for w in page.words if w.text == header)
    return word.x0, word.x1


def test_a_long_problem_list_prints_every_problem_within_the_page(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        write_problem_class(session, AS_OF)
    with ledger.reading() as session:
        data = problem_sheet_data(session, ProblemSheetOptions(AS_OF, 2026))
    out = tmp_path / "问题整改清单.pdf"
    count = write_problem_sheet(data, setup_fonts(), out)
    assert count == len(pages(out)) > 2
    assert paper_faults(out, SHEET_HEADER) == []
    assert unembedded_fonts(out) == []
    text = "".join(page.text() for page in pages(out))
    assert data.totals.found == 63 and "共63个问题" in text
    numbers = set()
    for page in pages(out):  # the 序号 column holds every problem's number (and a long one's rest as 61（续）)
        left, right = _column_of(page, "序号")
        numbers |= {int(w.text) for w in page.body() if w.x0 >= left - 8 and w.x1 <= right + 8 and w.text.isdigit()}
    assert numbers == set(range(1, 64))
    assert "问题描述很长，问题描述很长" in text and "未指定科室" in text and "某某县委组织部（部外）" in text
    for page in pages(out):  # a group heading never ends a page
        body = sorted(page.body(), key=lambda w: w.y1)
        assert not (body and body[-1].text.endswith("）") and "、" in body[-1].text[:3] and "个" in body[-1].text)


def test_an_overdue_problem_says_how_late_in_the_status_column(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        write_problem_class(session, AS_OF, count=4)
    with ledger.reading() as session:
        data = problem_sheet_data(session, ProblemSheetOptions(AS_OF, 2026, only="overdue"))
    out = tmp_path / "逾期.pdf"
    write_problem_sheet(data, setup_fonts(), out)
    [page] = pages(out)
    late = next(w for w in page.words if w.text == "逾期9天")
    left, _ = _column_of(page, "状态")
    progress_left, _ = _column_of(page, "整改进展")
    assert late.x0 > progress_left and late.x1 > left  # under 状态, right of 整改进展
    assert "逾期未整改的问题【样例】" in page.text()
    assert all(row.overdue for _, rows in data.groups for row in rows)


def test_the_bulletin_lists_the_record_and_each_problem_with_its_deadline(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        from models.read.problems import inspection_rows
        record = next(r for r in inspection_rows(session, 2026) if r.kind.value == "supervision")
        data = bulletin_data(session, record.id, DEMO_DAY)
    out = tmp_path / "督查通报.pdf"
    write_bulletin(data, setup_fonts(), out)
    assert gongwen_faults(out) == []
    page = one_column(out)  # the 公文's 三号 body runs to a second page
    text = page.text()
    assert record.title in text and "刘海燕、吴芳、郑洁、钱进等同志" in text
    assert "组织科、人才工作科、干部监督科" in text or "干部监督科、组织科、人才工作科" in text
    assert f"三、问题整改清单（{len(data.problems)}个）" in text and len(data.problems) == 3
    # The tasks checked are named by their 编号, as the progress sheet, the notices and the minutes name them.
    assert record.task_codes and all(code for code in record.task_codes)
    squashed = re.sub(r"\s+", "", text)
    for code, title in zip(record.task_codes, record.task_titles, strict=True):
        assert re.sub(r"\s+", "", f"{code}　{title}") in squashed
    deadline_left, _ = _column_of(page, "整改时限")
    for problem in data.problems:  # each deadline sits in its column on its problem's first line
        first = next(w for w in page.words if w.text.startswith(problem.description[:6]))
        due = next(w for w in page.words if w.text == problem.deadline)
        assert abs(due.y0 - first.y0) < 2 and due.x0 >= deadline_left - 20
    table_bottom = max(w.y1 for w in page.words if w.text in {p.deadline for p in data.problems})
    printed_on = next(w for w in page.words if w.text == "2026年3月25日印发")  # the 版记, under everything
    assert printed_on.y0 > table_bottom and printed_on.x1 > page.width * 0.7
    assert "督查通报第期" in text  # not numbered: 第N期 is given when it is written through the command or the window


def test_a_record_without_problems_still_prints(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        odd = write_problem_class(session, AS_OF, count=0)
        odd.pop("overdue")
    with ledger.begin() as session:
        from models.domain.problems import delete_problem
        for name in ("longest", "no_section"):
            delete_problem(session, "测试员", odd[name])
    with ledger.reading() as session:
        data = bulletin_data(session, odd["record"], AS_OF)
    out = tmp_path / "空.pdf"
    write_bulletin(data, setup_fonts(), out)
    assert "（本次未列出需整改的问题）" in one_column(out).text()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


@pytest.mark.file_only
def test_the_commands_list_print_and_refuse_clearly(demo_ledger: Ledger, tmp_path: Path) -> None:
    db = str(demo_ledger.place)
    listing = json.loads(_run("problems", "--db", db, "--as-of", DEMO_DAY.isoformat(), "--json").stdout)
    overdue = [p for p in listing["problems"] if p["light"] == "red"]
    assert overdue and listing["sections"][-1]["found"] == len(listing["problems"])
    only = json.loads(_run("problems", "--db", db, "--as-of", DEMO_DAY.isoformat(), "--only", "overdue",
                           "--json").stdout)
    assert [p["number"] for p in only["problems"]] == [p["number"] for p in overdue]
    records = json.loads(_run("inspections", "--db", db, "--json").stdout)
    out = tmp_path / "通报.pdf"
    done = _run("report", "bulletin", "--db", db, "--record", str(records[0]["id"]), "--out", str(out),
                "--as-of", DEMO_DAY.isoformat(), "--dry-run")  # the ledger is open here: no 期号 can be issued
    assert done.returncode == 0 and out.exists() and records[0]["title"] in one_column(out).text()
    missing = _run("report", "bulletin", "--db", db, "--record", "999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "找不到这条督查记录" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def _column_text(page: Page, header: str) -> str:
    """What the column under `header` holds on `page`, top to bottom (a cell's lines run on)."""
    left, right = _column_of(page, header)
    middle = (left + right) / 2
    cells = [w for w in page.body() if w.x0 <= middle + 40 and w.x1 >= middle - 40 and w.text != header]
    column = [w for w in cells if w.x0 >= left - 45 and w.x1 <= right + 45]
    return "".join(w.text for w in sorted(column, key=lambda w: (round(w.y0), w.x0)))


@pytest.mark.parametrize("ledger_kind", ["class", "example"])
def test_a_problems_source_and_state_are_never_cut_between_pages(ledger: Ledger, tmp_path: Path,
                                                                 ledger_kind: str) -> None:
    """The example ledger on 6 December put row 5's 来源 as 巡察反馈：市委巡 at a page's foot, the rest overleaf;
    a problem's row now turns the page whole."""
    if ledger_kind == "example":
        from demo.ledger import create_demo_ledger
        example = create_demo_ledger(tmp_path / "示例.sqlite", date(2026, 12, 6))
        day = date(2026, 12, 6)
    else:
        with ledger.begin() as session:
            write_problem_class(session, AS_OF)
        example, day = ledger, AS_OF
    try:
        with example.reading() as session:
            data = problem_sheet_data(session, ProblemSheetOptions(day, 2026))
    finally:
        if example is not ledger:
            example.close()
    out = tmp_path / "清单.pdf"
    assert write_problem_sheet(data, setup_fonts(), out) > 1
    assert paper_faults(out, SHEET_HEADER) == []
    columns = [_column_text(page, "来源") for page in pages(out)]
    listed = Counter(re.sub(r"\s+", "", row.source) for _, rows in data.groups for row in rows)
    for source, times in listed.items():  # each row's 来源 whole on one page
        assert sum(column.count(source) for column in columns) == times, source
    assert not any("（续）" in page.text() for page in pages(out) if ledger_kind == "example")  # no row split
