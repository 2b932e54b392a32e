"""Every change a user makes, as a QUndoCommand over one use case of changes/: what makes undo and redo work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from changes.undoing import Change, Outcome, put_back, take_back
from models.errors import RuleError
from models.ledger import Ledger
from ui.i18n import error_text


class LedgerCommand(QUndoCommand):
    """Run once through `execute()` (errors reach the caller), then undone and redone through the Change it
    made: a replayed one (progress, extensions) runs the use case again, the others put its tasks back."""

    def __init__(self, ledger: Ledger, text: str, run: Callable[[], Change], *,
                 task_ids: list[int] | None = None) -> None:
        super().__init__(text)
        self.ledger, self.run = ledger, run
        self.task_ids = list(task_ids or [])  # known before it runs: what to read again if it fails
        self.change: Change | None = None
        self.failed: Callable[[str], None] = lambda message: None
        self.changed: Callable[[], None] = lambda: None
        # What 撤销 names it by once it has run, when that says more than `text` could before (the 文号 a
        # 催办 took: its undo gives the number back, and the clerk holding the printed notice should know).
        self.named_after: Callable[[], str] | None = None
        self._pushed_after_execute = False

    @property
    def outcome(self) -> Outcome:
        return self.change.outcome if self.change is not None else Outcome()

    def touched(self) -> list[int]:
        """The tasks this command changes, made or removes: what the window reads again after it."""
        return self.change.touched() if self.change is not None else list(self.task_ids)

    def changed_nothing(self) -> bool:
        return self.change is not None and self.change.changed_nothing()

    def execute(self) -> Outcome:
        """First run; raises RuleError/LedgerError with a message for the user."""
        self.change = self.run()
        if self.named_after is not None:
            self.setText(self.named_after())
        self._pushed_after_execute = True  # QUndoStack.push() calls redo(): that one must not run it again
        return self.change.outcome

    def redo(self) -> None:
        if self._pushed_after_execute:
            self._pushed_after_execute = False
            return
        change = self.change
        if change is None:  # pushed without execute(): run now, reporting instead of raising
            self._guarded(self.execute)
        elif change.replay:
            self._guarded(self._run_again)
        else:
            self._guarded(lambda: put_back(self.ledger, change))

    def _run_again(self) -> None:
        self.change = self.run()
        if self.named_after is not None:  # made again, it may have been given another number
            self.setText(self.named_after())

    def undo(self) -> None:
        change = self.change
        if change is not None:
            self._guarded(lambda: take_back(self.ledger, change))

    def _guarded(self, step: Callable[[], object]) -> None:
        # Qt calls undo/redo from C++, where an exception would be lost: report it instead.
        try:
            step()
        except (RuleError, LookupError) as error:
            self.failed(error_text(error))
        except Exception as error:  # LedgerError, OS errors: the user must hear of it
            self.failed(error_text(error))
        self.changed()
