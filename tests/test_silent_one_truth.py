"""A month's silent tasks are one list wherever they are named: the monthly 通报's 本月未反馈, the statistics'
未反馈 and the 考核's 未报 deductions — a task silent through a subtask is a miss for its section in all three."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import update

from demo.ledger import create_demo_ledger
from models.domain import directory
from models.domain.entities import Task
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from models.read.assessment import assessment
from models.read.lookups import sections
from models.read.monthly import monthly_bulletin
from models.read.stats import unit_stats
from models.read.stood import rows_that_stood

DAY = date(2026, 4, 10)  # March is over and assessed


def two_sections_in_march(ledger: Ledger) -> None:
    """Made at the breakdown in January. 组织科's 建立党员档案 reported in March, its subtask 整理档案目录 did not;
    干部科's 干部调研 reported and its 干部档案专项审核 did not. Everything reported in February."""
    with ledger.begin() as session:
        ours, theirs = (directory.section(session, "测试员", name) for name in ("组织科", "干部科"))
        files = create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id)).id
        index = create_task(session, "测试员", TaskDraft(2026, "整理档案目录", parent_id=files,
                                                         lead_section_id=ours.id)).id
        survey = create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id)).id
        audit = create_task(session, "测试员", TaskDraft(2026, "干部档案专项审核", lead_section_id=theirs.id)).id
        session.execute(update(Task).values(created_at=datetime(2026, 1, 8, 9, 0)))
        for task in (files, index, survey, audit):
            add_progress(session, "测试员", task, "按计划推进", period="2026-02", entry_date=date(2026, 2, 20))
        for task in (files, survey):
            add_progress(session, "测试员", task, "已完成过半", period="2026-03", entry_date=date(2026, 3, 20))


def silent_in(ledger: Ledger, month: str, day: date) -> tuple[set[tuple[str, str]], set[tuple[str, str]],
                                                               set[tuple[str, str]]]:
    """(section, title) of each silent task: by the 通报, by the statistics on the month's last day, and by the
    考核's 未报 deductions for the month."""
    year, number = int(month[:4]), int(month[5:])
    month_end = date(year + number // 12, number % 12 + 1, 1).toordinal() - 1
    with ledger.reading() as session:
        bulletin = monthly_bulletin(session, month, day, ledger.settings())
        # the statistics of the month's last day, on the tasks as they stood then (a 交办 of December is no part of
        # November), as its 通报 counts them
        rows = rows_that_stood(session, year, date.fromordinal(month_end), ledger.settings())
        stats = unit_stats(rows, year, date.fromordinal(month_end), sections(session))
        report = assessment(session, year, day, ledger.settings(), sections(session))
    by_id = {row.id: row for row in rows}
    told = {(target.row.lead_section, target.row.title) for target in bulletin.silent}
    counted = {(unit.section, by_id[task_id].title) for unit in stats.sections
               for task_id in unit.task_ids.get("no_feedback", [])}
    docked = {(score.section, line.title) for score in report.sections for line in score.lines
              if line.note == f"{year}年{number}月一期未报" and line.points < 0}
    return told, counted, docked


def test_a_task_silent_through_its_subtask_is_named_alike_by_the_bulletin_the_statistics_and_the_assessment(
        ledger: Ledger) -> None:
    two_sections_in_march(ledger)
    told, counted, docked = silent_in(ledger, "2026-03", DAY)
    expected = {("组织科", "建立党员档案"), ("干部科", "干部档案专项审核")}
    assert told == expected
    assert counted == expected
    assert docked == expected
    # February: everyone reported, so nobody is named and nobody loses a point.
    assert silent_in(ledger, "2026-02", DAY) == (set(), set(), set())


def test_a_task_owes_no_report_in_the_month_it_was_made(ledger: Ledger) -> None:
    two_sections_in_march(ledger)
    with ledger.begin() as session:  # assigned to 干部科 on 12 March: its first report is owed for April
        unit = directory.section(session, "测试员", "干部科")
        late_comer = create_task(session, "测试员", TaskDraft(2026, "换届风气监督", lead_section_id=unit.id)).id
        session.execute(update(Task).where(Task.id == late_comer).values(created_at=datetime(2026, 3, 12, 9, 0)))
    with ledger.reading() as session:
        report = assessment(session, 2026, DAY, ledger.settings(), sections(session))
    missed = {(score.section, line.title) for score in report.sections for line in score.lines
              if "未报" in line.note}
    assert missed == {("组织科", "建立党员档案"), ("干部科", "干部档案专项审核")}


def test_the_example_ledgers_silent_tasks_in_november_each_cost_their_section(tmp_path: Path) -> None:
    example = create_demo_ledger(tmp_path / "示例.sqlite", date(2026, 12, 6))
    try:
        told, counted, docked = silent_in(example, "2026-11", date(2026, 12, 6))
    finally:
        example.close()
    assert {section for section, _ in told} == {"研究室", "干部教育科", "干部二科"}
    assert told == counted
    assert told <= docked
