"""The example ledger reads as the office's own would: finished items end on a report that says so."""

from __future__ import annotations

import sqlite3
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from demo.data import DECISIONS
from demo.ledger import ensure_demo_ledger
from main import main
from models.domain.entities import Attachment, Notice, ProgressEntry, Task
from models.domain.enums import EvidencePurpose, InspectionKind, Light, ProblemStatus, Status
from models.domain.lights import LightRules
from models.file.ledger import open_ledger
from models.file.schema import read_schema_state, upgrade
from models.file.storage import make_engine
from models.ledger import Ledger
from models.read.evidence import attachment_content
from models.read.problems import inspection_rows, problem_rows
from reports.fonts import setup_fonts
from reports.notice import issued_notices
from reports.notice_form import write_notices
from tests.conftest import DEMO_DAY
from tests.reports.pdf_boxes import pages


def test_every_finished_item_ends_on_a_report_that_it_is_finished(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        finished = list(session.scalars(select(Task).where(Task.status.in_([Status.COMPLETED, Status.CLOSED]))))
        assert len(finished) >= 2  # the example shows both 已办结 and 已销号
        for task in finished:
            last = session.scalars(select(ProgressEntry).where(ProgressEntry.task_id == task.id)
                                   .order_by(ProgressEntry.entry_date.desc(), ProgressEntry.id.desc())).first()
            assert last is not None and "完成" in last.text and "初稿" not in last.text, task.title
            assert last.percent == 100 and task.percent == 100, task.title


def test_the_example_shows_every_kind_of_record_and_every_stage_of_a_problem(demo_ledger: Ledger) -> None:
    """Each new view shows something on first start: records of each kind, problems late, due soon and closed."""
    with demo_ledger.reading() as session:
        records = inspection_rows(session, DEMO_DAY.year)
        problems = problem_rows(session, DEMO_DAY.year, DEMO_DAY, LightRules())
    assert {r.kind for r in records} == set(InspectionKind)
    assert all(r.units and r.findings and r.team for r in records)
    assert sum(r.problems for r in records) == len(problems)
    assert {p.status for p in problems} == set(ProblemStatus)
    assert {p.light for p in problems} == set(Light)  # overdue, due soon, on track, and solved
    assert all(p.section and p.owner and p.measures and p.deadline for p in problems)
    closed = [p for p in problems if p.status is ProblemStatus.CLOSED]
    assert all(p.closed_note and p.closed_by and p.rectified_on for p in closed)


def test_the_example_has_evidence_of_each_kind_that_opens(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        attached = list(session.scalars(select(Attachment)))
        contents = {a.name: attachment_content(session, a.id)[1] for a in attached}
    assert {a.purpose for a in attached} == set(EvidencePurpose)
    assert contents["现场调研照片.png"].startswith(b"\x89PNG")
    assert "整改结果" in contents["整改情况报告.txt"].decode("utf-8-sig")
    assert contents["销号审核表.txt"].decode("utf-8-sig").startswith("任务销号审核表\r\n")
    image = zlib.decompress(contents["现场调研照片.png"][33 + 8:-12])  # IDAT data: one filter byte a row
    assert len(image) == 64 * (1 + 96 * 3)


def test_the_examples_notices_are_an_organisation_departments_with_whom_to_call(demo_ledger: Ledger,
                                                                               tmp_path: Path) -> None:
    """The example's 督办单 go out as 组督〔2026〕N号 and name the 督查室's 联系人 and 电话 (设置 → 督办单)."""
    with demo_ledger.reading() as session:
        notices = issued_notices(session, list(session.scalars(select(Notice.id).order_by(Notice.number))), DEMO_DAY)
    write_notices(notices, setup_fonts(), tmp_path / "督办单.pdf")
    printed = pages(tmp_path / "督办单.pdf")
    assert [n.number for n in notices] == [f"组督〔{DEMO_DAY.year}〕{n}号" for n in range(1, len(notices) + 1)]
    for page, notice in zip(printed, notices, strict=True):
        top = min(w.y0 for w in page.words if w.text == "联系人")  # the notice's line, above the 回执's blank one
        contact = "".join(w.text for w in sorted(page.words, key=lambda w: w.x0) if abs(w.y0 - top) < 3)
        assert notice.number in page.text() and contact == "联系人张晓联系电话88886666"


def test_the_examples_latest_meeting_minutes_list_what_it_assigned(demo_ledger: Ledger, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """`report minutes` for the example's latest 月例会: 三、会议议定事项 names its two 交办, one paragraph each."""
    place = demo_ledger.place
    demo_ledger.close()
    assert main(["report", "minutes", "--db", place, "--meeting", DEMO_DAY.isoformat(),
                 "--out", str(tmp_path / "纪要.pdf")]) == 0
    assert "议定事项2项" in capsys.readouterr().out
    text = "".join("".join(page.text().split()) for page in pages(tmp_path / "纪要.pdf"))
    assert "三、会议议定事项（2项）会议研究议定以下事项：" in text and "本次会议未议定新的交办事项" not in text
    for number, (title, section, _days, _signed) in zip("一二", DECISIONS, strict=True):
        assert f"（{number}）{title}。由{section}牵头，" in text


@pytest.mark.file_only
def test_an_example_made_by_an_older_program_is_made_again_and_the_old_one_kept(tmp_path: Path) -> None:
    path = tmp_path / "示例台账.sqlite"
    sqlite3.connect(path).close()
    engine = make_engine(path)
    upgrade(engine, "0008")  # before 督查 records existed
    engine.dispose()
    ensure_demo_ledger(path)
    assert read_schema_state(path).is_current
    assert read_schema_state(tmp_path / "示例台账（旧版）.sqlite").revision == "0008"
    ledger = open_ledger(path, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            assert inspection_rows(session, date.today().year)
    finally:
        ledger.close()
    before = path.stat().st_mtime_ns
    ensure_demo_ledger(path)  # a current example is left alone
    assert path.stat().st_mtime_ns == before
