"""Views and search, undo snapshots, drafts, and the directory's rename/merge/deactivate."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.domain import directory, task_state
from models.domain.deadlines import parse_deadline
from models.domain.entities import AuditEntry, Person, Section
from models.domain.enums import Status
from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task, update_task
from models.errors import RuleError
from models.file.drafts import DraftStore
from models.ledger import Ledger
from models.read import lookups
from models.read.meetings import meeting_summary
from models.read.queries import TaskRow, task_rows
from models.read.task_views import SearchTexts, TaskFilter, TaskView, visible_rows
from tests.fixtures.day import TODAY


def rows_of(ledger: Ledger) -> list[TaskRow]:
    with ledger.reading() as session:
        return task_rows(session, 2026, TODAY, LightRules())


def make_tasks(ledger: Ledger) -> dict[str, int]:
    with ledger.begin() as session:
        organisation = directory.section(session, "测试员", "组织科")
        cadres = directory.section(session, "测试员", "干部科")
        wang = directory.person(session, "测试员", "王副部长")
        parent = create_task(session, "测试员", TaskDraft(2026, "完善干部考核办法", lead_section_id=cadres.id,
                                                          leader_id=wang.id, measures="修订年度考核细则"))
        child = create_task(session, "测试员", TaskDraft(2026, "起草征求意见稿", parent_id=parent.id,
                                                         lead_section_id=cadres.id))
        other = create_task(session, "测试员", TaskDraft(2026, "ＡＢＣ党支部标准化建设",
                                                         lead_section_id=organisation.id,
                                                         deadline=parse_deadline("3月底前", 2026)))
        add_progress(session, "测试员", other.id, "已完成 摸底排查", period="2026-03", entry_date=TODAY)
        return {"parent": parent.id, "child": child.id, "other": other.id}


def test_search_folds_width_case_and_spaces_and_looks_in_measures_and_progress(ledger: Ledger) -> None:
    ids = make_tasks(ledger)
    rows = rows_of(ledger)
    for text in ("abc", "ＡＢＣ党支部", "完成摸底", "考核细则"):
        shown = visible_rows(rows, TaskView.BY_SECTION, TaskFilter(text=text))
        assert shown.matched, text
    by_measures = visible_rows(rows, TaskView.BY_SECTION, TaskFilter(text="考核细则"))
    # A hit on a task also shows its subtasks.
    assert [r.id for r in by_measures.rows] == [ids["parent"], ids["child"]]


def test_typing_and_deleting_in_the_search_box_finds_what_a_fresh_search_finds(ledger: Ledger) -> None:
    make_tasks(ledger)
    rows = rows_of(ledger)
    kept = SearchTexts()  # one per list of rows, as the window keeps it between keystrokes
    for text in ("干", "干部", "干部考核", "干", "稿", "意见稿", "abc", "ab", "部"):
        typed = visible_rows(rows, TaskView.BY_SECTION, TaskFilter(text=text), kept)
        fresh = visible_rows(rows, TaskView.BY_SECTION, TaskFilter(text=text))
        assert (typed.rows, typed.matched) == (fresh.rows, fresh.matched), text
    assert visible_rows(rows, TaskView.BY_SECTION, TaskFilter(text="部"), kept).matched


def test_a_subtask_hit_brings_its_parent_as_context(ledger: Ledger) -> None:
    ids = make_tasks(ledger)
    shown = visible_rows(rows_of(ledger), TaskView.BY_SECTION, TaskFilter(text="征求意见稿"))
    assert [r.id for r in shown.rows] == [ids["parent"], ids["child"]]
    assert shown.matched == {ids["child"]}


def test_views_and_combos_narrow_what_is_shown(ledger: Ledger) -> None:
    ids = make_tasks(ledger)
    rows = rows_of(ledger)
    silent = visible_rows(rows, TaskView.NO_FEEDBACK, TaskFilter())
    assert ids["other"] not in silent.matched and ids["parent"] in silent.matched
    by_leader = visible_rows(rows, TaskView.BY_SECTION, TaskFilter(leader="王副部长"))
    assert [r.id for r in by_leader.rows] == [ids["parent"]]
    in_progress = visible_rows(rows, TaskView.ALL, TaskFilter(statuses=frozenset({Status.IN_PROGRESS})))
    assert [r.id for r in in_progress.rows] == [ids["other"]]
    assert visible_rows(rows, TaskView.CLOSED, TaskFilter()).rows == []


def test_undo_snapshot_puts_every_field_back_with_audit(ledger: Ledger) -> None:
    ids = make_tasks(ledger)
    with ledger.begin() as session:
        before = task_state.capture(session, ids["other"])
        update_task(session, "测试员", ids["other"], title="改过的标题", percent=60)
        change_status(session, "测试员", ids["other"], Status.COMPLETED, on=TODAY)
    with ledger.begin() as session:
        task_state.restore(session, "测试员", before)
        assert task_state.capture(session, ids["other"]) == before
        undo_rows = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "undo")))
        assert {row.field for row in undo_rows} >= {"title", "percent", "status", "completed_on"}


def test_merging_people_moves_their_tasks_and_frees_the_name(ledger: Ledger) -> None:
    ids = make_tasks(ledger)
    with ledger.begin() as session:
        duplicate = directory.person(session, "测试员", "王部长")
        update_task(session, "测试员", ids["other"], leader_id=duplicate.id)
        wang = directory.person(session, "测试员", "王副部长")
        moved = directory.merge_people(session, "测试员", duplicate.id, wang.id)
        assert moved == 1
        assert session.get(Person, duplicate.id).active is False  # type: ignore[union-attr]
        assert [c.name for c in lookups.people(session)] == ["王副部长"]
        assert directory.person(session, "测试员", "王部长").id != duplicate.id
    assert {r.leader for r in rows_of(ledger) if r.parent_id is None} == {"王副部长"}


def test_deactivated_section_stays_on_tasks_but_is_not_offered(ledger: Ledger) -> None:
    make_tasks(ledger)
    with ledger.begin() as session:
        organisation = directory.section(session, "测试员", "组织科")
        directory.set_active(session, "测试员", Section, organisation.id, False)
        assert [c.name for c in lookups.sections(session)] == ["干部科"]
        assert len(lookups.sections(session, include_inactive=True)) == 2
    assert "组织科" in {r.lead_section for r in rows_of(ledger)}


def test_a_meeting_name_is_unique_within_its_year(ledger: Ledger) -> None:
    with ledger.begin() as session:
        directory.meeting(session, "测试员", TODAY, "3月月例会")
    with pytest.raises(RuleError, match="2026年已经有一个「3月月例会」"), ledger.begin() as session:
        directory.meeting(session, "测试员", date(2026, 3, 28), " 3月月例会 ")
    with ledger.begin() as session:  # the same name next year is another meeting
        directory.meeting(session, "测试员", date(2027, 3, 25), "3月月例会")
    with ledger.reading() as session:
        assert [m.title for m in lookups.meetings(session)] == ["3月月例会", "3月月例会"]


def test_meeting_summary_counts_entries_silent_and_assigned(ledger: Ledger) -> None:
    ids = make_tasks(ledger)
    with ledger.begin() as session:
        meeting = directory.meeting(session, "测试员", TODAY, "3月月例会")
        add_progress(session, "测试员", ids["parent"], "已起草", period="2026-03", meeting_id=meeting.id)
        create_task(session, "测试员", TaskDraft(2026, "会上交办的事", source_meeting_id=meeting.id))
        meeting_id = meeting.id
    with ledger.reading() as session:
        summary = meeting_summary(session, meeting_id, task_rows(session, 2026, TODAY, LightRules()))
    assert [text for _, _, text in summary.entries] == ["已起草"]
    # Counted as every sheet counts: the task whose subtask has not reported is owed, the subtask named under it.
    assert {title for _, title, _ in summary.silent} == {"完善干部考核办法", "会上交办的事"}
    parent_code = next(code for code, title, _ in summary.silent if title == "完善干部考核办法")
    assert [title for _, title in summary.silent_subtasks[parent_code]] == ["起草征求意见稿"]
    assert [title for _, title, _ in summary.assigned] == ["会上交办的事"]


def test_drafts_are_on_disk_after_each_change_and_gone_when_discarded(tmp_path: Path) -> None:
    path = tmp_path / "台账.未保存的录入.json"
    store = DraftStore(path)
    store.put("meeting:1:task:2", "说到一半的话", 30)
    assert json.loads(path.read_text(encoding="utf-8"))["meeting:1:task:2"]["text"] == "说到一半的话"
    again = DraftStore(path)
    draft = again.get("meeting:1:task:2")
    assert draft is not None and draft.percent == 30
    again.discard("meeting:1:task:2")
    assert not path.exists()


def test_a_broken_drafts_file_is_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "drafts.json"
    path.write_text("{不是json", encoding="utf-8")
    store = DraftStore(path)
    assert "无法读取未保存的录入" in store.problem and store.keys() == []
