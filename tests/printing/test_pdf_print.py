"""What reaches the printer: each sheet's page on paper of its orientation, the pages and copies asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from printing.pdf_pages import PdfPages
from printing.pdf_print import MAX_DPI, print_pdf
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[2]


def numbered_pages(path: Path, sizes: list[tuple[float, float]]) -> Path:
    """A PDF whose page N shows a big N at its left and a bar across its foot, so a page is known by eye."""
    canvas = Canvas(str(path))
    for number, size in enumerate(sizes, start=1):
        canvas.setPageSize(size)
        canvas.setFont("Helvetica-Bold", 160)
        canvas.drawString(60, size[1] - 220, str(number))
        canvas.rect(40, 30, size[0] - 80, 20, fill=1)  # the footer: must land at the foot of the paper
        canvas.showPage()
    canvas.save()
    return path


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi, as the print dialog hands it over
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def grey(path: Path, index: int) -> QImage:
    pages = PdfPages(path)
    try:
        return pages.render(index, 12, grey=True)
    finally:
        pages.close()


def differing(printed: QImage, original: QImage) -> int:
    """Pixels that differ between two renders of a page."""
    if printed.size() != original.size():
        printed = printed.scaled(original.size())
    return sum(1 for y in range(original.height()) for x in range(original.width())
               if abs(printed.pixelColor(x, y).value() - original.pixelColor(x, y).value()) > 96)


def footer_row(image: QImage) -> int:
    """The darkest row in the lower quarter: where the sheet's footer bar is drawn."""
    rows = range(image.height() * 3 // 4, image.height())
    return min(rows, key=lambda y: sum(image.pixelColor(x, y).value() for x in range(image.width())))


def which_page(printed: QImage, originals: list[QImage]) -> int:
    """The 1-based number of the original page `printed` shows."""
    return min(range(len(originals)), key=lambda n: differing(printed, originals[n])) + 1


def sizes_of(path: Path) -> list[tuple[int, int]]:
    return [(round(page.mediabox.width), round(page.mediabox.height)) for page in PdfReader(path).pages]


def test_landscape_pages_print_on_landscape_paper_and_portrait_on_portrait(qtbot: QtBot, tmp_path: Path) -> None:
    wide, tall = landscape(A4), A4
    source = numbered_pages(tmp_path / "sheet.pdf", [wide, wide, tall])
    printed = tmp_path / "printed.pdf"
    assert print_pdf(source, pdf_printer(printed)).pages == 3
    assert sizes_of(printed) == [(842, 595), (842, 595), (595, 842)]
    originals = [grey(source, index) for index in range(3)]
    shown = [grey(printed, index) for index in range(3)]
    assert [which_page(image, originals) for image in shown] == [1, 2, 3]
    for image, original in zip(shown, originals, strict=True):  # drawn full size: the foot where it was
        assert image.size() == original.size() and abs(footer_row(image) - footer_row(original)) <= 1


def test_a_page_range_prints_those_pages_and_copies_come_collated_or_not(qtbot: QtBot, tmp_path: Path) -> None:
    source = numbered_pages(tmp_path / "sheet.pdf", [landscape(A4)] * 4)
    ranged = pdf_printer(tmp_path / "ranged.pdf")
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 3)
    ranged.setCopyCount(2)
    ranged.setCollateCopies(True)
    assert print_pdf(source, ranged).pages == 4
    originals = [grey(source, index) for index in range(4)]
    shown = [grey(tmp_path / "ranged.pdf", index) for index in range(4)]
    assert [which_page(image, originals) for image in shown] == [2, 3, 2, 3]
    apart = pdf_printer(tmp_path / "apart.pdf")
    apart.setCopyCount(2)
    apart.setCollateCopies(False)
    assert print_pdf(numbered_pages(tmp_path / "two.pdf", [A4, A4]), apart).pages == 4
    two = [grey(tmp_path / "two.pdf", index) for index in range(2)]
    assert [which_page(grey(tmp_path / "apart.pdf", index), two) for index in range(4)] == [1, 1, 2, 2]


def test_cancelling_stops_after_the_page_being_sent(qtbot: QtBot, tmp_path: Path) -> None:
    source = numbered_pages(tmp_path / "sheet.pdf", [landscape(A4)] * 5)
    seen: list[tuple[int, int]] = []

    def on_page(sent: int, total: int) -> bool:
        seen.append((sent, total))
        return sent < 2
    outcome = print_pdf(source, pdf_printer(tmp_path / "printed.pdf"), on_page)
    assert outcome.cancelled and outcome.pages == 2 and seen == [(1, 5), (2, 5)]


def test_pages_go_at_print_resolution_not_the_printers_1200_dpi(qtbot: QtBot, tmp_path: Path) -> None:
    source = numbered_pages(tmp_path / "sheet.pdf", [landscape(A4)])
    printed = tmp_path / "printed.pdf"
    print_pdf(source, pdf_printer(printed))
    images = list(PdfReader(printed).pages[0].images)
    assert len(images) == 1
    width = images[0].image.width
    assert round(width / (842 / 72)) == MAX_DPI  # sharp enough for text, a sixteenth of 1200 dpi's data


@pytest.mark.slow
def test_report_print_sends_the_sheet_through_the_same_printing(tmp_path: Path) -> None:
    ledger = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(ledger)).returncode == 0
    sheet, printed = tmp_path / "sheet.pdf", tmp_path / "printed.pdf"
    done = run("report", "progress", "--db", str(ledger), "--as-of", "2026-03-25", "--out", str(sheet),
               "--print", "--printer", f"pdf:{printed}")
    assert done.returncode == 0, done.stderr
    assert f"已送打印：pdf:{printed}" in done.stdout
    pages = len(PdfReader(sheet).pages)
    assert pages > 1 and sizes_of(printed) == [(842, 595)] * pages  # every page of the sheet, landscape
    alone = tmp_path / "alone.pdf"
    done = run("report", "stats", "--db", str(ledger), "--print", "--printer", f"pdf:{alone}", "--copies", "2")
    assert done.returncode == 0 and len(PdfReader(alone).pages) == 2, done.stderr  # no --out: printed only
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.slow
def test_a_printer_that_is_not_there_is_named_before_anything_is_numbered(tmp_path: Path) -> None:
    ledger = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(ledger)).returncode == 0
    before = ledger.read_bytes()
    done = run("report", "notices", "--db", str(ledger), "--as-of", "2026-03-25", "--print",
               "--printer", "三楼打印机")
    assert done.returncode == 1
    assert done.stderr.startswith("错误：找不到打印机“三楼打印机”") and "Traceback" not in done.stderr
    assert ledger.read_bytes() == before  # no notice numbered for a sheet that never printed
    nowhere = run("report", "stats", "--db", str(ledger))
    assert nowhere.returncode == 1 and "--print" in nowhere.stderr
