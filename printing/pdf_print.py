"""A PDF onto a printer: each page on paper of its own size and orientation, at the printer's resolution.

The sheets are A4 landscape; the printer's default layout is portrait, and drawing a landscape page into it
used a third of the paper. Each page now sets the layout before it is drawn, full page (the sheet carries
its own margins), from an image PDFium renders at the printer's resolution, capped where a finer one only
makes the job larger. The page range, copies and collation of the print dialog are honoured; duplex and the
rest the dialog set travel with the printer. Safe to run in a worker thread: QPainter may paint a QPrinter
there, and PDFium is used under its lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from printing.pdf_pages import PdfPages

MAX_DPI = 300  # a sheet of text prints as sharp at 300 dpi as at 1200, at a sixteenth of the data
# Called after each page sent with (pages sent, pages in all); returns False to stop the job.
OnPage = Callable[[int, int], bool]


@dataclass(frozen=True)
class Printed:
    pages: int  # sheets of paper sent, copies counted
    cancelled: bool = False


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog chose: a range 从 … 到 …, else all of them."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        return list(range(max(first, 1) - 1, min(last, count)))
    return list(range(count))


def page_order(pages: list[int], copies: int, collate: bool) -> list[int]:
    """Every page as often as the copies ask: 1 2 3 1 2 3 collated, 1 1 2 2 3 3 not."""
    if collate:
        return pages * copies
    return [page for page in pages for _copy in range(copies)]


def layout_for(width_points: float, height_points: float) -> QPageLayout:
    """Paper of the page's own size (A4 found by a near match), in the page's orientation, no margins of its
    own: the sheet has them."""
    landscape = width_points > height_points
    portrait_size = QSize(round(min(width_points, height_points)), round(max(width_points, height_points)))
    size = QPageSize(portrait_size, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(path: Path, printer: QPrinter, on_page: OnPage | None = None) -> Printed:
    """Print `path` on `printer`, set up by the print dialog or by name; raises what PDFium raises on a file
    it cannot read (PDF_ERRORS). Stopped by `on_page`, the job is aborted and nothing more is sent."""
    pages = PdfPages(path)
    try:
        wanted = chosen_pages(printer, len(pages))
        copies = printer.copyCount()
        if printer.supportsMultipleCopies() and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            order = wanted  # the printer's driver makes the copies, collated as the dialog said
        else:
            order = page_order(wanted, copies, printer.collateCopies())
            printer.setCopyCount(1)
        if not order:
            return Printed(0)
        return _paint(pages, printer, order, on_page)
    finally:
        pages.close()


def _paint(pages: PdfPages, printer: QPrinter, order: list[int], on_page: OnPage | None) -> Printed:
    printer.setFullPage(True)
    printer.setPageLayout(layout_for(*pages.size_points(order[0])))
    dpi = min(printer.resolution(), MAX_DPI)
    grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
    painter = QPainter()
    if not painter.begin(printer):
        return Printed(0)
    sent = 0
    try:
        for index, page in enumerate(order):
            if index:
                printer.setPageLayout(layout_for(*pages.size_points(page)))
                printer.newPage()
            image = pages.render(page, dpi, grey=grey)
            target = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
            sent += 1
            if on_page is not None and not on_page(sent, len(order)):
                printer.abort()
                return Printed(sent, cancelled=True)
    finally:
        if painter.isActive():
            painter.end()
    return Printed(sent)
