"""A red put right (红灯纠正): a 延期, or a 延期申请 approved, that moves an overdue task's deadline on keeps the day,
in the same step and its trail; where the office keeps the colour's history (设置 → 红灯纠正后黄灯天数) the task is
yellow those days, then green by the usual rule. A deadline moved while not overdue keeps no day."""

from __future__ import annotations

from datetime import date, timedelta

from changes.directory import save_settings
from changes.supervision import ask_extension, decide_extension, sign
from changes.tasks import TaskEdit, edit_task, extend, new_task
from changes.undoing import put_back, take_back
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, Light
from models.domain.tasks import TaskDraft, get_task
from models.ledger import Ledger
from models.read.queries import TaskRow, task_rows
from models.read.task_history import HistoryRow, task_history


def a_task(ledger: Ledger, due: date) -> int:
    """A task due on `due`, begun long ago, signed for and at 90%: only its deadline decides its light."""
    deadline = Deadline(DeadlineKind.DATE, due, start=due - timedelta(days=400))
    (task_id,) = new_task(ledger, TaskDraft(2026, "完善干部档案", deadline=deadline)).outcome.created_tasks
    edit_task(ledger, task_id, TaskEdit({"percent": 90}))
    sign(ledger, task_id)
    return task_id


def row(ledger: Ledger, task_id: int, as_of: date) -> TaskRow:
    """The task as the list shows it on `as_of`, by the ledger's own settings."""
    with ledger.reading() as session:
        rows = task_rows(session, 2026, as_of, ledger.settings().light_rules)
    return next(r for r in rows if r.id == task_id)


def righted_on(ledger: Ledger, task_id: int) -> date | None:
    with ledger.reading() as session:
        return get_task(session, task_id).righted_on


def task_history_of(ledger: Ledger, task_id: int) -> list[HistoryRow]:
    with ledger.reading() as session:
        return task_history(session, task_id)


def later(days: int) -> Deadline:
    return Deadline(DeadlineKind.DATE, date.today() + timedelta(days=days))


def test_an_overdue_task_extended_is_yellow_the_offices_days_then_green(ledger: Ledger) -> None:
    today = date.today()
    save_settings(ledger, {"red_yellow_days": 30})
    task_id = a_task(ledger, today - timedelta(days=5))
    assert row(ledger, task_id, today).light is Light.RED
    extend(ledger, task_id, later(60), "等待上级文件")
    assert righted_on(ledger, task_id) == today
    shown = row(ledger, task_id, today)
    assert shown.light is Light.YELLOW and shown.kept_yellow_until == today + timedelta(days=29)
    assert not shown.overdue  # 逾期 is the deadline's alone: the yellow kept is no 逾期
    assert row(ledger, task_id, today + timedelta(days=29)).light is Light.YELLOW
    after = row(ledger, task_id, today + timedelta(days=30))
    assert after.light is Light.GREEN and after.kept_yellow_until is None
    trail = [(entry.action, entry.field, entry.new) for entry in task_history_of(ledger, task_id)]
    assert ("延期", "红灯纠正日期", f"{today.year}年{today.month}月{today.day}日") in trail


def test_without_the_setting_an_overdue_task_extended_is_green_at_once(ledger: Ledger) -> None:
    today = date.today()
    task_id = a_task(ledger, today - timedelta(days=5))
    extend(ledger, task_id, later(60), "等待上级文件")
    assert righted_on(ledger, task_id) == today  # kept all the same: turning the setting on later shows it
    shown = row(ledger, task_id, today)
    assert shown.light is Light.GREEN and shown.kept_yellow_until is None


def test_an_approved_application_puts_a_red_right_as_an_extension_does(ledger: Ledger) -> None:
    today = date.today()
    save_settings(ledger, {"red_yellow_days": 30})
    task_id = a_task(ledger, today - timedelta(days=5))
    ask_extension(ledger, task_id, later(60), "等待上级文件")
    assert row(ledger, task_id, today).light is Light.RED and righted_on(ledger, task_id) is None  # asked only
    decide_extension(ledger, task_id, True, by="王部长")
    assert righted_on(ledger, task_id) == today
    assert row(ledger, task_id, today).light is Light.YELLOW
    assert row(ledger, task_id, today + timedelta(days=30)).light is Light.GREEN


def test_a_deadline_moved_while_not_overdue_keeps_no_day_and_leaves_one_kept(ledger: Ledger) -> None:
    today = date.today()
    save_settings(ledger, {"red_yellow_days": 30})
    on_time = a_task(ledger, today + timedelta(days=20))
    extend(ledger, on_time, later(60), "等待上级文件")
    assert righted_on(ledger, on_time) is None and row(ledger, on_time, today).light is Light.GREEN
    late = a_task(ledger, today - timedelta(days=5))
    extend(ledger, late, later(60), "等待上级文件")
    extend(ledger, late, later(90), "又因上级文件推迟")  # moved again, no longer overdue: the day stays
    assert righted_on(ledger, late) == today and row(ledger, late, today).light is Light.YELLOW


def test_a_deadline_moved_but_still_past_is_no_red_put_right(ledger: Ledger) -> None:
    today = date.today()
    save_settings(ledger, {"red_yellow_days": 30})
    task_id = a_task(ledger, today - timedelta(days=10))
    extend(ledger, task_id, later(-3), "补登原定时限")
    assert righted_on(ledger, task_id) is None and row(ledger, task_id, today).light is Light.RED


def test_an_extension_undone_takes_the_day_back_with_the_deadline(ledger: Ledger) -> None:
    today = date.today()
    save_settings(ledger, {"red_yellow_days": 30})
    task_id = a_task(ledger, today - timedelta(days=5))
    extended = extend(ledger, task_id, later(60), "等待上级文件")
    take_back(ledger, extended)
    assert righted_on(ledger, task_id) is None and row(ledger, task_id, today).light is Light.RED
    put_back(ledger, extended)
    assert righted_on(ledger, task_id) == today and row(ledger, task_id, today).light is Light.YELLOW
