"""Statistics page and the small item models: qtmodeltester, ranks, and a click that opens the tasks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.domain.lights import LightRules
from models.file.ledger import Ledger
from models.read.queries import task_rows
from models.read.stats import SectionStats, ranks, section_stats
from models.read.task_detail import timeline
from ui.main_window import MainWindow
from ui.stats_model import StatsTableModel
from ui.timeline_model import TimelineModel

from .helpers import shown_titles

TODAY = date(2026, 3, 25)


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
    row = next(r for r in range(model.rowCount() - 1) if int(model.index(r, 5).data()) > 0)  # 逾期 > 0
    section = model.index(row, 0).data()
    overdue = int(model.index(row, 5).data())
    assert model.headerData(5, Qt.Orientation.Horizontal) == "逾期"
    page.open_cell(model.index(row, 5))
    assert window.pages.currentIndex() == 0
    shown = window.list_pane.model.shown_tasks()
    assert len(shown_titles(window)) == overdue == len(shown)
    assert all(task.overdue and task.lead_section == section for task in shown)
    assert window.list_pane.fixed_chip.isVisible() and section in window.list_pane.fixed_chip.text()
    window.list_pane.fixed_chip.click()
    assert len(shown_titles(window)) == len(window.context.rows)
    total = model.index(model.rowCount() - 1, 1).data()
    assert model.index(model.rowCount() - 1, 0).data() == "合计"
    assert int(total) == sum(1 for r in window.context.rows if r.parent_id is None and r.status != "cancelled")
    window.close()
