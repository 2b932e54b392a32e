"""Short words in narrow columns stay whole on paper and in Word: a 科室's name, a date, 已逾期5天, 序号, 减分-5.5
— never "干部教育/科", "11月28日/前", "序/号" or "5 / （ / 续）" down a column, as a reader of the pages sees them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.read.monthly import monthly_bulletin
from models.read.problems import inspection_rows
from models.read.year_account import year_account
from reports.assessment_sheet import assessment_report, write_assessment_sheet
from reports.blocks import Grid
from reports.cell import text_cell
from reports.fonts import setup_fonts
from reports.grid_table import PADDING, GridRow, GridTable, continued_cell
from reports.inspection_bulletin import bulletin_blocks, bulletin_data, write_bulletin_docx
from reports.monthly_bulletin import annex_blocks, monthly_frame, write_monthly_pdf
from reports.page import BODY_SIZE, build_pdf
from reports.problem_sheet import ProblemSheetOptions, problem_sheet_data, write_problem_sheet
from reports.year_account import account_blocks, write_account_pdf
from tests.conftest import DEMO_DAY
from tests.reports.pdf_boxes import Page, pages
from tests.reports.word_pdf import line_text, lines, needs_soffice, word_pdf

FONTS = setup_fonts()


def _printed_lines(found: list[Page]) -> list[str]:
    """Every line of the pages, its words joined without the spaces Word puts between Chinese and figures."""
    return [line_text(line).replace(" ", "") for page in found for line in lines(page)]


def broken(found: list[Page], grid: Grid, columns: frozenset[int], headers: bool = True) -> list[str]:
    """The lines of `grid`'s `columns` (its headers' too) not printed whole on one line of the pages."""
    printed = _printed_lines(found)
    wanted = {part for row in grid.rows for c in columns for part in row[c].split("\n") if part and part != "—"}
    if headers:
        wanted |= {part for c in columns for part in grid.headers[c].split("\n")}
    return sorted(text for text in wanted if not any(text in line for line in printed))


def test_the_monthly_attachments_keep_sections_dates_and_days_late_whole(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        bulletin = monthly_bulletin(session, "2026-03", DEMO_DAY, demo_ledger.settings())
    out = tmp_path / "通报.pdf"
    write_monthly_pdf(bulletin, monthly_frame(bulletin, 0, DEMO_DAY), FONTS, out)
    found = pages(out)
    grids = [b for b in annex_blocks(bulletin) if isinstance(b, Grid)]
    starts = [next(p.number for p in found if f"附件{n}" in p.text()[:8]) for n in (1, 2, 3)]
    progress, late, silent = grids
    assert late.rows and silent.rows  # the example month has both
    assert broken(found[starts[0] - 1:starts[1] - 1], progress, frozenset({0, 2, 3, 4})) == []
    assert broken(found[starts[1] - 1:starts[2] - 1], late, frozenset({0, 2, 3, 4})) == []
    assert broken(found[starts[2] - 1:], silent, frozenset({0, 2})) == []


@needs_soffice
def test_the_bulletins_problem_table_in_word_keeps_its_short_columns_whole(demo_ledger: Ledger,
                                                                            tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        record = max(inspection_rows(session, 2026), key=lambda r: r.problems)
        data = bulletin_data(session, record.id, DEMO_DAY)
    out = tmp_path / "通报.docx"
    write_bulletin_docx(data, out)
    grid = next(b for b in bulletin_blocks(data) if isinstance(b, Grid))
    assert len(grid.rows) >= 2
    assert broken(pages(word_pdf(out)), grid, frozenset({0, 2, 3, 5, 6})) == []


def test_the_problem_sheet_goes_on_under_its_number_and_a_whole_continued_mark(demo_ledger: Ledger,
                                                                                 tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        data = problem_sheet_data(session, ProblemSheetOptions(as_of=DEMO_DAY), DEMO_DAY)
    out = tmp_path / "清单.pdf"
    write_problem_sheet(data, FONTS, out)
    words = [w.text for page in pages(out) for w in page.body()]
    assert "（" not in words and "续）" not in words
    assert "序号" in words


def test_a_cell_of_three_lines_is_not_cut_two_and_one_across_a_page(tmp_path: Path) -> None:
    """The row is four lines tall, so it may split 2+2; its cell of three lines — a date on the last two — goes
    on whole to the next page rather than leaving "（2026" at the foot and "年11月29日）" over the next."""
    widths = [30.0, 300.0, 300.0]
    header = [text_cell(h, FONTS, w - 2 * PADDING, BODY_SIZE, bold=True) for h, w in zip(("序号", "来源", "整改进展"),
                                                                                       widths, strict=True)]
    texts = ("5", "来源第一行\n来源第二行\n来源第三行\n来源第四行", "已落实到位\n形成整改报告（2026\n年11月29日）")
    row = GridRow([text_cell(t, FONTS, w - 2 * PADDING, BODY_SIZE) for t, w in zip(texts, widths, strict=True)],
                  continued=continued_cell("5", FONTS, widths[0] - 2 * PADDING, BODY_SIZE, align="centre"))
    seen = []
    for lines_above in range(20, 34):
        out = tmp_path / f"split{lines_above}.pdf"
        above = GridRow([text_cell(t, FONTS, w - 2 * PADDING, BODY_SIZE) for t, w in zip(
            ("1", "\n".join(f"前文{n}" for n in range(lines_above)), ""), widths, strict=True)])
        build_pdf(out, [GridTable(widths, header, [above, row])], FONTS, title="试")
        found = pages(out)
        where = {w.text: p.number for p in found for w in p.body()}
        assert where["形成整改报告（2026"] == where["年11月29日）"] == where["已落实到位"]
        seen.append(where["来源第一行"] != where["来源第四行"])
        label = [w.text for p in found for w in p.body() if w.text in ("5", "（续）", "（", "续）")]
        assert "（" not in label and "续）" not in label
    assert any(seen)  # some of these rows were split between pages


def test_the_year_account_keeps_its_short_columns_and_headers_whole(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.begin() as session:
        unit = directory.section(session, "测试员", "干部教育科")
        create_task(session, "测试员", TaskDraft(2026, "有计划的任务", lead_section_id=unit.id,
                                                 measures="分三批开展培训，每批不少于50人",
                                                 deadline=parse_deadline("11月28日前", 2026)))
    with demo_ledger.reading() as session:
        account = year_account(session, 2026, DEMO_DAY)
    out = tmp_path / "台账.pdf"
    write_account_pdf(account, FONTS, out)
    found = pages(out)
    grids = [b for b in account_blocks(account) if isinstance(b, Grid) and b.headers[1] == "任务"][:-1]
    planned = [g for g in grids if g.headers[3] != "完成时限"]
    unplanned = [g for g in grids if g.headers[3] == "完成时限"]
    assert planned and unplanned
    for grid in unplanned:
        assert broken(found, grid, frozenset({0, 2, 3})) == [], grid.rows[0]
    for grid in planned:  # the header broken where it reads well, each of its lines whole
        assert grid.headers[3] == "计划\n（措施、目标、时限）"
        assert broken(found, grid, frozenset({0, 2})) == []
    assert "计划" in {w.text for p in found for w in p.words}


def test_the_assessment_details_keep_each_total_on_one_line(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        report, sign_off = assessment_report(session, date(2026, 12, 6))
    out = tmp_path / "考核.pdf"
    write_assessment_sheet(report, sign_off, FONTS, out)
    totals = [line for line in _printed_lines(pages(out)) if "考核得分基础分" in line]
    assert len(totals) == len(report.sections)
    for line in totals:  # 减分-5.5 on the line it belongs to, never "减分" over "-5.5"
        assert re.search(r"加分(0|\+[\d.]+)，减分(0|-[\d.]+)", line), line
