"""The example's 督办 steps: tasks signed for two days after the breakdown, one still 待签收 (never signed for since),
an application waiting, one refused, a 办结 sent back for rework (退回重办) and finished again; the latest meeting's
items assigned (交办); the last two months frozen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo.data import DECISIONS
from demo.oversight import relative_deadline_text
from models.domain.deadlines import Deadline, parse_deadline
from models.domain.entities import Meeting, Section, Task
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.domain.frozen_months import freeze
from models.domain.progress import add_progress
from models.domain.settings import load_settings
from models.domain.supervision import ask_extension, decide_extension, pending_request, return_task, sign
from models.domain.tasks import TaskDraft, change_status, create_task
from models.read.months import month_snapshot

UNSIGNED = "组织年轻组工干部到基层一线跟班学习"
ASKING = "把会议精神放到“现状、目标、任务”三个维度对接研判，形成全年工作思路"
REFUSED = "组织专题学习成效“回头看”"
RETURNED = "严格干部选拔任用全程纪实，开展“一报告两评议”"


def write_supervision(session: Session, actor: str, today: date, signed_on: date) -> None:
    tasks = {task.title: task for task in session.scalars(select(Task).where(Task.parent_id.is_(None)))}
    for title, task in tasks.items():
        if title == UNSIGNED:  # assigned at the breakdown and never signed for: yellow, in 待签收
            continue
        section = task.lead_section.name if task.lead_section else ""
        sign(session, actor, task.id, by=f"{section}负责人", at=datetime.combine(signed_on, time(16, 0)))
    asking = tasks[ASKING]
    if asking.due_date is not None:  # due in a few days: the section asks for a month more, not yet decided
        ask_extension(session, actor, asking.id, Deadline(DeadlineKind.DATE, asking.due_date + timedelta(days=30)),
                      "需待市委常委会研究后定稿", on=today - timedelta(days=1))
    refused = tasks[REFUSED]
    if refused.due_date is not None:  # asked after the deadline (逾期申请) and refused: it stays red
        asked_on = refused.due_date + timedelta(days=2)
        ask_extension(session, actor, refused.id, Deadline(DeadlineKind.DATE, refused.due_date + timedelta(days=45)),
                      "牵头科室人员调整", on=asked_on)
        waiting = pending_request(session, refused.id)
        if waiting is not None:
            decide_extension(session, actor, waiting.id, False, by="王建国", on=asked_on + timedelta(days=1),
                             answer="逾期后才申请，且理由不充分，请抓紧办结")
    returned = tasks[RETURNED]
    if returned.status == Status.COMPLETED and returned.completed_on is not None:
        finished = returned.completed_on
        return_task(session, actor, returned.id, "缺少纪实材料和评议结果，请补齐后重新报办结", by="办公室督查",
                    on=finished)
        add_progress(session, actor, returned.id, "已补齐纪实材料和评议结果，任务已全部完成，重新报办结。",
                     entry_date=finished, percent=100, kind=ProgressKind.FEEDBACK, author="干部监督科")
        change_status(session, actor, returned.id, Status.COMPLETED, on=finished)


def write_decisions(session: Session, actor: str, meeting: Meeting, sections: dict[str, Section]) -> None:
    """The items the latest 月例会 assigned (交办), as its 交办新事项 makes them: each from the meeting (its 会议纪要's
    三、会议议定事项), made that day; one signed for at once, the other waiting 待签收."""
    for title, section, days, signed in DECISIONS:
        due = meeting.held_on + timedelta(days=days)
        task = create_task(session, actor, TaskDraft(
            meeting.held_on.year, title, lead_section_id=sections[section].id,
            deadline=parse_deadline(relative_deadline_text(due, meeting.held_on.year), meeting.held_on.year),
            source_meeting_id=meeting.id, source_text=meeting.title))
        task.created_at = datetime.combine(meeting.held_on, time(10, 0))
        if signed:
            sign(session, actor, task.id, by=f"{section}负责人", at=datetime.combine(meeting.held_on, time(16, 0)))


def freeze_months(session: Session, actor: str, today: date, meetings: list[date]) -> None:
    """The two months before this one frozen, each at the 结束会议 of the next month's meeting (`meetings`: the
    days of the months' meetings, oldest first), as the office freezes them: their 通报 reads the same ever since."""
    settings = load_settings(session)
    for month_day, frozen_on in pairwise(meetings):
        month = f"{month_day.year}-{month_day.month:02d}"
        if month_day.year != today.year or month == f"{today.year}-{today.month:02d}":
            continue
        as_of, figures = month_snapshot(session, month, today, settings)
        freeze(session, actor, month, as_of, figures, at=datetime.combine(frozen_on, time(11, 30)))
