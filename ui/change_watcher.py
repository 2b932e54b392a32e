"""Others' changes appear without a restart: every few seconds, and when the window comes to the front."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from models.errors import LedgerError
from models.ledger import Ledger
from models.read.changes import Changes, Seen, changes_since, seen_now
from ui.i18n import error_text

if TYPE_CHECKING:
    from ui.window_context import WindowContext

INTERVAL_MS = 5000
LONGEST_MS = 60000  # a server that does not answer is asked again less and less often, up to once a minute
COLLECT_MS = 100  # how often the window's thread asks whether a look at the server has come back


class _Look:
    """One look at the trail on a thread of its own, so a server that does not answer never holds up the
    window; its outcome (Changes, or the error it met) is collected on the window's thread."""

    def __init__(self, ledger: Ledger, seen: Seen) -> None:
        self.seen = seen
        self.outcome: Changes | BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(ledger,), name="luoshi-change-watcher", daemon=True)
        self.thread.start()

    def _run(self, ledger: Ledger) -> None:
        try:
            self.outcome = look(ledger, self.seen)
        except BaseException as error:  # handed to the window's thread: a bug is told there, not lost here
            self.outcome = error

    @property
    def done(self) -> bool:
        return not self.thread.is_alive()


def look(ledger: Ledger, seen: Seen) -> Changes:
    with ledger.reading() as session:
        return changes_since(session, seen, time.monotonic())


class ChangeWatcher(QObject):
    """Watches the audit trail of a ledger others may write (a server's, or a file this window has read-only)
    and has the window read again what changed; what is being typed is kept (the window reloads the editor
    only when it has no unsaved changes). A server that stops answering is said once (`connection_lost`, with
    what went wrong) and asked again less and less often until it answers (`connection_back`)."""

    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(self, context: WindowContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lost = False
        # The server is asked on a thread of its own; a file (on this PC) is read at once.
        self.in_background = context.ledger.is_server
        self.pending: _Look | None = None
        self.seen = self._seen_now()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.look_soon)
        self.timer.start()
        self.collector = QTimer(self)
        self.collector.setInterval(COLLECT_MS)
        self.collector.timeout.connect(self._collect)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _seen_now(self) -> Seen:
        try:
            with self.context.ledger.reading() as session:
                return seen_now(session)
        except LedgerError:
            return Seen()  # the first look that answers reads everything again

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look_soon()

    def look_soon(self) -> None:
        """Look for others' changes now, without waiting for the server on the window's thread."""
        if not self.in_background:
            self.check()
        elif self.pending is None:
            self.pending = _Look(self.context.ledger, self.seen)
            self.collector.start()

    def _collect(self) -> None:
        pending = self.pending
        if pending is None or not pending.done:
            return
        self.collector.stop()
        self.pending = None
        if pending.seen is not self.seen:
            return  # the window looked itself meanwhile (check) and is further along
        outcome = pending.outcome
        if isinstance(outcome, Changes):
            self._take(outcome)
        elif isinstance(outcome, LedgerError):
            self._lose(outcome)
        elif outcome is not None:
            raise outcome  # not the server's doing: told as any error of the program is

    def check(self) -> bool:
        """Look at once on the window's thread and read again what changed; True when something did."""
        try:
            changes = look(self.context.ledger, self.seen)
        except LedgerError as error:
            self._lose(error)
            return False
        return self._take(changes)

    def _take(self, changes: Changes) -> bool:
        try:
            if changes.everything:
                self.context.reload()
            elif changes.task_ids:
                self.context.refresh_tasks(changes.task_ids)
        except LedgerError as error:  # gone between the look and the reading: the next look finds them again
            self._lose(error)
            return False
        self.seen = changes.seen
        if self.lost:
            self.lost = False
            self.connection_back.emit()
        self.timer.setInterval(INTERVAL_MS)
        return changes.any

    def _lose(self, error: LedgerError) -> None:
        """The server is away: try again later, less often, saying so once (a file's reader only waits)."""
        self.timer.setInterval(min(LONGEST_MS, self.timer.interval() * 2))
        if not self.lost and self.context.ledger.is_server:
            self.lost = True
            self.connection_lost.emit(error_text(error))

    def stop(self) -> None:
        """The window is closing: no more looks; one under way ends on its own and is not collected."""
        self.timer.stop()
        self.collector.stop()
        self.pending = None
