"""Showing and printing a PDF with QtPdf when this Qt has it (the pyside6-pdf wheel or PySide6-Addons)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    HAVE_QTPDF = True
except ImportError:  # Essentials alone: no preview, the PDF opens in the system's reader instead
    HAVE_QTPDF = False

try:
    from PySide6.QtPrintSupport import QPrinter
except ImportError:  # pragma: no cover — QtPrintSupport ships with Essentials
    QPrinter = None  # type: ignore[assignment,misc]


class PdfPreview(QWidget):
    """A page view of one PDF file, or a note saying why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
            self.note.hide()
        else:
            self.note.setText(self.tr("这台电脑的 Qt 缺少 QtPdf 组件，无法在程序内预览。"
                                      "可以“另存为 PDF”后用阅读器查看和打印，或点“打印”用系统的阅读器打开。"))

    def show_file(self, path: Path) -> int:
        """Load `path`; returns its page count (0 when it cannot be shown here)."""
        if not HAVE_QTPDF:
            return 0
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.note.setText(self.tr("无法显示这个 PDF 文件。"))
            self.note.show()
            return 0
        self.note.hide()
        return int(self.document.pageCount())

    def release(self) -> None:
        """Let go of the file (Windows cannot delete a file that is open)."""
        if HAVE_QTPDF:
            self.document.close()

    def page_count(self) -> int:
        return int(self.document.pageCount()) if HAVE_QTPDF else 0


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of `path` on `printer` (already set up by the print dialog); returns pages printed.

    Without QtPdf the file is handed to the system's PDF reader to print from there."""
    if not HAVE_QTPDF:
        # The dialog's own previews are deleted when it closes; the reader gets a copy that stays.
        kept = Path(tempfile.gettempdir()) / f"落实台账-打印-{datetime.now():%Y%m%d-%H%M%S}.pdf"
        shutil.copyfile(path, kept)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(kept)))
        return 0
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = document.pageCount()
    dpi = printer.resolution()
    try:
        for page in range(count):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
        document.close()
    return int(count)
