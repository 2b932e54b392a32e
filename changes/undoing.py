"""What one change did to the task tree, kept so it can be taken back and made again: the tasks as they were
and became, and the rows it made. The window's undo stack holds these; the command line drops them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models.domain import instructions, notices, reminders, supervision, task_state
from models.domain.progress import revise_progress
from models.domain.tasks import delete_task
from models.ledger import Ledger


@dataclass
class Outcome:
    """What an action made that undo must take away again."""

    created_tasks: list[int] = field(default_factory=list)
    progress_ids: list[int] = field(default_factory=list)
    extension_ids: list[int] = field(default_factory=list)
    requests_made: list[int] = field(default_factory=list)  # 延期申请 made: undo removes them
    requests_decided: list[int] = field(default_factory=list)  # 延期申请 decided: undo makes them wait again
    instructions_made: list[int] = field(default_factory=list)  # 领导批示 recorded: undo removes them
    reminders_made: list[int] = field(default_factory=list)  # 催办记录 lines recorded: undo removes them
    notices_made: list[int] = field(default_factory=list)  # 督办单 numbered by a 催办: undo takes them back
    # Entries said again: (entry, its words and percentage before), put back by undo.
    revised: list[tuple[int, str, int | None]] = field(default_factory=list)


# The models/domain work of one change, in the transaction given, by the actor given.
Work = Callable[[Session, str], Outcome | None]


@dataclass
class Change:
    """One change made: `replay` ones (progress, extensions) are made again by running them again, because
    their rows are new each time; the others by putting back the tasks as they became."""

    task_ids: list[int]
    before: list[task_state.TaskState]
    after: list[task_state.TaskState]
    outcome: Outcome
    replay: bool = False

    def touched(self) -> list[int]:
        """The tasks changed, made or removed: what a window reads again after it."""
        return list(dict.fromkeys(self.task_ids + self.outcome.created_tasks))

    def changed_nothing(self) -> bool:
        """The action left every task as it was and made nothing (a save of the same values)."""
        made = (self.outcome.created_tasks or self.outcome.progress_ids or self.outcome.extension_ids
                or self.outcome.revised or self.outcome.requests_made or self.outcome.requests_decided
                or self.outcome.instructions_made or self.outcome.reminders_made or self.outcome.notices_made)
        return not made and self.before == self.after


def carry_out(ledger: Ledger, work: Work, task_ids: list[int] | None = None, *, replay: bool = False) -> Change:
    """`work` in one transaction, the named tasks captured before and after; raises the user's errors."""
    ids = list(task_ids or [])
    with ledger.begin() as session:
        for task_id in sorted(ids):  # locked in one order, so two PCs' actions on the same tasks never deadlock
            task_state.capture(session, task_id, lock=True)
        before = [task_state.capture(session, task_id) for task_id in ids]
        outcome = work(session, ledger.actor) or Outcome()
        after = [task_state.capture(session, task_id) for task_id in ids + outcome.created_tasks]
    return Change(ids, before, after, outcome, replay)


def take_back(ledger: Ledger, change: Change) -> None:
    """Undo: refused (RuleError) for a task another action has changed since."""
    actor = ledger.actor
    with ledger.begin() as session:
        for reminder_id in change.outcome.reminders_made:  # before their timeline lines and notices
            reminders.remove_reminder(session, actor, reminder_id)
        for notice_id in reversed(change.outcome.notices_made):
            notices.remove_notice(session, actor, notice_id)
        for entry_id in change.outcome.progress_ids:
            task_state.remove_progress(session, actor, entry_id)
        for request_id in change.outcome.requests_decided:
            supervision.reopen_request(session, actor, request_id)
        for extension_id in change.outcome.extension_ids:
            task_state.remove_extension(session, actor, extension_id)
        for request_id in change.outcome.requests_made:
            supervision.remove_request(session, actor, request_id)
        for instruction_id in change.outcome.instructions_made:
            instructions.remove_instruction(session, actor, instruction_id)
        afters = {state.task_id: state for state in change.after}
        for state in change.before:
            if state.task_id in afters:  # nobody changed it since this action
                task_state.check_still(session, afters[state.task_id], state)
        # After the check: the entry's words put back move its task's newest report (a trigger) too.
        for entry_id, text, percent in change.outcome.revised:
            revise_progress(session, actor, entry_id, text, percent=percent)
        for state in change.before:  # only what this action changed: others' changes to other fields stay
            task_state.restore(session, actor, state, "undo", _fields_changed(change, state.task_id))
        for task_id in change.outcome.created_tasks:
            delete_task(session, actor, task_id)


def put_back(ledger: Ledger, change: Change) -> None:
    """Redo of a change that is not replayed: the tasks as it left them, unless changed since the undo."""
    with ledger.begin() as session:
        befores = {state.task_id: state for state in change.before}
        for state in change.after:
            if state.task_id in befores:
                task_state.check_still(session, befores[state.task_id], state)
        for state in change.after:
            task_state.restore(session, ledger.actor, state, "redo", _fields_changed(change, state.task_id))


def _fields_changed(change: Change, task_id: int) -> frozenset[str] | None:
    """The fields the change set on the task; None (all of them) for a task it made, which redo brings back."""
    before = next((state for state in change.before if state.task_id == task_id), None)
    after = next((state for state in change.after if state.task_id == task_id), None)
    if before is None or after is None:
        return None
    return task_state.changed_fields(before, after)
