"""The year's count said one way everywhere: 43项（另有子任务15项）, the subtasks besides the tasks, never "含"
(it read as 15 of the 43) — on the window's status bar, the progress sheet, the year account and the
command line alike, with the same numbers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from models.ledger import Ledger
from models.read.counting import Counting
from models.read.queries import task_rows
from models.read.task_views import TaskView
from models.read.year_account import year_account
from reports.fonts import setup_fonts
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from reports.year_account import account_blocks
from tests.conftest import DEMO_DAY
from tests.ui.helpers import show_window

ROOT = Path(__file__).resolve().parents[1]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_count_reads_the_same_on_every_page_and_paper(demo_ledger: Ledger, qtbot: QtBot, tmp_path: Path) -> None:
    settings = demo_ledger.settings()
    with demo_ledger.reading() as session:
        rows = task_rows(session, settings.current_year, DEMO_DAY, settings.light_rules)
        sheet = progress_sheet_data(session, ProgressSheetOptions(as_of=DEMO_DAY))
        account = year_account(session, settings.current_year, DEMO_DAY)
    tally = Counting(rows).tally(rows)
    assert tally.subtasks and tally.tasks + tally.subtasks == len(rows)  # besides, not among
    words = f"{tally.tasks}项（另有子任务{tally.subtasks}项）"

    pdf = tmp_path / "进展表.pdf"
    write_progress_sheet(sheet, setup_fonts(""), pdf)
    first_page = squash(PdfReader(pdf).pages[0].extract_text() or "")
    assert f"共{words}" in first_page

    account_text = squash(" ".join(str(block) for block in account_blocks(account)))
    assert f"具体任务{words}" in account_text

    window = show_window(qtbot, demo_ledger, DEMO_DAY)
    assert f"{tally.tasks}项，另有子任务{tally.subtasks}项" in window.statusBar().currentMessage()

    run = [sys.executable, str(ROOT / "main.py"), "report", "progress", "--db", demo_ledger.place,
           "--out", str(tmp_path / "cli.pdf"), "--as-of", DEMO_DAY.isoformat()]
    said = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert said.returncode == 0, said.stderr
    assert f"（任务{tally.tasks}项，另有子任务{tally.subtasks}项，" in said.stdout  # no brackets in brackets
    for text in (first_page, account_text, window.statusBar().currentMessage(), said.stdout):
        assert "含子任务" not in text


def test_on_the_other_pages_the_status_bar_counts_the_year_as_the_statistics_do(demo_ledger: Ledger,
                                                                                 qtbot: QtBot) -> None:
    settings = demo_ledger.settings()
    with demo_ledger.reading() as session:
        rows = task_rows(session, settings.current_year, DEMO_DAY, settings.light_rules)
    year = Counting(rows).tally(rows)
    window = show_window(qtbot, demo_ledger, DEMO_DAY)
    window.select_view(TaskView.NO_FEEDBACK)  # the list shows only the silent ones
    assert f"显示{year.no_feedback}项" in window.statusBar().currentMessage()
    for page in ("problems", "meeting"):
        window.show_page(page)
        said = window.statusBar().currentMessage()
        # Not the list's filter (the page does not show it) but the year, with the statistics' figures.
        assert f"共{year.tasks}项（另有子任务{year.subtasks}项）" in said and "显示" not in said
        assert f"逾期{year.overdue} " in said and f"本期未反馈{year.no_feedback} " in said
    window.select_view(TaskView.NO_FEEDBACK)
    assert f"显示{year.no_feedback}项" in window.statusBar().currentMessage()
