"""督查 records and the problems found in them: saved (never over another PC's newer edit), deleted, reported
on as they are put right (整改), and moved along their own workflow."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from changes.concurrency import check_status_seen, check_unchanged, edited
from models.domain import directory
from models.domain.enums import EvidencePurpose, ProblemStatus
from models.domain.evidence import add_attachment
from models.domain.inspections import InspectionDraft, create_inspection, delete_inspection, update_inspection
from models.domain.problems import (
    ProblemDraft,
    add_problem_report,
    change_problem_status,
    create_problem,
    delete_problem,
    get_problem,
    set_problem_deadline,
    update_problem,
)
from models.domain.rights import Act, require
from models.ledger import Ledger
from models.read.problems import inspection_form_fields, problem_form_fields


def save_record(ledger: Ledger, draft: InspectionDraft, record_id: int | None = None,
                seen: Mapping[str, object] | None = None) -> int:
    """A new record, or `record_id` changed. `seen`: its fields when its form opened; a field the user changed
    that another PC has changed since is refused, and the fields the user left keep the other PC's values."""
    with ledger.begin() as session:
        require(session, Act.EDIT)
        if record_id is None:
            return create_inspection(session, ledger.actor, draft).id
        if seen is not None:
            mine = edited(seen, inspection_form_fields(draft))
            fields: dict[str, Any] = check_unchanged(session, "inspection", record_id, seen, mine) | mine
            fields["unit_ids"], fields["task_ids"] = list(fields["unit_ids"]), list(fields["task_ids"])
            draft = replace(draft, **fields)
        return update_inspection(session, ledger.actor, record_id, draft).id


def delete_record(ledger: Ledger, record_id: int) -> None:
    with ledger.begin() as session:
        require(session, Act.DELETE)
        delete_inspection(session, ledger.actor, record_id)


def save_problem(ledger: Ledger, draft: ProblemDraft, owner: str, problem_id: int | None = None, reason: str = "",
                 seen: Mapping[str, object] | None = None) -> int:
    """A new problem from `draft`, or `problem_id` changed to match it (the deadline with `reason`); the owner
    by name, added to the directory when new. `seen`: its fields when its form opened, as for a record."""
    with ledger.begin() as session:
        require(session, Act.EDIT)
        actor = ledger.actor
        if problem_id is not None and seen is not None:
            mine = edited(seen, problem_form_fields(draft, owner))
            fields: dict[str, Any] = check_unchanged(session, "problem", problem_id, seen, mine) | mine
            owner = str(fields.pop("owner"))
            draft = replace(draft, **fields)
        draft.owner_id = directory.person(session, actor, owner).id if owner.strip() else None
        if problem_id is None:
            return create_problem(session, actor, draft).id
        update_problem(session, actor, problem_id, description=draft.description, measures=draft.measures,
                       section_id=draft.section_id, owner_id=draft.owner_id, task_id=draft.task_id,
                       inspection_id=draft.inspection_id)
        set_problem_deadline(session, actor, problem_id, draft.deadline, reason)
        return problem_id


def add_report(ledger: Ledger, problem_id: int, text: str, day: date, finished: bool,
               files: list[tuple[str, bytes]] | None = None) -> None:
    """A 整改 report with its evidence; `finished` marks the problem put right with it."""
    with ledger.begin() as session:
        actor = ledger.actor
        require(session, Act.RECTIFY, problem_id=problem_id)
        check_status_seen(session, "problem", problem_id, None)  # locked: a 销号 on another PC waits its turn
        report = add_problem_report(session, actor, problem_id, text, entry_date=day)
        for name, content in files or []:
            add_attachment(session, actor, name, content, EvidencePurpose.RECTIFICATION, problem_report_id=report.id)
        if finished:
            change_problem_status(session, actor, problem_id, ProblemStatus.RECTIFIED, on=day)


def set_problem_status(ledger: Ledger, problem_id: int, status: ProblemStatus, note: str = "",
                       approver: str = "", *, seen: ProblemStatus | None = None) -> None:
    """`seen`: the status the user saw; refused, naming who and when, if another PC has changed it since."""
    with ledger.begin() as session:
        require(session, _problem_act(session, problem_id, status), problem_id=problem_id)
        check_status_seen(session, "problem", problem_id, seen)
        change_problem_status(session, ledger.actor, problem_id, status, note=note, approver=approver)


def _problem_act(session: Session, problem_id: int, status: ProblemStatus) -> Act:
    """销号 and 重新整改 are the office's; 整改中 and 已整改 are the section's own report."""
    if status is ProblemStatus.CLOSED:
        return Act.CLOSE
    now = get_problem(session, problem_id).status
    return Act.REOPEN if now in (ProblemStatus.RECTIFIED, ProblemStatus.CLOSED) else Act.RECTIFY


def remove_problem(ledger: Ledger, problem_id: int) -> None:
    with ledger.begin() as session:
        require(session, Act.DELETE)
        delete_problem(session, ledger.actor, problem_id)
