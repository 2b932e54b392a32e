"""Inspection records and the problems found in them: workflow, deadlines, lights, counts, the audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from models.domain import audit, directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import InspectionKind, Light, ProblemStatus
from models.domain.inspections import InspectionDraft, create_inspection, delete_inspection, update_inspection
from models.domain.lights import LightRules
from models.domain.problems import (
    ProblemDraft,
    add_problem_report,
    change_problem_status,
    create_problem,
    delete_problem,
    set_problem_deadline,
)
from models.domain.tasks import TaskDraft, create_task
from models.errors import RuleError
from models.ledger import Ledger
from models.read.lookups import sections
from models.read.problems import NO_SOURCE, inspection_rows, problem_reports, problem_rows, problem_stats

AS_OF = date(2026, 6, 10)
RULES = LightRules(warning_days=7)


def _record(session: Session, **extra: object) -> int:
    unit = directory.section(session, "甲", "组织科")
    task = create_task(session, "甲", TaskDraft(2026, "开展软弱涣散基层党组织排查整顿", lead_section_id=unit.id))
    draft = InspectionDraft(date(2026, 5, 20), InspectionKind.SUPERVISION, team="王建国、李明",
                            findings="排查不够深入；整顿方案千篇一律。", unit_ids=[unit.id], task_ids=[task.id])
    for name, value in extra.items():
        setattr(draft, name, value)
    return create_inspection(session, "甲", draft).id


def _problem(session: Session, record_id: int | None, deadline: str, text: str = "排查不够深入") -> int:
    unit = directory.section(session, "甲", "组织科")
    return create_problem(session, "甲", ProblemDraft(2026, text, inspection_id=record_id, section_id=unit.id,
                                                      deadline=parse_deadline(deadline, 2026))).id


def test_a_record_keeps_who_went_what_was_visited_and_checked(ledger: Ledger) -> None:
    with ledger.begin() as session:
        record_id = _record(session)
    with ledger.reading() as session:
        [row] = inspection_rows(session, 2026)
    assert row.id == record_id
    assert row.title == "2026年5月大督查"  # a blank title is made from the date and kind
    assert row.units == ("组织科",) and row.task_titles == ("开展软弱涣散基层党组织排查整顿",)
    assert row.team == "王建国、李明" and "千篇一律" in row.findings
    assert row.source == "2026年5月20日 大督查：2026年5月大督查"


def test_problems_go_from_pending_to_closed_with_an_approver(ledger: Ledger) -> None:
    with ledger.begin() as session:
        problem_id = _problem(session, _record(session), "6月30日前")
    with ledger.begin() as session:
        add_problem_report(session, "李明", problem_id, "已召开专题会研究整改", entry_date=date(2026, 6, 1))
    with ledger.reading() as session:
        [row] = problem_rows(session, 2026, AS_OF, RULES)
    assert row.status is ProblemStatus.RECTIFYING  # the first report starts the 整改
    assert row.report == "已召开专题会研究整改" and row.report_date == date(2026, 6, 1)
    with ledger.begin() as session, pytest.raises(RuleError, match="只能改为：已整改"):
        change_problem_status(session, "甲", problem_id, ProblemStatus.CLOSED, note="好")
    with ledger.begin() as session:
        change_problem_status(session, "甲", problem_id, ProblemStatus.RECTIFIED, on=date(2026, 6, 8))
    with ledger.begin() as session, pytest.raises(RuleError, match="销号说明不能为空"):
        change_problem_status(session, "甲", problem_id, ProblemStatus.CLOSED, note="  ")
    with ledger.begin() as session:
        change_problem_status(session, "甲", problem_id, ProblemStatus.CLOSED, note="经复查已整改到位",
                              approver="王建国", on=date(2026, 6, 9))
    with ledger.reading() as session:
        [row] = problem_rows(session, 2026, AS_OF, RULES)
        trail = [(e.action, e.field, e.new_value) for e in audit.history(session, "problem", problem_id)]
    assert (row.status, row.rectified_on, row.closed_on) == (ProblemStatus.CLOSED, date(2026, 6, 8), date(2026, 6, 9))
    assert (row.closed_note, row.closed_by, row.light) == ("经复查已整改到位", "王建国", Light.NONE)
    assert ("status", "status", "closed") in trail and ("progress", "report", "已召开专题会研究整改") in trail


@pytest.mark.parametrize(("deadline", "light"), [
    ("6月5日前", Light.RED), ("6月15日前", Light.YELLOW), ("7月底前", Light.GREEN), ("长期坚持", Light.GREEN)])
def test_an_open_problem_past_its_deadline_is_overdue_and_one_due_soon_is_yellow(
        ledger: Ledger, deadline: str, light: Light) -> None:
    with ledger.begin() as session:
        _problem(session, None, deadline)
    with ledger.reading() as session:
        [row] = problem_rows(session, 2026, AS_OF, RULES)
    assert row.light is light and row.source == NO_SOURCE


def test_moving_a_deadline_needs_a_reason_and_the_old_one_stays_in_the_trail(ledger: Ledger) -> None:
    with ledger.begin() as session:
        problem_id = _problem(session, None, "6月5日前")
    with ledger.begin() as session, pytest.raises(RuleError, match="理由不能为空"):
        set_problem_deadline(session, "甲", problem_id, parse_deadline("7月底前", 2026))
    with ledger.begin() as session:
        set_problem_deadline(session, "甲", problem_id, parse_deadline("7月底前", 2026), reason="需协调县区")
    with ledger.reading() as session:
        [row] = problem_rows(session, 2026, AS_OF, RULES)
        trail = [(e.action, e.old_value, e.new_value) for e in audit.history(session, "problem", problem_id)]
    assert row.deadline == "7月底前" and row.light is Light.GREEN
    assert ("extend", "6月5日前", "7月底前") in trail and ("note", None, "需协调县区") in trail


def test_section_counts_and_rectification_rate(ledger: Ledger) -> None:
    with ledger.begin() as session:
        record_id = _record(session)
        solved = _problem(session, record_id, "6月5日前", "一")
        _problem(session, record_id, "6月5日前", "二")
        _problem(session, record_id, "6月12日前", "三")
        change_problem_status(session, "甲", solved, ProblemStatus.RECTIFIED)
    with ledger.reading() as session:
        rows = problem_rows(session, 2026, AS_OF, RULES)
        per_section, totals = problem_stats(rows, sections(session))
    [section] = per_section
    assert (section.section, section.found, section.solved, section.overdue, section.due_soon) == ("组织科", 3, 1, 1, 1)
    assert section.rate == pytest.approx(1 / 3, abs=1e-4) and totals.found == 3
    assert [row.number for row in rows] == [1, 2, 3]


def test_a_record_with_problems_is_not_deleted_and_an_edit_is_audited(ledger: Ledger) -> None:
    with ledger.begin() as session:
        record_id = _record(session)
        problem_id = _problem(session, record_id, "6月30日前")
    with ledger.begin() as session, pytest.raises(RuleError, match="还有 1 个问题"):
        delete_inspection(session, "甲", record_id)
    with ledger.begin() as session:
        update_inspection(session, "甲", record_id, InspectionDraft(
            date(2026, 5, 21), InspectionKind.SPECIAL, title="选人用人专项检查"))
        delete_problem(session, "甲", problem_id)
    with ledger.begin() as session:
        delete_inspection(session, "甲", record_id)
    with ledger.reading() as session:
        assert inspection_rows(session, 2026) == [] and problem_rows(session, 2026, AS_OF, RULES) == []
        fields = {e.field for e in audit.history(session, "inspection", record_id)}
    assert {"held_on", "kind", "title", "units", "tasks"} <= fields


def test_reports_are_listed_newest_first(ledger: Ledger) -> None:
    with ledger.begin() as session:
        problem_id = _problem(session, None, "6月30日前")
        add_problem_report(session, "甲", problem_id, "第一次", entry_date=date(2026, 5, 1))
        add_problem_report(session, "甲", problem_id, "第二次", entry_date=date(2026, 6, 1))
    with ledger.reading() as session:
        assert [r.text for r in problem_reports(session, problem_id)] == ["第二次", "第一次"]


def test_an_empty_description_is_refused(ledger: Ledger) -> None:
    with ledger.begin() as session, pytest.raises(RuleError, match="问题描述不能为空"):
        create_problem(session, "甲", ProblemDraft(2026, " \n "))

