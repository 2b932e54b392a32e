"""序时进度 set on a task as one save (its trail, undo and redo), and what it does: the light where the office
turns 欠进度亮黄灯 on, the 欠进度 count of the statistics, and the monthly 通报 counting the same."""

from __future__ import annotations

from datetime import date

from changes.progress import ProgressDraft, enter_progress
from changes.tasks import TaskEdit, edit_task, new_task
from changes.undoing import put_back, take_back
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, Light, Pace
from models.domain.lights import LightRules
from models.domain.milestones import Milestone, from_text
from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from models.read.lookups import sections
from models.read.monthly import monthly_bulletin
from models.read.queries import TaskRow, task_rows
from models.read.stats import unit_stats
from models.read.task_detail import task_detail
from tests.fixtures.made import made_at_breakdown

JUNE_END = date(2026, 6, 30)
PLAN = from_text("3月30%、6月60%（完成初稿）、12月100%", 2026)


def a_task(ledger: Ledger, title: str = "修订干部考核办法", parent_id: int | None = None,
           section: str = "干部一科") -> int:
    """Due at the year's end, begun with it: at the end of June 50% is on time for the lights' own rule."""
    with ledger.begin() as session:
        section_id = directory.section(session, "测试员", section).id
    deadline = Deadline(DeadlineKind.DATE, date(2026, 12, 31), start=date(2026, 1, 1))
    draft = TaskDraft(2026, title, parent_id=parent_id, lead_section_id=section_id, deadline=deadline)
    (task_id,) = new_task(ledger, draft).outcome.created_tasks
    return task_id


def report(ledger: Ledger, task_id: int, period: str, percent: int | None, day: date) -> None:
    enter_progress(ledger, task_id, ProgressDraft(f"{period}推进情况", period, percent, entry_date=day))


def row(ledger: Ledger, task_id: int, rules: LightRules | None = None, as_of: date = JUNE_END) -> TaskRow:
    with ledger.reading() as session:
        return next(r for r in task_rows(session, 2026, as_of, rules or LightRules()) if r.id == task_id)


def test_milestones_are_saved_in_one_step_taken_back_and_made_again(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    change = edit_task(ledger, task_id, TaskEdit(milestones=PLAN))
    with ledger.reading() as session:
        detail = task_detail(session, task_id)
    assert detail.milestones == PLAN
    trail = detail.history[0]
    written = "2026年3月30%、2026年6月60%（完成初稿）、2026年12月100%"
    assert (trail.field, trail.old, trail.new) == ("序时进度", "", written)
    assert not edit_task(ledger, task_id, TaskEdit(milestones=PLAN)).outcome.created_tasks  # the same again
    assert edit_task(ledger, task_id, TaskEdit(milestones=PLAN)).changed_nothing()
    take_back(ledger, change)
    with ledger.reading() as session:
        assert task_detail(session, task_id).milestones == ()
    put_back(ledger, change)
    with ledger.reading() as session:
        assert task_detail(session, task_id).milestones == PLAN
    edit_task(ledger, task_id, TaskEdit(milestones=()))  # cleared
    with ledger.reading() as session:
        assert task_detail(session, task_id).milestones == ()


def test_each_report_and_the_newest_are_classed_against_the_milestones(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    edit_task(ledger, task_id, TaskEdit(milestones=PLAN))
    report(ledger, task_id, "2026-02", 10, date(2026, 2, 25))  # before the first milestone
    report(ledger, task_id, "2026-03", 45, date(2026, 3, 25))
    report(ledger, task_id, "2026-06", 50, date(2026, 6, 25))
    with ledger.reading() as session:
        detail = task_detail(session, task_id)
    assert [entry.pace for entry in detail.timeline] == [Pace.BEHIND, Pace.AHEAD, None]  # newest first
    assert detail.standing is not None and detail.standing.words(2026) == "欠进度（6月应达60%，报50%）"
    assert row(ledger, task_id).pace is Pace.BEHIND
    assert row(ledger, task_id, as_of=date(2026, 4, 1)).pace is Pace.AHEAD  # as the day judged saw it


def test_the_light_turns_yellow_for_behind_only_where_the_office_says(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    report(ledger, task_id, "2026-06", 50, date(2026, 6, 25))
    assert row(ledger, task_id).light is Light.GREEN  # 50% at the end of June keeps time
    edit_task(ledger, task_id, TaskEdit(milestones=PLAN))
    assert row(ledger, task_id).light is Light.GREEN  # the setting is off: the class alone
    assert row(ledger, task_id, LightRules(behind_yellow=True)).light is Light.YELLOW
    report(ledger, task_id, "2026-06", 60, date(2026, 6, 28))
    assert row(ledger, task_id, LightRules(behind_yellow=True)).light is Light.GREEN  # 达进度 now


def test_the_statistics_and_the_monthly_bulletin_count_behind_alike(ledger: Ledger) -> None:
    behind, subtask_behind, on_time = a_task(ledger), a_task(ledger, "完善年轻干部库"), a_task(ledger, "换届准备")
    under = a_task(ledger, "建立干部库数据标准", parent_id=subtask_behind)
    for task_id in (behind, under, on_time):
        edit_task(ledger, task_id, TaskEdit(milestones=PLAN))
    report(ledger, behind, "2026-06", 40, date(2026, 6, 20))
    report(ledger, under, "2026-06", 45, date(2026, 6, 20))  # its parent counts as 欠进度
    report(ledger, subtask_behind, "2026-06", 80, date(2026, 6, 20))
    report(ledger, on_time, "2026-06", 72, date(2026, 6, 20))
    other = a_task(ledger, "党员教育培训", section="组织科")
    edit_task(ledger, other, TaskEdit(milestones=(Milestone("2026-06", 50),)))
    report(ledger, other, "2026-06", 20, date(2026, 6, 20))
    made_at_breakdown(ledger)
    settings = ledger.settings()
    with ledger.reading() as session:
        rows = task_rows(session, 2026, JUNE_END, settings.light_rules)
        stats = unit_stats(rows, 2026, JUNE_END, sections(session))
        bulletin = monthly_bulletin(session, "2026-06", date(2026, 7, 3), settings)
    by_section = {s.section: s.behind for s in stats.sections}
    assert by_section == {"干部一科": 2, "组织科": 1} and stats.totals.behind == 3
    assert {s.section: s.behind for s in bulletin.stats.sections} == by_section
    assert (bulletin.now.behind, bulletin.now.paced) == (3, 4)
    assert [r.title for r in bulletin.behind] == ["修订干部考核办法", "完善年轻干部库", "党员教育培训"]


def test_reports_in_words_alone_are_not_classed_as_zero_percent(ledger: Ledger) -> None:
    """A section that reports without a percentage has not reported 0%: nothing is classed until one is given,
    and a later report in words carries the last percentage given."""
    task_id = a_task(ledger)
    edit_task(ledger, task_id, TaskEdit(milestones=PLAN))
    report(ledger, task_id, "2026-03", None, date(2026, 3, 25))
    with ledger.reading() as session:
        detail = task_detail(session, task_id)
    assert [entry.pace for entry in detail.timeline] == [None] and detail.standing is None
    assert row(ledger, task_id).pace is None
    report(ledger, task_id, "2026-04", 35, date(2026, 4, 25))
    report(ledger, task_id, "2026-06", None, date(2026, 6, 25))
    with ledger.reading() as session:
        detail = task_detail(session, task_id)
    assert detail.standing is not None and detail.standing.words(2026) == "欠进度（6月应达60%，报35%）"
