"""The 督办 steps as a clerk meets them: 签收, 延期申请 approved or refused, 退回重办 — on the timeline, undone and
made again, twice in a day, and the original deadline standing for the lights until an extension is approved."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from changes.progress import ProgressDraft, enter_progress
from changes.supervision import ask_extension, decide_extension, return_task, sign
from changes.tasks import new_task
from changes.undoing import take_back
from models.domain.deadlines import Deadline
from models.domain.entities import Task
from models.domain.enums import DeadlineKind, Light, ProgressKind, Status
from models.domain.lights import LightRules
from models.domain.tasks import TaskDraft
from models.errors import RuleError
from models.ledger import Ledger
from models.read.counting import Counting
from models.read.queries import TaskRow, task_rows
from models.read.task_detail import TaskDetail, task_detail
from models.read.task_views import TaskFilter, TaskView, visible_rows

DUE = date(2026, 6, 30)


def a_task(ledger: Ledger, due: date | None = DUE, *, made_days_ago: int = 0) -> int:
    """A task due on `due`; None: due in two months, begun ten days ago, on track for the lights."""
    today = date.today()
    deadline = Deadline(DeadlineKind.DATE, due or today + timedelta(days=60),
                        start=None if due else today - timedelta(days=10))
    (task_id,) = new_task(ledger, TaskDraft(2026, "完善干部档案", deadline=deadline)).outcome.created_tasks
    if made_days_ago:
        with ledger.begin() as session:
            session.execute(update(Task).where(Task.id == task_id)
                            .values(created_at=datetime.now() - timedelta(days=made_days_ago)))
    return task_id


def detail(ledger: Ledger, task_id: int) -> TaskDetail:
    with ledger.reading() as session:
        return task_detail(session, task_id)


def row(ledger: Ledger, task_id: int, as_of: date) -> TaskRow:
    with ledger.reading() as session:
        return next(r for r in task_rows(session, 2026, as_of, LightRules()) if r.id == task_id)


def kinds(ledger: Ledger, task_id: int) -> list[ProgressKind]:
    return [entry.kind for entry in detail(ledger, task_id).timeline]


def test_a_task_assigned_waits_for_its_sign_off_and_turns_yellow_after_the_days(ledger: Ledger) -> None:
    task_id = a_task(ledger, None, made_days_ago=5)
    today = date.today()
    waiting = row(ledger, task_id, today)
    assert waiting.awaiting_sign and waiting.light == Light.YELLOW
    assert row(ledger, task_id, today - timedelta(days=3)).light == Light.GREEN  # within the 3 days
    with ledger.reading() as session:
        rows = task_rows(session, 2026, today, LightRules())
    assert [r.id for r in visible_rows(rows, TaskView.AWAITING_SIGN, TaskFilter()).rows] == [task_id]
    sign(ledger, task_id, by="组织一科 李明")
    signed = detail(ledger, task_id)
    assert signed.signed_by == "组织一科 李明" and signed.signed_at is not None and not signed.awaiting_sign
    assert row(ledger, task_id, today).light == Light.GREEN
    assert kinds(ledger, task_id) == [ProgressKind.SIGN_OFF]


def test_signing_twice_is_refused_and_an_undo_lets_it_be_signed_again(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    signed = sign(ledger, task_id, by="李明")
    with pytest.raises(RuleError, match="已由 李明"):
        sign(ledger, task_id, by="王芳")
    take_back(ledger, signed)
    assert detail(ledger, task_id).awaiting_sign and kinds(ledger, task_id) == []
    sign(ledger, task_id, by="王芳")
    assert detail(ledger, task_id).signed_by == "王芳"


def test_the_original_deadline_stands_while_an_application_waits(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    sign(ledger, task_id)
    after_due = DUE + timedelta(days=3)
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), "等待上级文件", on=DUE)
    waiting = row(ledger, task_id, after_due)
    assert waiting.due_date == DUE and waiting.overdue and waiting.light == Light.RED
    with ledger.reading() as session:
        rows = task_rows(session, 2026, after_due, LightRules())
    assert Counting(rows).tally(rows).overdue == 1
    shown = detail(ledger, task_id)
    assert shown.pending_request is not None and not shown.pending_request.late
    decide_extension(ledger, task_id, True, by="王部长")
    moved = row(ledger, task_id, after_due)
    assert moved.due_date == date(2026, 9, 30) and not moved.overdue
    assert {ProgressKind.EXTENSION_ANSWER, ProgressKind.EXTENSION_ASK} <= set(kinds(ledger, task_id))
    assert detail(ledger, task_id).extensions[0].approved_by == "王部长"


def test_an_application_after_the_deadline_is_marked_late(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), "人手不足", on=date(2026, 7, 2))
    request = detail(ledger, task_id).requests[0]
    assert request.late and "逾期申请" in request.words() + detail(ledger, task_id).timeline[0].text


def test_refused_keeps_the_deadline_with_the_reason(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), "人手不足", on=date(2026, 6, 1))
    with pytest.raises(RuleError, match="理由"):
        decide_extension(ledger, task_id, False, by="王部长")
    decide_extension(ledger, task_id, False, by="王部长", answer="任务时间节点不能后移")
    shown = detail(ledger, task_id)
    assert shown.deadline_display == "2026年6月30日" and not shown.extensions
    assert shown.requests[0].state == "refused" and "任务时间节点不能后移" in shown.timeline[0].text
    with pytest.raises(RuleError, match="没有待审批"):
        decide_extension(ledger, task_id, True)


def test_a_second_application_on_the_same_day_waits_for_the_first(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    asked = Deadline(DeadlineKind.DATE, date(2026, 9, 30))
    ask_extension(ledger, task_id, asked, "人手不足", on=date(2026, 6, 1))
    with pytest.raises(RuleError, match="待审批"):
        ask_extension(ledger, task_id, asked, "再次申请", on=date(2026, 6, 1))
    with pytest.raises(RuleError, match="晚于"):
        decide_extension(ledger, task_id, False, answer="不同意")  # refused: a new one may be asked
        ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 5, 1)), "提前", on=date(2026, 6, 1))


def test_an_approval_undone_puts_the_deadline_back_and_the_request_waits_again(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), "等待上级文件")
    approved = decide_extension(ledger, task_id, True, by="王部长")
    take_back(ledger, approved)
    shown = detail(ledger, task_id)
    assert shown.deadline_display == "2026年6月30日" and shown.pending_request is not None and not shown.extensions
    decide_extension(ledger, task_id, False, answer="节点不能后移")  # decided afresh after the undo
    assert detail(ledger, task_id).requests[0].state == "refused"


def test_a_return_sends_the_task_back_and_is_counted(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    enter_progress(ledger, task_id, ProgressDraft("已完成", period="2026-05", percent=100, status=Status.COMPLETED))
    returned = return_task(ledger, task_id, "佐证材料不全", by="督查室 张敏")
    shown = detail(ledger, task_id)
    assert shown.status == Status.IN_PROGRESS and shown.returns == 1 and shown.completed_on is None
    assert "佐证材料不全" in shown.timeline[0].text and shown.timeline[0].kind == ProgressKind.RETURN
    with pytest.raises(RuleError, match="已办结"):  # twice on one day: it is no longer awaiting 销号
        return_task(ledger, task_id, "再退一次")
    take_back(ledger, returned)
    assert detail(ledger, task_id).status == Status.COMPLETED and detail(ledger, task_id).returns == 0


def test_a_step_on_a_task_another_pc_has_moved_is_refused(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    enter_progress(ledger, task_id, ProgressDraft("已完成", period="2026-05", status=Status.COMPLETED))
    with pytest.raises(RuleError, match="你看到的是"):
        return_task(ledger, task_id, "材料不全", seen=Status.IN_PROGRESS)


def test_tasks_of_a_ledger_made_before_the_upgrade_count_as_signed(tmp_path: Path) -> None:
    from alembic import command

    from models.file.ledger import create_ledger, open_ledger
    from models.schema.revisions import alembic_config

    path = tmp_path / "old.sqlite"
    old = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    task_id = a_task(old, None, made_days_ago=30)
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0018")
    old.close()
    upgraded = open_ledger(path, actor="测试员", auto_backup=False)
    try:
        shown = row(upgraded, task_id, date.today())
        assert not shown.awaiting_sign and shown.light == Light.GREEN
        assert detail(upgraded, task_id).signed_at is not None
    finally:
        upgraded.close()


def test_a_return_costs_the_lead_section_two_points_by_the_published_rules(ledger: Ledger) -> None:
    from changes.tasks import NamedTask, new_named_task
    from models.read.assessment import assessment
    from models.read.lookups import sections

    made = new_named_task(ledger, NamedTask(2026, "完善干部档案", lead_section="干部监督科",
                                            deadline=Deadline(DeadlineKind.DATE, DUE)))
    (task_id,) = made.outcome.created_tasks
    enter_progress(ledger, task_id, ProgressDraft("已完成", period="2026-05", status=Status.COMPLETED,
                                                  entry_date=date(2026, 5, 20)))
    return_task(ledger, task_id, "佐证材料不全", on=date(2026, 5, 25))
    with ledger.reading() as session:
        report = assessment(session, 2026, date(2026, 5, 31), ledger.settings(), sections(session))
    (section,) = [s for s in report.sections if s.section == "干部监督科"]
    assert [(line.rule, line.points) for line in section.lines] == [("办结后被退回重办（每次）", -2.0)]


def test_the_example_shows_each_step(demo_ledger: Ledger) -> None:
    from demo.data import DECISIONS
    from demo.supervision import ASKING, REFUSED, RETURNED, UNSIGNED
    from tests.fixtures.day import TODAY as today  # the day the example was written for
    with demo_ledger.reading() as session:
        rows = {r.title: r for r in task_rows(session, today.year, today, demo_ledger.settings().light_rules)}
        shown = {title: task_detail(session, rows[title].id) for title in (UNSIGNED, ASKING, REFUSED, RETURNED)}
    waiting = [title for title, _section, _days, signed in DECISIONS if not signed]  # the last meeting's, made today
    assert [title for title, r in rows.items() if r.awaiting_sign] == [*waiting, UNSIGNED] and waiting
    assert rows[UNSIGNED].light == Light.YELLOW
    assert shown[ASKING].pending_request is not None
    assert shown[REFUSED].requests[0].state == "refused" and shown[REFUSED].requests[0].late
    assert rows[REFUSED].light == Light.RED  # refused: its deadline stands
    assert shown[RETURNED].returns == 1 and shown[RETURNED].status == Status.COMPLETED
