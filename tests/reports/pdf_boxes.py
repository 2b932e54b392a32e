"""Where each word of a PDF sits on its page (poppler's pdftotext -bbox): what a reader of the paper sees."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import unescape

from reports.page import MARGIN

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>')
FOOTER_ZONE = MARGIN  # the bottom margin: only the page's own footer may be drawn there
_HEADING = re.compile(r"^[一二三四五六七八九十百]+、.*（\d+项(，另有子任务\d+项)?）$")


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float  # from the top of the page, as pdftotext gives it
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: list[Word]

    def footer(self) -> list[Word]:
        return [w for w in self.words if w.y0 >= self.height - FOOTER_ZONE]

    def body(self) -> list[Word]:
        return [w for w in self.words if w.y0 < self.height - FOOTER_ZONE]

    def text(self) -> str:
        return "".join(w.text for w in self.body())


def pages(pdf: Path) -> list[Page]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=120).stdout
    found = []
    for number, (width, height, body) in enumerate(_PAGE.findall(html), start=1):
        words = [Word(float(a), float(b), float(c), float(d), unescape(text, {"&quot;": '"', "&apos;": "'"}))
                 for a, b, c, d, text in _WORD.findall(body)]
        found.append(Page(number, float(width), float(height), words))
    return found


def paper_faults(pdf: Path, header: tuple[str, ...] = ()) -> list[str]:
    """Everything a reader of the printed sheet would call wrong: words off the paper, words over the footer,
    a page without its footer or with the header more than once (or, where `header` is given, not once),
    a page of headers only."""
    faults = []
    all_pages = pages(pdf)
    for page in all_pages:
        where = f"第{page.number}页"
        for word in page.words:
            if word.x0 < 0 or word.x1 > page.width or word.y0 < 0 or word.y1 > page.height:
                faults.append(f"{where}：“{word.text}”在纸外")
        footer = "".join(w.text for w in page.footer())
        if f"第{page.number}页共{len(all_pages)}页" not in footer:
            faults.append(f"{where}：页脚不对（{footer}）")
        footer_line = page.height - FOOTER_ZONE / 2  # where the footer's baseline is
        strays = [w.text for w in page.footer() if not footer_line - 14 <= w.y1 <= footer_line + 4]
        if strays:
            faults.append(f"{where}：页脚区域有正文 {strays[:3]}")
        last = max(page.body(), key=lambda w: w.y1, default=None)
        if last is not None and _HEADING.match(last.text):
            faults.append(f"{where}：分组标题“{last.text}”落在页尾")
        lowest = max((w.y1 for w in page.body()), default=0.0)
        if lowest > page.height - FOOTER_ZONE + 0.5:
            faults.append(f"{where}：正文压到页边距（{lowest:.1f}）")
        if header:
            counts = [sum(1 for w in page.words if w.text == label) for label in header]
            if counts != [1] * len(header):
                faults.append(f"{where}：表头出现 {counts} 次")
            header_bottom = max((w.y1 for w in page.words if w.text in header), default=0.0)
            below = [w for w in page.body() if w.y0 > header_bottom + 1]
            if not below:
                faults.append(f"{where}：只有表头")
    return faults


def unembedded_fonts(pdf: Path) -> list[str]:
    """Fonts the PDF names without carrying them (pdffonts' emb column says no)."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60).stdout
    rows = listing.splitlines()[2:]
    return [row.split()[0] for row in rows if row.split()[-5:-4] == ["no"]]
