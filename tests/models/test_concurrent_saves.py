"""Several people on one ledger: a save never overwrites a change it did not see, and reports always both land."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from changes.concurrency import ChangedElsewhere, check_unchanged
from models.domain import directory
from models.domain.entities import AuditEntry, ProgressEntry
from models.domain.tasks import TaskDraft, create_task, update_task
from models.ledger import Ledger
from models.read.task_detail import task_detail

ROOT = Path(__file__).resolve().parents[2]



def _task(ledger: Ledger) -> int:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科")
        return create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=section.id)).id


def test_a_field_changed_by_someone_else_is_not_overwritten_and_they_are_named(ledger: Ledger) -> None:
    task_id = _task(ledger)
    with ledger.reading() as session:
        seen = task_detail(session, task_id)  # the editor loads the task
    with ledger.begin() as session:  # another PC changes the measures and the note meanwhile
        update_task(session, "李四", task_id, measures="每月排查一次", note="李四的备注")
    with pytest.raises(ChangedElsewhere) as raised, ledger.begin() as session:
        mine = {"measures": "每季度排查一次", "title": "整顿软弱涣散村党组织"}
        check_unchanged(session, "task", task_id, {name: getattr(seen, name) for name in mine}, mine)
    clash = raised.value
    assert [c.field for c in clash.clashes] == ["measures"]  # the title was not touched by them: no clash
    assert (clash.clashes[0].theirs, clash.clashes[0].mine) == ("每月排查一次", "每季度排查一次")
    assert clash.who == "李四" and "李四" in str(clash) and "具体措施" in str(clash) and "没有保存" in str(clash)
    with ledger.reading() as session:
        assert task_detail(session, task_id).measures == "每月排查一次"


def test_the_same_change_made_twice_or_a_change_elsewhere_is_no_clash(ledger: Ledger) -> None:
    task_id = _task(ledger)
    with ledger.reading() as session:
        seen = task_detail(session, task_id)
    with ledger.begin() as session:
        update_task(session, "李四", task_id, measures="每月排查一次", note="只改了备注")
    with ledger.begin() as session:
        mine = {"measures": "每月排查一次", "target": "全部整顿到位"}
        check_unchanged(session, "task", task_id, {name: getattr(seen, name) for name in mine}, mine)
        update_task(session, "张三", task_id, target="全部整顿到位")
    with ledger.reading() as session:
        now = task_detail(session, task_id)
    assert (now.note, now.target) == ("只改了备注", "全部整顿到位")


def test_every_change_names_the_pc_it_was_made_on(ledger: Ledger) -> None:
    import platform

    task_id = _task(ledger)
    with ledger.begin() as session:
        update_task(session, "李四", task_id, note="备注")
    with ledger.reading() as session:
        pcs = set(session.scalars(select(AuditEntry.pc)))
    assert pcs == {platform.node()[:64]} and platform.node()


# Each process saves the task's note `rounds` times, each time from what it last saw, as the editor does;
# a save refused (ChangedElsewhere, SavedAtOnce) is counted as told, and it looks again.
WORKER = textwrap.dedent("""
    import json, sys
    from changes.concurrency import check_unchanged
    from models.domain.progress import add_progress
    from models.domain.tasks import update_task
    from models.errors import RuleError
    from models.places import open_place
    from models.read.task_detail import task_detail
    place, task_id, name, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    ledger = open_place(place, actor=name, auto_backup=False)
    saved, told = [], 0
    for round_number in range(rounds):
        with ledger.reading() as session:
            seen = task_detail(session, task_id).note
        mine = f"{name}-{round_number}"
        try:
            with ledger.begin() as session:
                check_unchanged(session, "task", task_id, {"note": seen}, {"note": mine})
                update_task(session, name, task_id, note=mine)
            saved.append([seen, mine])
        except RuleError as error:
            told += 1
            assert "没有保存" in str(error), str(error)
        with ledger.begin() as session:
            add_progress(session, name, task_id, f"{name} 的第{round_number}条进展", period="2026-03")
    ledger.close()
    print(json.dumps({"saved": saved, "told": told}))
""")


def test_two_pcs_saving_one_task_at_once_lose_nothing_unseen(ledger: Ledger) -> None:
    if not ledger.is_server:
        pytest.skip("a file has one writer at a time (the writer lock); several writers need the server")
    task_id = _task(ledger)
    runs = [subprocess.Popen([sys.executable, "-c", WORKER, ledger.place, str(task_id), name, "100"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("甲", "乙")]
    results = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0 and "Traceback" not in err, err
        results.append(json.loads(out))
    with ledger.reading() as session:
        trail = [(old or "", new) for old, new in session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.entity == "task", AuditEntry.field == "note").order_by(AuditEntry.id))]
        entries = session.scalar(select(ProgressEntry.id).where(ProgressEntry.task_id == task_id).limit(1))
        count = len(list(session.scalars(select(ProgressEntry.id).where(ProgressEntry.task_id == task_id))))
    saved = [tuple(pair) for result in results for pair in result["saved"]]
    # Every save that went through replaced exactly the value its maker had seen: none overwrote unseen.
    assert sorted(saved) == sorted(trail)
    assert len(saved) + sum(result["told"] for result in results) == 200, results

    assert entries is not None and count == 200  # every report from both PCs is there


def test_two_pcs_taking_turns_each_see_the_others_save_before_theirs(ledger: Ledger) -> None:
    """Both look at the task, then save in turn, 100 times: the second to save is always told, never overwrites."""
    if not ledger.is_server:
        pytest.skip("a file has one writer at a time (the writer lock); several writers need the server")
    from models.places import open_place

    task_id = _task(ledger)
    pcs = {"甲": open_place(ledger.place, actor="甲"), "乙": open_place(ledger.place, actor="乙")}
    told: list[str] = []
    for round_number in range(100):
        order = ["甲", "乙"] if round_number % 2 == 0 else ["乙", "甲"]
        seen = {}
        for name in order:
            with pcs[name].reading() as session:
                seen[name] = task_detail(session, task_id).note
        for name in order:
            mine = {"note": f"{name}-{round_number}"}
            try:
                with pcs[name].begin() as session:
                    check_unchanged(session, "task", task_id, {"note": seen[name]}, mine)
                    update_task(session, name, task_id, **mine)
            except ChangedElsewhere as clash:
                told.append(name)
                assert clash.who == order[0] and "没有保存" in str(clash)
    for opened in pcs.values():
        opened.close()
    with ledger.reading() as session:
        assert task_detail(session, task_id).note == "乙-99"  # round 99: 乙 looked and saved first
    assert told == [("乙" if n % 2 == 0 else "甲") for n in range(100)]
