"""The printed sheets read on paper: every word inside the page and above the footer, one header per page,
long reports continued whole on the next page, group headings kept with their first task."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

from main import main
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.numerals import chinese_number
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import create_ledger
from models.ledger import Ledger
from models.read.queries import task_rows
from reports.fonts import setup_fonts
from reports.grid_table import PADDING
from reports.page import BINDING, MARGIN
from reports.progress_sheet import (
    COLUMNS,
    DEFAULT_COLUMNS,
    ProgressSheetOptions,
    SheetData,
    column_widths,
    header_text,
    progress_sheet_data,
    write_progress_sheet,
)
from reports.stats_sheet import stats_report, write_stats_sheet
from tests.fixtures.day import TODAY

from .pdf_boxes import pages, paper_faults, unembedded_fonts

HEADER = tuple(COLUMNS[c][0] for c in DEFAULT_COLUMNS)


def header_of(data: SheetData) -> tuple[str, ...]:
    """The header the sheet prints: a column with nothing in it (配合科室, 责任人) is left out."""
    columns, _widths = column_widths(data, FONTS, landscape(A4)[0] - 2 * MARGIN)
    return tuple(COLUMNS[c][0] for c in columns)
FONTS = setup_fonts()


def sheet_and_data(ledger: Ledger, out: Path, **options: object) -> tuple[Path, SheetData]:
    with ledger.reading() as session:
        data = progress_sheet_data(session, ProgressSheetOptions(as_of=TODAY, **options), today=TODAY)  # type: ignore[arg-type]
    write_progress_sheet(data, FONTS, out)
    return out, data


def sheet(ledger: Ledger, out: Path, **options: object) -> Path:
    return sheet_and_data(ledger, out, **options)[0]


@pytest.mark.parametrize("group_by", ["section", "key_task"])
@pytest.mark.parametrize("only", ["all", "unfinished", "overdue", "no_feedback"])
def test_the_example_ledger_prints_on_the_paper_in_every_grouping(demo_ledger: Ledger, tmp_path: Path,
                                                                  group_by: str, only: str) -> None:
    pdf, data = sheet_and_data(demo_ledger, tmp_path / "sheet.pdf", group_by=group_by, only=only)
    assert paper_faults(pdf, header_of(data)) == []


def test_one_section_prints_on_the_paper(demo_ledger: Ledger, tmp_path: Path) -> None:
    pdf, data = sheet_and_data(demo_ledger, tmp_path / "one.pdf", section="办公室")
    assert paper_faults(pdf, header_of(data)) == []
    assert "办公室" in pages(pdf)[0].text()


def long_report(sentences: int) -> str:
    return "".join(f"第{n}句：按照部署推进落实，形成阶段成果。" for n in range(1, sentences + 1))


def progress_column_text(pdf: Path, data: SheetData) -> str:
    """The words drawn in the 进展情况 column, page after page, as one text."""
    columns, widths = column_widths(data, FONTS, landscape(A4)[0] - 2 * MARGIN)
    column = columns.index("progress")
    left = MARGIN + sum(widths[:column]) + PADDING
    found = []
    for page in pages(pdf):
        table_end = min((w.y0 for w in page.body() if w.text.startswith("说明：")), default=page.height)
        found += [w.text for w in page.body() if left - 1 <= w.x0 and w.x1 <= left + widths[column] - PADDING + 1
                  and w.text not in HEADER and w.y1 < table_end]
    return "".join(found)


@pytest.mark.parametrize("length", [2_000, 10_000])
def test_a_long_report_continues_on_the_next_pages_whole(ledger: Ledger, tmp_path: Path, length: int) -> None:
    report = long_report(length // 20)[:length]
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        for n in range(12):  # tasks before it, so the long one starts low on the first page
            create_task(session, "测试员", TaskDraft(2026, f"第{n + 1}项前置任务", lead_section_id=section,
                                                    deadline=parse_deadline("6月底前", 2026)))
        task = create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section,
                                                       deadline=parse_deadline("6月底前", 2026)))
        add_progress(session, "测试员", task.id, report, period="2026-03", entry_date=TODAY)
    pdf, data = sheet_and_data(ledger, tmp_path / "long.pdf")
    assert paper_faults(pdf, header_of(data)) == []
    assert progress_column_text(pdf, data) == report  # every character, in order, on the paper
    continued = [page.number for page in pages(pdf) if "0.13（续）" in "".join(w.text for w in page.body())]
    assert continued and continued[0] == 2  # the rest goes on under the next page's header, marked


def test_a_thousand_tasks_print_on_the_paper(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        sections = [directory.section(session, "测试员", f"第{n}科").id for n in range(9)]
        for n in range(1000):
            task = create_task(session, "测试员", TaskDraft(
                2026, f"第{n + 1}项任务：推进基层党组织标准化建设，落实“三会一课”制度" + "，抓好落实" * (n % 9),
                lead_section_id=sections[n % 9], deadline=parse_deadline(f"{n % 12 + 1}月底前", 2026)))
            add_progress(session, "测试员", task.id, "已召开专题会议，部署推进工作。" * (1 + n % 13),
                         period="2026-03", entry_date=TODAY)
    pdf, data = sheet_and_data(ledger, tmp_path / "thousand.pdf")
    assert paper_faults(pdf, header_of(data)) == []
    words = [w.text for page in pages(pdf) for w in page.body()]
    numbers = [int(m[1]) for text in words if (m := re.fullmatch(r"0\.(\d+)(（续）)?", text))]
    continued = sum(text.endswith("（续）") for text in words)  # "0.12" over "（续）" in 编号 starts a continued row
    assert sorted(set(numbers)) == list(range(1, 1001)) and len(numbers) - continued == 1000


def test_every_sheet_embeds_every_font_it_names(demo_ledger: Ledger, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    place = demo_ledger.place  # a file, or a server's address
    settings = demo_ledger.settings()
    with demo_ledger.reading() as session:  # a notice goes to a task still under way
        code = next(row.code for row in task_rows(session, settings.current_year, TODAY, settings.light_rules)
                    if row.parent_id is None and row.status.is_active)
    demo_ledger.close()
    for kind, extra in (("progress", []), ("stats", []), ("notice", ["--task", code])):
        out = tmp_path / f"{kind}.pdf"
        assert main(["report", kind, "--db", str(place), "--out", str(out), *extra]) == 0
        assert unembedded_fonts(out) == [], kind
    capsys.readouterr()


def test_the_statistics_headings_stay_whole_and_the_org_and_date_stand_apart(demo_ledger: Ledger,
                                                                             tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        report, sign_off = stats_report(session, TODAY)
    out = tmp_path / "stats.pdf"
    write_stats_sheet(report, sign_off, FONTS, out, today=TODAY)
    page = pages(out)[0]
    words = [w.text for w in page.words]
    for heading in ("未启动", "推进中", "已办结", "已销号", "本期", "未反馈", "完成率", "按时"):
        assert heading in words  # one word on one line, never 未启 over 动
    org = next(w for w in page.body() if w.text == "中共示例市委组织部")
    printed = next(w for w in page.body() if w.text.startswith("打印日期"))
    assert abs(org.y0 - printed.y0) < 2 and org.x0 < MARGIN + 2  # one line: the org at the left,
    assert printed.x1 > page.width - MARGIN - 2  # the date at the right, not run on after the name


def test_the_statistics_of_thirty_sections_print_on_the_paper(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        for n in range(30):
            section = directory.section(session, "测试员", f"第{n + 1}科").id
            create_task(session, "测试员", TaskDraft(2026, f"第{n + 1}科的任务", lead_section_id=section))
    with ledger.reading() as session:
        report, sign_off = stats_report(session, TODAY)
    out = tmp_path / "stats.pdf"
    write_stats_sheet(report, sign_off, FONTS, out, today=TODAY)
    table_pages = [page for page in pages(out) if "未启动" in page.text()]  # the header, repeated on each page
    assert len(table_pages) >= 2 and all([w.text for w in p.words].count("未启动") == 1 for p in table_pages)
    assert all(f"第{n + 1}科" in "".join(page.text() for page in pages(out)) for n in range(30))
    assert paper_faults(out) == []


def test_the_sheet_says_its_totals_and_rule_and_ends_with_the_sign_off(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.begin() as session:
        change_settings(session, "测试员", {"sheet_preparer": "李明", "sheet_reviewer": "张晓"})
    pdf, data = sheet_and_data(demo_ledger, tmp_path / "signed.pdf")
    every = pages(pdf)
    first, last = every[0].text(), every[-1].text()
    assert re.search(r"共\d+项（另有子任务\d+项），已完成\d+项，逾期\d+项，本期未反馈\d+项", first)
    assert "子任务计入所属任务" in last and "【2026年10月】" in last
    for words in ("填报单位：中共示例市委组织部", "制表人：李明", "审核人：张晓", "分管领导（签字）：", "日期："):
        assert words in last  # with the last rows, on the last page
    assert paper_faults(pdf, header_of(data)) == []
    overdue = [w.text for page in every for w in page.body() if re.fullmatch(r"逾期\d+天", w.text)]
    assert overdue  # a late task says by how many days


def test_an_empty_ledger_prints_its_own_name_and_says_there_is_nothing(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    unnamed = create_ledger(tmp_path / "unnamed.sqlite", year=2026)  # the office has not named itself yet
    named = create_ledger(tmp_path / "named.sqlite", org_name="中共测试县委组织部", year=2026)
    for ledger, org in ((unnamed, ""), (named, "中共测试县委组织部")):
        text = "".join(page.text() for page in pages(sheet(ledger, tmp_path / f"{ledger.path.stem}.pdf")))
        assert "无任务" in text and "没有符合条件的任务" in text
        assert "XX" not in text and (not org or org in text)
        ledger.close()


@pytest.mark.parametrize(("option", "given", "listed"), [("--section", "办公", "办公室"),
                                                         ("--leader", "张三", "王建国"),
                                                         ("--key-task", "9", "1. 深入学习贯彻")])
def test_an_unknown_choice_is_refused_with_the_names_there_are(demo_ledger: Ledger, tmp_path: Path, option: str,
                                                               given: str, listed: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    place = demo_ledger.place  # a file, or a server's address
    demo_ledger.close()
    out = tmp_path / "sheet.pdf"
    assert main(["report", "progress", "--db", str(place), "--out", str(out), option, given]) == 1
    error = capsys.readouterr().err
    assert "没有" in error and given in error and listed in error and not out.exists()


OFFICE_COLUMNS = ("number", "key_task", "title", "lead", "co", "leader", "owner", "deadline", "progress", "status")


def test_the_office_layout_runs_each_key_task_down_its_rows(demo_ledger: Ledger, tmp_path: Path) -> None:
    """推进情况表 as the office makes it: 重点任务 merged over its rows, 具体措施 and 推进情况 beside it."""
    pdf, data = sheet_and_data(demo_ledger, tmp_path / "office.pdf", group_by="key_task", columns=OFFICE_COLUMNS)
    header = tuple(header_text(c, OFFICE_COLUMNS) for c in column_widths(data, FONTS, landscape(A4)[0] - 2 * MARGIN)[0])
    assert header[:3] == ("序号", "重点任务", "具体措施") and "推进情况" in header
    assert paper_faults(pdf, header) == []
    every = pages(pdf)
    text = "".join(page.text() for page in every)
    assert not re.search(r"（\d+项", text)  # no heading rows: the key task is a column
    for number, group in enumerate(data.groups, start=1):
        label = f"{chinese_number(number)}、{group.title}"[:6]
        assert text.count(label) >= 1
    starts = [page.text() for page in every[1:]]
    assert any("（续）" in start[:200] for start in starts)  # a block going on says whose it is


def test_twelve_sections_keep_their_chart_and_sign_off_on_the_first_page(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        for n in range(12):
            section = directory.section(session, "测试员", f"干部第{n + 1}科").id
            for k in range(3):
                create_task(session, "测试员", TaskDraft(2026, f"第{n + 1}科第{k + 1}项", lead_section_id=section))
    with ledger.reading() as session:
        report, sign_off = stats_report(session, TODAY)
    out = tmp_path / "stats.pdf"
    write_stats_sheet(report, sign_off, FONTS, out, today=TODAY)
    first = pages(out)[0].text()
    assert len(pages(out)) == 1 and "各科室完成率" in first and "填报单位" in first
    assert paper_faults(out) == []


def test_a_binding_edge_keeps_everything_clear_of_the_left_10_mm(demo_ledger: Ledger, tmp_path: Path) -> None:
    pdf, data = sheet_and_data(demo_ledger, tmp_path / "bound.pdf", binding=True)
    assert paper_faults(pdf, header_of(data)) == []
    assert min(w.x0 for page in pages(pdf) for w in page.words) >= MARGIN + BINDING - 0.5
    assert max(w.x1 for page in pages(pdf) for w in page.words) <= landscape(A4)[0] - MARGIN + 0.5
