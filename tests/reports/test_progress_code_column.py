"""The progress sheet names each task by its 编号 (3.3, 2.2.2) in its first column, as the notice, the minutes and
the year account do; the running 序号 within each group is still there to choose."""

from __future__ import annotations

from pathlib import Path

from models.domain.enums import Status
from models.ledger import Ledger
from models.read.queries import task_rows
from reports.fonts import setup_fonts
from reports.progress_sheet import (
    COLUMNS,
    DEFAULT_COLUMNS,
    ProgressSheetOptions,
    progress_sheet_data,
    write_progress_sheet,
)
from tests.conftest import DEMO_DAY

from .pdf_boxes import Page, Word, pages


def first_column(page: Page, header: str) -> list[str]:
    """The words printed under `header` at the table's left edge, one per row that starts there."""
    head = next(w for w in page.words if w.text == header)
    return [w.text for w in page.body() if w.y0 > head.y1 and w.x0 < head.x1 and w.x1 > head.x0 - 20]


def leftmost(words: list[Word]) -> Word:
    return min(words, key=lambda w: w.x0)


def test_the_first_column_is_the_tasks_own_number(demo_ledger: Ledger, tmp_path: Path) -> None:
    settings = demo_ledger.settings()
    with demo_ledger.reading() as session:
        rows = task_rows(session, settings.current_year, DEMO_DAY, settings.light_rules)
        sheet = progress_sheet_data(session, ProgressSheetOptions(as_of=DEMO_DAY))
        numbered = progress_sheet_data(session, ProgressSheetOptions(
            as_of=DEMO_DAY, columns=("number", *DEFAULT_COLUMNS[1:])))
    assert DEFAULT_COLUMNS[0] == "code" and COLUMNS["number"][0] == "序号"  # 序号 stays a column to choose
    fonts = setup_fonts()
    write_progress_sheet(sheet, fonts, tmp_path / "编号.pdf")
    printed = pages(tmp_path / "编号.pdf")
    header = [w for w in printed[0].body() if w.text in ("编号", "任务内容")]
    assert leftmost(header).text == "编号"
    codes = [code for page in printed for code in first_column(page, "编号")]
    assert "3.3" in codes and "2.2.2" in codes  # a task and a subtask, as the notices and the minutes name them
    assert {row.code for row in rows if row.status is not Status.CANCELLED} <= set(codes)

    write_progress_sheet(numbered, fonts, tmp_path / "序号.pdf")
    first = pages(tmp_path / "序号.pdf")[0]
    assert leftmost([w for w in first.body() if w.text in ("序号", "任务内容")]).text == "序号"
    assert "1." in first_column(first, "序号") and "3.3" not in first_column(first, "序号")
