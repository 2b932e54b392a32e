"""The 督办 steps as use cases: 签收, 延期申请, 同意 or 不同意 it, 退回重办 — each one transaction, undoable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from changes.concurrency import check_status_seen
from changes.undoing import Change, Outcome, carry_out
from models.domain import supervision
from models.domain.deadlines import Deadline
from models.domain.enums import Status
from models.domain.rights import Act, decided_by, require
from models.ledger import Ledger


def sign(ledger: Ledger, task_id: int, *, by: str = "", at: datetime | None = None, on: date | None = None,
         seen: Status | None = None, with_others: Sequence[int] = ()) -> Change:
    """签收 by the task's section (`by`: who signed, as the clerk records it; default the person entering), at
    `at`, or on the day `on` the form says (recorded afterwards; not after today), or now.
    `with_others`: the section's other tasks signed for in the same breath (a section signs for the tasks
    assigned to it together), each still awaiting it when this runs — one signed meanwhile is left as it is."""
    others = [other for other in dict.fromkeys(with_others) if other != task_id]

    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.SIGN, task_id=task_id)
        check_status_seen(session, "task", task_id, seen)
        moment = at or signed_at(on)
        made = [supervision.sign(session, actor, task_id, by=by, at=moment).id]
        for other in others:
            require(session, Act.SIGN, task_id=other)
            if supervision.awaits_sign(session, other):
                made.append(supervision.sign(session, actor, other, by=by, at=moment).id)
        return Outcome(progress_ids=made)
    return carry_out(ledger, work, [task_id, *others], replay=True)


def signed_at(on: date | None) -> datetime:
    """The moment recorded for a 签收 on the day `on`: now when that is today (or not given), else the day itself
    (the form gives a day, not an hour)."""
    now = datetime.now()
    return now if on is None or on == now.date() else datetime.combine(on, time())


def ask_extension(ledger: Ledger, task_id: int, asked: Deadline, reason: str, *, on: date | None = None,
                  seen: Status | None = None, by: str = "") -> Change:
    """延期申请 by the task's section, on the day `on` (default today; not after it), `by` the person who applied
    (may be blank: the section applies): the deadline stands until the request is approved."""
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.ASK_EXTENSION, task_id=task_id)
        check_status_seen(session, "task", task_id, seen)
        request, entry = supervision.ask_extension(session, actor, task_id, asked, reason, on=on, by=by)
        session.flush()
        return Outcome(progress_ids=[entry.id], requests_made=[request.id])
    return carry_out(ledger, work, [task_id], replay=True)


def decide_extension(ledger: Ledger, task_id: int, approve: bool, *, by: str = "", answer: str = "",
                     on: date | None = None, request_id: int | None = None) -> Change:
    """同意 or 不同意 the task's waiting request (`request_id`: the one the user saw; None, whichever waits), by
    `by` (blank: the person entering; a 分管领导's account, always its own login).
    Two approvers at once: the second is told who decided and how, and nothing of theirs is written."""
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.DECIDE_EXTENSION, task_id=task_id)
        who = decided_by(session, by)
        chosen = request_id if request_id is not None else supervision.request_to_decide(session, task_id).id
        extension, entry = supervision.decide_extension(session, actor, chosen, approve, by=who, answer=answer,
                                                        on=on)
        return Outcome(progress_ids=[entry.id], extension_ids=[extension.id] if extension else [],
                       requests_decided=[chosen])
    return carry_out(ledger, work, [task_id], replay=True)


def return_task(ledger: Ledger, task_id: int, reason: str, *, by: str = "", on: date | None = None,
                seen: Status | None = None, deadline: Deadline | None = None) -> Change:
    """退回重办 at review: back to 推进中 with the reason, counted against the section; `by` as in
    decide_extension; `deadline`: the 重办时限, the deadline moved to it in the same step (undone together)."""
    def work(session: Session, actor: str) -> Outcome:
        require(session, Act.RETURN, task_id=task_id)
        who = decided_by(session, by)
        check_status_seen(session, "task", task_id, seen)
        entry, extension = supervision.return_task(session, actor, task_id, reason, by=who, on=on, deadline=deadline)
        session.flush()
        return Outcome(progress_ids=[entry.id], extension_ids=[extension.id] if extension else [])
    return carry_out(ledger, work, [task_id], replay=True)
