"""Measures taken in a real main window (offscreen): what the clerk feels at the keyboard."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from models.file.ledger import open_ledger
from ui.app import open_view
from ui.main_window import MainWindow


def meeting_enter(path: Path, scratch: Path, runs: int) -> float:
    """Median seconds from Enter in the meeting's entry box to the next task ready for typing."""
    copy = scratch / "meeting-scratch.sqlite"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    ledger = open_ledger(copy, auto_backup=False)
    window = MainWindow(ledger)
    window.remember_layout = False
    window.resize(1366, 768)
    window.show()
    open_view(window, "meeting")
    QApplication.processEvents()
    page, times = window.meeting_page, []
    for number in range(runs):
        page.entry.setPlainText(f"第{number + 1}项已按计划推进，形成阶段成果")
        start = time.perf_counter()
        page.save_and_next()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    ledger.close()
    return statistics.median(times)
