"""配合单位 in the order written (县财政局、县委组织部), not the list's: through an import and an import again, the
task list and a task's detail, an edit and its undo, a merge of units and a 结转 into the next year."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from importers.breakdown import plan_file
from models.apply.breakdown import import_breakdown
from models.domain import directory
from models.domain.entities import task_co_section
from models.domain.lights import LightRules
from models.domain.rollover import rollover
from models.domain.task_state import capture, restore
from models.domain.tasks import TaskDraft, create_task, set_co_sections
from models.ledger import Ledger
from models.read.queries import task_rows
from models.read.task_detail import task_detail
from tests.fixtures.breakdown_layouts import write
from tests.fixtures.day import TODAY

HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]


def _co(ledger: Ledger, year: int = 2026) -> dict[str, tuple[str, ...]]:
    with ledger.reading() as session:
        return {row.title: row.co_sections for row in task_rows(session, year, TODAY, LightRules())}


def _import(ledger: Ledger, path: Path, rows: list[list[object]]) -> tuple[int, int, int]:
    write(path, {"分工": ([HEADER, *rows], [])})
    with ledger.begin() as session:
        result = import_breakdown(session, "测试员", plan_file(path, 2026), 2026, path.name)
    return result.imported, result.updated, result.unchanged


def test_an_import_keeps_the_co_units_in_the_order_written(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "分工方案.xlsx"
    rows: list[list[object]] = [["1", "推进村级集体经济发展", "县农业农村局", "县委组织部、县财政局", "年底前"],
                                ["2", "实施强村富民工程", "县农业农村局", "县财政局、县委组织部", "年底前"],
                                ["3", "深化移风易俗", "县委宣传部", "县文明办、县民政局", "6月底前"]]
    assert _import(ledger, path, rows) == (3, 0, 0)
    want = {"推进村级集体经济发展": ("县委组织部", "县财政局"), "实施强村富民工程": ("县财政局", "县委组织部"),
            "深化移风易俗": ("县文明办", "县民政局")}
    assert _co(ledger) == want
    with ledger.reading() as session:
        task_id = next(row.id for row in task_rows(session, 2026, TODAY, LightRules())
                       if row.title == "实施强村富民工程")
        detail = task_detail(session, task_id)
        ids = {unit.name: unit.id for unit in [directory.section(session, "测试员", name)
                                               for name in ("县财政局", "县委组织部")]}
    assert detail.co_section_ids == (ids["县财政局"], ids["县委组织部"])
    assert _import(ledger, path, rows) == (0, 0, 3)  # the same file again: nothing to change
    rows[0][3] = "县财政局、县委组织部"  # the file now lists them the other way round: the order is a change
    assert _import(ledger, path, rows) == (0, 1, 2)
    assert _co(ledger)["推进村级集体经济发展"] == ("县财政局", "县委组织部")


def test_an_edit_its_undo_a_merge_and_a_rollover_keep_each_unit_s_place(ledger: Ledger) -> None:
    with ledger.begin() as session:
        first, second, third, fourth = (directory.section(session, "测试员", name)
                                        for name in ("组织科", "干部科", "人才科", "办公室"))
        task = create_task(session, "测试员", TaskDraft(2026, "建立人才工作台账", lead_section_id=fourth.id,
                                                   co_section_ids=[third.id, first.id]))
        task_id, ids = task.id, (first.id, second.id, third.id)
    assert _co(ledger) == {"建立人才工作台账": ("人才科", "组织科")}
    with ledger.begin() as session:
        before = capture(session, task_id)
        set_co_sections(session, "测试员", task_id, list(ids))
    assert _co(ledger) == {"建立人才工作台账": ("组织科", "干部科", "人才科")}
    with ledger.begin() as session:
        restore(session, "测试员", before)  # undo: the units as they were, in their order
    assert _co(ledger) == {"建立人才工作台账": ("人才科", "组织科")}
    with ledger.begin() as session:
        directory.merge_sections(session, "测试员", ids[2], ids[1])  # 人才科 into 干部科: 干部科 takes its place
    assert _co(ledger) == {"建立人才工作台账": ("干部科", "组织科")}
    with ledger.begin() as session:
        rollover(session, "测试员", 2026, 2027)
    assert _co(ledger, 2027) == {"建立人才工作台账": ("干部科", "组织科")}


def test_units_a_ledger_held_before_keep_the_list_s_order(ledger: Ledger, tmp_path: Path) -> None:
    """Migration 0026 puts every pair a ledger holds at 0: those show in the list's order, as before."""
    _import(ledger, tmp_path / "分工方案.xlsx", [["1", "开展干部培训", "干部科", "组织科、办公室", "年底前"],
                                                  ["2", "建立工作台账", "干部科", "办公室、组织科", "年底前"]])
    with ledger.begin() as session:
        session.execute(update(task_co_section).values(position=0))
    assert _co(ledger) == {"开展干部培训": ("组织科", "办公室"), "建立工作台账": ("组织科", "办公室")}
