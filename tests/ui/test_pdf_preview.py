"""The preview of a PDF: one that cannot be read says so, and why; a page always fits the width it has."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.widgets.pdf_preview import HAVE_QTPDF, PdfPreview


def test_a_damaged_pdf_is_named_as_such_with_no_pages(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "进展表.pdf"
    broken.write_bytes(b"%PDF-1.4\n not really a pdf")
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_file(broken) == 0
    assert preview.note.text().startswith("无法显示这个 PDF 文件")
    assert not preview.note.isHidden()
    assert preview.show_file(tmp_path / "不存在.pdf") == 0


@pytest.mark.skipif(HAVE_QTPDF, reason="QtPdf's own view fits its pages; this is the PDFium page image")
def test_a_page_fits_the_preview_after_it_is_made_narrower(qtbot: QtBot, tmp_path: Path) -> None:
    """Loaded at one width and then laid out narrower (the dialog fitted to a 150% screen): the page is drawn
    again for the new width at once, its right edge not cut off."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    sheet = tmp_path / "sheet.pdf"
    canvas = Canvas(str(sheet), pagesize=landscape(A4))
    canvas.drawString(100, 300, "sheet")
    canvas.save()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(1200, 700)
    preview.show()
    assert preview.show_file(sheet) == 1
    preview.resize(500, 400)
    qtbot.waitUntil(lambda: preview.page_label.pixmap().width() / preview.page_label.pixmap().devicePixelRatio()
                    <= preview.page_area.viewport().width())
