"""打印: the print dialog over a finished PDF, then the pages sent from a worker thread behind a progress bar
with 取消, so the window keeps painting while a long sheet goes to the printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtGui import QImageWriter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from printing.pdf_pages import PDF_ERRORS, PdfPages
from printing.pdf_print import Printed, print_pdf
from ui.i18n import tr as _tr


def has_printer() -> bool:
    """A printer is set up on this PC (Qt's dialog would otherwise open with an empty list and a dead 打印)."""
    return bool(QPrinterInfo.availablePrinterNames())


def print_dialog(parent: QWidget | None, path: Path) -> QPrinter | None:
    """Qt's print dialog for `path`: printer, 页码范围 (from 1 to its last page), copies, collation, duplex."""
    try:
        pages = PdfPages(path)
        count = len(pages)
        pages.close()
    except PDF_ERRORS:
        count = 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("打印"))
    dialog.setMinMax(1, max(count, 1))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(option.PrintPageRange | option.PrintCollateCopies | option.PrintShowPageSize)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


class PrintWorker(QThread):
    """Sends the pages; `cancel()` stops it after the page being sent."""

    page_sent = Signal(int, int)

    def __init__(self, path: Path, printer: QPrinter) -> None:
        super().__init__()
        self.path, self.printer = path, printer
        self.cancelled = False
        self.result = Printed(0)
        self.error = ""

    def run(self) -> None:
        try:
            self.result = print_pdf(self.path, self.printer, self._sent)
        except PDF_ERRORS as error:
            self.error = str(error)

    def _sent(self, sent: int, total: int) -> bool:
        self.page_sent.emit(sent, total)
        return not self.cancelled

    def cancel(self) -> None:
        self.cancelled = True


def print_with_progress(parent: QWidget, path: Path, printer: QPrinter) -> tuple[Printed, str]:
    """Print `path` with a progress bar and 取消; returns what was sent and, when it failed, why."""
    # The PDF engine looks up the image writers on its first picture; a plugin loaded from the worker is
    # moved to the main thread, and that move once hung the worker for good. Loaded here, none is moved.
    QImageWriter.supportedImageFormats()
    worker = PrintWorker(path, printer)
    progress = QProgressDialog(_tr("正在送往打印机…"), _tr("取消"), 0, 0, parent)
    progress.setWindowTitle(_tr("打印"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)  # a one-page sheet goes without a flash of a dialog
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def sent(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(_tr("正在送往打印机：第 {done} 页，共 {total} 页").format(done=done, total=total))
    worker.page_sent.connect(sent)
    progress.canceled.connect(worker.cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    progress.close()
    progress.deleteLater()
    return worker.result, worker.error
