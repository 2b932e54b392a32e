"""Two PCs on one ledger: an undo takes back only what its own step changed, a report's undo never takes
another person's evidence with it, and a step of the workflow is refused when the status is no longer the one
its user saw; on a server two 销号 at the same moment give one 销号, not two."""

from __future__ import annotations

import copy
import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from changes.directory import save_settings
from changes.evidence import attach
from changes.oversight import set_problem_status
from changes.progress import ProgressDraft, enter_progress
from changes.tasks import StatusChange, TaskEdit, edit_task, extend, new_task, set_status
from changes.undoing import put_back, take_back
from models.domain.assessment_rules import DEFAULT_RULES, rules_for_year
from models.domain.deadlines import Deadline
from models.domain.entities import Attachment, AuditEntry
from models.domain.enums import DeadlineKind, EvidencePurpose, ProblemStatus, ProgressKind, Status
from models.domain.problems import ProblemDraft, create_problem, get_problem
from models.domain.tasks import TaskDraft, get_task
from models.errors import RuleError
from models.ledger import Ledger

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def as_someone_else(ledger: Ledger, name: str = "李四") -> Ledger:
    """The same ledger as another person at another PC sees it: their own name on every change."""
    other = copy.copy(ledger)
    other.actor = name
    return other


def finished_task(ledger: Ledger) -> int:
    (task_id,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    enter_progress(ledger, task_id, ProgressDraft("台账已建立", period="2026-11", percent=100,
                                                  kind=ProgressKind.FEEDBACK, status=Status.COMPLETED))
    return task_id


def test_undoing_a_title_edit_keeps_what_another_pc_did_to_the_task_since(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    enter_progress(ledger, task_id, ProgressDraft("推进中", period="2026-10", percent=70))
    title_edit = edit_task(ledger, task_id, TaskEdit({"title": "建立工作台账"}))
    theirs = as_someone_else(ledger)
    enter_progress(theirs, task_id, ProgressDraft("已全部完成", period="2026-11", percent=100,
                                                  kind=ProgressKind.FEEDBACK, status=Status.COMPLETED,
                                                  entry_date=date(2026, 11, 20)))
    edit_task(theirs, task_id, TaskEdit({"note": "李四的备注"}))
    take_back(ledger, title_edit)
    with ledger.reading() as session:
        task = get_task(session, task_id)
        assert task.title == "建立台账"  # my step is taken back …
        # … and nothing of theirs: status, percentage, completion date and note stay as they left them.
        assert (task.status, task.percent, task.completed_on, task.note) == (
            Status.COMPLETED, 100, date(2026, 11, 20), "李四的备注")
    put_back(ledger, title_edit)
    with ledger.reading() as session:
        task = get_task(session, task_id)
        assert (task.title, task.status, task.note) == ("建立工作台账", Status.COMPLETED, "李四的备注")


def test_an_undo_refused_names_who_changed_it_and_when(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    mine = edit_task(ledger, task_id, TaskEdit({"title": "我的改法"}))
    edit_task(as_someone_else(ledger), task_id, TaskEdit({"title": "李四的改法"}))
    with pytest.raises(RuleError) as refused:
        take_back(ledger, mine)
    assert "李四" in str(refused.value) and "月" in str(refused.value) and ":" in str(refused.value)


def test_evidence_added_later_goes_with_ones_own_report_and_an_undo_never_takes_anothers(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    my_report = enter_progress(ledger, task_id, ProgressDraft("第一次汇报", period="2026-11"))
    theirs = as_someone_else(ledger)
    # 李四 has no report on the task: the file goes onto the task, not onto my report …
    (their_file,) = attach(theirs, [("李四的材料.pdf", PDF)], EvidencePurpose.PROGRESS, task_id=task_id)
    with ledger.reading() as session:
        attachment = session.get(Attachment, their_file)
        assert attachment is not None and attachment.progress_entry_id is None and attachment.task_id == task_id
    take_back(ledger, my_report)  # … so taking my report back leaves it
    with ledger.reading() as session:
        attachment = session.get(Attachment, their_file)
        assert attachment is not None and attachment.deleted_at is None


def test_a_report_with_anothers_file_on_it_is_not_undone_and_ones_own_files_leave_a_trail(ledger: Ledger) -> None:
    (task_id,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    my_report = enter_progress(ledger, task_id, ProgressDraft("第一次汇报", period="2026-11"))
    (entry_id,) = my_report.outcome.progress_ids
    attach(ledger, [("我补的材料.pdf", PDF)], EvidencePurpose.PROGRESS, task_id=task_id)
    with ledger.begin() as session:  # a file someone else hung on my report (as older versions did)
        mine = session.scalars(select(Attachment).where(Attachment.progress_entry_id == entry_id)).one()
        session.add(Attachment(file_id=mine.file_id, name="李四的材料.pdf", purpose=EvidencePurpose.PROGRESS,
                               task_id=task_id, progress_entry_id=entry_id, added_by="李四",
                               added_at=mine.added_at))
    with pytest.raises(RuleError) as refused:
        take_back(ledger, my_report)
    assert "李四" in str(refused.value) and "李四的材料.pdf" in str(refused.value)
    with ledger.begin() as session:  # without theirs, the undo goes through and says which file went with it
        session.delete(session.scalars(select(Attachment).where(Attachment.added_by == "李四")).one())
    take_back(ledger, my_report)
    with ledger.reading() as session:
        gone = session.scalars(select(AuditEntry.old_value).where(AuditEntry.action == "undo")).all()
    assert "我补的材料.pdf" in gone


def test_reopening_over_a_close_made_meanwhile_is_refused_with_who_and_when(ledger: Ledger) -> None:
    task_id = finished_task(ledger)
    set_status(as_someone_else(ledger), task_id, StatusChange(Status.CLOSED, "验收合格", "王部长",
                                                              seen=Status.COMPLETED))
    with pytest.raises(RuleError) as refused:  # I still see 已办结 and reopen it
        set_status(ledger, task_id, StatusChange(Status.IN_PROGRESS, seen=Status.COMPLETED))
    words = str(refused.value)
    assert "李四" in words and "已销号" in words and "已办结" in words and "没有改" in words
    with ledger.reading() as session:
        task = get_task(session, task_id)
        assert (task.status, task.closed_note, task.closed_by) == (Status.CLOSED, "验收合格", "王部长")


def test_an_extension_or_a_report_that_finishes_is_refused_on_a_status_changed_meanwhile(ledger: Ledger) -> None:
    task_id = finished_task(ledger)
    set_status(as_someone_else(ledger), task_id, StatusChange(Status.CLOSED, "验收合格", seen=Status.COMPLETED))
    with pytest.raises(RuleError):
        extend(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 12, 31)), "等待验收", seen=Status.COMPLETED)
    with pytest.raises(RuleError):
        enter_progress(ledger, task_id, ProgressDraft("补充汇报", status=Status.IN_PROGRESS, seen=Status.COMPLETED))
    with ledger.reading() as session:
        assert get_task(session, task_id).status == Status.CLOSED


def test_a_problem_closed_meanwhile_is_not_sent_back_to_work(ledger: Ledger) -> None:
    with ledger.begin() as session:
        problem_id = create_problem(session, "测试员", ProblemDraft(2026, "台账不规范")).id
    set_problem_status(ledger, problem_id, ProblemStatus.RECTIFIED, seen=ProblemStatus.PENDING)
    set_problem_status(as_someone_else(ledger), problem_id, ProblemStatus.CLOSED, "已核实", "王部长",
                       seen=ProblemStatus.RECTIFIED)
    with pytest.raises(RuleError) as refused:
        set_problem_status(ledger, problem_id, ProblemStatus.RECTIFYING, seen=ProblemStatus.RECTIFIED)
    assert "李四" in str(refused.value)
    with ledger.reading() as session:
        assert get_problem(session, problem_id).closed_note == "已核实"


def test_two_closes_at_the_same_moment_on_a_server_give_one_close(ledger: Ledger) -> None:
    if not ledger.is_server:
        pytest.skip("a file ledger has one writer at a time")
    for _round in range(5):
        task_id = finished_task(ledger)
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def close(person: str, task: int = task_id, barrier: threading.Barrier = start,
                  outcomes: list[str] = outcomes) -> None:
            barrier.wait()
            try:
                set_status(as_someone_else(ledger, person), task, StatusChange(
                    Status.CLOSED, f"{person}验收", person, seen=Status.COMPLETED))
                outcomes.append("closed")
            except RuleError:
                outcomes.append("refused")

        threads = [threading.Thread(target=close, args=(person,)) for person in ("甲", "乙")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(outcomes) == ["closed", "refused"]
        with ledger.reading() as session:
            closes = session.scalars(select(AuditEntry.id).where(
                AuditEntry.entity == "task", AuditEntry.entity_id == task_id, AuditEntry.field == "status",
                AuditEntry.new_value == Status.CLOSED.value)).all()
            task = get_task(session, task_id)
        assert len(closes) == 1 and task.closed_note == f"{task.closed_by}验收"


def test_a_setting_changed_elsewhere_since_the_dialog_opened_is_not_overwritten(ledger: Ledger) -> None:
    shown = ledger.settings()
    seen = {"org_name": shown.org_name, "backup_keep": shown.backup_keep}
    save_settings(as_someone_else(ledger), {"org_name": "中共某市委组织部", "warning_days": 10},
                  seen={"org_name": shown.org_name, "warning_days": shown.warning_days})
    with pytest.raises(RuleError) as refused:  # I change the name too, from what my dialog showed
        save_settings(ledger, {"org_name": "中共另一市委组织部", "backup_keep": 10}, seen=seen)
    assert "李四" in str(refused.value) and "单位名称" in str(refused.value) and "没有保存" in str(refused.value)
    assert ledger.settings().org_name == "中共某市委组织部" and ledger.settings().backup_keep == shown.backup_keep
    save_settings(ledger, {"backup_keep": 10}, seen={"backup_keep": shown.backup_keep})  # theirs stays beside mine
    now = ledger.settings()
    assert (now.org_name, now.warning_days, now.backup_keep) == ("中共某市委组织部", 10, 10)
    with ledger.reading() as session:
        shown_rules = rules_for_year(session, 2026)[0]
    theirs, mine = replace(DEFAULT_RULES, base=70), replace(DEFAULT_RULES, base=90)
    save_settings(as_someone_else(ledger), {}, assessment=(2026, theirs), seen={}, seen_rules=shown_rules)
    with pytest.raises(RuleError) as refused:
        save_settings(ledger, {}, assessment=(2026, mine), seen={}, seen_rules=shown_rules)
    assert "考核办法" in str(refused.value)
    with ledger.reading() as session:
        assert rules_for_year(session, 2026)[0].base == 70


def test_subtasks_made_on_several_pcs_at_once_each_get_a_number_of_their_own(ledger: Ledger) -> None:
    if not ledger.is_server:
        pytest.skip("a file ledger has one writer at a time")
    (parent,) = new_task(ledger, TaskDraft(2026, "建立台账")).outcome.created_tasks
    start = threading.Barrier(4)
    made: list[int] = []

    def make(person: str) -> None:
        start.wait()
        for round_number in range(5):
            made.extend(new_task(as_someone_else(ledger, person), TaskDraft(
                2026, f"{person}的子任务{round_number}", parent_id=parent)).outcome.created_tasks)

    threads = [threading.Thread(target=make, args=(person,)) for person in "甲乙丙丁"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    with ledger.reading() as session:
        codes = [get_task(session, task_id).code for task_id in made]
    assert len(made) == 20 and len(set(codes)) == 20, sorted(codes)
