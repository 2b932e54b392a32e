"""Reading a 公文 PDF as its reader does: what is wrong on its paper, and its pages read as one column."""

from __future__ import annotations

from pathlib import Path

from tests.reports.pdf_boxes import Page, Word, pages

MM = 72 / 25.4
TEXT_BOTTOM_MM = 35.0  # the text block's foot: only the page number is below it


def gongwen_faults(pdf: Path) -> list[str]:
    """Words off the paper, words below the text block other than the page number, a page without its
    "— N —", a heading 一、 alone at a page's foot."""
    faults = []
    for page in pages(pdf):
        where = f"第{page.number}页"
        foot = page.height - TEXT_BOTTOM_MM * MM
        for word in page.words:
            if word.x0 < 0 or word.x1 > page.width or word.y0 < 0 or word.y1 > page.height:
                faults.append(f"{where}：“{word.text}”在纸外")
        below = [w.text for w in page.words if w.y1 > foot + 0.5]
        if "".join(below) != f"—{page.number}—":
            faults.append(f"{where}：版心下方应只有页码（{below}）")
        body = [w for w in page.words if w.y1 <= foot + 0.5]
        last = max(body, key=lambda w: w.y1, default=None)
        if last is not None and last.text[:2] in {f"{n}、" for n in "一二三四五六七八九"}:
            faults.append(f"{where}：标题“{last.text}”落在页尾")
    return faults


def one_column(pdf: Path) -> Page:
    """Every page's text block, one under the other, as a reader goes on over the page break: rows of a
    table and paragraphs can be found by position across pages (page numbers left out)."""
    found = pages(pdf)
    words: list[Word] = []
    offset = 0.0
    for page in found:
        foot = page.height - TEXT_BOTTOM_MM * MM
        words += [Word(w.x0, w.y0 + offset, w.x1, w.y1 + offset, w.text) for w in page.words if w.y1 <= foot + 0.5]
        offset += foot
    return Page(1, found[0].width, offset + found[0].height, words)
