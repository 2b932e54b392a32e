"""A report on a task (复命, 进展) entered, with its evidence and the status it brings; an entry corrected."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from changes.concurrency import check_status_seen
from changes.undoing import Change, Outcome, carry_out
from models.domain.enums import EvidencePurpose, ProgressKind, Status
from models.domain.evidence import add_attachment
from models.domain.progress import add_progress, revise_progress
from models.domain.rights import Act, require
from models.domain.tasks import change_status, get_task
from models.ledger import Ledger


@dataclass
class ProgressDraft:
    """One report as entered: its words, the period it answers (None: this month), and what comes with it."""

    text: str
    period: str | None = None
    percent: int | None = None
    kind: ProgressKind = ProgressKind.PROGRESS
    meeting_id: int | None = None
    entry_date: date | None = None
    status: Status | None = None  # the task's status after this report, when it changes it
    seen: Status | None = None  # the status the user saw, when the report changes it: refused if changed since
    files: list[tuple[str, bytes]] = field(default_factory=list)


def report_act(status: Status | None, kind: ProgressKind = ProgressKind.PROGRESS) -> Act:
    """A report, with 办结 or 推进中 as it says, is the section's own; one that pauses or cancels is an edit, and
    a 督办 or 催办 entry is the office's chasing, not the section's report."""
    if not kind.counts_as_feedback:
        return Act.NOTICES
    return Act.REPORT if status in (None, Status.IN_PROGRESS, Status.COMPLETED) else Act.EDIT


def enter_progress(ledger: Ledger, task_id: int, draft: ProgressDraft) -> Change:
    def work(session: Session, actor: str) -> Outcome:
        require(session, report_act(draft.status, draft.kind), task_id=task_id)
        if draft.status is not None:
            check_status_seen(session, "task", task_id, draft.seen)
        entry = add_progress(session, actor, task_id, draft.text, period=draft.period, percent=draft.percent,
                             kind=draft.kind, meeting_id=draft.meeting_id, entry_date=draft.entry_date)
        for name, content in draft.files:  # evidence behind this report: made again with it on redo
            add_attachment(session, actor, name, content, EvidencePurpose.PROGRESS, progress_entry_id=entry.id)
        if draft.status is not None and draft.status != get_task(session, task_id).status:
            change_status(session, actor, task_id, draft.status, on=entry.entry_date)
        return Outcome(progress_ids=[entry.id])
    return carry_out(ledger, work, [task_id], replay=True)


def revise_entry(ledger: Ledger, task_id: int, entry_id: int, text: str, *, seen: str, percent: int | None = None,
                 status: Status | None = None, on: date | None = None) -> Change:
    """Correct an entry made at this meeting (and the status with it), undone together; `seen` is the entry's
    words as the user saw them, refused if another PC has changed them since."""
    def work(session: Session, actor: str) -> Outcome:
        require(session, report_act(status), task_id=task_id)
        old_text, old_percent = revise_progress(session, actor, entry_id, text, percent=percent, seen=seen)
        if status is not None and status != get_task(session, task_id).status:
            change_status(session, actor, task_id, status, on=on)
        return Outcome(revised=[(entry_id, old_text, old_percent)])
    return carry_out(ledger, work, [task_id], replay=True)
