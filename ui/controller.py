"""The one place the window changes the ledger: builds undoable commands for each user action and runs them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from models.domain import directory
from models.domain.concurrency import ChangedElsewhere, check_unchanged
from models.domain.deadlines import Deadline
from models.domain.enums import EvidencePurpose, ProgressKind, Status
from models.domain.evidence import add_attachment, attach_files, remove_attachment
from models.domain.progress import add_progress, revise_progress
from models.domain.tasks import (
    TaskDraft,
    change_status,
    create_task,
    delete_task,
    extend_deadline,
    get_task,
    restore_task,
    set_co_sections,
    set_deadline,
    subtree_ids,
    update_task,
)
from models.errors import LedgerError, RuleError, os_error_words
from models.ledger import Ledger
from ui.commands import LedgerCommand, Outcome
from ui.i18n import error_text
from ui.labels import label

Result = TypeVar("Result")


class LedgerController(QObject):
    """Holds the undo stack; every method returns True when the change was saved."""

    changed = Signal()  # anything may have changed: read everything again
    tasks_changed = Signal(list)  # these tasks changed (or were made, deleted, restored)
    failed = Signal(str)

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

    def run_plain(self, text: str, work: Callable[[Session], object]) -> bool:
        """A change that is not undoable (settings, names): one transaction, errors reported."""
        try:
            with self.ledger.begin() as session:
                work(session)
        except (RuleError, LedgerError) as error:
            self.failed.emit(self.tr("{action}没有完成：{error}").format(action=text, error=error_text(error)))
            return False
        except OSError as error:
            self.failed.emit(self.tr("无法写入台账文件：{error}").format(error=os_error_words(error)))
            return False
        self.changed.emit()
        return True

    def run_apart(self, work: Callable[[Session, str], Result]) -> Result | None:
        """A change beside the task tree (督查 records, problems): one transaction, refusals reported, nothing
        read again here; returns what `work` returns, or None when it was refused or failed."""
        try:
            with self.ledger.begin() as session:
                return work(session, self.ledger.actor)
        except (RuleError, LedgerError) as error:
            self.failed.emit(error_text(error))
        except OSError as error:
            self.failed.emit(self.tr("无法写入台账文件：{error}").format(error=os_error_words(error)))
        return None

    def attach(self, files: list[tuple[str, bytes]], purpose: EvidencePurpose, *, task_id: int | None = None,
               problem_id: int | None = None) -> list[int] | None:
        return self.run_apart(lambda session, actor: attach_files(session, actor, files, purpose, task_id=task_id,
                                                                  problem_id=problem_id))

    def detach(self, attachment_id: int) -> bool:
        def work(session: Session, actor: str) -> bool:
            remove_attachment(session, actor, attachment_id)
            return True
        return self.run_apart(work) is not None

    # --- task actions ----------------------------------------------------------------------
    def create(self, draft: TaskDraft) -> int | None:
        def action(session: Session, actor: str) -> Outcome:
            return Outcome(created_tasks=[create_task(session, actor, draft).id])
        text = self.tr("新建子任务") if draft.parent_id else self.tr("新建任务")
        command = LedgerCommand(self.ledger, text, action)
        return command.outcome.created_tasks[0] if self.run(command) else None

    def edit(self, task_id: int, changes: dict[str, object], co_section_ids: list[int] | None = None,
             deadline: Deadline | None = None, leader: str | None = None, owner: str | None = None, *,
             seen: dict[str, object] | None = None, mine: dict[str, object] | None = None) -> bool:
        """With `seen` (the edited fields as the user first saw them), a field someone else has changed since
        raises ChangedElsewhere to the caller, and nothing is saved."""
        def action(session: Session, actor: str) -> None:
            if seen is not None and mine is not None:
                check_unchanged(session, task_id, seen, mine)
            values = dict(changes)
            for name, person_name in (("leader_id", leader), ("owner_id", owner)):
                if person_name is not None:
                    values[name] = directory.person(session, actor, person_name).id if person_name.strip() else None
            update_task(session, actor, task_id, **values)
            if co_section_ids is not None:
                set_co_sections(session, actor, task_id, co_section_ids)
            if deadline is not None:
                set_deadline(session, actor, task_id, deadline)
        return self.run(LedgerCommand(self.ledger, self.tr("修改任务"), action, task_ids=[task_id]))

    def set_status(self, task_id: int, status: Status, *, note: str = "", approver: str = "",
                   on: date | None = None, rating: str = "", rating_note: str = "",
                   files: list[tuple[str, bytes]] | None = None) -> bool:
        """`files`: evidence of a 销号, attached in the same transaction (a setting may require it)."""
        def action(session: Session, actor: str) -> None:
            if files:
                attach_files(session, actor, files, EvidencePurpose.CLOSING, task_id=task_id)
            change_status(session, actor, task_id, status, on=on, note=note, approver=approver, rating=rating,
                          rating_note=rating_note)
        text = self.tr("改为「{status}」").format(status=label(status))
        return self.run(LedgerCommand(self.ledger, text, action, task_ids=[task_id]))

    def add_progress(self, task_id: int, text: str, *, period: str | None = None, percent: int | None = None,
                     kind: ProgressKind = ProgressKind.PROGRESS, meeting_id: int | None = None,
                     entry_date: date | None = None, status: Status | None = None,
                     files: list[tuple[str, bytes]] | None = None, text_of_step: str = "") -> bool:
        def action(session: Session, actor: str) -> Outcome:
            entry = add_progress(session, actor, task_id, text, period=period, percent=percent, kind=kind,
                                 meeting_id=meeting_id, entry_date=entry_date)
            for name, content in files or []:  # evidence behind this report: redo attaches it again
                add_attachment(session, actor, name, content, EvidencePurpose.PROGRESS, progress_entry_id=entry.id)
            if status is not None and status != get_task(session, task_id).status:
                change_status(session, actor, task_id, status, on=entry.entry_date)
            return Outcome(progress_ids=[entry.id])
        return self.run(LedgerCommand(self.ledger, text_of_step or self.tr("录入进展"), action, task_ids=[task_id],
                                      replay=True))

    def revise_progress(self, task_id: int, entry_id: int, text: str, *, seen: str, percent: int | None = None,
                        status: Status | None = None, on: date | None = None) -> bool:
        """Correct an entry made at this meeting (and the status with it), undone together."""
        def action(session: Session, actor: str) -> Outcome:
            old_text, old_percent = revise_progress(session, actor, entry_id, text, percent=percent, seen=seen)
            if status is not None and status != get_task(session, task_id).status:
                change_status(session, actor, task_id, status, on=on)
            return Outcome(revised=[(entry_id, old_text, old_percent)])
        return self.run(LedgerCommand(self.ledger, self.tr("修改进展"), action, task_ids=[task_id], replay=True))

    def extend(self, task_id: int, deadline: Deadline, reason: str, approved_by: str = "") -> bool:
        def action(session: Session, actor: str) -> Outcome:
            extension = extend_deadline(session, actor, task_id, deadline, reason=reason, approved_by=approved_by)
            session.flush()
            return Outcome(extension_ids=[extension.id])
        return self.run(LedgerCommand(self.ledger, self.tr("延期"), action, task_ids=[task_id], replay=True))

    def delete(self, task_id: int) -> bool:
        return self._on_subtree(self.tr("删除任务"), task_id, delete_task)

    def restore(self, task_id: int) -> bool:
        return self._on_subtree(self.tr("从回收站恢复"), task_id, restore_task)

    def _on_subtree(self, text: str, task_id: int, change: Callable[[Session, str, int], object]) -> bool:
        """Delete and restore touch a task and its subtasks: snapshot them all, so undo puts each back."""
        with self.ledger.reading() as session:
            ids = subtree_ids(session, task_id)

        def action(session: Session, actor: str) -> None:
            change(session, actor, task_id)
        return self.run(LedgerCommand(self.ledger, text, action, task_ids=ids))
