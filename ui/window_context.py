"""What a window's pages and dialogs share: the open ledger, its controller, the year, the day, the rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from models.domain.lights import LightRules
from models.file.drafts import DraftStore
from models.ledger import Ledger
from models.read import lookups
from models.read.lookups import Choice
from models.read.queries import TaskRow, merge_rows, task_rows
from ui.controller import LedgerController


class WindowContext(QObject):
    """The window's ledger and what it has read from it; pages and dialogs take this, not the window.

    `rows_changed` carries the ids of the tasks read again, or None when everything was read again;
    `error_reported` carries every refused or failed change, in the user's words."""

    rows_changed = Signal(object)
    year_changed = Signal(int)
    error_reported = Signal(str)

    def __init__(self, ledger: Ledger, as_of: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.as_of = as_of or date.today()
        self.controller = LedgerController(ledger, self)
        # One drafts file per ledger, shared by the editor and the meeting page (each writes it whole).
        self.drafts = DraftStore(ledger.drafts_file)
        self.year = 0
        self.rules = LightRules()
        self.rows: list[TaskRow] = []
        self.sections: list[Choice] = []
        self.people: list[Choice] = []
        self.key_tasks: list[Choice] = []
        self.years: list[int] = []
        self.org_name = ""
        self.controller.changed.connect(self.reload)
        self.controller.tasks_changed.connect(self.refresh_tasks)
        self.controller.failed.connect(self.error_reported)

    @property
    def read_only(self) -> bool:
        return self.ledger.read_only

    def section_names(self) -> list[str]:
        return [section.name for section in self.sections]

    def task_row(self, task_id: int) -> TaskRow | None:
        """The year's row for the task, whether or not the list's view shows it."""
        return next((row for row in self.rows if row.id == task_id), None)

    def leaders(self) -> list[str]:
        return sorted({row.leader for row in self.rows if row.leader})

    def reload(self) -> None:
        """Read the settings, the year's tasks and the lists to choose from again."""
        settings = self.ledger.settings()
        self.org_name = settings.org_name
        self.year = settings.year_for(self.year, self.as_of.year)
        # Kept for refreshes after a save; settings only change through actions that reload.
        self.rules = settings.light_rules
        with self.ledger.reading() as session:
            self.rows = task_rows(session, self.year, self.as_of, self.rules)
            self._read_lookups(session)
            self.years = lookups.years(session, settings.current_year or self.as_of.year)
        self.rows_changed.emit(None)

    def refresh_tasks(self, task_ids: list[int]) -> None:
        """After a change to a few tasks: read just those again. A 20,000-task ledger would otherwise be
        read whole after every Enter in a meeting. Anything that moves tasks in the tree reads it all."""
        with self.ledger.reading() as session:
            fresh = task_rows(session, self.year, self.as_of, self.rules, only=task_ids)
            self._read_lookups(session)
        merged = merge_rows(self.rows, fresh, task_ids)
        if merged is None:
            self.reload()
            return
        self.rows = merged
        self.rows_changed.emit(list(task_ids))

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.reload()
            self.year_changed.emit(year)

    def _read_lookups(self, session: Session) -> None:
        self.sections = lookups.sections(session)
        self.people = lookups.people(session)
        self.key_tasks = lookups.key_tasks(session, self.year)
