"""A breakdown imported into a server ledger leaves room for every PC's next task, and two PCs importing at once
neither clash nor make a task twice (issue 28, point 7)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from changes.imports import import_tasks
from changes.tasks import new_task
from importers.breakdown import plan_file
from models.apply.breakdown import ImportResult
from models.domain.entities import Task
from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from models.places import open_place

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
BREAKDOWN = SAMPLES / "任务分解表-合并单元格.xlsx"  # twelve tasks, with subtasks
SAME_WITH_OWNERS = SAMPLES / "任务分解表-标准格式.xlsx"  # the same twelve, with owners


def test_a_task_made_after_an_import_finds_its_number_free(ledger: Ledger) -> None:
    imported = import_tasks(ledger, plan_file(BREAKDOWN, 2026), 2026, BREAKDOWN.name)
    new_task(ledger, TaskDraft(2026, "导入之后新建的任务"))  # was: duplicate key value violates pk_task
    new_task(ledger, TaskDraft(2026, "再建一项"))
    with ledger.reading() as session:
        titles = list(session.scalars(select(Task.title).order_by(Task.id)))
    assert imported.imported == 12 and len(titles) == 14 and titles[-2:] == ["导入之后新建的任务", "再建一项"]


def test_two_pcs_importing_the_same_breakdown_at_once_make_each_task_once(ledger: Ledger) -> None:
    """As if one after the other: the first makes the twelve tasks, the second finds them and updates them."""
    if not ledger.is_server:
        pytest.skip("a file has one writer at a time (its lock)")
    place = ledger.place
    pcs = [open_place(place, actor=f"第{n}台电脑") for n in (1, 2)]
    start = threading.Barrier(2)
    results: list[ImportResult] = []
    failures: list[BaseException] = []

    def import_on(pc: Ledger, path: Path) -> None:
        rows = plan_file(path, 2026)
        start.wait()
        try:
            results.append(import_tasks(pc, rows, 2026, path.name))
        except BaseException as error:  # told below, with its words
            failures.append(error)

    try:
        threads = [threading.Thread(target=import_on, args=(pc, path))
                   for pc, path in zip(pcs, (BREAKDOWN, SAME_WITH_OWNERS), strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        for pc in pcs:
            pc.close()
    assert not failures, [str(error) for error in failures]
    assert sorted((result.imported, result.updated) for result in results) == [(0, 12), (12, 0)]
    new_task(ledger, TaskDraft(2026, "两台电脑导入之后新建的任务"))
    with ledger.reading() as session:
        count = session.scalar(select(func.count()).select_from(Task))
        codes = list(session.scalars(select(Task.code)))
    assert count == 13 and len(set(codes)) == 13  # each 编号 given once
