"""Spreadsheets out: the ledger in the office's shape round-trips through import; feedback forms import back."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader
from sqlalchemy import select

from importers.breakdown import plan_file
from importers.progress_return import read_return
from main import main
from models.apply.breakdown import import_breakdown
from models.apply.progress_return import import_return
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import Task
from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.domain.workflow import RETURN_STATUS_WORDS, STATUS_WORDS
from models.file.ledger import create_ledger
from models.ledger import Ledger
from models.read.queries import TaskRow, task_rows
from reports.feedback_form import feedback_form
from reports.xlsx_export import export_ledger
from tests.fixtures.day import TODAY
from tests.reports.pdf_boxes import pages


def shape(rows: list[TaskRow]) -> list[tuple[object, ...]]:
    by_id = {row.id: row for row in rows}
    return sorted((row.title, row.key_task_title, row.lead_section, row.co_sections, row.leader, row.owner,
                   row.deadline_display, by_id[row.parent_id].title if row.parent_id else "") for row in rows)


def test_export_then_import_gives_the_same_tasks(demo_ledger: Ledger, tmp_path: Path) -> None:
    demo = demo_ledger
    out = tmp_path / "ledger.xlsx"
    with demo.reading() as session:
        held = export_ledger(session, out, year=2026, as_of=TODAY)
        original = shape(task_rows(session, 2026, TODAY, LightRules()))
    fresh = create_ledger(tmp_path / "fresh.sqlite", org_name="新台账", year=2026)
    with fresh.begin() as session:
        result = import_breakdown(session, "测试员", plan_file(out, 2026), 2026, out.name)
    with fresh.reading() as session:
        imported = shape(task_rows(session, 2026, TODAY, LightRules()))
    fresh.close()
    assert held.tasks + held.subtasks == len(original) == result.imported
    assert imported == original


def test_its_own_export_imported_back_changes_nothing_and_says_so(demo_ledger: Ledger, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The sheet handed out and brought back as it was: 0 new, 0 updated, every task 与台账相同未改动 — and one
    lead section changed in the sheet is the one task updated."""
    out = tmp_path / "ledger.xlsx"
    with demo_ledger.reading() as session:
        held = export_ledger(session, out, year=2026, as_of=TODAY)
    place = str(demo_ledger.place)
    demo_ledger.close()
    assert main(["import", str(out), "--db", place]) == 0
    total = held.tasks + held.subtasks
    assert f"已导入 0 项新任务，更新 0 项已有任务，{total} 项与台账相同未改动" in capsys.readouterr().out
    book = load_workbook(out)
    sheet = book.active
    assert sheet is not None
    lead = next(cell for cell in sheet["D"] if cell.value == "研究室")
    lead.value = "办公室"
    book.save(out)
    assert main(["import", str(out), "--db", place]) == 0
    assert f"更新 1 项已有任务，{total - 1} 项与台账相同未改动" in capsys.readouterr().out


def test_export_looks_like_the_office_sheet_and_never_writes_formulas(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        key = directory.key_task(session, "测试员", 2026, "抓好落实").id
        for title in ("=HYPERLINK(\"http://x\")", "+1 加一", "普通任务\x07带控制字符"):
            create_task(session, "测试员", TaskDraft(2026, title, key_task_id=key))
    out = tmp_path / "out.xlsx"
    with ledger.reading() as session:
        export_ledger(session, out, as_of=TODAY)
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet["A1"].value == "2026年重点工作任务分解表" and "A1:J1" in {str(r) for r in sheet.merged_cells.ranges}
    assert (sheet["D3"].value, sheet["D4"].value, sheet["E4"].value) == ("责任单位", "牵头", "配合")
    assert "B5:B7" in {str(r) for r in sheet.merged_cells.ranges}  # the key task over its three rows
    titles = [sheet.cell(row=r, column=3) for r in (5, 6, 7)]
    assert [c.value for c in titles] == ["=HYPERLINK(\"http://x\")", "+1 加一", "普通任务带控制字符"]
    assert all(c.data_type == "s" for c in titles)
    assert sheet.print_title_rows == "$3:$4" and sheet.page_setup.orientation == "landscape"


def test_a_filled_feedback_form_imports_back_without_any_mapping(ledger: Ledger, tmp_path: Path) -> None:
    """The section's own tasks first, marked 牵头; one it only helps with after them, marked 配合 with who leads —
    and the form, filled in as it is, imports back: a 配合 row's report too."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        other = directory.section(session, "测试员", "干部科").id
        create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=other, co_section_ids=[section]))
        for title in ("整顿软弱涣散党组织", "发展党员质量提升"):
            create_task(session, "测试员", TaskDraft(2026, title, lead_section_id=section))
    form = tmp_path / "form.xlsx"
    with ledger.reading() as session:
        listed = feedback_form(session, form, "组织科", "2026-03")
        assert (listed.tasks, listed.subtasks) == (3, 0)
    book = load_workbook(form)
    sheet = book.active
    assert sheet is not None and sheet["A4"].value == "编号" and sheet["F4"].value == "进展情况"
    assert [(sheet[f"B{r}"].value, sheet[f"C{r}"].value) for r in range(4, 8)] == [
        ("任务内容", "牵头/配合"), ("整顿软弱涣散党组织", "牵头"), ("发展党员质量提升", "牵头"),
        ("干部调研", "配合\n（干部科牵头）")]
    sheet["F5"] = "已完成摸底排查"
    sheet["G5"] = "推进中"
    sheet["H5"] = "30%"
    sheet["F7"] = "配合走访3个单位"
    book.save(form)
    with ledger.begin() as session:
        result = import_return(session, "测试员", read_return(form), 2026, "2026-03", TODAY)
    assert result.entered == 2 and not [r for r in result.rows if r.status == "error"]
    with ledger.reading() as session:
        rows = {r.title: r for r in task_rows(session, 2026, TODAY, LightRules())}
    done = rows["整顿软弱涣散党组织"]
    assert (done.latest_progress, done.percent, done.feedback_this_period) == ("已完成摸底排查", 30, True)
    assert rows["干部调研"].latest_progress == "配合走访3个单位"


def test_export_works_under_a_clock_before_1980(ledger: Ledger, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "ledger.xlsx"
    monkeypatch.setattr(time, "time", lambda: 86_400.0 * 365)  # 1971: a PC whose battery gave out
    with ledger.reading() as session:
        export_ledger(session, out, year=2026, as_of=TODAY)
    monkeypatch.undo()
    with zipfile.ZipFile(out) as archive:
        assert all(info.date_time >= (1980, 1, 1, 0, 0, 0) for info in archive.infolist())
    assert load_workbook(out).active is not None


def test_exports_are_readable_like_any_saved_file_and_leave_no_temporaries(ledger: Ledger, tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / ".luoshi-killed.xlsx.tmp"  # what an export killed last week left
    stale.write_bytes(b"")
    os.utime(stale, (time.time() - 7 * 86_400, time.time() - 7 * 86_400))
    place = ledger.place  # a file, or a server's address
    ledger.close()
    out = tmp_path / "台账.xlsx"
    assert main(["export-xlsx", "--db", str(place), "--out", str(out)]) == 0
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".luoshi-")]
    capsys.readouterr()


def test_rows_are_as_tall_as_their_text_so_wps_and_libreoffice_show_it_whole(demo_ledger: Ledger,
                                                                            tmp_path: Path) -> None:
    """Only Excel works row heights out by itself: the file stores them, from the text and column widths."""
    with demo_ledger.begin() as session:
        task_id = session.scalars(select(Task.id).where(Task.parent_id.is_(None))).first()
        add_progress(session, "测试员", task_id, "本月召开专题会议，部署推进工作，形成阶段成果。" * 12,
                     period="2026-03", entry_date=TODAY)
    out = tmp_path / "ledger.xlsx"
    with demo_ledger.reading() as session:
        export_ledger(session, out, year=2026, as_of=TODAY)
    sheet = load_workbook(out).active
    assert sheet is not None
    letters = [get_column_letter(n) for n in range(1, sheet.max_column + 1)]
    widths = {letter: sheet.column_dimensions[letter].width for letter in letters}
    for row in sheet.iter_rows(min_row=5):
        height = sheet.row_dimensions[row[0].row].height
        assert height is not None
        for letter, cell in zip(letters, row, strict=False):
            if isinstance(cell.value, str) and letter != "B":  # B: the key task, merged over rows
                units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell.value)
                assert height >= (units / widths[letter]) * 12, (letter, cell.value[:20])
    tallest = max(sheet.row_dimensions[r].height or 0 for r in range(5, sheet.max_row + 1))
    assert tallest > 100  # the long report's row


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here")
def test_libreoffice_prints_every_line_of_a_long_report(demo_ledger: Ledger, tmp_path: Path) -> None:
    report = "第一句进展。" + "推进落实，" * 60 + "最后一句进展。"
    with demo_ledger.begin() as session:
        task_id = session.scalars(select(Task.id).where(Task.parent_id.is_(None))).first()
        add_progress(session, "测试员", task_id, report, period="2026-03", entry_date=TODAY)
    out = tmp_path / "ledger.xlsx"
    with demo_ledger.reading() as session:
        export_ledger(session, out, year=2026, as_of=TODAY)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, timeout=300, capture_output=True)
    text = "".join(page.extract_text() or "" for page in PdfReader(tmp_path / "ledger.pdf").pages)
    assert "最后一句进展" in re.sub(r"\s+", "", text)


def test_a_feedback_form_says_who_filled_it_in_and_offers_the_status_words_the_import_reads(
        ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        task = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织", lead_section_id=section))
        create_task(session, "测试员", TaskDraft(2026, "发展党员质量提升", lead_section_id=section))
        add_progress(session, "测试员", task.id, "完成摸底", period="2026-02", entry_date=date(2026, 2, 20))
    form = tmp_path / "form.xlsx"
    with ledger.reading() as session:
        feedback_form(session, form, "组织科", "2026-03")
    sheet = load_workbook(form).active
    assert sheet is not None
    filled_in_by = str(sheet["A3"].value)
    for words in ("填报人：", "科室负责人（签字）：", "联系电话：", "填报日期："):
        assert words in filled_in_by  # above the table, where the import never reads a task
    assert sheet["E5"].value == "【2026年2月】完成摸底"  # the month as the printed sheets write it
    [choices] = sheet.data_validations.dataValidation
    words = choices.formula1.strip('"').split(",")
    assert str(choices.sqref) == "G5:G6" and choices.type == "list"
    assert tuple(words) == RETURN_STATUS_WORDS and all(word in STATUS_WORDS for word in words)
    assert {"推进中", "正常推进", "滞后", "已完成", "已办结", "未启动"} <= set(words)  # what sections write
    assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页" and sheet.print_title_rows == "$4:$4"


def test_a_report_too_long_for_a_row_is_cut_to_its_latest_part(ledger: Ledger, tmp_path: Path) -> None:
    report = "第一句进展。" + "推进落实，形成阶段成果。" * 250 + "最后一句进展。"  # about 3,000 characters
    with ledger.begin() as session:
        task = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织"))
        add_progress(session, "测试员", task.id, report, period="2026-03", entry_date=TODAY)
    out = tmp_path / "ledger.xlsx"
    with ledger.reading() as session:
        export_ledger(session, out, year=2026, as_of=TODAY)
    sheet = load_workbook(out).active
    assert sheet is not None
    shown = str(sheet["J5"].value)
    assert shown.endswith("最后一句进展。（全文见台账）") and "第一句进展" not in shown
    assert all((sheet.row_dimensions[r].height or 0) <= 409 for r in range(1, sheet.max_row + 1))  # Excel's limit
    assert sheet["C5"].value == "整顿软弱涣散党组织"  # the task itself is never cut: it imports back


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here")
def test_every_printed_page_names_its_key_task_and_its_number(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        key = directory.key_task(session, "测试员", 2026, "全面加强基层党组织建设").id
        for n in range(1, 81):
            title = f"第{n}项具体措施，推进基层党组织标准化规范化建设"
            create_task(session, "测试员", TaskDraft(2026, title, key_task_id=key))
    out = tmp_path / "ledger.xlsx"
    with ledger.reading() as session:
        export_ledger(session, out, year=2026, as_of=TODAY)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, timeout=300, capture_output=True)
    printed = [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(tmp_path / "ledger.pdf").pages]
    assert len(printed) >= 2
    for number, text in enumerate(printed, start=1):
        assert "全面加强基层党组织建设" in text, number  # the key task on every page, not only where its block began
        assert f"第{number}页共{len(printed)}页" in text
    assert all(f"第{n}项具体措施" in "".join(printed) for n in range(1, 81))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here")
def test_a_printed_feedback_form_breaks_between_words_and_cuts_no_text_at_a_cells_edge(ledger: Ledger,
                                                                                      tmp_path: Path) -> None:
    """As printed from LibreOffice: 配合 with （公务员管理科牵头） on one line, never a ） or a 。 alone at a line's
    start, and the last report's lines short of its column's right edge (where a glyph is cut off on paper)."""
    report = "截至11月6日，公务员管理科受其他工作影响进度有所滞后，已调整计划加快推进。"
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        other = directory.section(session, "测试员", "公务员管理科").id
        task = create_task(session, "测试员", TaskDraft(2026, "研究解决基层干部待遇保障和激励关怀问题",
                                                       lead_section_id=other, co_section_ids=[section],
                                                       deadline=parse_deadline("2027-01-25", 2026)))
        add_progress(session, "测试员", task.id, report, period="2026-11", entry_date=date(2026, 11, 6))
    form = tmp_path / "form.xlsx"
    with ledger.reading() as session:
        feedback_form(session, form, "组织科", "2026-12")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(form)],
                   check=True, timeout=300, capture_output=True)
    [page] = pages(tmp_path / "form.pdf")
    words = page.body()
    assert "（公务员管理科牵头）" in [w.text for w in words]
    assert not [w.text for w in words if w.text[0] in "）。，、"]
    header = next(w for w in words if w.text == "上期进展")
    lines = [w for w in words if w.y0 > header.y1 and w.x0 > header.x0 - 80 and w.x1 < header.x1 + 80]
    left = min(w.x0 for w in lines)
    column = 2 * ((header.x0 + header.x1) / 2 - left)  # the header is centred over it
    assert "".join(w.text for w in lines) == f"【2026年11月】{report}"
    assert max(w.x1 - left for w in lines) < 0.9 * column
