"""Reading a chosen document in a worker thread behind a progress bar with 取消, so the window keeps painting
while a large or slow file is read and checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from importers.progress import ReadingCancelled, reported_to
from ui.i18n import tr as _tr

T = TypeVar("T")
SHOW_AFTER_MS = 400  # a small file is read without a flash of a dialog


class ReadingWorker(QThread, Generic[T]):
    """Runs `job` (plain reading: no Qt, no ledger) and keeps its result or the error it raised."""

    rows_read = Signal(int)

    def __init__(self, job: Callable[[], T]) -> None:
        super().__init__()
        self.job = job
        self.result: T | None = None
        self.error: Exception | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            with reported_to(self._told):
                self.result = self.job()
        except ReadingCancelled:
            self.cancelled = True
        except Exception as error:  # handed to the window's thread, which says what went wrong
            self.error = error

    def _told(self, rows: int) -> bool:
        self.rows_read.emit(rows)
        return not self.cancelled

    def cancel(self) -> None:
        self.cancelled = True


def read_with_progress(parent: QWidget, title: str, label: str, job: Callable[[], T]) -> T | None:
    """`job`'s result, read in a worker; None when the user pressed 取消. The job's error is raised here."""
    worker: ReadingWorker[T] = ReadingWorker(job)
    progress = QProgressDialog(label, _tr("取消"), 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)  # starts its clock: it shows itself once the reading has taken SHOW_AFTER_MS

    def told(rows: int) -> None:
        if not rows:
            return  # checking rows already read (a new year, a column mapped by hand): "已读取 0 行" misleads
        progress.setLabelText(_tr("{label}\n已读取 {rows} 行").format(label=label, rows=f"{rows:,}"))

    def cancel() -> None:
        worker.cancel()
        progress.setLabelText(_tr("正在取消……"))
    worker.rows_read.connect(told)
    progress.canceled.connect(cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    progress.canceled.disconnect(cancel)  # closing a progress dialog says 取消 too
    progress.close()
    progress.deleteLater()
    worker.deleteLater()
    if worker.cancelled:
        return None
    if worker.error is not None:
        raise worker.error
    return worker.result
