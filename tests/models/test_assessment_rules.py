"""考核 by the office's own 考核办法: a base and points per event, tiers with a share, a rule set per year, every
point listed — checked on cases a person can judge by eye."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from models.domain import directory
from models.domain.assessment_rules import (
    DEFAULT_RULES,
    EventRule,
    rules_for_year,
    rules_from_json,
    rules_to_json,
    save_rules,
)
from models.domain.deadlines import parse_deadline
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, change_status, create_task
from models.errors import RuleError
from models.ledger import Ledger
from models.read.assessment import AssessmentReport, SectionScore, assessment
from models.read.lookups import sections
from models.read.queries import task_rows
from models.read.stats import unit_stats

AS_OF = date(2026, 9, 30)


def _task(session: Session, title: str, section: str, deadline: str, *, finished: date | None = None,
          co: str = "", parent: int | None = None, rating: str = "") -> int:
    lead = directory.section(session, "甲", section)
    co_ids = [directory.section(session, "甲", co).id] if co else []
    task = create_task(session, "甲", TaskDraft(2026, title, parent_id=parent, lead_section_id=lead.id,
                                                 co_section_ids=co_ids, deadline=parse_deadline(deadline, 2026)))
    if finished is not None:
        change_status(session, "甲", task.id, Status.COMPLETED, on=finished)
        if rating:
            change_status(session, "甲", task.id, Status.CLOSED, on=finished, note="同意", approver="王",
                          rating=rating)
    return task.id


def _scores(ledger: Ledger, year: int = 2026, as_of: date = AS_OF) -> tuple[AssessmentReport, dict[str, SectionScore]]:
    with ledger.reading() as session:
        report = assessment(session, year, as_of, ledger.settings(), sections(session))
    return report, {s.section: s for s in report.sections}


def _adds_up(item: SectionScore) -> bool:
    return item.score == round(item.base + sum(line.points for line in item.lines), 2)


def test_on_time_ranks_above_overdue_and_a_section_without_tasks_is_not_ranked(ledger: Ledger) -> None:
    with ledger.begin() as session:
        _task(session, "按时一", "甲科", "6月30日前", finished=date(2026, 6, 20))
        _task(session, "按时二", "甲科", "7月31日前", finished=date(2026, 7, 10))
        _task(session, "逾期一", "乙科", "6月30日前")
        _task(session, "逾期二", "乙科", "8月31日前")
        directory.section(session, "甲", "丙科")
    _, scores = _scores(ledger)
    first, late, idle = scores["甲科"], scores["乙科"], scores["丙科"]
    assert (first.rank, late.rank) == (1, 2) and first.score is not None and late.score is not None
    assert first.score > DEFAULT_RULES.base > late.score
    # 丙科 has nothing to score: not 100, not the base — not ranked, and it says why.
    assert idle.score is None and idle.rank is None and "没有承办任务" in idle.not_ranked
    for item in (first, late):
        assert _adds_up(item)
    # The overdue lines name the task and how late it is, as a person checks them against the ledger.
    overdue = [line for line in late.lines if "逾期未完成任务" in line.rule]
    assert sorted(line.note for line in overdue) == ["逾期30天", "逾期92天"]
    assert any("满3个月" in line.note for line in late.lines)  # 92 days: three full months, per month


def test_an_overdue_subtask_makes_one_event_for_its_task_as_the_statistics_count(ledger: Ledger) -> None:
    with ledger.begin() as session:
        parent = _task(session, "总任务", "甲科", "12月31日前")
        _task(session, "子任务", "甲科", "8月31日前", parent=parent)
        _task(session, "另一子任务", "甲科", "7月31日前", parent=parent)
    _, scores = _scores(ledger)
    lines = [line for line in scores["甲科"].lines if "逾期未完成任务" in line.rule]
    with ledger.reading() as session:
        stats = unit_stats(task_rows(session, 2026, AS_OF, ledger.settings().light_rules), 2026, AS_OF,
                           sections(session))
    assert len(lines) == stats.totals.overdue == 1
    assert "子任务" in lines[0].note and "逾期61天" in lines[0].note  # the latest-due lateness: the worst


def test_a_rated_closing_counts_for_subtasks_too_and_co_sections_get_their_share(ledger: Ledger) -> None:
    with ledger.begin() as session:
        parent = _task(session, "总任务", "甲科", "12月31日前", co="乙科")
        sub = _task(session, "子任务", "甲科", "6月30日前", parent=parent, finished=date(2026, 6, 1), rating="差")
        _task(session, "配合任务", "丙科", "6月30日前", co="乙科", finished=date(2026, 6, 1))
    _, scores = _scores(ledger)
    rated = [line for line in scores["甲科"].lines if line.rule == "销号评价（每项任务或子任务）"]
    with ledger.reading() as session:
        code = next(row.code for row in task_rows(session, 2026, AS_OF, ledger.settings().light_rules)
                    if row.id == sub)
    assert [(line.code, line.points) for line in rated] == [(code, DEFAULT_RULES.ratings["差"])]
    co_lines = [line for line in scores["乙科"].lines if "配合" in line.rule]
    assert [line.points for line in co_lines] == [DEFAULT_RULES.events["on_time"].co]
    assert [line.points for line in scores["丙科"].lines] == [DEFAULT_RULES.events["on_time"].lead]


def test_the_cap_is_a_line_of_its_own_so_the_score_still_adds_up(ledger: Ledger) -> None:
    with ledger.begin() as session:
        for n in range(15):  # 80 + 15 × 2 = 110 without the cap
            _task(session, f"任务{n}", "甲科", "6月30日前", finished=date(2026, 6, 1))
    _, scores = _scores(ledger)
    item = scores["甲科"]
    assert item.score == DEFAULT_RULES.cap and _adds_up(item)
    assert item.lines[-1].rule == "封顶" and item.lines[-1].points == -10


def test_the_top_tier_goes_to_no_more_than_its_share(ledger: Ledger) -> None:
    with ledger.begin() as session:
        for n, name in enumerate(("一科", "二科", "三科", "四科", "五科", "六科")):
            for k in range(6 - n // 3):  # 一二三科 six on time (92), 四五六科 five (90)
                _task(session, f"{name}任务{k}", name, "6月30日前", finished=date(2026, 6, 1))
    _, scores = _scores(ledger)
    # Every section reaches 90, but 优秀 is at most 20% of six sections: one. The three tied at 92 share rank
    # 1, and no one of them is picked over the others — none is 优秀.
    assert {s.tier for s in scores.values()} == {"良好"}
    assert all("优秀不超过20%" in s.tier_note for s in scores.values())
    assert [scores[n].rank for n in ("一科", "二科", "三科", "四科")] == [1, 1, 1, 4]


def test_a_rule_set_is_kept_for_its_year_and_a_past_year_keeps_its_ranking(ledger: Ledger) -> None:
    with ledger.begin() as session:
        _task(session, "逾期", "甲科", "6月30日前")
    _, before = _scores(ledger)
    with ledger.begin() as session:
        save_rules(session, "甲", 2027, replace(DEFAULT_RULES, name="2027年办法", base=100,
                                                events={**DEFAULT_RULES.events, "overdue": EventRule(-5, -2)}))
    _, after = _scores(ledger)
    assert after["甲科"].score == before["甲科"].score  # 2026 is scored as it was
    with ledger.reading() as session:
        assert rules_for_year(session, 2026) == (DEFAULT_RULES, None)
        assert rules_for_year(session, 2028)[0].name == "2027年办法"  # a set applies from its year on
        assert rules_for_year(session, 2028)[1] == 2027


def test_a_bad_rule_set_is_refused_in_the_offices_words() -> None:
    for text, words in (("{", "不是有效的 JSON"), ('{"bonus": 1}', "不认识的项"),
                        ('{"events": {"bonus": [1, 0.5]}}', "不认识的加减分事项"),
                        ('{"tiers": [["优秀", 80], ["良好", 90]]}', "从高到低"),
                        ('{"base": 120, "cap": 100}', "基础分应在 0 和最高分之间"),
                        ('{"events": {"overdue": [-500, 0]}}', "不超过 100 分"),
                        ('{"base": "many"}', "写得不对")):
        with pytest.raises(RuleError, match=words):
            rules_from_json(text)
    assert rules_from_json(rules_to_json(DEFAULT_RULES)) == DEFAULT_RULES
    assert json.loads(rules_to_json(DEFAULT_RULES))["events"]["on_time"] == [2.0, 1.0]
