"""佐证材料 attached to a task or a problem, and taken off again."""

from __future__ import annotations

from models.domain.entities import Attachment
from models.domain.enums import EvidencePurpose
from models.domain.evidence import attach_files, remove_attachment
from models.domain.rights import Act, require
from models.ledger import Ledger


def attach(ledger: Ledger, files: list[tuple[str, bytes]], purpose: EvidencePurpose, *, task_id: int | None = None,
           problem_id: int | None = None) -> list[int]:
    """佐证材料 attached to a task or a problem; returns their ids."""
    with ledger.begin() as session:
        require(session, Act.REPORT if problem_id is None else Act.RECTIFY, task_id=task_id, problem_id=problem_id)
        return attach_files(session, ledger.actor, files, purpose, task_id=task_id, problem_id=problem_id)


def detach(ledger: Ledger, attachment_id: int) -> None:
    with ledger.begin() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is not None:
            require(session, Act.REPORT if attachment.problem_id is None else Act.RECTIFY,
                    task_id=attachment.task_id, problem_id=attachment.problem_id)
        remove_attachment(session, ledger.actor, attachment_id)
