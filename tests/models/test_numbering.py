"""编号 for life: a delete leaves a gap, a new task takes the next number, 重新编号 is asked for and shown first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models.domain import directory
from models.domain.entities import AuditEntry, Task
from models.domain.lights import LightRules
from models.domain.numbering import renumber, tree_numbers
from models.domain.rollover import rollover
from models.domain.tasks import TaskDraft, create_task, delete_task, restore_task
from models.file.ledger import create_ledger, open_ledger
from models.ledger import Ledger
from models.read.queries import task_rows
from models.schema.revisions import alembic_config
from tests.fixtures.day import TODAY


def codes(ledger: Ledger, year: int = 2026) -> dict[str, str]:
    with ledger.reading() as session:
        return {row.title: row.code for row in task_rows(session, year, TODAY, LightRules())}


def make(ledger: Ledger, titles: list[str], key: str = "建强基层组织", parent: str = "") -> None:
    with ledger.begin() as session:
        key_task = directory.key_task(session, "测试员", 2026, key)
        parent_id = session.scalar(select(Task.id).where(Task.title == parent)) if parent else None
        for title in titles:
            create_task(session, "测试员", TaskDraft(2026, title, key_task_id=key_task.id, parent_id=parent_id))


def task_id(ledger: Ledger, title: str) -> int:
    with ledger.reading() as session:
        found = session.scalar(select(Task.id).where(Task.title == title))
    assert found is not None
    return found


def test_a_delete_leaves_a_gap_and_renumbers_nothing_else(ledger: Ledger) -> None:
    make(ledger, ["甲", "乙", "丙", "丁"])
    make(ledger, ["子一", "子二"], parent="丙")
    make(ledger, ["另一项"], key="完善干部考核")
    assert codes(ledger) == {"甲": "1.1", "乙": "1.2", "丙": "1.3", "丁": "1.4", "子一": "1.3.1", "子二": "1.3.2",
                             "另一项": "2.1"}
    with ledger.begin() as session:
        delete_task(session, "测试员", task_id(ledger, "乙"))
    after = codes(ledger)
    assert "乙" not in after and after["丙"] == "1.3" and after["丁"] == "1.4" and after["子二"] == "1.3.2"
    make(ledger, ["戊"])  # the next number, not the gap: 1.2 was handed out once already
    assert codes(ledger)["戊"] == "1.5"
    with ledger.begin() as session:
        restore_task(session, "测试员", task_id(ledger, "乙"))
    assert codes(ledger)["乙"] == "1.2"  # back with the number it had


def test_renumbering_shows_every_change_first_and_keeps_them_in_the_trail(ledger: Ledger) -> None:
    make(ledger, ["甲", "乙", "丙"])
    make(ledger, ["子一", "子二"], parent="丙")
    with ledger.begin() as session:
        delete_task(session, "测试员", task_id(ledger, "乙"))
    with ledger.reading() as session:
        planned = [(change.title, change.old, change.new) for change in tree_numbers(session, 2026)]
    assert planned == [("丙", "1.3", "1.2"), ("子一", "1.3.1", "1.2.1"), ("子二", "1.3.2", "1.2.2")]
    assert codes(ledger)["丙"] == "1.3"  # looking changed nothing
    with ledger.begin() as session:
        assert len(renumber(session, "测试员", 2026)) == 3
    assert codes(ledger) == {"甲": "1.1", "丙": "1.2", "子一": "1.2.1", "子二": "1.2.2"}
    with ledger.reading() as session:
        trail = session.scalars(select(AuditEntry).where(AuditEntry.action == "renumber")).all()
        deleted = session.get(Task, task_id(ledger, "乙"))
        assert deleted is not None and deleted.code not in {"1.1", "1.2", "1.2.1", "1.2.2"}  # no clash on restore
    assert {(entry.old_value, entry.new_value) for entry in trail} == {("1.3", "1.2"), ("1.3.1", "1.2.1"),
                                                                        ("1.3.2", "1.2.2")}
    with ledger.begin() as session:
        assert renumber(session, "测试员", 2026) == []  # numbered already: nothing to do


def test_carried_tasks_are_numbered_in_the_new_year(ledger: Ledger) -> None:
    make(ledger, ["甲", "乙"])
    make(ledger, ["子一"], parent="乙")
    with ledger.begin() as session:
        rollover(session, "测试员", 2026, 2027)
    assert sorted(codes(ledger, 2027).values()) == ["1.1", "1.2", "1.2.1"]


@pytest.mark.file_only
def test_an_older_ledger_keeps_the_numbers_it_showed(tmp_path: Path) -> None:
    """Upgraded, each task keeps the number the window showed; the recycle bin's are numbered after."""
    from alembic import command

    path = tmp_path / "old.sqlite"
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    make(ledger, ["甲", "乙", "丙"])
    make(ledger, ["子一"], parent="丙")
    with ledger.begin() as session:
        delete_task(session, "测试员", task_id(ledger, "乙"))
    engine = ledger.engine  # type: ignore[attr-defined]
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    ledger.close()
    reopened = open_ledger(path, actor="测试员", auto_backup=False)
    try:
        assert codes(reopened) == {"甲": "1.1", "丙": "1.2", "子一": "1.2.1"}
        with reopened.reading() as session:
            deleted = session.get(Task, task_id(reopened, "乙"))
            assert deleted is not None and deleted.code == "1.3"
    finally:
        reopened.close()


@pytest.mark.file_only
def test_the_command_line_lists_first_and_renumbers_only_when_told(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from main import main

    path = tmp_path / "台账.sqlite"
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    make(ledger, ["甲", "乙", "丙"])
    with ledger.begin() as session:
        delete_task(session, "测试员", task_id(ledger, "乙"))
    ledger.close()
    assert main(["renumber", "--db", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "1.3 → 1.2　丙" in listed and "--apply" in listed
    reopened = open_ledger(path, actor="测试员", auto_backup=False)
    assert codes(reopened)["丙"] == "1.3"  # only listed
    reopened.close()
    assert main(["renumber", "--db", str(path), "--apply"]) == 0
    assert "已重新编号：1 个编号" in capsys.readouterr().out
    reopened = open_ledger(path, actor="测试员", auto_backup=False)
    assert codes(reopened) == {"甲": "1.1", "丙": "1.2"}
    reopened.close()



def test_codes_are_ordered_as_read_not_as_text() -> None:
    """The 通报's lists and the 考核明细 run 1.2, 1.10, 2.1, 10.1 — as text 10.1 came before 2.1."""
    from models.domain.numbering import code_order

    assert sorted(["10.1", "2.1", "1.10", "1.2", "0.1"], key=code_order) == ["0.1", "1.2", "1.10", "2.1", "10.1"]
