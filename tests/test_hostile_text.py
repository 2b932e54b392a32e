"""Hostile text wherever text goes: kept, shown, exported and printed literally, or refused with a reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from changes.progress import ProgressDraft
from models.domain.entities import Person, ProgressEntry, Task
from models.domain.tasks import TaskDraft
from models.domain.workflow import MAX_NAME, MAX_TEXT
from reports.fonts import setup_fonts
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from reports.xlsx_export import export_ledger
from tests.fixtures.day import TODAY
from tests.ui.helpers import reported_errors
from ui.main_window import MainWindow

HOSTILE = {
    "markup": "<b>不是粗体</b><font color=red>不是红字</font> &amp; 5 < 6 > 4",
    "quotes": "单引号' 双引号\" 反斜杠\\ 反引号` ‘中文’“引号”",
    "emoji": "表情😀 肤色👍🏻 家庭👨\u200d👩\u200d👧",
    "control": "响铃\x07退格\x08转义\x1b空字符\x00结束\v下一行",
    "formula": '=HYPERLINK("http://example.invalid","点我")',
    "at the limit": "长" * (MAX_TEXT - 4) + "结尾标记",
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_text_is_kept_shown_exported_and_printed_literally(window: MainWindow, tmp_path: Path,
                                                                    kind: str) -> None:
    typed = HOSTILE[kind]
    # Invisible control characters cannot be shown, printed or exported: they are dropped as the text is
    # saved (Word's line break becomes one), so the screen, the file, the sheet and the workbook agree.
    text = "响铃退格转义空字符结束\n下一行" if kind == "control" else typed
    report = text if len(text) > 1000 else "进展：" + text
    errors = reported_errors(window)
    task_id = window.context.controller.create(TaskDraft(2026, typed))
    assert task_id is not None, errors
    assert window.context.controller.add_progress(task_id, ProgressDraft(
        typed if len(typed) > 1000 else "进展：" + typed, period="2026-03", entry_date=TODAY))
    with window.context.ledger.reading() as session:  # kept
        assert session.get(Task, task_id).title == text  # type: ignore[union-attr]
        assert session.scalar(select(ProgressEntry.text)) == report
    model = window.list_pane.model  # shown
    assert model.index_of_task(task_id, 1).data() == text
    window.list_pane.select_task(task_id)
    assert window.editor.title_edit.toPlainText() == text and not window.editor.is_dirty()
    out = tmp_path / "ledger.xlsx"  # exported: the same text, never a formula; only what Excel forbids goes
    with window.context.ledger.reading() as session:
        export_ledger(session, out, year=2026, as_of=TODAY)
    cells = [cell for row in load_workbook(out).active.iter_rows() for cell in row  # type: ignore[union-attr]
             if cell.value == text]
    assert cells and all(cell.data_type == "s" for cell in cells)
    sheet = tmp_path / "sheet.pdf"  # printed
    with window.context.ledger.reading() as session:
        data = progress_sheet_data(session, ProgressSheetOptions(as_of=TODAY), today=TODAY)
    write_progress_sheet(data, setup_fonts(), sheet)
    printed = squash("".join(page.extract_text() or "" for page in PdfReader(sheet).pages))
    shown_in_print = {"markup": "<b>不是粗体</b><fontcolor=red>不是红字</font>&amp;5<6>4",
                      "quotes": squash(text), "formula": squash(text), "at the limit": "长长长结尾标记",
                      "control": "响铃退格转义空字符结束下一行",
                      "emoji": "表情〔U+1F600〕"}[kind]
    assert shown_in_print in printed


@pytest.mark.parametrize(("what", "action"), [
    ("任务内容", lambda w, big: w.context.controller.create(TaskDraft(2026, big))),
    ("进展内容", lambda w, big: w.context.controller.add_progress(
        w.context.controller.create(TaskDraft(2026, "短任务")), ProgressDraft(big))),
    ("具体措施", lambda w, big: w.context.controller.edit(w.context.controller.create(TaskDraft(2026, "另一项")),
                                                {"measures": big})),
    ("姓名", lambda w, big: w.context.controller.edit(w.context.controller.create(TaskDraft(2026, "第三项")), {},
                                            owner=big[:MAX_NAME + 1])),
])
def test_a_hundred_thousand_characters_are_refused_with_the_numbers(window: MainWindow, what: str,
                                                                   action: object) -> None:
    errors: list[str] = []
    window.context.controller.failed.connect(errors.append)
    big = "很长的粘贴内容" * (100_000 // 7)
    assert len(big) >= 99_000
    assert not action(window, big)  # type: ignore[operator]
    assert errors and what in errors[-1] and "太长" in errors[-1]
    with window.context.ledger.reading() as session:  # nothing of it was stored anywhere
        assert session.scalar(select(func.count()).where(Task.title == big)) == 0
        assert session.scalar(select(func.count()).where(ProgressEntry.text == big)) == 0
        assert session.scalar(select(func.count()).where(Person.name.like("很长%"))) == 0
        assert all(len(t.measures) < 1000 for t in session.scalars(select(Task)))
