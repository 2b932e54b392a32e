"""Others' changes appear without a restart: every few seconds, and when the window comes to the front."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from models.errors import LedgerError
from models.read.changes import changes_since, newest_change

if TYPE_CHECKING:
    from ui.window_context import WindowContext

INTERVAL_MS = 5000
LONGEST_MS = 60000  # a server that does not answer is asked again less and less often, up to once a minute


class ChangeWatcher(QObject):
    """Watches the audit trail of a ledger others may write (a server's, or a file this window has read-only)
    and has the window read again what changed; what is being typed is kept (the window reloads the editor
    only when it has no unsaved changes)."""

    def __init__(self, context: WindowContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last = self._newest()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _newest(self) -> int:
        try:
            with self.context.ledger.reading() as session:
                return newest_change(session)
        except LedgerError:
            return 0

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Read what changed since the last look; True when something did."""
        try:
            with self.context.ledger.reading() as session:
                changes = changes_since(session, self.last)
        except LedgerError:  # the server is away: try again later, less often, without a word each time
            self.timer.setInterval(min(LONGEST_MS, self.timer.interval() * 2))
            return False
        self.timer.setInterval(INTERVAL_MS)
        if changes.newest <= self.last:
            return False
        self.last = changes.newest
        if changes.everything:
            self.context.reload()
        elif changes.task_ids:
            self.context.refresh_tasks(changes.task_ids)
        return True

    def stop(self) -> None:
        self.timer.stop()
