"""A row split at a page break, as a reader turns the page: two lines at least on each side, and its 序号 over
（续）, in two lines, where it goes on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from reports.cell import text_cell
from reports.fonts import setup_fonts
from reports.grid_table import PADDING, GridRow, GridTable, continued_cell
from reports.page import BODY_SIZE, build_pdf
from tests.reports.pdf_boxes import pages

FONTS = setup_fonts()
WIDTHS = [14 * mm, 200 * mm]


def _row(label: str, text: str) -> GridRow:
    return GridRow([text_cell(label, FONTS, WIDTHS[0] - 2 * PADDING, BODY_SIZE),
                    text_cell(text, FONTS, WIDTHS[1] - 2 * PADDING, BODY_SIZE)],
                   continued=continued_cell(label, FONTS, WIDTHS[0] - 2 * PADDING, BODY_SIZE))


@pytest.mark.parametrize("lines_above", range(20, 34))
def test_a_split_row_keeps_two_lines_on_each_side_of_the_break(tmp_path: Path, lines_above: int) -> None:
    filler = _row("1", "\n".join(f"前文{n}" for n in range(lines_above)))
    long_row = _row("3.12.10", "\n".join(f"长行第{n}行" for n in range(1, 6)))  # five lines
    header = [text_cell(h, FONTS, w - 2 * PADDING, BODY_SIZE, bold=True) for h, w in zip(("序号", "内容"), WIDTHS,
                                                                                     strict=True)]
    out = tmp_path / "split.pdf"
    build_pdf(out, [GridTable(WIDTHS, header, [filler, long_row])], FONTS, title="试")
    shown = [[w.text for w in page.body() if re.fullmatch(r"长行第\d行", w.text)] for page in pages(out)]
    shown = [lines for lines in shown if lines]
    assert sum(len(lines) for lines in shown) == 5
    assert all(len(lines) >= 2 for lines in shown), shown  # never "进。" alone at the top or foot of a page
    if len(shown) == 2:  # it goes on under the header with its number over （续）, two lines, not three
        page = next(p for p in pages(out) if "长行第5行" in p.text())
        label = sorted((w for w in page.body() if w.text in ("3.12.10", "（续）")), key=lambda w: w.y0)
        assert [w.text for w in label] == ["3.12.10", "（续）"]
