"""The 督办 steps on a task: 签收 by its section, 延期申请 and its 审批, 退回重办 at review — each in the timeline."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.audit import by_words, last_change, when_words
from models.domain.deadlines import Deadline, chinese_date, deadline_words, own_words
from models.domain.entities import Extension, ExtensionRequest, ProgressEntry, Task
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.domain.lights import period_of
from models.domain.progress import add_progress
from models.domain.tasks import change_status, extend_deadline, get_task
from models.domain.text import clause, cut_title
from models.domain.workflow import check_length, require_text
from models.errors import RuleError, said

PENDING, APPROVED, REFUSED = "pending", "approved", "refused"
STATE_WORDS = {PENDING: said("待审批"), APPROVED: said("已同意"), REFUSED: said("不同意")}
DECIDED_WORDS = {APPROVED: said("同意"), REFUSED: said("不同意")}
RETURN_PERCENT = 90  # a task sent back with no report below 100% before its 办结: nearly done, not done
FEEDBACK_KINDS = [kind for kind in ProgressKind if kind.counts_as_feedback]


def needs_sign_off(task: Task) -> bool:
    """A top-level task waits for its section's 签收 until signed; subtasks come with their parent."""
    return task.parent_id is None and task.signed_at is None


def check_not_later_than_today(day: date, what: str) -> None:
    """A step recorded afterwards from the form that came back (签收, 延期申请) happened by today, not after it."""
    if day > date.today():
        raise RuleError("{what}（{day}）不能晚于今天。", what=what, day=chinese_date(day))


def sign(session: Session, actor: str, task_id: int, *, by: str = "", at: datetime | None = None) -> ProgressEntry:
    """签收: who signed for the task (the clerk records the section's word on one PC) and when."""
    if at is not None:
        check_not_later_than_today(at.date(), said("签收日期"))
    task = get_task(session, task_id)
    if task.parent_id is not None:
        raise RuleError("子任务随上级任务签收，不用单独签收。")
    if task.signed_at is not None:
        raise RuleError("「{title}」已由 {by} 于 {when} 签收。", title=cut_title(task.title),
                        by=task.signed_by or said("别人"), when=when_words(task.signed_at))
    who = by.strip() or actor
    moment = at or datetime.now()
    audit.record(session, actor, "sign", "task", task_id, "signed_by", None, who)
    task.signed_at, task.signed_by = moment, who[:64]
    section = task.lead_section.name if task.lead_section else ""
    return add_progress(session, actor, task_id, f"{section}签收（{who}）" if section else f"签收（{who}）",
                        entry_date=moment.date(), kind=ProgressKind.SIGN_OFF, author=who)


def awaits_sign(session: Session, task_id: int) -> bool:
    """待签收: a top-level task, still open, its section has not signed for."""
    task = get_task(session, task_id)
    return task.parent_id is None and task.signed_at is None and task.status.is_active


def pending_request(session: Session, task_id: int) -> ExtensionRequest | None:
    return session.scalars(select(ExtensionRequest).where(
        ExtensionRequest.task_id == task_id, ExtensionRequest.state == PENDING)
        .order_by(ExtensionRequest.id.desc())).first()


def request_to_decide(session: Session, task_id: int) -> ExtensionRequest:
    """The task's request waiting for 审批; none waiting, refused — saying who decided the last one, how and when
    (a second approver, or a second `task extend-approve`)."""
    waiting = pending_request(session, task_id)
    if waiting is not None:
        return waiting
    decided = session.scalars(select(ExtensionRequest).where(ExtensionRequest.task_id == task_id)
                              .order_by(ExtensionRequest.id.desc())).first()
    if decided is None:
        raise RuleError("这项任务没有待审批的延期申请。")
    raise RuleError("这项任务的延期申请已由 {by} 于 {when} {state}，没有待审批的申请。",
                    by=decided.decided_by or said("别人"),
                    when=chinese_date(decided.decided_on or decided.asked_on),
                    state=DECIDED_WORDS.get(decided.state, decided.state))


def ask_extension(session: Session, actor: str, task_id: int, asked: Deadline, reason: str, *,
                  on: date | None = None, by: str = "") -> tuple[ExtensionRequest, ProgressEntry]:
    """延期申请 by the task's lead section (`by`: the person who applied, as the form names them; may be blank):
    the deadline stays as it is until the request is approved; asked after it, 逾期申请."""
    reason = require_text(reason, "延期理由")
    applicant = check_length(by.strip(), "申请人", 64)
    task = get_task(session, task_id)
    if not task.status.is_active:
        raise RuleError("「{title}」是「{status}」，没有要延的完成时限。", title=cut_title(task.title),
                        status=task.status.label)
    if asked.kind != DeadlineKind.DATE or asked.due is None:
        raise RuleError("申请延期须写明延至哪一天，如 2026-09-30 或“9月底前”。")
    day = on or date.today()
    check_not_later_than_today(day, said("申请日期"))
    if task.deadline_kind == DeadlineKind.DATE and task.due_date is not None and asked.due <= task.due_date:
        raise RuleError("申请延至的日期应晚于现在的完成时限（{due}）。", due=chinese_date(task.due_date))
    waiting = pending_request(session, task_id)
    if waiting is not None:
        raise RuleError("「{title}」已有一份 {when} 提出的延期申请（延至{to}）待审批，请等审批后再申请。",
                        title=cut_title(task.title), when=chinese_date(waiting.asked_on), to=_asked_words(waiting))
    late = task.deadline_kind == DeadlineKind.DATE and task.due_date is not None and task.due_date < day
    request = ExtensionRequest(task_id=task_id, asked_on=day, asked_by=applicant, new_due_date=asked.due,
                               new_text=asked.display, reason=reason, late=late, state=PENDING,
                               decided_by="", decided_on=None, answer="", created_at=datetime.now())
    session.add(request)
    audit.record(session, actor, "extension_ask", "task", task_id, "extension_request", None, asked.display)
    words = "逾期申请延期至{to}：{reason}" if late else "申请延期至{to}：{reason}"  # stored: the ledger's words
    entry = add_progress(session, actor, task_id, words.format(to=asked.display, reason=reason), entry_date=day,
                         period=period_of(day), kind=ProgressKind.EXTENSION_ASK, author=applicant or actor)
    return request, entry


def _asked_words(request: ExtensionRequest) -> str:
    return deadline_words(request.new_text, request.new_due_date)


def decide_extension(session: Session, actor: str, request_id: int, approve: bool, *, by: str = "",
                     answer: str = "", on: date | None = None) -> tuple[Extension | None, ProgressEntry]:
    """延期审批: approved, an Extension moves the deadline (the old kept); refused, it stands, the reason kept.
    Refused, with who and when, when someone else has decided the request meanwhile."""
    request = session.get(ExtensionRequest, request_id, with_for_update=True, populate_existing=True)
    if request is None:
        raise RuleError("找不到这份延期申请（可能已被撤销）。")
    task = get_task(session, request.task_id)
    if request.state != PENDING:
        who, pc, when = last_change(session, "task", task.id)
        raise RuleError("「{title}」的延期申请已由 {by} 于 {when} 审批（{state}），这次没有改。",
                        title=cut_title(task.title), by=request.decided_by or by_words(who, pc) or said("别人"),
                        when=when_words(when), state=STATE_WORDS.get(request.state, request.state))
    if not task.status.is_active:
        raise RuleError("「{title}」已是「{status}」，不再审批延期。", title=cut_title(task.title),
                        status=task.status.label)
    day = on or date.today()
    who = by.strip() or actor
    extension = None
    if approve:
        asked = Deadline(DeadlineKind.DATE, request.new_due_date, own_words(request.new_text))
        extension = extend_deadline(session, actor, task.id, asked, reason=request.reason, approved_by=who,
                                    approved_on=day)
        session.flush()
        request.extension_id = extension.id
        text = f"同意延期至{_asked_words(request)}（{who}）"
        if answer.strip():
            text += "：" + answer.strip()
    else:
        answer = require_text(answer, "不同意的理由")
        text = "不同意延期（{who}）：{why}，完成时限仍为{due}".format(
            who=who, why=clause(answer), due=deadline_words(task.deadline_text, task.due_date) or "—")
    request.state, request.decided_by, request.decided_on = APPROVED if approve else REFUSED, who[:64], day
    request.answer = answer.strip()
    audit.record(session, actor, "extension_answer", "task", task.id, "extension_request", PENDING, request.state)
    entry = add_progress(session, actor, task.id, text, entry_date=day, kind=ProgressKind.EXTENSION_ANSWER,
                         author=who)
    return extension, entry


def reopen_request(session: Session, actor: str, request_id: int) -> None:
    """Undo of a decision: the request waits again (its Extension and entry go with the rest of the undo)."""
    request = session.get(ExtensionRequest, request_id, with_for_update=True)
    if request is None:
        return
    audit.record(session, actor, "undo", "task", request.task_id, "extension_request", request.state, PENDING)
    request.state, request.decided_by, request.decided_on, request.answer = PENDING, "", None, ""
    request.extension_id = None


def remove_request(session: Session, actor: str, request_id: int) -> None:
    """Undo of an application: it goes, its text kept in the trail."""
    request = session.get(ExtensionRequest, request_id)
    if request is None:
        return
    if request.state != PENDING:
        raise RuleError("这份延期申请已经审批，不能再撤销申请；请先撤销审批。")
    audit.record(session, actor, "undo", "task", request.task_id, "extension_request", request.new_text, None)
    session.delete(request)


def percent_after_return(percent: int, reports: Iterable[int | None]) -> int:
    """Where a task sent back stands: not done, so never 100%. Its percent as it is when below 100, else its
    section's last report below 100% (the figure before the 办结, `reports` newest first), else 90%."""
    if percent < 100:
        return percent
    return next((reported for reported in reports if reported is not None and reported < 100), RETURN_PERCENT)


def report_percents(session: Session, task_id: int) -> list[int | None]:
    """The percentages of the task's own reports (复命, 进展), newest first."""
    query = (select(ProgressEntry.percent)
             .where(ProgressEntry.task_id == task_id, ProgressEntry.kind.in_(FEEDBACK_KINDS))
             .order_by(ProgressEntry.entry_date.desc(), ProgressEntry.id.desc()))
    return list(session.scalars(query))


def check_redo_deadline(deadline: Deadline, day: date) -> None:
    """A 重办时限 is a day, not before the return (`day`)."""
    if deadline.kind != DeadlineKind.DATE or deadline.due is None:
        raise RuleError("重办时限须写明哪一天，如 2026-12-31 或“12月底前”。")
    if deadline.due < day:
        raise RuleError("重办时限（{due}）早于退回的日期（{day}）。", due=chinese_date(deadline.due),
                        day=chinese_date(day))


def return_task(session: Session, actor: str, task_id: int, reason: str, *, by: str = "",
                on: date | None = None, deadline: Deadline | None = None) -> tuple[ProgressEntry, Extension | None]:
    """退回重办: a task reported 已办结 goes back to 推进中 with the reason; the return is counted. Its percent goes
    below 100% (percent_after_return). `deadline`: the 重办时限 the office sets, the deadline moved to it in the
    same step as a 延期 moves one (an Extension, the reason 退回重办); without it the old deadline stands."""
    reason = require_text(reason, "退回理由")
    task = get_task(session, task_id)
    if task.status != Status.COMPLETED:
        raise RuleError("只有已办结、待销号的任务才能退回重办；「{title}」是「{status}」。",
                        title=cut_title(task.title), status=task.status.label)
    day = on or date.today()
    if deadline is not None:
        check_redo_deadline(deadline, day)
    who = by.strip() or actor
    percent = percent_after_return(task.percent, report_percents(session, task_id))
    # the day it was 已办结, which reopening clears: a month's figures taken later still count it finished then
    audit.record(session, actor, "return", "task", task_id, "completed_on", task.completed_on, None)
    change_status(session, actor, task_id, Status.IN_PROGRESS, on=day)
    audit.record(session, actor, "return", "task", task_id, "status_note", None, reason)
    if percent != task.percent:
        audit.record(session, actor, "return", "task", task_id, "percent", task.percent, percent)
        task.percent = percent
    extension = None
    text = f"退回重办（{who}）：{reason}"  # stored: the ledger's words
    if deadline is not None:
        extension = extend_deadline(session, actor, task_id, deadline, reason="退回重办", approved_by=who,
                                    approved_on=day)
        text += f"；重办时限：{deadline.display}"
    entry = add_progress(session, actor, task_id, text, entry_date=day, kind=ProgressKind.RETURN, author=who)
    return entry, extension
