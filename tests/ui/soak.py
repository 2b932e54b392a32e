"""A day's dialogs in one process: every page visited and every dialog opened and cancelled, round after round.

Run in-process by tests/ui/test_soak.py (offscreen) and as `python -m tests.ui.soak ROUNDS` under a real X
server (Xvfb): each dialog runs its real exec(), a timer cancels what is on top (nested boxes too), and the
garbage collector runs after each one, so what it destroys it destroys now, not some time later in the day."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from models.read.task_views import TaskView
from ui.main_window import MEETING_PAGE, PROBLEMS_PAGE, STATS_PAGE, MainWindow

# Said by Qt's platform plugins about themselves, not by the program (offscreen cannot size a window's hints).
PLATFORM_CHATTER = ("This plugin does not support",)


@dataclass
class SoakReport:
    opened: list[str] = field(default_factory=list)  # every dialog seen on top, by class, in order
    said: list[str] = field(default_factory=list)  # what each message box on top said: an error box is named
    warnings: list[str] = field(default_factory=list)  # Qt's warnings and criticals
    dialogs_left: list[int] = field(default_factory=list)  # dialogs still under the window after each round
    strays: list[str] = field(default_factory=list)  # modal widgets of another window, cancelled, not counted


class Canceller:
    """Cancels whatever modal dialog is on top, as Esc would, a moment after it is shown; counts those of
    `window` (a box another window left behind in the same process is cancelled, not counted as this one's)."""

    def __init__(self, report: SoakReport, window: QWidget) -> None:
        self.report, self.window = report, window
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.cancel)
        self.seen: QWidget | None = None
        self.cancelled: QWidget | None = None  # the dialog last told to close

    def cancel(self) -> None:
        top = QApplication.activeModalWidget()
        if top is None or not top.isVisible():
            return
        if top is not self.seen and top is not self.cancelled:  # one tick on screen first: painted, laid out
            self.seen = top
            if self._belongs(top):
                self.report.opened.append(type(top).__name__)
                if isinstance(top, QMessageBox):
                    self.report.said.append(top.text())
            else:
                self.report.strays.append(f"{type(top).__name__}: {getattr(top, 'text', lambda: '')()}")
            return
        # On a busy machine a dialog told to close can still be on top at the next tick: closed again, not
        # counted again.
        self.seen, self.cancelled = None, top
        if isinstance(top, QDialog):
            top.reject()
        else:
            top.close()

    def _belongs(self, widget: QWidget) -> bool:
        """`widget` is the soaked window's: parented to it, or to one of its dialogs, or without a parent
        (Qt's file dialogs on some platforms)."""
        parent = widget.parentWidget()
        while parent is not None and parent is not self.window:
            parent = parent.parentWidget()
        return parent is self.window or widget.parentWidget() is None


def steps(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """What a clerk opens in a day, each as the window opens it; none changes the ledger when cancelled."""
    actions = window.registry
    problems, meeting = window.problems_page, window.meeting_page

    def select_first_task() -> None:
        window.select_view(TaskView.BY_SECTION)
        first = next(row.id for row in window.list_pane.model.shown_tasks() if row.status.is_active)
        window.list_pane.select_task(first)

    def first_problem() -> None:
        window.show_page(PROBLEMS_PAGE)
        problems._select("problem", next(p.id for p in problems.problems if p.status.is_open))

    found: list[tuple[str, Callable[[], None]]] = [("select a task", select_first_task)]
    for name in ("progress", "extend", "complete", "close_task", "evidence", "new_task", "new_subtask", "delete_task",
                 "print_sheet", "import_xlsx", "import_returns", "export_xlsx", "feedback_forms", "open_ledger",
                 "new_ledger", "connect_server", "data_safety", "recycle_bin", "settings", "rollover"):
        found.append((name, getattr(actions, name).trigger))
    found += [
        ("meeting page", lambda: window.show_page(MEETING_PAGE)),
        ("new meeting", meeting.new_meeting),
        ("assign at the meeting", meeting.assign_new),
        ("finish the meeting", meeting.finish),
        ("statistics page", lambda: window.show_page(STATS_PAGE)),
        ("problems page", lambda: window.show_page(PROBLEMS_PAGE)),
        ("new record", problems.new_record),
        ("new problem", problems.new_problem),
        ("a problem", first_problem),
        ("edit the problem", problems.edit_current),
        ("problem report", problems.add_report),
        ("close the problem", problems.close_problem),
        ("problem evidence", problems.open_evidence),
        ("print the problem list", problems.print_button.click),
        ("tasks by key task", lambda: window.select_view(TaskView.BY_KEY_TASK)),
    ]
    return found


def soak(window: MainWindow, rounds: int) -> SoakReport:
    """Every step `rounds` times over; Qt's warnings collected meanwhile."""
    report = SoakReport()

    def heard(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not message.startswith(PLATFORM_CHATTER):
            report.warnings.append(message)
    previous = qInstallMessageHandler(heard)
    canceller = Canceller(report, window)
    canceller.timer.start()
    gc.freeze()  # what was there before is not the soak's: each collection walks only what the day made
    try:
        for _round in range(rounds):
            for _name, step in steps(window):
                step()
                QApplication.processEvents()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as back in the main loop
                gc.collect()
                QApplication.processEvents()
            report.dialogs_left.append(len(window.findChildren(QDialog)))
    finally:
        gc.unfreeze()
        canceller.timer.stop()
        qInstallMessageHandler(previous)
    return report


def main(argv: list[str]) -> int:
    """`python -m tests.ui.soak ROUNDS`: the example ledger in a fresh data folder (LUOSHI_DATA_DIR), as the
    program starts (its error log and crash handler installed); prints what it saw, exit 1 on any error."""
    from demo.ledger import ensure_demo_ledger
    from models.file.ledger import open_ledger
    from models.file.paths import data_dir, demo_ledger_path
    from ui import unhandled
    from ui.i18n import install_translations

    rounds = int(argv[1]) if len(argv) > 1 else 5
    app = QApplication(argv[:1])
    QApplication.setApplicationName("Luoshi")
    unhandled.install()
    install_translations(app)
    ensure_demo_ledger(demo_ledger_path())
    ledger = open_ledger(demo_ledger_path(), actor="soak")
    window = MainWindow(ledger)
    window.remember_layout = False
    window.show()
    QApplication.processEvents()
    report = soak(window, rounds)
    window.close()
    ledger.close()
    log = Path(data_dir()) / unhandled.LOG_NAME
    errors = log.read_text(encoding="utf-8") if log.exists() else ""
    unhandled.uninstall()
    print(f"opened {len(report.opened)} dialogs in {rounds} rounds; dialogs left per round {report.dialogs_left}")
    for warning in report.warnings:
        print(f"Qt warning: {warning}")
    if errors:
        print(f"error log:\n{errors}")
    return 1 if errors or report.warnings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
