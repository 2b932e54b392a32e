"""The year's 工作台账, as a reader of the paper and an editor in Word see it."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from models.domain import directory
from models.domain.deadlines import chinese_date, parse_deadline
from models.domain.enums import InspectionKind, Status
from models.domain.inspections import InspectionDraft, create_inspection
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task, extend_deadline
from models.ledger import Ledger
from models.read.year_account import year_account
from reports.blocks import Closing, Grid, Heading, Text
from reports.fonts import setup_fonts
from reports.gongwen_docx import write_docx
from reports.page import MARGIN
from reports.year_account import title_of, write_account_docx, write_account_pdf
from tests.conftest import DEMO_DAY
from tests.reports.pdf_boxes import FOOTER_ZONE, Page, Word, pages, paper_faults
from tests.reports.word_pdf import HEADING, line_text, lines, needs_soffice, word_pdf

ROOT = Path(__file__).resolve().parents[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(path: Path) -> list[str]:
    """The text of every paragraph in the Word document, tables' cells included, as python-docx reads it back."""
    document = Document(str(path))
    cells = [p.text for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return [p.text for p in document.paragraphs] + cells


def docx_styles(path: Path) -> dict[str, str]:
    """Each paragraph's text and the name of its style."""
    paragraphs = Document(str(path)).paragraphs
    return {p.text: p.style.name if p.style is not None and p.style.name else "" for p in paragraphs}


def test_the_example_year_reads_whole_on_paper_and_in_word(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        account = year_account(session, 2026, DEMO_DAY)
    pdf, docx = tmp_path / "台账.pdf", tmp_path / "台账.docx"
    write_account_pdf(account, setup_fonts(), pdf)
    write_account_docx(account, docx)
    assert paper_faults(pdf) == []
    text = re.sub(r"\s+", "", "".join(page.text() for page in pages(pdf)))
    paragraphs = docx_paragraphs(docx)
    word = "".join(paragraphs)
    for heading in ("一、总体情况", "二、重点任务落实情况", "三、各科室落实及考核情况", "四、督查调研和问题整改情况",
                    "五、拟结转下年的任务"):  # 拟: on 25 March the year is still running
        assert heading in text and heading in paragraphs
    for key_task in account.key_tasks:  # every key task is a section of its own in both
        assert any(key_task.title in p for p in paragraphs)
    closed = next(t for k in account.key_tasks for t in k.tasks if t.rating)
    assert f"评价：{closed.rating}" in word and "销号" in closed.done
    assert f"发现问题{account.problem_totals.found}个" in word and f"发现问题{account.problem_totals.found}个" in text
    unfinished = account.unfinished
    assert unfinished and all(t.title in word for t in unfinished)
    styles = docx_styles(docx)
    assert styles[title_of(account)] == "标题"  # centred, not indented
    assert styles["一、总体情况"] == "一级标题" and styles["（一）" + account.key_tasks[0].title] == "二级标题"
    document = Document(str(docx))
    repeated = [t for t in document.tables if t.rows[0]._tr.trPr is not None
                and t.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None]
    assert len(repeated) >= len([k for k in account.key_tasks if k.tasks])  # headers repeat on every page
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width is not None
    assert round(section.page_width.mm) == 297  # A4 on its side: 牵头科室 and 1.4.1 keep to one line
    footer = "".join(section.footer.paragraphs[0]._p.itertext())
    assert "PAGE" in footer and "NUMPAGES" in footer and footer.startswith(account.org)  # as on paper
    assert not document.settings.odd_and_even_pages_header_footer  # no "— N —" on alternate sides: not a 公文


def test_extensions_carry_over_and_awkward_text_survive(ledger: Ledger, tmp_path: Path) -> None:
    awkward = "含<尖括号>&“引号”\x07控制符\n第二行"
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科（含党员教育）")
        late = create_task(session, "测试员", TaskDraft(2026, awkward, lead_section_id=unit.id,
                                                       deadline=parse_deadline("3月底前", 2026)))
        extend_deadline(session, "测试员", late.id, parse_deadline("6月底前", 2026), reason="等待上级文件")
        done = create_task(session, "测试员", TaskDraft(2026, "按时完成的任务", lead_section_id=unit.id,
                                                       deadline=parse_deadline("3月底前", 2026)))
        change_status(session, "测试员", done.id, Status.COMPLETED, on=date(2026, 3, 1))
    with ledger.reading() as session:
        account = year_account(session, 2026, date(2026, 4, 10))
    [task] = [t for k in account.key_tasks for t in k.tasks if t.title.startswith("含")]
    [extension] = task.extensions
    assert extension.startswith("原定3月底前，") and extension.endswith("延至6月底前（等待上级文件）")
    assert task.carry == "" and account.extended == 1 and account.finished == 1  # due in June: nothing carried yet
    docx = tmp_path / "台账.docx"
    write_account_docx(account, docx)
    word = "\n".join(docx_paragraphs(docx))
    assert "含<尖括号>&“引号”控制符\n第二行" in word and "等待上级文件" in word


@pytest.mark.file_only
def test_the_command_writes_pdf_or_word_by_the_name_given(demo_ledger: Ledger, tmp_path: Path) -> None:
    for name in ("年度工作台账.pdf", "年度工作台账.docx"):
        out = tmp_path / name
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "year", "--db", str(demo_ledger.place),
                               "--year", "2026", "--as-of", DEMO_DAY.isoformat(), "--out", str(out)],
                              capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes()[:4] == (b"%PDF" if name.endswith(".pdf") else b"PK\x03\x04")


def test_carry_over_is_told_from_both_years(ledger: Ledger) -> None:
    from models.domain.rollover import rollover

    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科")
        create_task(session, "测试员", TaskDraft(2025, "跨年任务", lead_section_id=unit.id,
                                                 deadline=parse_deadline("年底前", 2025)))
        rollover(session, "测试员", 2025, 2026)
    with ledger.reading() as session:
        [old] = [t for k in year_account(session, 2025, date(2025, 12, 31)).key_tasks for t in k.tasks]
        [new] = [t for k in year_account(session, 2026, date(2026, 3, 1)).key_tasks for t in k.tasks]
    assert old.carry == "已结转2026年"
    assert new.carry == "由2025年结转；逾期60天，拟结转"  # still due at the end of 2025


def test_a_line_break_in_a_bold_header_stays_inside_its_run(tmp_path: Path) -> None:
    from reports.blocks import Grid
    from reports.gongwen_docx import write_docx

    out = tmp_path / "表.docx"
    write_docx(out, [Grid(("计划\n时限", "任务"), [("一\n二", "三")], (1, 1))], "表")
    [table] = Document(str(out)).tables
    assert [c.text for c in table.rows[0].cells] == ["计划\n时限", "任务"]
    assert [c.text for c in table.rows[1].cells] == ["一\n二", "三"]
    body = Document(str(out)).element.body
    for paragraph in body.iter(f"{W}p"):
        assert all(child.tag != f"{W}br" for child in paragraph)  # a break directly in a paragraph is not Word's
    assert sum(1 for _ in body.iter(f"{W}br")) == 2
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold


MM = 72 / 25.4
ROW_CODE = re.compile(r"^\d+(\.\d+)*")


def _faults_of_the_pages(printed: list[Page], foot: float) -> list[str]:
    """A heading the last line of a page (its table on the next), or the closing alone at a page's top."""
    faults = []
    for page in printed:
        shown = lines(page, below=foot)
        if shown and HEADING.match(line_text(shown[-1])):
            faults.append(f"第{page.number}页以标题结束：{line_text(shown[-1])}")
        signers = [at for at, line in enumerate(shown) if line_text(line).startswith("制表人")]
        if signers and not any(ROW_CODE.match(line_text(line)) for line in shown[:signers[0]]):
            faults.append(f"第{page.number}页：落款单独成页")
    return faults


def _closing(page: Page, foot: float) -> tuple[str, list[Word], list[Word]]:
    """The signers' line, then the org's and the date's lines under it."""
    shown = lines(page, below=foot)
    at = next(at for at, line in enumerate(shown) if line_text(line).startswith("制表人"))
    return line_text(shown[at]), shown[at + 1], shown[at + 2]


@pytest.fixture
def example_year(tmp_path: Path, demo_ledger: Ledger) -> tuple[Path, Path]:
    with demo_ledger.reading() as session:
        account = year_account(session, 2026, DEMO_DAY)
    pdf, docx = tmp_path / "台账.pdf", tmp_path / "台账.docx"
    write_account_pdf(account, setup_fonts(), pdf)
    write_account_docx(account, docx)
    return pdf, docx


def test_the_account_ends_with_its_signers_and_the_org_and_date_at_the_right(example_year: tuple[Path, Path]) -> None:
    printed = pages(example_year[0])
    foot = printed[0].height - FOOTER_ZONE
    assert _faults_of_the_pages(printed, foot) == []
    signers, org, dated = _closing(printed[-1], foot)
    assert signers == "制表人：__________审核人：__________分管领导（签字）：__________"
    assert line_text(org) == "中共示例市委组织部" and line_text(dated) == chinese_date(DEMO_DAY)
    right = printed[-1].width - MARGIN
    assert right - 3 * 11.5 < org[-1].x1 < right  # two characters in from the right
    assert dated[0].x0 > org[0].x0 + 11.5  # the date begun further right, under the org


@needs_soffice
def test_the_word_copy_as_printed_keeps_headings_with_tables_and_ends_with_the_sign_off(
        example_year: tuple[Path, Path]) -> None:
    printed = pages(word_pdf(example_year[1]))
    foot = printed[0].height - 35 * MM  # the text block's foot: the page number under it
    assert _faults_of_the_pages(printed, foot) == []
    filled = _page_shares(printed, foot)
    assert all(share > 0.5 for share in filled[:-1]), filled  # no page but the last half empty
    feet = [line_text(lines(page)[-1]) for page in printed]  # the foot its PDF prints, not "— N —"
    assert feet == [f"中共示例市委组织部第{n}页共{len(printed)}页" for n in range(1, len(printed) + 1)]
    signers, org, dated = _closing(printed[-1], foot)
    assert re.sub(r"\s", "", signers) == "制表人：__________审核人：__________分管领导（签字）：__________"
    assert line_text(org) == "中共示例市委组织部" and line_text(dated) == chinese_date(DEMO_DAY)
    assert org[-1].x1 > printed[-1].width - 26 * MM - 3 * 16 and dated[0].x0 > org[0].x0 + 16
    title = lines(printed[0])[0]
    centre = 28 * MM + (printed[0].width - 54 * MM) / 2
    assert abs((title[0].x0 + title[-1].x1) / 2 - centre) < 8  # centred, not two characters in
    words = {w.text for page in printed for w in page.words}
    for whole in ("牵头科室", "1.4.1", "公务员管理科", "干部教育科"):  # each on one line of its cell
        assert whole in words


def _page_shares(printed: list[Page], foot: float) -> list[float]:
    """How far down its text block each page is filled (a page on its side: the block from 28 mm)."""
    top = 28 * MM
    return [round((max(w.y1 for w in page.words if w.y1 < foot) - top) / (foot - top), 2) for page in printed]


@needs_soffice
@pytest.mark.parametrize("rows", [12, 18])
def test_the_sign_off_takes_the_last_two_rows_along_not_the_whole_table(tmp_path: Path, rows: int) -> None:
    """Every row of the last table kept with the next made LibreOffice move the whole table (and its heading) to
    the next page, leaving a page half empty (12 rows), and then still set the sign-off alone (18): the last
    two rows alone are kept whole and with it."""
    values: list[tuple[str, ...]] = [(f"{n}", f"第{n}项任务" + ("内容较多需要换行" * 6 if n % 3 == 0 else ""), "办公室")
                                     for n in range(1, rows + 1)]
    docx = tmp_path / "台账.docx"
    write_docx(docx, [Heading("台账", 0), Text("说明。" * 20), Heading("一、情况", 1),
                      Grid(("编号", "任务", "牵头科室"), values, (2, 10, 3))], "台账", wide=True,
               closing=Closing("中共示例市委组织部", "2026年12月6日", ("制表人：____", "审核人：____")))
    kept = []
    for row in Document(str(docx)).tables[-1].rows[1:]:
        whole = row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
        kept.append(whole and all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs))
    assert kept == [False] * (rows - 2) + [True, True]
    printed = pages(word_pdf(docx))
    foot = printed[0].height - 35 * MM
    assert all(share > 0.5 for share in _page_shares(printed, foot)[:-1]), _page_shares(printed, foot)
    shown = lines(printed[-1], below=foot)
    signers = next(at for at, line in enumerate(shown) if line_text(line).startswith("制表人"))
    assert any(re.match(r"^\d+第", line_text(line)) for line in shown[:signers])  # a row of the table above it


def test_a_long_report_is_cut_to_its_latest_part_in_word_and_on_paper(ledger: Ledger, tmp_path: Path) -> None:
    """Late, the task is in 二、 and again in 五、拟结转下年的任务: its 目前进展 there is cut the same way, not
    printed whole over pages of 长进展的任务（续） rows."""
    report = "".join(f"第{n}次推进：召开专题会议研究部署，明确时间表和责任人，逐项抓好落实。" for n in range(1, 101))
    report += "最后一句进展：已完成全部验收。"
    assert len(report) > 3000
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科")
        task = create_task(session, "测试员", TaskDraft(2026, "长进展的任务", lead_section_id=unit.id,
                                                       deadline=parse_deadline("11月底前", 2026)))
        add_progress(session, "测试员", task.id, report, period="2026-11", entry_date=date(2026, 11, 20))
    with ledger.reading() as session:
        account = year_account(session, 2026, date(2026, 12, 6))
    assert [t.title for t in account.carried_on] == ["长进展的任务"]
    pdf, docx = tmp_path / "台账.pdf", tmp_path / "台账.docx"
    write_account_pdf(account, setup_fonts(), pdf)
    write_account_docx(account, docx)
    cells = [p for p in docx_paragraphs(docx) if "最后一句进展" in p]
    assert len(cells) == 2  # 二、 and 五、
    for cell in cells:
        assert cell.startswith("【2026年11月】……") and cell.endswith("已完成全部验收。（全文见台账）")
        assert "第1次推进" not in cell and len(cell) < 400
    text = re.sub(r"\s+", "", "".join(page.text() for page in pages(pdf)))
    assert text.count("已完成全部验收。（全文见台账）") == 2 and "第1次推进" not in text
    assert len(pages(pdf)) <= 3


def test_the_overview_counts_inspections_and_says_the_meetings_apart(ledger: Ledger, tmp_path: Path) -> None:
    """Two 督查 (a 大督查 and a 专项督查), a 巡察反馈 received, and two 月例会 — one with a record of what it found:
    督查调研 2次, the 巡察 and the meetings said on their own."""
    with ledger.begin() as session:
        for day, kind in ((date(2026, 2, 10), InspectionKind.SUPERVISION), (date(2026, 3, 5), InspectionKind.SPECIAL),
                          (date(2026, 3, 12), InspectionKind.PATROL), (date(2026, 3, 20), InspectionKind.MEETING)):
            create_inspection(session, "测试员", InspectionDraft(day, kind))
        for day in (date(2026, 2, 20), date(2026, 3, 20)):
            directory.meeting(session, "测试员", day, f"{day.month}月月例会")
    with ledger.reading() as session:
        account = year_account(session, 2026, date(2026, 3, 25))
    write_account_pdf(account, setup_fonts(), tmp_path / "台账.pdf")
    text = re.sub(r"\s+", "", "".join(page.text() for page in pages(tmp_path / "台账.pdf")))
    assert "全年开展督查调研2次（大督查1次、专项督查1次），收到巡察反馈1次，召开月例会2次，共发现问题0个" in text
