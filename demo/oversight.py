"""The example ledger's 督查/调研 records, the problems found in them at every stage of 整改, and its 督办."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from demo.data import INSPECTIONS, PROBLEM_REPORTS
from models.domain import directory
from models.domain.deadlines import month_end, parse_deadline
from models.domain.entities import Notice, Section, Task
from models.domain.enums import InspectionKind, NoticeLevel, ProblemStatus
from models.domain.inspections import InspectionDraft, create_inspection
from models.domain.notices import issue_notices, notice_number
from models.domain.problems import ProblemDraft, add_problem_report, change_problem_status, create_problem
from models.domain.reminders import record_reminder
from models.domain.settings import load_settings

ACTOR = "示例数据"


def relative_deadline_text(due: date, year: int) -> str:
    """A deadline as the office writes one: 3月底前, 4月14日前, 2027年1月10日前."""
    prefix = "" if due.year == year else f"{due.year}年"
    if due == month_end(due.year, due.month):
        return f"{prefix}{due.month}月底前"
    return f"{prefix}{due.month}月{due.day}日前"


def write_inspections(session: Session, today: date, meeting_day: date, rng: random.Random) -> int:
    """The records and their problems, dated back from `today` but never before the year began; returns the
    number of problems written."""
    year = today.year
    sections = {s.name: s.id for s in session.scalars(select(Section))}
    tasks = {t.title: t.id for t in session.scalars(select(Task).where(Task.year == year))}
    count = 0
    for kind, days_back, title, team, units, checked, findings, problems in INSPECTIONS:
        held_on = meeting_day if kind == "meeting" else max(date(year, 1, 2), today - timedelta(days=days_back))
        record = create_inspection(session, ACTOR, InspectionDraft(
            held_on, InspectionKind(kind), title, team, findings, [sections[u] for u in units],
            [tasks[t] for t in checked]))
        for description, section, owner, measures, spec, scenario, task_title in problems:
            text = spec if isinstance(spec, str) else relative_deadline_text(
                max(held_on + timedelta(days=7), today + timedelta(days=spec)), year)
            problem = create_problem(session, ACTOR, ProblemDraft(
                year, description, record.id, tasks.get(task_title), sections[section],
                directory.person(session, ACTOR, owner).id, measures, parse_deadline(text, year)))
            _play(session, problem.id, held_on, today, owner, scenario, rng)
            count += 1
    return count


def _play(session: Session, problem_id: int, found_on: date, today: date, owner: str, scenario: str,
          rng: random.Random) -> None:
    if scenario == "pending":
        return
    span = max(1, (today - found_on).days)
    first = found_on + timedelta(days=max(1, span // 3))
    add_problem_report(session, ACTOR, problem_id, PROBLEM_REPORTS[0], entry_date=min(first, today), author=owner)
    if scenario == "rectifying" and span > 14:
        text = rng.choice(PROBLEM_REPORTS[1:]).format(count=rng.randint(2, 6))
        add_problem_report(session, ACTOR, problem_id, text, entry_date=today - timedelta(days=3), author=owner)
    if scenario in ("rectified", "closed"):
        done = found_on + timedelta(days=max(2, span * 2 // 3))
        add_problem_report(session, ACTOR, problem_id, "各项整改措施已落实到位，形成整改报告", entry_date=done,
                           author=owner)
        change_problem_status(session, ACTOR, problem_id, ProblemStatus.RECTIFIED, on=done)
    if scenario == "closed":
        change_problem_status(session, ACTOR, problem_id, ProblemStatus.CLOSED, on=min(today, done + timedelta(days=3)),
                              note="经复查，整改到位，同意销号。", approver="刘海燕")


# 督办 at the three levels, days before today: the longest-overdue task's 红色督办单 (chased by phone since), a
# 督办单 to a task behind schedule, and a 提醒 by phone to one whose deadline is two days off.
NOTICES = (("组织重点企业赴高校专场引才活动", NoticeLevel.RED, 4, "电话"),
           ("开展软弱涣散基层党组织排查整顿", NoticeLevel.YELLOW, 9, ""),
           ("开展高层次人才服务专员制度落实情况督查", NoticeLevel.BLUE, 1, "电话"))


def write_notices(session: Session, today: date) -> None:
    for title, level, days_ago, how in NOTICES:
        task_id = session.scalars(select(Task.id).where(Task.title == title, Task.parent_id.is_(None))).first()
        if task_id is None:
            continue
        day = today - timedelta(days=days_ago)
        if level is NoticeLevel.BLUE:
            record_reminder(session, ACTOR, task_id, level, day, how=how)
            continue
        (issued,) = issue_notices(session, ACTOR, [task_id], day, 7, late={task_id}, levels={task_id: level},
                                  code=load_settings(session).notice_code)
        if how:  # and chased by another way the next day
            notice = session.get(Notice, issued.id)
            if notice is not None:
                record_reminder(session, ACTOR, task_id, level, day + timedelta(days=1), how=how,
                                notice_id=notice.id, number=notice_number(notice.year, notice.number, notice.code))
