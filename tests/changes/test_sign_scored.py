"""签收 as the 考核办法 scores it: a section that signed late, or has not signed past the office's days, loses the
points the office sets; one that signed in time loses none; a 结转 task is not signed for again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import select, update

from changes.supervision import sign
from changes.tasks import new_task
from models.domain import directory
from models.domain.assessment_rules import DEFAULT_RULES, EventRule, save_rules
from models.domain.deadlines import Deadline
from models.domain.entities import Task
from models.domain.enums import DeadlineKind
from models.domain.rollover import rollover
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from models.read.assessment import AssessmentReport, assessment
from models.read.lookups import sections
from models.read.queries import task_rows

TODAY = date.today()


def assigned(ledger: Ledger, section: str, title: str, days_ago: int) -> int:
    """A task 交办 to `section` so many days ago, due in two months."""
    with ledger.begin() as session:
        section_id = directory.section(session, "测试员", section).id
    draft = TaskDraft(TODAY.year, title, lead_section_id=section_id,
                      deadline=Deadline(DeadlineKind.DATE, TODAY + timedelta(days=60)))
    (task_id,) = new_task(ledger, draft).outcome.created_tasks
    with ledger.begin() as session:
        session.execute(update(Task).where(Task.id == task_id)
                        .values(created_at=datetime.now() - timedelta(days=days_ago)))
    return task_id


def signed_days_after(ledger: Ledger, task_id: int, days: int, days_ago: int) -> None:
    sign(ledger, task_id, by="科室内勤", at=datetime.now() - timedelta(days=days_ago - days))


def scored(ledger: Ledger, sign_late: float) -> AssessmentReport:
    with ledger.begin() as session:
        save_rules(session, "测试员", TODAY.year, replace(DEFAULT_RULES, events={
            **DEFAULT_RULES.events, "sign_late": EventRule(sign_late)}))
    settings = ledger.settings()
    with ledger.reading() as session:
        rows = task_rows(session, TODAY.year, TODAY, settings.light_rules)
        return assessment(session, TODAY.year, TODAY, settings, sections(session, include_inactive=True), rows=rows)


def sign_lines(report: AssessmentReport) -> dict[str, list[tuple[str, float]]]:
    return {s.section: [(str(line.note), line.points) for line in s.lines if line.rule == "超过签收期限签收（每项）"]
            for s in report.sections}


def three_sections(ledger: Ledger) -> None:
    """组织科 signed on the second day, 干部科 on the sixth, 宣传科 not yet, ten days after: 3 days allowed."""
    signed_days_after(ledger, assigned(ledger, "组织科", "完善干部档案", 10), 1, 10)
    signed_days_after(ledger, assigned(ledger, "干部科", "选派年轻干部", 10), 6, 10)
    assigned(ledger, "宣传科", "宣讲党的创新理论", 10)


def test_a_late_sign_off_and_one_still_missing_lose_the_points_the_office_sets(ledger: Ledger) -> None:
    three_sections(ledger)
    lines = sign_lines(scored(ledger, -0.5))
    assert lines["组织科"] == []
    assert lines["干部科"] == [("交办后第6天签收", -0.5)]
    assert lines["宣传科"] == [("交办10天仍未签收", -0.5)]
    report = scored(ledger, -0.5)
    score = {s.section: s.score for s in report.sections}
    assert score["组织科"] == (score["干部科"] or 0) + 0.5 == (score["宣传科"] or 0) + 0.5
    assert any("超过签收期限签收（每项）：-0.5分" in line for line in report.rules.describe())


def test_by_default_and_without_a_sign_off_limit_nothing_is_scored(ledger: Ledger) -> None:
    three_sections(ledger)
    assert not any(sign_lines(scored(ledger, 0.0)).values())  # the default rule set gives it no points
    with ledger.begin() as session:
        change_settings(session, "测试员", {"sign_days": 0})  # the office keeps no 签收期限
    assert not any(sign_lines(scored(ledger, -0.5)).values())


def test_a_sign_off_within_the_days_of_a_later_assessment_is_not_scored_back_in_time(ledger: Ledger) -> None:
    task_id = assigned(ledger, "宣传科", "宣讲党的创新理论", 10)
    assert sign_lines(scored(ledger, -0.5))["宣传科"] == [("交办10天仍未签收", -0.5)]
    sign(ledger, task_id, by="宣传科 王芳")  # signed today, the tenth day: late, counted once, not twice
    assert sign_lines(scored(ledger, -0.5))["宣传科"] == [("交办后第10天签收", -0.5)]


def test_a_task_carried_into_next_year_keeps_its_sign_off(ledger: Ledger) -> None:
    signed_task = assigned(ledger, "组织科", "完善干部档案", 10)
    signed_days_after(ledger, signed_task, 1, 10)
    unsigned_task = assigned(ledger, "干部科", "选派年轻干部", 10)
    with ledger.begin() as session:
        mapping = rollover(session, "测试员", TODAY.year, TODAY.year + 1)
    with ledger.reading() as session:
        carried = {task.carried_from_id: task for task in session.scalars(
            select(Task).where(Task.year == TODAY.year + 1))}
        rows = {row.id: row for row in task_rows(session, TODAY.year + 1, TODAY, ledger.settings().light_rules)}
    assert carried[signed_task].signed_by == "科室内勤" and not rows[mapping[signed_task]].awaiting_sign
    assert rows[mapping[unsigned_task]].awaiting_sign  # never signed for: it still waits
