"""督办单 issued and numbered (督〔2026〕12号): one per top-level task, kept while open, a 催办 only when asked for."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Notice, ProgressEntry, Task
from models.domain.enums import NoticeLevel, ProgressKind, Status
from models.domain.reminders import PAPER, check_how, record_reminder
from models.domain.tasks import get_task
from models.domain.workflow import check_length
from models.errors import RuleError

LATE_OPINION = "该任务已超过完成时限，请抓紧办理，并于反馈时限前书面报送办理情况及下一步打算。"
REMIND_OPINION = "该任务临近完成时限，请对照时限抓紧推进，确保按时完成；如有困难请及时报告。"
USUAL_OPINION = "请对照完成时限抓紧推进落实，并于反馈时限前书面报送办理情况。"
_UNFINISHED = [Status.NOT_STARTED, Status.IN_PROGRESS, Status.SUSPENDED]
_REPORTS = [kind for kind in ProgressKind if kind.counts_as_feedback]


class IssuedNotice(NamedTuple):
    id: int
    new: bool  # False: the task's open notice, reprinted under its own number


SOURCES = ("会议", "批示", "督查")  # 事项来源 as the form offers it
_SOURCE_WORDS = {"批示": ("批示", "指示", "交办件"), "督查": ("督查", "巡察", "调研", "检查", "审计")}


def notice_number(year: int, number: int, code: str = "督") -> str:
    """The 文号 printed on a notice: the office's code (设置, e.g. 组督), the year and the number."""
    return f"{code.strip() or '督'}〔{year}〕{number}号"


def notice_source(source_text: str, from_meeting: bool) -> str:
    """事项来源 as the form ticks it: 会议 for a task assigned at a meeting, 批示 or 督查 where the task's
    source says so (领导批示, 督查发现), and 会议 otherwise: most tasks come from the year's 部署会."""
    if not from_meeting:
        for source, words in _SOURCE_WORDS.items():
            if any(word in source_text for word in words):
                return source
    return "会议"


def check_reply_days(reply_days: int | str) -> int:
    """A 反馈时限 is some whole days after the notice goes out, a year at most (the 设置 box's range): never on or
    before the day it is issued. The one check of the days typed (`--reply-days`, a preview's and a real run's
    alike) and of the days a notice is issued with, so every refusal says the same."""
    try:
        days = int(reply_days)
    except ValueError:
        days = 0
    if not 1 <= days <= 365:
        raise RuleError("反馈时限应是 1 到 365 之间的整数天数，收到的是“{days}”。", days=reply_days)
    return days


def _family(session: Session, task_id: int) -> list[int]:
    """The task and every subtask under it (those in the recycle bin left out)."""
    found, frontier = [task_id], [task_id]
    while frontier:
        frontier = list(session.scalars(select(Task.id).where(Task.parent_id.in_(frontier),
                                                              Task.deleted_at.is_(None))))
        found += frontier
    return found


def is_open(session: Session, notice: Notice, on: date) -> bool:
    """Whether `notice` still stands (is open) on `on`: what it chases is unfinished (the task or one of its
    subtasks is 未启动, 推进中 or 暂缓), and either its 反馈时限 has not passed or the section has sent no report
    (进展 or 复命, on the task or a subtask) dated after the day it went out.

    Within the reply time the notice stands even once answered, so a batch run again that week reprints it; after
    the reply time an answered notice is done, and a task still late gets a new one; an unanswered one stays open
    until a 催办 is asked for."""
    family = _family(session, notice.task_id)
    unfinished = session.scalar(select(exists().where(Task.id.in_(family), Task.deleted_at.is_(None),
                                                      Task.status.in_(_UNFINISHED))))
    if not unfinished:
        return False
    if on <= notice.reply_by:
        return True
    answered = session.scalar(select(exists().where(
        ProgressEntry.task_id.in_(family), ProgressEntry.kind.in_(_REPORTS),
        ProgressEntry.entry_date > notice.issued_on, ProgressEntry.entry_date <= on)))
    return not answered


def open_notice(session: Session, task_id: int, on: date) -> Notice | None:
    """The task's newest notice if it still stands on `on` (an older one never outlives a newer one)."""
    newest = session.scalars(select(Notice).where(Notice.task_id == task_id)
                             .order_by(Notice.number.desc()).limit(1)).first()
    return newest if newest is not None and is_open(session, newest, on) else None


def notice_level(notice: Notice) -> NoticeLevel:
    """A notice's level as stored (yellow for one issued before levels existed, or written by hand)."""
    try:
        return NoticeLevel(notice.level)
    except ValueError:
        return NoticeLevel.YELLOW


def issue_notices(session: Session, actor: str, task_ids: list[int], issued_on: date, reply_days: int, *,
                  late: set[int] | None = None, opinion: str = "", again: bool = False, code: str = "督",
                  levels: dict[int, NoticeLevel] | None = None, how: str = PAPER) -> list[IssuedNotice]:
    """A notice for each top-level task: its open notice as it stands, or a new one numbered on from the year's
    last (numbers are never reused). With `again`, or when the task's level (`levels`, yellow when not given) is
    above its open notice's (a 督办单 escalated to a 红色督办单), a new one that follows it (a 催办, citing the
    first). Each new notice is a line of the 催办记录, sent `how` (纸质).

    The 督办事项 is the task itself; the 督办意见 is `opinion`, or a standard one that says so when the task
    is in `late`. A 提醒 (blue) is never numbered: record_reminder keeps it."""
    check_reply_days(reply_days)
    opinion = check_length(opinion, "督办意见") if opinion.strip() else ""
    how = check_how(how)
    issued: list[IssuedNotice] = []
    for task_id in dict.fromkeys(task_ids):  # once each, in the order given
        task = get_task(session, task_id)
        if task.parent_id is not None:
            raise RuleError("督办单发给一级任务，子任务列在其中：{code} 是子任务，请为它所属的任务发督办单。",
                            code=task.code)
        level = (levels or {}).get(task_id, NoticeLevel.YELLOW)
        if level is NoticeLevel.BLUE:
            raise RuleError("提醒不编督办单号：{code} 的提醒请记入催办记录（task remind --level blue）。",
                            code=task.code)
        standing = open_notice(session, task_id, issued_on)
        if standing is not None and not again and level.rank <= notice_level(standing).rank:
            issued.append(IssuedNotice(standing.id, False))
            continue
        last = session.scalar(select(func.max(Notice.number)).where(Notice.year == task.year)) or 0
        notice = Notice(year=task.year, number=last + 1, code=code.strip() or "督", task_id=task_id,
                        issued_on=issued_on, reply_by=issued_on + timedelta(days=reply_days), matter=task.title,
                        opinion=opinion or (LATE_OPINION if late and task_id in late else USUAL_OPINION),
                        issued_by=actor, follows_id=standing.id if standing is not None else None,
                        level=level.value)
        session.add(notice)
        session.flush()
        number = notice_number(notice.year, notice.number, notice.code)
        audit.record(session, actor, "create", "notice", notice.id, "number", None, number)
        if standing is not None:
            audit.record(session, actor, "create", "notice", notice.id, "follows", None,
                         notice_number(standing.year, standing.number, standing.code))
        record_reminder(session, actor, task_id, level, issued_on, how=how, notice_id=notice.id, number=number)
        issued.append(IssuedNotice(notice.id, True))
    return issued


def cited_notices(session: Session, notice: Notice) -> list[Notice]:
    """The notices a 催办 follows, the first first: what it cites."""
    chain: list[Notice] = []
    seen = {notice.id}
    follows = notice.follows_id
    while follows is not None and follows not in seen:
        earlier = session.get(Notice, follows)
        if earlier is None:
            break
        chain.append(earlier)
        seen.add(earlier.id)
        follows = earlier.follows_id
    return list(reversed(chain))


def remove_notice(session: Session, actor: str, notice_id: int) -> None:
    """Take back a notice just issued (undo of a 催办 from the window). Numbers are never reused out of turn: only
    the year's newest number may go back (its number is then the next one's); a later notice refuses it."""
    notice = session.get(Notice, notice_id, with_for_update=True)
    if notice is None:
        return
    number = notice_number(notice.year, notice.number, notice.code)
    later = session.scalar(select(func.max(Notice.number)).where(Notice.year == notice.year)) or 0
    if later > notice.number:
        raise RuleError("{number}之后又发出了{later}，{number}不能再撤销。", number=number,
                        later=notice_number(notice.year, later, notice.code))
    audit.record(session, actor, "undo", "notice", notice.id, "number", number, None)
    session.delete(notice)
    session.flush()
