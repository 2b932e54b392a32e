"""通报 numbered through the year: each 督查通报 gets 第N期 when it is written, keeps it when written again, and
shares the series with the monthly 通报; a preview numbers nothing; the Word copy carries the same 期号."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from changes.bulletins import issue_bulletin_number
from main import main
from models.domain import directory
from models.domain.bulletins import month_subject, next_issue_number, record_subject
from models.domain.entities import AuditEntry
from models.domain.enums import InspectionKind
from models.domain.inspections import InspectionDraft, create_inspection
from models.file.ledger import create_ledger, open_ledger
from tests.reports.gongwen_paper import MM
from tests.reports.pdf_boxes import pages


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A ledger with three 督查 records of 2026."""
    path = tmp_path / "台账.sqlite"
    ledger = create_ledger(path, org_name="中共示例市委组织部", year=2026, actor="测试员")
    with ledger.begin() as session:
        unit = directory.section(session, "测试员", "组织科").id
        for month in (3, 5, 9):
            create_inspection(session, "测试员", InspectionDraft(
                held_on=date(2026, month, 10), kind=InspectionKind.SUPERVISION, title=f"{month}月专项督查",
                unit_ids=[unit]))
    ledger.close()
    return path


def _issue_on_page(pdf: Path) -> str:
    """第N期 as printed under the 红头: the words centred near the top of the first page."""
    first = pages(pdf)[0]
    start = next(w for w in first.words if w.text.startswith("第") and w.y1 < 100 * MM)
    return "".join(w.text for w in first.words if abs(w.y0 - start.y0) < 1)


def _bulletin(place: Path, record: int, out: Path, *more: str) -> int:
    return main(["report", "bulletin", "--db", str(place), "--record", str(record), "--out", str(out),
                 "--as-of", "2026-09-20", *more])


def test_each_bulletin_takes_the_next_number_and_keeps_it_again(place: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _bulletin(place, 2, tmp_path / "a.pdf") == 0
    assert _bulletin(place, 1, tmp_path / "b.pdf") == 0
    assert _issue_on_page(tmp_path / "a.pdf") == "第1期" and _issue_on_page(tmp_path / "b.pdf") == "第2期"
    assert _bulletin(place, 2, tmp_path / "again.pdf") == 0
    assert _issue_on_page(tmp_path / "again.pdf") == "第1期"  # reprinted: the number it was given
    said = capsys.readouterr().out
    assert "2026年第1期，期号不变" in said
    assert _bulletin(place, 3, tmp_path / "preview.pdf", "--dry-run") == 0
    assert _issue_on_page(tmp_path / "preview.pdf") == "第期"  # 第　期: left for the number, none taken
    assert _bulletin(place, 3, tmp_path / "c.docx") == 0
    issue = [p for p in Document(str(tmp_path / "c.docx")).paragraphs if p.text.startswith("第")]
    assert issue[0].text == "第3期"  # the preview took no number
    word = Document(str(tmp_path / "c.docx"))
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name == "一级标题"]
    assert headings == ["一、基本情况", "二、发现的问题", "三、问题整改清单（0个）", "四、有关要求"]
    assert [c.text for c in word.tables[0].rows[0].cells][:3] == ["序号", "问题", "责任科室"]
    ledger = open_ledger(place, actor="测试员", auto_backup=False)
    try:
        with ledger.reading() as session:
            audited = session.scalars(select(AuditEntry.new_value).where(AuditEntry.entity == "bulletin_issue")).all()
        assert list(audited) == ["2026年第1期", "2026年第2期", "2026年第3期"]
    finally:
        ledger.close()


def test_the_monthly_bulletin_numbers_on_in_the_same_series(place: Path, tmp_path: Path) -> None:
    assert _bulletin(place, 1, tmp_path / "a.pdf") == 0
    ledger = open_ledger(place, actor="测试员", auto_backup=False)
    try:
        with ledger.reading() as session:
            assert next_issue_number(session, 2026) == 2 and next_issue_number(session, 2027) == 1
        monthly = issue_bulletin_number(ledger, 2026, month_subject(2026, 9), "9月份重点任务落实情况通报",
                                        date(2026, 10, 8))
        assert (monthly.year, monthly.number, monthly.new) == (2026, 2, True)
        again = issue_bulletin_number(ledger, 2026, month_subject(2026, 9), "9月份重点任务落实情况通报",
                                      date(2026, 10, 9))
        assert (again.number, again.new) == (2, False)
        record = issue_bulletin_number(ledger, 2026, record_subject(3), "9月专项督查", date(2026, 10, 9))
        assert record.number == 3
        first_of_next_year = issue_bulletin_number(ledger, 2027, month_subject(2027, 1), "1月份通报",
                                                   date(2027, 2, 5))
        assert first_of_next_year.number == 1
    finally:
        ledger.close()
