"""The page every report shares: A4, margins, and "第 X 页 共 Y 页" at the foot of each page (or of each part)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reports.fonts import FontSetup

# After GB/T 9704 where the fonts allow: margins of at least 20 mm, titles in 二号 (22 pt), text in 五号 (10.5 pt).
MARGIN = 20 * mm
BINDING = 10 * mm  # the binding edge (装订边) some offices leave on the left, on request
TITLE_SIZE = 22.0
BODY_SIZE = 10.5


class PartStart(Flowable):
    """Where a part that numbers its own pages begins (each 督办单 of a batch): nothing is drawn."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        starts = getattr(self.canv, "part_starts", None)
        if starts is not None:
            starts.add(self.canv.getPageNumber())


def part_numbers(page: int, total: int, starts: set[int]) -> tuple[int, int]:
    """A page's number and its part's page count: the whole document's without parts."""
    first = max((start for start in starts if start <= page), default=1)
    after = min((start for start in starts if start > page), default=total + 1)
    return page - first + 1, after - first


def numbered_canvas(fonts: FontSetup, footer_left: str, left: float = MARGIN, *,
                    parts: bool = False) -> type[Canvas]:
    """A canvas that holds every page until the end, so each can say how many pages there are. With `parts`,
    each part (from one `PartStart` to the next) numbers its own pages, and a part of one page (a form) none."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.part_starts: set[int] = set()

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's documented recipe

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = float(getattr(self, "_pagesize")[0])  # noqa: B009 — ReportLab keeps it private
            self.setFont(fonts.body, 9)
            number, count = (part_numbers(self.getPageNumber(), total, self.part_starts) if parts
                             else (self.getPageNumber(), total))
            if count > 1 or not parts:
                self.drawCentredString(width / 2, MARGIN / 2, f"第 {number} 页 共 {count} 页")
            if footer_left:
                self.drawString(left, MARGIN / 2, footer_left)

    return NumberedCanvas


def build_pdf(out: Path, story: list[Flowable], fonts: FontSetup, *, title: str, wide: bool = True,
              footer_left: str = "", progress: Callable[[int], None] | None = None, binding: float = 0.0,
              parts: bool = False) -> int:
    """Write `story` to `out` (A4, landscape when `wide`); `progress` hears each finished page number. With
    `parts`, each part the story marks with `PartStart` numbers its own pages, and a one-page part none.

    Returns the number of pages."""
    size = landscape(A4) if wide else A4
    document = BaseDocTemplate(str(out), pagesize=size, leftMargin=MARGIN + binding, rightMargin=MARGIN,
                               topMargin=MARGIN, bottomMargin=MARGIN, title=title, author="落实台账",
                               creator="落实台账 (Luoshi)",
                               # Our own font from the start: ReportLab's default Helvetica would be named
                               # in every PDF without being embedded, which strict PDF/A checks flag.
                               initialFontName=fonts.body)
    # A frame without ReportLab's default 6 pt padding: what the sheets measure as the width between the
    # margins is then exactly what they get, and nothing runs into the right margin.
    frame = Frame(MARGIN + binding, MARGIN, size[0] - 2 * MARGIN - binding, size[1] - 2 * MARGIN,
                  leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        document.afterPage = lambda: progress(document.page)  # type: ignore[method-assign]
    document.build(story, canvasmaker=numbered_canvas(fonts, footer_left, MARGIN + binding, parts=parts))
    return int(document.page)
