"""The 考核汇总表 as printed from the example ledger: the org and 打印日期 apart on the first page's line, and the
sections' 加减分明细 running on after it, several to a page, each section's kept whole."""

from __future__ import annotations

from pathlib import Path

from models.ledger import Ledger
from reports.assessment_sheet import assessment_report, write_assessment_sheet
from reports.fonts import setup_fonts
from reports.page import MARGIN
from tests.fixtures.day import TODAY

from .pdf_boxes import pages, paper_faults


def test_the_org_and_date_stand_apart_and_the_details_run_on(demo_ledger: Ledger, tmp_path: Path) -> None:
    with demo_ledger.reading() as session:
        report, sign_off = assessment_report(session, TODAY)
    out = tmp_path / "考核.pdf"
    write_assessment_sheet(report, sign_off, setup_fonts(), out, today=TODAY)
    found = pages(out)
    first = found[0]
    org = next(w for w in first.body() if w.text == "中共示例市委组织部")
    printed = next(w for w in first.body() if w.text.startswith("打印日期"))
    assert abs(org.y0 - printed.y0) < 2 and org.x0 < MARGIN + 2  # one line: the org at the left,
    assert printed.x1 > first.width - MARGIN - 2  # the date at the right, not run on after the name
    ranked = [item.section for item in report.sections if not item.not_ranked]
    headings = [[w.text for w in page.body() if "加减分明细（第" in w.text] for page in found]
    assert not headings[0]  # the ranking's page is the ranking's
    assert sum(len(h) for h in headings) == len(ranked)  # every section's details, once
    assert len(found) < 1 + len(ranked)  # not one page a section: several share a page
    assert any(len(h) > 1 for h in headings)
    assert paper_faults(out) == []
