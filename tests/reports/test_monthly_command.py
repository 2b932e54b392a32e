"""`main.py report monthly` as the office uses it: the month's 通报 on paper in the 公文 form, numbered on in
the 督查通报 series, and as a Word draft with real styles; a month not yet come is refused."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from cli.commands import run_command
from cli.parser import build_parser
from models.ledger import Ledger
from tests.reports.gongwen_paper import gongwen_faults, one_column
from tests.reports.pdf_boxes import pages


def monthly(place: str, out: Path, *more: str) -> tuple[int, str]:
    said = io.StringIO()
    code = run_command(build_parser().parse_args(
        ["report", "monthly", "--db", place, "--month", "2026-03", "--as-of", "2026-03-25", "--out", str(out),
         *more]), said)
    return code, said.getvalue()


def test_the_months_bulletin_reads_in_order_on_clean_pages(demo_ledger: Ledger, tmp_path: Path) -> None:
    place = demo_ledger.place
    demo_ledger.close()
    code, said = monthly(place, tmp_path / "通报.pdf")
    assert code == 0 and "2026年第1期" in said
    assert gongwen_faults(tmp_path / "通报.pdf") == []
    first = pages(tmp_path / "通报.pdf")[0]
    top = "".join(w.text for w in sorted(first.words, key=lambda w: (round(w.y0), w.x0))[:12])
    assert "督" in top and "第1期" in "".join(w.text for w in first.words)
    text = "".join(w.text for w in sorted(one_column(tmp_path / "通报.pdf").words, key=lambda w: (w.y0, w.x0)))
    order = [text.find(words) for words in ("一、总体情况", "二、进展较好的方面", "三、存在的问题", "四、下步要求",
                                             "附件：1.", "附件1", "附件2", "附件3")]
    assert -1 not in order and order == sorted(order), order
    code, said = monthly(place, tmp_path / "again.pdf")
    assert code == 0 and "期号不变" in said  # printed again: the same number


def test_the_word_draft_has_the_offices_styles(demo_ledger: Ledger, tmp_path: Path) -> None:
    place = demo_ledger.place
    demo_ledger.close()
    code, _said = monthly(place, tmp_path / "通报.docx")
    assert code == 0
    word = Document(str(tmp_path / "通报.docx"))
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name == "一级标题"]
    assert headings[:4] == ["一、总体情况", "二、进展较好的方面", "三、存在的问题", "四、下步要求"]
    header = [c.text for c in word.tables[0].rows[0].cells]
    assert header == ["编号", "任务", "牵头科室", "完成时限", "进度", "最近进展"]


def test_a_month_not_yet_come_is_refused_and_nothing_is_numbered(demo_ledger: Ledger, tmp_path: Path,
                                                                 capsys: object) -> None:
    place = demo_ledger.place
    demo_ledger.close()
    said = io.StringIO()
    code = run_command(build_parser().parse_args(
        ["report", "monthly", "--db", place, "--month", "2026-04", "--as-of", "2026-03-25",
         "--out", str(tmp_path / "x.pdf")]), said)
    assert code == 1 and not (tmp_path / "x.pdf").exists()
    code, said_now = monthly(place, tmp_path / "通报.pdf")
    assert "2026年第1期" in said_now  # the refused month took no number
