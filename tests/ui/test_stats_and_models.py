"""Statistics page and the small item models: qtmodeltester, ranks, and a click that opens the tasks."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.domain.lights import LightRules
from models.ledger import Ledger
from models.read.queries import task_rows
from models.read.stats import SectionStats, ranks, section_stats
from models.read.task_detail import timeline
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data
from tests.fixtures.day import TODAY
from ui.item_models.stats_model import StatsTableModel
from ui.item_models.timeline_model import TimelineModel
from ui.main_window import MainWindow

from .helpers import shown_titles


def test_stats_and_timeline_models_pass_the_model_tester(qtmodeltester: ModelTester, demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        rows = task_rows(session, 2026, TODAY, LightRules())
        entries = timeline(session, next(r.id for r in rows if r.latest_progress))
    stats = StatsTableModel()
    stats.set_report(section_stats(rows, 2026, TODAY, []))
    qtmodeltester.check(stats)
    progress = TimelineModel()
    progress.replace_rows(entries)
    assert progress.rowCount() >= 1
    qtmodeltester.check(progress)


def test_rank_follows_completion_rate_and_ties_share_a_rank() -> None:
    done_half, done_all, also_half, empty = (SectionStats("甲", total=2, completed=1, finished_on_time=1),
                                             SectionStats("乙", total=1, closed=1, finished_on_time=1),
                                             SectionStats("丙", total=4, completed=2, finished_on_time=2),
                                             SectionStats("丁"))
    assert ranks([done_half, done_all, also_half, empty]) == {"乙": 1, "甲": 2, "丙": 2}


def test_clicking_a_count_shows_exactly_those_tasks(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = MainWindow(demo_ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.registry.stats.trigger()
    page = window.stats_page
    assert window.pages.currentWidget() is page
    model = page.model
    late = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "逾期")
    row = next(r for r in range(model.rowCount() - 1) if int(model.index(r, late).data()) > 0)  # 逾期 > 0
    section = model.index(row, 0).data()
    overdue = int(model.index(row, late).data())
    page.open_cell(model.index(row, late))
    assert window.pages.currentIndex() == 0
    shown = window.list_pane.model.shown_tasks()
    assert len(shown_titles(window)) == overdue == len(shown)
    assert all(task.overdue and task.lead_section == section for task in shown)
    assert window.list_pane.fixed_chip.isVisible() and section in window.list_pane.fixed_chip.text()
    window.list_pane.fixed_chip.click()
    assert len(shown_titles(window)) == len(window.context.rows)
    # A section chosen in the list's filter before: the 合计 drill-down still shows every overdue task.
    pane = window.list_pane
    pane.section_combo.setCurrentIndex(pane.section_combo.findData(section))
    pane.search_edit.setText("任务")
    window.registry.stats.trigger()
    total_late = int(model.index(model.rowCount() - 1, late).data())
    page.open_cell(model.index(model.rowCount() - 1, late))
    assert len(pane.model.shown_tasks()) == total_late > overdue
    assert pane.section_combo.currentIndex() == 0 and pane.search_edit.text() == ""
    pane.fixed_chip.click()
    total = model.index(model.rowCount() - 1, 1).data()
    assert model.index(model.rowCount() - 1, 0).data() == "合计"
    assert int(total) == sum(1 for r in window.context.rows if r.parent_id is None and r.status != "cancelled")
    window.close()


def test_every_count_agrees_on_the_example_ledger(qtbot: QtBot, demo_ledger: Ledger) -> None:
    """The list's group rows, the status bar, the statistics page and both sheets count alike."""
    window = MainWindow(demo_ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.show()
    tree = window.list_pane.model
    listed = {}
    for row in range(tree.rowCount()):
        label = str(tree.index(row, 0).data())
        m = re.fullmatch(r"(\S+) (\d+)项(?:（另有子任务\d+项）)? · 逾期(\d+) · 未反馈(\d+)", label)
        assert m, label
        listed[m[1]] = (int(m[2]), int(m[3]), int(m[4]))
    window.registry.stats.trigger()
    page = window.stats_page.model
    headers = [page.headerData(c, Qt.Orientation.Horizontal) for c in range(page.columnCount())]
    counted = {}
    for row in range(page.rowCount()):
        values = [page.index(row, c).data() for c in range(page.columnCount())]
        counted[values[0]] = (int(values[headers.index("任务总数")]), int(values[headers.index("逾期")]),
                              int(values[headers.index("本期未反馈")]))
    totals = counted.pop("合计")
    with demo_ledger.reading() as session:
        sheet = progress_sheet_data(session, ProgressSheetOptions(as_of=TODAY), today=TODAY)
    printed = {g.title: (g.tally.tasks, g.tally.overdue, g.tally.no_feedback) for g in sheet.groups}
    with_tasks = {name: numbers for name, numbers in counted.items() if numbers[0]}
    assert {name: n for name, n in listed.items() if n[0]} == with_tasks == printed
    window.registry.find.trigger()  # back to the list: the status bar speaks of everything shown
    status = window.statusBar().currentMessage()
    m = re.search(r"显示(\d+)项.*?（共(\d+)项）· 逾期(\d+) · 黄灯\d+ · 本期未反馈(\d+)", status)
    assert m, status
    assert (int(m[1]), int(m[3]), int(m[4])) == totals and int(m[2]) == totals[0]
    window.close()


def test_at_150_percent_every_section_and_the_total_are_in_sight(qtbot: QtBot, demo_ledger: Ledger) -> None:
    """910×485 is what 1366×768 gives at 150%: every row down to 合计 without scrolling, no name cut short."""
    window = MainWindow(demo_ledger, as_of=TODAY)
    qtbot.addWidget(window)
    window.resize(910, 485)
    window.show()
    window.registry.stats.trigger()
    table, model = window.stats_page.table, window.stats_page.model
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "合计"
    qtbot.waitUntil(lambda: table.visualRect(model.index(last, 0)).bottom() <= table.viewport().height())
    names = table.horizontalHeader().sectionSize(0)
    assert all(table.fontMetrics().horizontalAdvance(str(model.index(row, 0).data())) <= names
               for row in range(model.rowCount()))
    window.close()
