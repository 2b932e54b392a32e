"""PDF pages as images through PDFium (pypdfium2): preview and printing on a Qt without QtPdf."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

# What opening or rendering a page can raise: PDFium's refusal, the file gone, a page image too large.
PDF_ERRORS = (pdfium.PdfiumError, OSError, MemoryError)
# PDFium is not thread-safe, not even across documents: the print worker and the preview take turns.
PDFIUM_LOCK = threading.RLock()


class PdfPages:
    """One PDF file, open for rendering its pages; close() lets go of it (Windows cannot delete an open file)."""

    def __init__(self, path: Path) -> None:
        with PDFIUM_LOCK:
            self._document = pdfium.PdfDocument(str(path))

    def __len__(self) -> int:
        return len(self._document)

    def size_points(self, index: int) -> tuple[float, float]:
        with PDFIUM_LOCK:
            width, height = self._document[index].get_size()
        return float(width), float(height)

    def render(self, index: int, dpi: float, grey: bool = False) -> QImage:
        """Page `index` at `dpi`, white background, as a QImage that owns its pixels (8-bit grey if `grey`)."""
        with PDFIUM_LOCK:
            page = self._document[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=False, grayscale=grey)
                if bitmap.mode == "L":
                    kind = QImage.Format.Format_Grayscale8
                else:
                    kind = QImage.Format.Format_RGB888 if bitmap.mode == "RGB" else QImage.Format.Format_RGBA8888
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, kind)
                return image.copy()  # detached from the buffer, which PDFium frees
            finally:
                page.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._document.close()
