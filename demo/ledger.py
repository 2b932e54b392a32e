"""Write the example ledger: the seed speech's key tasks, laid out relative to today."""

from __future__ import annotations

import os
import random
import sqlite3
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from demo.data import FINISHED_PHRASE, LEADERS, NOTICE_SETTINGS, OWNERS, PROGRESS_PHRASES, TASKS, THEMES
from demo.evidence import write_evidence
from demo.instructions import write_instructions
from demo.oversight import relative_deadline_text, write_inspections, write_notices
from demo.supervision import freeze_months, write_decisions, write_supervision
from models.domain import directory
from models.domain.assessment_rules import DEFAULT_RULES, save_rules
from models.domain.deadlines import parse_deadline
from models.domain.entities import Person, Section, Task
from models.domain.enums import ProgressKind, Status
from models.domain.lights import period_of
from models.domain.milestones import Milestone, set_milestones
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, change_status, create_task
from models.errors import LedgerError
from models.file.ledger import create_ledger, remove_ledger_files
from models.file.schema import read_schema_state
from models.ledger import Ledger

DEMO_ORG = "中共示例市委组织部"
DEMO_ACTOR = "示例数据"


def breakdown_day(today: date) -> date:
    """The day the year's task breakdown (年初任务分解) was imported: every example task was made then, as an
    office's are, so each owes a report from February on."""
    return min(date(today.year, 1, 10), today)


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, 25))


class _DemoWriter:
    def __init__(self, session: Session, today: date, rng: random.Random) -> None:
        self.session, self.today, self.rng = session, today, rng
        self.history_rng = random.Random("earlier months")  # drawn apart, so the months shown read as before
        self.year = today.year
        self.breakdown = breakdown_day(today)
        self.sections: dict[str, Section] = {}
        self.leader_of: dict[str, Person] = {}
        self.first_of: dict[str, int] = {}  # the first top-level task of each scenario
        self.meetings = [
            directory.meeting(session, DEMO_ACTOR, _months_back(today, back),
                              f"{_months_back(today, back).month}月月例会")
            for back in (2, 1, 0)
        ]

    def people_and_sections(self) -> None:
        for name, title, section_names in LEADERS:
            leader = directory.person(self.session, DEMO_ACTOR, name, title)
            for section_name in section_names:
                self.sections[section_name] = directory.section(self.session, DEMO_ACTOR, section_name, leader)
                self.leader_of[section_name] = leader
        for owners in OWNERS.values():
            for owner in owners:
                directory.person(self.session, DEMO_ACTOR, owner)

    def deadline(self, spec: int | str) -> object:
        if isinstance(spec, int):
            return relative_deadline_text(self.today + timedelta(days=spec), self.year)
        return spec

    def task(self, key_task_id: int, title: str, section: str, co: list[str], spec: int | str,
             scenario: str, parent_id: int | None = None) -> int:
        owner_name = self.rng.choice(OWNERS[section])
        owner = directory.person(self.session, DEMO_ACTOR, owner_name)
        # 各科室 and 市委党校 are units of their own kind, made on first mention like an import makes them.
        co_ids = [(self.sections.get(name) or directory.section(self.session, DEMO_ACTOR, name)).id for name in co]
        draft = TaskDraft(
            year=self.year, title=title, key_task_id=key_task_id, parent_id=parent_id,
            lead_section_id=self.sections[section].id, co_section_ids=co_ids,
            leader_id=self.leader_of[section].id, owner_id=owner.id,
            deadline=parse_deadline(self.deadline(spec), self.year),
            source_text="年初任务分解" if parent_id is None else "",
        )
        task = create_task(self.session, DEMO_ACTOR, draft)
        self.play(task.id, section, scenario)
        if parent_id is None:
            self.first_of.setdefault(scenario, task.id)
        return task.id

    def play(self, task_id: int, section: str, scenario: str) -> None:
        """Give the task three months of history that ends in the scenario's state."""
        if scenario == "notstarted":
            return
        reported_months = (2, 1) if scenario.startswith("nofb") else (2, 1, 0)
        if scenario in ("done", "closed"):
            reported_months = (2, 1)
        target = {"red": 45, "behind": 10, "yellow": 70, "green": 80, "done": 90, "closed": 90}.get(scenario)
        finishing = scenario in ("done", "closed")
        self.earlier_reports(task_id, section, scenario, None if target is None else target // len(reported_months))
        for step, back in enumerate(reported_months, start=1):
            percent = None if target is None else round(target * step / len(reported_months))
            meeting = self.meetings[2 - back]
            if finishing and step == len(reported_months):
                # The report that finishes a task says so: an example must read as the office would write it.
                self.progress(task_id, section, meeting.held_on, 100, meeting.id, FINISHED_PHRASE,
                              ProgressKind.FEEDBACK)
            else:
                self.progress(task_id, section, meeting.held_on, percent, meeting.id)
        if scenario == "red":
            add_progress(self.session, "办公室督查", task_id, "已逾期，请牵头科室说明原因并提出整改时限。",
                         entry_date=self.today - timedelta(days=1), kind=ProgressKind.SUPERVISION)
        if scenario in ("done", "closed"):
            finished_on = self.meetings[1].held_on
            due = self.session.get(Task, task_id).due_date  # type: ignore[union-attr]
            if due is not None and due < finished_on:
                finished_on = due - timedelta(days=2)  # most finished work was on time
            change_status(self.session, DEMO_ACTOR, task_id, Status.COMPLETED, on=finished_on)
        if scenario == "closed":
            change_status(self.session, DEMO_ACTOR, task_id, Status.CLOSED, on=self.meetings[2].held_on,
                          note="经部务会审核，任务已全面完成，同意销号。", approver="王建国",
                          rating=self.rng.choice(["好", "好", "较好", "一般"]),
                          rating_note="成果扎实，按要求形成总结。")
        if scenario == "suspended":
            change_status(self.session, DEMO_ACTOR, task_id, Status.SUSPENDED,
                          note="根据上级最新部署，暂缓推进。")

    def milestones(self) -> None:
        """序时进度 on three tasks, whose reports this month come out 超进度, 达进度 and 欠进度: the month's
        milestone below (70% against a report of 80%), at (70% against 70%) and above (30% against 10%)."""
        now, earlier = period_of(self.today), period_of(_months_back(self.today, 2))
        for scenario, (first, due, step) in {"green": (20, 70, "完成汇编初稿"), "yellow": (20, 70, ""),
                                             "behind": (10, 30, "形成研究框架")}.items():
            plan = [Milestone(earlier, first), Milestone(now, due, step)]
            if self.today.month < 12:
                plan.append(Milestone(f"{self.year}-12", 100, "全面完成"))
            set_milestones(self.session, DEMO_ACTOR, self.first_of[scenario], plan)

    def earlier_reports(self, task_id: int, section: str, scenario: str, first_shown: int | None) -> None:
        """A report in each month from the one after the breakdown to the one before the first meeting shown, as
        a task reporting since the start of the year has; none after a task finishing early was done."""
        due = self.session.get(Task, task_id).due_date  # type: ignore[union-attr]
        finished_by = due - timedelta(days=2) if scenario in ("done", "closed") and due is not None else None
        months = []
        back = 3
        while (day := _months_back(self.today, back)) > self.breakdown and day.year == self.year:
            months.append(day)
            back += 1
        months = [day for day in reversed(months) if finished_by is None or day <= finished_by]
        for step, day in enumerate(months, start=1):
            percent = None if first_shown is None else first_shown * step // (len(months) + 1)
            self.progress(task_id, section, day, percent, None, rng=self.history_rng)

    def progress(self, task_id: int, section: str, day: date, percent: int | None, meeting_id: int | None,
                 phrase: str = "", kind: ProgressKind = ProgressKind.PROGRESS,
                 rng: random.Random | None = None) -> None:
        rng = rng or self.rng
        phrase = phrase or rng.choice(PROGRESS_PHRASES).format(
            percent=percent if percent is not None else 50, count=rng.randint(3, 30))
        text = f"截至{day.month}月{day.day}日，{section}{phrase}。"
        add_progress(self.session, DEMO_ACTOR, task_id, text, entry_date=day, period=period_of(day),
                     percent=percent, meeting_id=meeting_id, author=rng.choice(OWNERS[section]), kind=kind)


EXAMPLE_RULES_NAME = "示例市委组织部督查工作考核办法（参照县委督查室督查工作考核办法）"


def write_demo(session: Session, today: date | None = None, seed: int = 2026) -> int:
    """Fill an empty ledger with the example; returns how many tasks were written."""
    writer = _DemoWriter(session, today or date.today(), random.Random(seed))
    change_settings(session, DEMO_ACTOR, NOTICE_SETTINGS)
    writer.people_and_sections()
    key_task_ids = []
    for theme, titles in THEMES:
        for title in titles:
            key_task_ids.append(directory.key_task(session, DEMO_ACTOR, writer.year, title, theme).id)
    count = 0
    for number, title, section, co, spec, scenario, subtasks in TASKS:
        key_task_id = key_task_ids[number - 1]
        parent_id = writer.task(key_task_id, title, section, co, spec, scenario)
        count += 1
        for sub_title, sub_spec, sub_scenario in subtasks:
            writer.task(key_task_id, sub_title, section, [], sub_spec, sub_scenario, parent_id)
            count += 1
    writer.milestones()
    # Made at the breakdown, as an office's tasks are imported at the start of the year: the 考核 reads the months
    # a task owed reports in from the day it was made.
    session.flush()
    session.execute(update(Task).where(Task.year == writer.year)
                    .values(created_at=datetime.combine(writer.breakdown, time(9, 0))))
    write_supervision(session, DEMO_ACTOR, writer.today, writer.breakdown + timedelta(days=2))
    write_inspections(session, writer.today, writer.meetings[2].held_on, writer.rng)
    write_evidence(session)
    write_instructions(session, writer.today, writer.meetings[0].held_on, writer.meetings[1].held_on)
    write_notices(session, writer.today)
    write_decisions(session, DEMO_ACTOR, writer.meetings[2], writer.sections)
    # The example's 考核办法, kept with its year as an office's would be (设置 → 考核 shows and edits it).
    save_rules(session, DEMO_ACTOR, writer.year, replace(DEFAULT_RULES, name=EXAMPLE_RULES_NAME))
    freeze_months(session, DEMO_ACTOR, writer.today, [meeting.held_on for meeting in writer.meetings])
    return count


def create_demo_ledger(path: Path, today: date | None = None) -> Ledger:
    day = today or date.today()
    ledger = create_ledger(path, org_name=DEMO_ORG, year=day.year, actor=DEMO_ACTOR)
    try:
        with ledger.begin() as session:
            write_demo(session, day)
    except BaseException:
        ledger.close()
        remove_ledger_files(path)  # an example ledger half written is no example
        raise
    return ledger


def ensure_demo_ledger(path: Path) -> None:
    """The example ledger at `path`: made on first use, and made again when an older program made it, since it
    lacks what the newer views show. The older one is kept beside it as 示例台账（旧版）; one in use by another
    window (which Windows will not let be renamed) or one this program cannot read is left as it is."""
    if path.exists():
        try:
            state = read_schema_state(path)
        except (LedgerError, OSError, sqlite3.DatabaseError):
            return
        if state.is_current or not state.is_known:
            return
        kept = path.with_name(f"{path.stem}（旧版）{path.suffix}")
        try:
            for extra in ("", "-wal", "-shm"):
                source, target = path.with_name(path.name + extra), kept.with_name(kept.name + extra)
                if source.exists():
                    os.replace(source, target)
                else:
                    target.unlink(missing_ok=True)
        except OSError:
            return
        path.with_name(path.name + ".lock").unlink(missing_ok=True)
    create_demo_ledger(path).close()
