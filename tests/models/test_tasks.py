"""Task edits through the service functions: each one a transaction with an audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from models.domain import audit, directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Extension, ProgressEntry, Task
from models.domain.enums import ProgressKind, Status
from models.domain.progress import add_progress, entries_for
from models.domain.tasks import (
    TaskDraft,
    change_status,
    create_task,
    delete_task,
    extend_deadline,
    restore_task,
    set_co_sections,
    update_task,
)
from models.errors import RuleError
from models.ledger import Ledger

ACTOR = "测试员"


def new_task(ledger: Ledger, title: str = "编印理论学习资料汇编", parent_id: int | None = None,
             deadline: str = "6月底前") -> int:
    with ledger.begin() as session:
        section = directory.section(session, ACTOR, "研究室")
        draft = TaskDraft(year=2026, title=title, parent_id=parent_id, lead_section_id=section.id,
                          deadline=parse_deadline(deadline, 2026))
        return create_task(session, ACTOR, draft).id


def test_new_task_is_not_started_with_its_deadline_read(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None
        assert (task.status, task.due_date, task.deadline_text) == (Status.NOT_STARTED, date(2026, 6, 30), "6月底前")
        assert [e.action for e in audit.history(session, "task", task_id)] == ["create"]


def test_blank_title_is_refused_and_nothing_is_written(ledger: Ledger) -> None:
    with pytest.raises(RuleError, match="任务内容不能为空"):
        new_task(ledger, title="   ")
    with ledger.reading() as session:
        assert session.scalar(select(func.count(Task.id))) == 0


def test_first_progress_moves_task_to_in_progress_and_sets_percent(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        add_progress(session, ACTOR, task_id, "已完成初稿。", entry_date=date(2026, 3, 20), percent=40)
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and (task.status, task.percent) == (Status.IN_PROGRESS, 40)
        entry = entries_for(session, task_id)[0]
        assert (entry.period, entry.author, entry.text) == ("2026-03", ACTOR, "已完成初稿。")


def test_supervision_note_does_not_count_as_the_sections_report(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        add_progress(session, ACTOR, task_id, "请抓紧推进。", kind=ProgressKind.SUPERVISION, percent=90)
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and (task.status, task.percent) == (Status.NOT_STARTED, 0)


@pytest.mark.parametrize(("percent", "period"), [(101, None), (-1, None), (50, "2026-13"), (50, "26-3")])
def test_bad_progress_input_is_refused_whole(ledger: Ledger, percent: int, period: str | None) -> None:
    task_id = new_task(ledger)
    with pytest.raises(RuleError), ledger.begin() as session:
        add_progress(session, ACTOR, task_id, "进展", percent=percent, period=period)
    with ledger.reading() as session:
        assert session.scalar(select(func.count(ProgressEntry.id))) == 0


def test_complete_then_close_needs_a_note_and_keeps_who_approved(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        change_status(session, ACTOR, task_id, Status.COMPLETED, on=date(2026, 5, 1))
    with pytest.raises(RuleError, match="销号说明"), ledger.begin() as session:
        change_status(session, ACTOR, task_id, Status.CLOSED, note=" ")
    with ledger.begin() as session:
        change_status(session, ACTOR, task_id, Status.CLOSED, note="经部务会审核同意销号", approver="王建国",
                      on=date(2026, 5, 10))
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None
        assert (task.status, task.completed_on, task.closed_by, task.percent) == (
            Status.CLOSED, date(2026, 5, 1), "王建国", 100)


def test_reopen_clears_closing_but_the_trail_keeps_it(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        change_status(session, ACTOR, task_id, Status.COMPLETED)
        change_status(session, ACTOR, task_id, Status.CLOSED, note="完成")
        change_status(session, ACTOR, task_id, Status.IN_PROGRESS, note="领导要求补充材料")
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and (task.status, task.closed_on, task.closed_note) == (Status.IN_PROGRESS, None, "")
        statuses = [(e.old_value, e.new_value) for e in audit.history(session, "task", task_id) if e.field == "status"]
        assert statuses == [("not_started", "completed"), ("completed", "closed"), ("closed", "in_progress")]


def test_extension_needs_a_reason_and_keeps_the_original_deadline(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with pytest.raises(RuleError, match="延期理由"), ledger.begin() as session:
        extend_deadline(session, ACTOR, task_id, parse_deadline("9月底前", 2026), reason="")
    with ledger.begin() as session:
        extend_deadline(session, ACTOR, task_id, parse_deadline("9月底前", 2026), reason="等待省里文件",
                        approved_by="王建国")
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and (task.due_date, task.deadline_text) == (date(2026, 9, 30), "9月底前")
        extension = session.scalars(select(Extension)).one()
        assert (extension.old_due_date, extension.old_text, extension.reason) == (
            date(2026, 6, 30), "6月底前", "等待省里文件")


def test_edits_write_one_audit_row_per_changed_field(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        update_task(session, ACTOR, task_id, title="编印理论学习资料汇编（第二版）", note="", percent=30)
    with ledger.reading() as session:
        changed = [(e.field, e.old_value, e.new_value) for e in audit.history(session, "task", task_id)
                   if e.action == "update"]
    assert changed == [("title", "编印理论学习资料汇编", "编印理论学习资料汇编（第二版）"), ("percent", "0", "30")]


def test_deadline_and_status_cannot_be_edited_around_their_rules(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with pytest.raises(RuleError, match="不能直接修改"), ledger.begin() as session:
        update_task(session, ACTOR, task_id, due_date=date(2026, 12, 31))


def test_delete_goes_to_the_recycle_bin_with_subtasks_and_restores(ledger: Ledger) -> None:
    parent = new_task(ledger)
    child = new_task(ledger, "收集文件", parent_id=parent)
    with ledger.begin() as session:
        delete_task(session, ACTOR, parent)
    with ledger.reading() as session:
        assert all(t.deleted_at is not None for t in session.scalars(select(Task)))
    with pytest.raises(RuleError, match="上级任务"), ledger.begin() as session:
        restore_task(session, ACTOR, child)
    with ledger.begin() as session:
        assert sorted(restore_task(session, ACTOR, parent)) == sorted([parent, child])
    with ledger.reading() as session:
        assert all(t.deleted_at is None for t in session.scalars(select(Task)))


def test_same_person_however_spaced(ledger: Ledger) -> None:
    with ledger.begin() as session:
        first = directory.person(session, ACTOR, "王 副部长")
        second = directory.person(session, ACTOR, "王副部长\n")
        assert first.id == second.id


def test_renaming_a_section_shows_in_every_task(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        section = directory.section(session, ACTOR, "研究室")
        directory.rename_section(session, ACTOR, section.id, "政策研究室")
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and task.lead_section is not None
        assert task.lead_section.name == "政策研究室"


def test_co_sections_change_is_recorded(ledger: Ledger) -> None:
    task_id = new_task(ledger)
    with ledger.begin() as session:
        office = directory.section(session, ACTOR, "办公室")
        set_co_sections(session, ACTOR, task_id, [office.id])
        set_co_sections(session, ACTOR, task_id, [office.id])  # unchanged: no second audit row
    with ledger.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and [s.name for s in task.co_sections] == ["办公室"]
        changes = [e for e in audit.history(session, "task", task_id) if e.field == "co_sections"]
        assert [(e.old_value, e.new_value) for e in changes] == [("", str(office.id))]
