"""The window's changes to 督查 records and problems, each one transaction through the controller."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from models.domain import directory
from models.domain.concurrency import check_untouched
from models.domain.enums import EvidencePurpose, ProblemStatus
from models.domain.evidence import add_attachment
from models.domain.inspections import InspectionDraft, create_inspection, delete_inspection, update_inspection
from models.domain.problems import (
    ProblemDraft,
    add_problem_report,
    change_problem_status,
    create_problem,
    delete_problem,
    set_problem_deadline,
    update_problem,
)
from ui.controller import LedgerController

Result = TypeVar("Result")


class OversightActions(QObject):
    """Each method returns what it made (an id) or True, or None when the change was refused or failed."""

    changed = Signal()

    def __init__(self, controller: LedgerController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller  # its failed signal says every refusal

    def _run(self, work: Callable[[Session, str], Result]) -> Result | None:
        result = self.controller.run_apart(work)
        if result is not None:
            self.changed.emit()
        return result

    def save_record(self, draft: InspectionDraft, record_id: int | None = None, seen: int | None = None,
                    title: str = "") -> int | None:
        """`seen`: the record's newest change when its form opened; a save over another PC's edit is refused."""
        def work(session: Session, actor: str) -> int:
            if record_id is None:
                return create_inspection(session, actor, draft).id
            if seen is not None:
                check_untouched(session, "inspection", record_id, seen, title)
            return update_inspection(session, actor, record_id, draft).id
        return self._run(work)

    def delete_record(self, record_id: int) -> bool:
        def work(session: Session, actor: str) -> bool:
            delete_inspection(session, actor, record_id)
            return True
        return self._run(work) is not None

    def save_problem(self, draft: ProblemDraft, owner: str, problem_id: int | None = None,
                     reason: str = "", seen: int | None = None, title: str = "") -> int | None:
        """A new problem from `draft`, or `problem_id` changed to match it (the deadline with `reason`), unless
        another PC changed it after `seen`."""
        def work(session: Session, actor: str) -> int:
            if problem_id is not None and seen is not None:
                check_untouched(session, "problem", problem_id, seen, title)
            draft.owner_id = directory.person(session, actor, owner).id if owner.strip() else None
            if problem_id is None:
                return create_problem(session, actor, draft).id
            update_problem(session, actor, problem_id, description=draft.description, measures=draft.measures,
                           section_id=draft.section_id, owner_id=draft.owner_id, task_id=draft.task_id,
                           inspection_id=draft.inspection_id)
            set_problem_deadline(session, actor, problem_id, draft.deadline, reason)
            return problem_id
        return self._run(work)

    def add_report(self, problem_id: int, text: str, day: date, finished: bool,
                   files: list[tuple[str, bytes]] | None = None) -> bool:
        def work(session: Session, actor: str) -> bool:
            report = add_problem_report(session, actor, problem_id, text, entry_date=day)
            for name, content in files or []:
                add_attachment(session, actor, name, content, EvidencePurpose.RECTIFICATION,
                               problem_report_id=report.id)
            if finished:
                change_problem_status(session, actor, problem_id, ProblemStatus.RECTIFIED, on=day)
            return True
        return self._run(work) is not None

    def set_status(self, problem_id: int, status: ProblemStatus, note: str = "", approver: str = "") -> bool:
        return self._run(lambda session, actor: change_problem_status(
            session, actor, problem_id, status, note=note, approver=approver)) is not None

    def delete_problem(self, problem_id: int) -> bool:
        def work(session: Session, actor: str) -> bool:
            delete_problem(session, actor, problem_id)
            return True
        return self._run(work) is not None

