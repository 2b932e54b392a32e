"""An error no part of the window caught is told in a message box, never left as a traceback on a console."""

from __future__ import annotations

import faulthandler
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.errors import LedgerError, RuleError
from models.file.paths import data_dir
from ui.i18n import error_text
from ui.i18n import tr as _tr

LOG_NAME = "错误记录.log"


def report_unhandled(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook of the window: a ledger's own problem (the server gone away) in its words; anything
    else with where its details were written, so it can be sent to whoever looks after the program."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if isinstance(error, LedgerError | RuleError):
        _teller.tell(_tr("操作没有完成"), error_text(error), critical=False)
        return
    log = write_log(kind, error, trace)
    told = _tr("程序出了一个错误，这次操作可能没有完成：{error}\n\n详细情况已记入 {path}。")
    _teller.tell(_tr("程序出错"), told.format(error=error_text(error), path=log), critical=True)


class _Teller:
    """Tells errors one box at a time, from the event loop. An error raised in an event filter or a paint was
    told there and then, and the box's own events ran the same code again: boxes over boxes. Errors that come
    while a box is up wait for it; the same text twice in a row is told once."""

    def __init__(self) -> None:
        self.waiting: list[tuple[str, str, bool]] = []
        self.busy = False
        self.last_text = ""

    def tell(self, title: str, text: str, critical: bool) -> None:
        if text == self.last_text or any(text == waiting[1] for waiting in self.waiting):
            return
        self.waiting.append((title, text, critical))
        if not self.busy and len(self.waiting) == 1:
            QTimer.singleShot(0, self.show_waiting)

    def show_waiting(self) -> None:
        if self.busy or not self.waiting:
            return
        title, text, critical = self.waiting.pop(0)
        if self.waiting:
            text += "\n\n" + _tr("另有 {n} 个错误，也已记录。").format(n=len(self.waiting))
            self.waiting.clear()
        self.busy, self.last_text = True, text
        try:
            box = QMessageBox.critical if critical else QMessageBox.warning
            box(QApplication.activeWindow(), title, text)
        finally:
            self.busy, self.last_text = False, ""
        if self.waiting:
            QTimer.singleShot(0, self.show_waiting)


_teller = _Teller()


def write_log(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path:
    log = data_dir() / LOG_NAME
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            stream.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        sys.__excepthook__(kind, error, trace)  # nowhere to write it: the console is the last place left
    return log


_crash_log: IO[str] | None = None
_created_log = False  # the log was made for the crash handler: removed again at exit while still empty


def install() -> None:
    """Errors to the message box and the log; a crash in Qt's own code (no Python exception to catch) writes
    the stacks of every thread to the same log instead of vanishing."""
    global _crash_log, _created_log
    sys.excepthook = report_unhandled
    try:
        log = data_dir() / LOG_NAME
        log.parent.mkdir(parents=True, exist_ok=True)
        _created_log = not log.exists()
        _crash_log = log.open("a", encoding="utf-8")
    except OSError:
        return  # nowhere to write: faulthandler is not needed to tell nothing
    faulthandler.enable(file=_crash_log, all_threads=True)


def uninstall() -> None:
    """At a normal exit: the crash log is closed, and the log file removed if nothing was ever written to it."""
    global _crash_log
    if _crash_log is None:
        return
    faulthandler.disable()
    path = Path(_crash_log.name)
    _crash_log.close()
    _crash_log = None
    try:
        if _created_log and path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass  # another window writes its own log there: leave it
