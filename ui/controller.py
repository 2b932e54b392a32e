"""The one place the window changes the ledger: builds undoable commands for each user action and runs them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

import changes.evidence
import changes.instructions
import changes.progress
import changes.tasks
from changes.concurrency import ChangedElsewhere
from changes.instructions import NamedAssignment
from changes.progress import ProgressDraft
from changes.tasks import StatusChange, TaskEdit
from changes.undoing import Change
from models.domain.deadlines import Deadline
from models.domain.enums import EvidencePurpose, Status
from models.domain.instructions import InstructionDraft
from models.domain.milestones import Milestones
from models.domain.tasks import TaskDraft
from models.errors import LedgerError, RuleError, os_error_words
from models.ledger import Ledger
from ui.commands import LedgerCommand
from ui.i18n import error_text
from ui.labels import label

Result = TypeVar("Result")


class LedgerController(QObject):
    """Holds the undo stack; every method returns True when the change was saved."""

    changed = Signal()  # anything may have changed: read everything again
    tasks_changed = Signal(list)  # these tasks changed (or were made, deleted, restored)
    failed = Signal(str)
    lasting = Signal(str)  # a change made that 撤销 cannot take back, by the action's name: the window says so

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.undo_stack = QUndoStack(self)

    def run(self, command: LedgerCommand) -> bool:
        command.failed = self.failed.emit
        command.changed = lambda: self.tasks_changed.emit(command.touched())
        try:
            command.execute()
        except ChangedElsewhere:
            raise  # the caller shows both versions and lets the user choose
        except (RuleError, LedgerError) as error:
            # Refused because another PC changed the task (a 销号 meanwhile): the window shows it as it is now,
            # and then says why.
            self.tasks_changed.emit(command.touched())
            self.failed.emit(error_text(error))
            return False
        except OSError as error:
            self.failed.emit(self.tr("无法写入台账文件：{error}").format(error=os_error_words(error)))
            return False
        if command.changed_nothing():
            return True  # nothing to undo: an 撤销 that does nothing would only puzzle the user
        self.undo_stack.push(command)  # redo() on push is a no-op: execute() already ran it
        self.tasks_changed.emit(command.touched())
        return True

    def perform(self, text: str, change: Callable[[], Result], *, reread: bool = True) -> Result | None:
        """A use case of changes/ that is not undone from the window (an import): its refusal reported, the
        window told to read everything again (unless the change is beside the task tree: `reread` False);
        returns what the use case returns, or None when refused."""
        try:
            result = change()
        except (RuleError, LedgerError) as error:
            said = error_text(error)
            self.failed.emit(self.tr("{action}没有完成：{error}").format(action=text, error=said) if text else said)
            return None
        except OSError as error:
            self.failed.emit(self.tr("无法写入台账文件：{error}").format(error=os_error_words(error)))
            return None
        if reread:
            self.changed.emit()
        if text:
            self.lasting.emit(text)
        return result

    def apply(self, text: str, change: Callable[[], object], *, reread: bool = True) -> bool:
        """`perform` for a use case whose result the window does not need: True when it was made."""
        def made() -> bool:
            change()
            return True
        return self.perform(text, made, reread=reread) is not None

    def attach(self, files: list[tuple[str, bytes]], purpose: EvidencePurpose, *, task_id: int | None = None,
               problem_id: int | None = None) -> list[int] | None:
        return self.perform("", lambda: changes.evidence.attach(self.ledger, files, purpose, task_id=task_id,
                                                                problem_id=problem_id), reread=False)

    def detach(self, attachment_id: int) -> bool:
        return self.apply("", lambda: changes.evidence.detach(self.ledger, attachment_id), reread=False)

    # --- task actions: each a use case of changes/, run as an undoable command -------------------
    def create(self, draft: TaskDraft) -> int | None:
        text = self.tr("新建子任务") if draft.parent_id else self.tr("新建任务")
        command = LedgerCommand(self.ledger, text, lambda: changes.tasks.new_task(self.ledger, draft))
        return command.outcome.created_tasks[0] if self.run(command) else None

    def edit(self, task_id: int, changes_made: dict[str, object], co_section_ids: list[int] | None = None,
             deadline: Deadline | None = None, leader: str | None = None, owner: str | None = None, *,
             seen: dict[str, object] | None = None, mine: dict[str, object] | None = None,
             milestones: Milestones | None = None) -> bool:
        """With `seen` (the edited fields as the user first saw them), a field someone else has changed since
        raises ChangedElsewhere to the caller, and nothing is saved."""
        edit = TaskEdit(changes_made, co_section_ids, deadline, leader, owner, seen, mine, milestones=milestones)
        return self.run(LedgerCommand(self.ledger, self.tr("修改任务"),
                                      lambda: changes.tasks.edit_task(self.ledger, task_id, edit), task_ids=[task_id]))

    def set_status(self, task_id: int, status: Status, *, note: str = "", approver: str = "",
                   on: date | None = None, rating: str = "", rating_note: str = "",
                   files: list[tuple[str, bytes]] | None = None, text_of_step: str = "",
                   seen: Status | None = None) -> bool:
        """`files`: evidence of a 销号, attached in the same transaction (a setting may require it);
        `text_of_step`: what 撤销 names it by (the action's own word: 销号, 重新打开); `seen`: the status the
        user saw, refused (who and when) if another PC has changed it since."""
        step = StatusChange(status, note, approver, on, rating, rating_note, list(files or []), seen)
        text = text_of_step or self.tr("改为「{status}」").format(status=label(status))
        return self.run(LedgerCommand(self.ledger, text, lambda: changes.tasks.set_status(self.ledger, task_id, step),
                                      task_ids=[task_id]))

    def add_progress(self, task_id: int, draft: ProgressDraft, text_of_step: str = "") -> bool:
        """One report entered, as the page or dialog drafted it; undone by its name (`text_of_step`)."""
        return self.run(LedgerCommand(self.ledger, text_of_step or self.tr("录入进展"),
                                      lambda: changes.progress.enter_progress(self.ledger, task_id, draft),
                                      task_ids=[task_id]))

    def revise_progress(self, task_id: int, entry_id: int, text: str, *, seen: str, percent: int | None = None,
                        status: Status | None = None, on: date | None = None) -> bool:
        """Correct an entry made at this meeting (and the status with it), undone together."""
        def run() -> Change:
            return changes.progress.revise_entry(self.ledger, task_id, entry_id, text, seen=seen, percent=percent,
                                                 status=status, on=on)
        return self.run(LedgerCommand(self.ledger, self.tr("修改进展"), run, task_ids=[task_id]))

    def extend(self, task_id: int, deadline: Deadline, reason: str, approved_by: str = "", *,
               seen: Status | None = None) -> bool:
        def run() -> Change:
            return changes.tasks.extend(self.ledger, task_id, deadline, reason, approved_by, seen=seen)
        return self.run(LedgerCommand(self.ledger, self.tr("延期"), run,
                                      task_ids=[task_id]))

    def supervise(self, text: str, task_id: int, run: Callable[[], Change], *,
                  named_after: Callable[[], str] | None = None) -> bool:
        """A 督办 step (签收, 申请延期, 审批, 退回重办: changes/supervision.py), undone by its name (`text`, or what
        `named_after` says once it has run)."""
        command = LedgerCommand(self.ledger, text, run, task_ids=[task_id])
        command.named_after = named_after
        return self.run(command)

    def instruct(self, year: int, task_id: int, draft: InstructionDraft,
                 assign: NamedAssignment | None = None) -> int | None:
        """A 批示 on the task (and its 交办); returns the task it is on, or the new 交办's id when one was made."""
        command = LedgerCommand(self.ledger, self.tr("领导批示"),
                                lambda: changes.instructions.instruct(self.ledger, year, task_id, draft, assign),
                                task_ids=[task_id])
        if not self.run(command):
            return None
        return (command.outcome.created_tasks or [task_id])[0]

    def delete(self, task_id: int) -> bool:
        return self.run(LedgerCommand(self.ledger, self.tr("删除任务"),
                                      lambda: changes.tasks.delete(self.ledger, task_id), task_ids=[task_id]))

    def restore(self, task_id: int) -> bool:
        return self.run(LedgerCommand(self.ledger, self.tr("从回收站恢复"),
                                      lambda: changes.tasks.restore(self.ledger, task_id), task_ids=[task_id]))
