"""A printer by name for `report … --print`: this PC's default, one named, or Qt's PDF printer (pdf:FILE.pdf)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from printing.pdf_print import OnPage, Printed, print_pdf

PDF_PREFIX = "pdf:"
Printer = QPrinter  # what the command line holds between choosing the printer and printing
_application: QGuiApplication | None = None


class PrinterError(Exception):
    """A printer that cannot be had, said in one Chinese line."""


def _gui() -> None:
    """Painting on a printer needs a QGuiApplication; from a console with no screen, the offscreen one."""
    global _application
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["luoshi"])


def printer_named(name: str | None) -> QPrinter:
    """`pdf:FILE.pdf` prints into that file through Qt's PDF printer (so a printed result can be checked);
    a name is that printer of this PC; None is its default printer."""
    _gui()
    if name and name.startswith(PDF_PREFIX):
        target = Path(name.removeprefix(PDF_PREFIX))
        if target.suffix.lower() != ".pdf":
            raise PrinterError(f"PDF 打印机的输出文件应以 .pdf 结尾：{target}")
        if not target.parent.is_dir():
            raise PrinterError(f"找不到文件夹：{target.parent}")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer
    names = QPrinterInfo.availablePrinterNames()
    if name:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            present = "、".join(names) or "（无）"
            raise PrinterError(f"找不到打印机“{name}”。这台电脑的打印机：{present}。")
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrinterError("这台电脑没有设置默认打印机：用 --printer 指定一台"
                               + (f"（{'、'.join(names)}）。" if names else "，或先在系统里添加打印机。"))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_file(path: Path, printer: QPrinter, copies: int = 1, on_page: OnPage | None = None) -> Printed:
    """Print a finished PDF on `printer` (from printer_named), as the window's 打印 does."""
    printer.setDocName(path.stem)
    printer.setCopyCount(max(1, copies))
    return print_pdf(path, printer, on_page)
