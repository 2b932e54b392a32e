"""Every change a user makes, as a QUndoCommand over one models/ action: what makes undo and redo work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from models.domain import task_state
from models.domain.progress import revise_progress
from models.domain.tasks import delete_task
from models.errors import RuleError
from models.ledger import Ledger
from ui.i18n import error_text


@dataclass
class Outcome:
    """What an action made that undo must take away again."""

    created_tasks: list[int] = field(default_factory=list)
    progress_ids: list[int] = field(default_factory=list)
    extension_ids: list[int] = field(default_factory=list)
    # Entries said again: (entry, its words and percentage before), put back by undo.
    revised: list[tuple[int, str, int | None]] = field(default_factory=list)


Action = Callable[[Session, str], Outcome | None]


class LedgerCommand(QUndoCommand):
    """Run once through `execute()` (errors reach the caller), then undo/redo by snapshots.

    `replay` actions (progress, extensions) are run again on redo, because their rows are new each time;
    other actions are redone by putting back the snapshot taken after they first ran.
    """

    def __init__(self, ledger: Ledger, text: str, action: Action, *, task_ids: list[int] | None = None,
                 replay: bool = False) -> None:
        super().__init__(text)
        self.ledger, self.action, self.replay = ledger, action, replay
        self.task_ids = list(task_ids or [])
        self.before: list[task_state.TaskState] = []
        self.after: list[task_state.TaskState] = []
        self.outcome = Outcome()
        self.failed: Callable[[str], None] = lambda message: None
        self.changed: Callable[[], None] = lambda: None
        self._executed = False
        self._pushed_after_execute = False

    def touched(self) -> list[int]:
        """The tasks this command changes, made or removes: what the window reads again after it."""
        return list(dict.fromkeys(self.task_ids + self.outcome.created_tasks))

    def changed_nothing(self) -> bool:
        """After execute(): the action left every task as it was and made nothing (a save of the same values)."""
        made = (self.outcome.created_tasks or self.outcome.progress_ids or self.outcome.extension_ids
                or self.outcome.revised)
        return not made and self.before == self.after

    def execute(self) -> Outcome:
        """First run, in one transaction; raises RuleError/LedgerError with a message for the user."""
        with self.ledger.begin() as session:
            self._run(session)
        self._executed = True
        self._pushed_after_execute = True  # QUndoStack.push() calls redo(): that one must not run it again
        return self.outcome

    def _run(self, session: Session) -> None:
        self.before = [task_state.capture(session, i) for i in self.task_ids]
        self.outcome = self.action(session, self.ledger.actor) or Outcome()
        ids = self.task_ids + self.outcome.created_tasks
        self.after = [task_state.capture(session, i) for i in ids]

    def redo(self) -> None:
        if self._pushed_after_execute:
            self._pushed_after_execute = False
            return
        if not self._executed:  # pushed without execute(): run now, reporting instead of raising
            self._guarded(self.execute)
            return
        def again() -> None:
            with self.ledger.begin() as session:
                if self.replay:
                    self._run(session)
                else:
                    befores = {state.task_id: state for state in self.before}
                    for state in self.after:
                        if state.task_id in befores:  # nobody changed it since the undo
                            task_state.check_still(session, befores[state.task_id], state)
                    for state in self.after:
                        task_state.restore(session, self.ledger.actor, state, "redo")
        self._guarded(again)

    def undo(self) -> None:
        def back() -> None:
            actor = self.ledger.actor
            with self.ledger.begin() as session:
                for entry_id in self.outcome.progress_ids:
                    task_state.remove_progress(session, actor, entry_id)
                for extension_id in self.outcome.extension_ids:
                    task_state.remove_extension(session, actor, extension_id)
                afters = {state.task_id: state for state in self.after}
                for state in self.before:
                    if state.task_id in afters:  # nobody changed it since this action
                        task_state.check_still(session, afters[state.task_id], state)
                # After the check: the entry's words put back move its task's newest report (a trigger) too.
                for entry_id, text, percent in self.outcome.revised:
                    revise_progress(session, actor, entry_id, text, percent=percent)
                for state in self.before:
                    task_state.restore(session, actor, state, "undo")
                for task_id in self.outcome.created_tasks:
                    delete_task(session, actor, task_id)
        self._guarded(back)

    def _guarded(self, step: Callable[[], object]) -> None:
        # Qt calls undo/redo from C++, where an exception would be lost: report it instead.
        try:
            step()
        except (RuleError, LookupError) as error:
            self.failed(error_text(error))
        except Exception as error:  # LedgerError, OS errors: the user must hear of it
            self.failed(error_text(error))
        self.changed()
