"""Showing a PDF in a window: with QtPdf where this Qt has it, else with PDFium's page images (any Qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from printing.pdf_pages import PDF_ERRORS, PdfPages

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    HAVE_QTPDF = True
except ImportError:  # Essentials alone (Qt 6.8–6.11): PDFium renders the pages instead
    HAVE_QTPDF = False


class PdfPreview(QWidget):
    """A page view of one PDF file: QtPdf's where this Qt has it, else pages rendered by PDFium one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        self.note.hide()
        self.pages: PdfPages | None = None
        self.current = 0
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
            return
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setBackgroundRole(QPalette.ColorRole.Dark)
        self._rendered_for = 0  # the width the page shown was drawn for
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(lambda: self.go_to(self.current))
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.page_label)
        self.page_area.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.position = QLabel()
        self.previous_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.position)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(bar)

    def show_file(self, path: Path) -> int:
        """Load `path`; returns its page count (0 when it cannot be shown here)."""
        self.release()
        if HAVE_QTPDF:
            if self.document.load(str(path)) != QPdfDocument.Error.None_:
                self.note.setText(self.tr("无法显示这个 PDF 文件。"))
                self.note.show()
                return 0
            self.note.hide()
            return int(self.document.pageCount())
        try:
            self.pages = PdfPages(path)
        except PDF_ERRORS as error:
            self.note.setText(self.tr("无法显示这个 PDF 文件：{error}").format(error=error))
            self.note.show()
            return 0
        self.note.hide()
        self.go_to(0)
        return len(self.pages)

    def go_to(self, index: int) -> None:
        """Show page `index` (0-based), fitted to the width of the view."""
        if self.pages is None or not 0 <= index < len(self.pages):
            return
        self.current = index
        width_points = self.pages.size_points(index)[0]
        fit = self._rendered_for = self._fit_width()
        dpi = 72 * fit / width_points * self.devicePixelRatioF()
        image = self.pages.render(index, dpi)
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.page_label.setPixmap(QPixmap.fromImage(image))
        self.position.setText(self.tr("第 {page} 页 共 {total} 页").format(page=index + 1, total=len(self.pages)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(self.pages))

    def _fit_width(self) -> int:
        """The page's width on screen: the view's, less room for the scroll bar a tall page brings."""
        return max(200, self.page_area.viewport().width() - self.page_area.verticalScrollBar().sizeHint().width() - 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not HAVE_QTPDF and self.pages is not None:
            # Narrower than the page was drawn for (laid out after it was loaded): at once, or its right edge is
            # cut; wider: once the resizing stops, a page render being a tenth of a second.
            self._refit.start(0 if self._fit_width() < self._rendered_for else 150)

    def release(self) -> None:
        """Let go of the file (Windows cannot delete a file that is open)."""
        if HAVE_QTPDF:
            self.document.close()
        elif self.pages is not None:
            self.pages.close()
            self.pages = None

    def page_count(self) -> int:
        if HAVE_QTPDF:
            return int(self.document.pageCount())
        return len(self.pages) if self.pages is not None else 0
