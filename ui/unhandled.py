"""An error no part of the window caught is told in a message box, never left as a traceback on a console."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

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
    parent = QApplication.activeWindow()
    if isinstance(error, LedgerError | RuleError):
        QMessageBox.warning(parent, _tr("操作没有完成"), error_text(error))
        return
    log = write_log(kind, error, trace)
    told = _tr("程序出了一个错误，这次操作可能没有完成：{error}\n\n详细情况已记入 {path}。")
    QMessageBox.critical(parent, _tr("程序出错"), told.format(error=error_text(error), path=log))


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


def install() -> None:
    sys.excepthook = report_unhandled
