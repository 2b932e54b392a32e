"""The statistics sheet and the supervision notice (督办单), read back from the PDF."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import AuditEntry, Notice
from models.domain.enums import Status
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task, extend_deadline
from models.ledger import Ledger
from models.places import open_place
from reports.fonts import setup_fonts
from reports.notice import notice_data
from reports.notice_form import write_notice
from reports.stats_sheet import stats_report, write_stats_sheet
from tests.fixtures.day import TODAY
from tests.fixtures.made import made_at_breakdown

ROOT = Path(__file__).resolve().parents[2]


def text_of(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(path).pages))


def populate(ledger: Ledger) -> int:
    with ledger.begin() as session:
        organisation = directory.section(session, "测试员", "组织科").id
        cadres = directory.section(session, "测试员", "干部科").id
        done = create_task(session, "测试员", TaskDraft(2026, "已完成的任务", lead_section_id=organisation))
        change_status(session, "测试员", done.id, Status.COMPLETED, on=TODAY)
        create_task(session, "测试员", TaskDraft(2026, "组织科在办任务", lead_section_id=organisation))
        watched = create_task(session, "测试员", TaskDraft(2026, "督办的任务<不是标签>", lead_section_id=cadres,
                                                           deadline=parse_deadline("3月10日前", 2026)))
        add_progress(session, "测试员", watched.id, "一月：完成摸底", period="2026-01", entry_date=date(2026, 1, 20))
        add_progress(session, "测试员", watched.id, "二月：形成初稿", period="2026-02", entry_date=date(2026, 2, 20))
        extend_deadline(session, "测试员", watched.id, parse_deadline("4月底前", 2026), reason="等待上级文件")
        return watched.id


def test_stats_sheet_has_each_section_totals_rank_and_chart(ledger: Ledger, tmp_path: Path) -> None:
    populate(ledger)
    made_at_breakdown(ledger)  # the sheet of a day counts the tasks made by then
    with ledger.reading() as session:
        report, sign_off = stats_report(session, TODAY)
    out = tmp_path / "stats.pdf"
    pages = write_stats_sheet(report, sign_off, setup_fonts(), out, today=TODAY)
    text = text_of(out)
    assert "2026年重点工作任务统计表" in text and f"共{pages}页" in text
    # total 2 = not started 1 + in progress 0 + completed 1 + closed 0 + suspended 0
    assert "组织科2101000" in text
    assert "合计" in text and "50.0%" in text and "各科室完成率" in text


def test_notice_has_details_extension_history_progress_and_signature(ledger: Ledger, tmp_path: Path) -> None:
    populate(ledger)
    with ledger.reading() as session:
        data = notice_data(session, "0.3", TODAY)
    out = tmp_path / "notice.pdf"
    write_notice(data, setup_fonts(), out)
    text = text_of(out)
    assert "督办单" in text and "督办的任务<不是标签>" in text
    assert "原定3月10日前" in text and "延至4月底前（等待上级文件）" in text
    assert text.index("一月：完成摸底") < text.index("二月：形成初稿")  # the record reads oldest first
    assert "科室负责人（签字）" in text


def test_notice_command_takes_the_number_shown_in_the_window(ledger: Ledger, tmp_path: Path) -> None:
    populate(ledger)
    ledger.close()  # issuing a notice numbers it in the ledger: the command writes
    base = [sys.executable, str(ROOT / "main.py"), "report", "notice", "--db", ledger.place, "--as-of",
            "2026-03-25"]
    # Numbered when it goes out; run again while it is open, the same notice; a 催办 only with --again.
    for number, again in ((1, []), (1, []), (2, ["--again"])):
        good = subprocess.run([*base, "--task", "0.3", "--out", str(tmp_path / "n.pdf"), *again], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert good.returncode == 0, good.stderr
        text = text_of(tmp_path / "n.pdf")
        assert "督办的任务" in text and f"督〔2026〕{number}号" in text and "2026年4月1日前报送" in text
    assert "前已于3月25日发出督〔2026〕1号督办单" in text
    missing = subprocess.run([*base, "--task", "9.9", "--out", str(tmp_path / "m.pdf")], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "没有编号为“9.9”的任务" in missing.stderr
    assert not (tmp_path / "m.pdf").exists()


def test_notices_go_out_numbered_one_a_page_and_a_preview_numbers_nothing(demo_ledger: Ledger,
                                                                         tmp_path: Path) -> None:
    place = demo_ledger.place  # a file, or a server's address
    demo_ledger.close()
    base = [sys.executable, str(ROOT / "main.py"), "report", "notices", "--db", place, "--as-of", "2026-03-25"]
    ledger = open_place(place, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:  # the example's own 督办单 (one 红色 still open)
            example = list(session.scalars(select(Notice.number).order_by(Notice.number)))
            audited_before = session.scalar(select(func.count()).where(AuditEntry.entity == "notice")) or 0
    finally:
        ledger.close()
    preview = subprocess.run([*base, "--out", str(tmp_path / "p.pdf"), "--dry-run"], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert preview.returncode == 0 and "未编号" in preview.stdout, preview.stderr
    sent = subprocess.run([*base, "--out", str(tmp_path / "n.pdf")], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert sent.returncode == 0, sent.stderr
    pages = [page.extract_text() or "" for page in PdfReader(tmp_path / "n.pdf").pages]
    numbers = [re.search(r"督〔2026〕(\d+)号", page) for page in pages]
    new = [int(m[1]) for m in numbers if m and int(m[1]) not in example]
    assert all(numbers) and new == list(range(len(example) + 1, len(example) + len(new) + 1))  # on after a preview
    assert all("已逾期" in page and "已超过完成时限" in page for page in pages)  # the overdue ones, told so
    ledger = open_place(place, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            stored = session.scalars(select(Notice.number).order_by(Notice.number)).all()
            audited = session.scalar(select(func.count()).where(AuditEntry.entity == "notice"))
    finally:
        ledger.close()
    assert list(stored) == example + new and audited == audited_before + len(new)
