"""Issuing numbered supervision notices (督办单): 督〔2026〕12号, with the date the section must reply by."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Notice
from models.domain.tasks import get_task
from models.domain.workflow import check_length

LATE_OPINION = "该任务已超过完成时限，请抓紧办理，并于反馈时限前书面报送办理情况及下一步打算。"
USUAL_OPINION = "请对照完成时限抓紧推进落实，并于反馈时限前书面报送办理情况。"


def notice_number(year: int, number: int) -> str:
    return f"督〔{year}〕{number}号"


def issue_notices(session: Session, actor: str, task_ids: list[int], issued_on: date, reply_days: int, *,
                  late: set[int] | None = None, opinion: str = "") -> list[int]:
    """A notice for each task, numbered on from the year's last (numbers are never reused); returns their ids.

    The 督办事项 is the task itself; the 督办意见 is `opinion`, or a standard one that says so when the task
    is in `late`."""
    opinion = check_length(opinion, "督办意见") if opinion.strip() else ""
    ids = []
    for task_id in task_ids:
        task = get_task(session, task_id)
        last = session.scalar(select(func.max(Notice.number)).where(Notice.year == task.year)) or 0
        notice = Notice(year=task.year, number=last + 1, task_id=task_id, issued_on=issued_on,
                        reply_by=issued_on + timedelta(days=reply_days), matter=task.title,
                        opinion=opinion or (LATE_OPINION if late and task_id in late else USUAL_OPINION),
                        issued_by=actor)
        session.add(notice)
        session.flush()
        audit.record(session, actor, "create", "notice", notice.id, "number", None,
                     notice_number(notice.year, notice.number))
        ids.append(notice.id)
    return ids
