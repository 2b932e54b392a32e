"""The window's changes to 督查 records and problems, each one transaction through the controller."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from changes import oversight
from models.domain.enums import ProblemStatus
from models.domain.inspections import InspectionDraft
from models.domain.problems import ProblemDraft
from ui.controller import LedgerController

Result = TypeVar("Result")


class OversightActions(QObject):
    """Each method returns what it made (an id) or True, or None when the change was refused or failed."""

    changed = Signal()

    def __init__(self, controller: LedgerController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller  # its failed signal says every refusal

    def _run(self, text: str, change: Callable[[], Result]) -> Result | None:
        result = self.controller.perform(text, change, reread=False)
        if result is not None:
            self.changed.emit()
        return result

    def _done(self, text: str, change: Callable[[], object]) -> bool:
        made = self.controller.apply(text, change, reread=False)
        if made:
            self.changed.emit()
        return made

    def save_record(self, draft: InspectionDraft, record_id: int | None = None,
                    seen: Mapping[str, object] | None = None) -> int | None:
        """`seen`: the record's fields when its form opened; what the user changed that another PC changed
        since is refused."""
        ledger = self.controller.ledger
        return self._run(self.tr("保存督查记录"), lambda: oversight.save_record(ledger, draft, record_id, seen))

    def delete_record(self, record_id: int) -> bool:
        ledger = self.controller.ledger
        return self._done(self.tr("删除督查记录"), lambda: oversight.delete_record(ledger, record_id))

    def save_problem(self, draft: ProblemDraft, owner: str, problem_id: int | None = None,
                     reason: str = "", seen: Mapping[str, object] | None = None) -> int | None:
        """A new problem from `draft`, or `problem_id` changed to match it (the deadline with `reason`), unless
        another PC changed since `seen` a field the user changed too."""
        ledger = self.controller.ledger
        return self._run(self.tr("保存问题"),
                         lambda: oversight.save_problem(ledger, draft, owner, problem_id, reason, seen))

    def add_report(self, problem_id: int, text: str, day: date, finished: bool,
                   files: list[tuple[str, bytes]] | None = None) -> bool:
        ledger = self.controller.ledger
        return self._done(self.tr("录入整改进展"),
                          lambda: oversight.add_report(ledger, problem_id, text, day, finished, files))

    def set_status(self, problem_id: int, status: ProblemStatus, note: str = "", approver: str = "", *,
                   seen: ProblemStatus | None = None) -> bool:
        ledger = self.controller.ledger
        return self._done(self.tr("改变问题状态"), lambda: oversight.set_problem_status(
            ledger, problem_id, status, note, approver, seen=seen))

    def delete_problem(self, problem_id: int) -> bool:
        ledger = self.controller.ledger
        return self._done(self.tr("删除问题"), lambda: oversight.remove_problem(ledger, problem_id))
