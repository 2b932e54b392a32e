"""One truth in the numbers, over generated ledgers: every sheet's text read back, the minutes, the notices, the
year account, `stats --json` and the 考核's events find the same totals, finished, overdue and no-feedback counts
as the one counting rule (top-level tasks, subtasks rolled in)."""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy.orm import Session

import changes.year
from cli.commands import run_command
from cli.parser import build_parser
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, Status
from models.domain.lights import period_of
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task
from models.file.ledger import create_ledger
from models.read.assessment import assessment
from models.read.lookups import sections
from models.read.meetings import meeting_summary
from models.read.queries import task_rows
from models.read.stats import unit_stats
from models.read.year_account import year_account
from reports.fonts import setup_fonts
from reports.meeting_minutes import MinutesFields, write_minutes
from reports.notice import targets_for_notices
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from reports.stats_sheet import stats_report, write_stats_sheet
from reports.year_account import account_blocks
from tests.fixtures.made import made_at_breakdown
from tests.reports.pdf_boxes import pages

AS_OF = date(2026, 6, 15)
SECTIONS = ("组织科", "干部科", "研究室")
FONTS = setup_fonts()


@dataclass(frozen=True)
class Spec:
    """One task as generated: its section, deadline (days from AS_OF, or none), where it stands, whether it
    reported this period."""

    section: int
    due_in: int | None
    status: Status
    reported: bool


SPECS = st.builds(Spec, st.integers(0, len(SECTIONS) - 1), st.sampled_from([None, -40, -3, 0, 5, 30, 250]),
                  st.sampled_from([Status.NOT_STARTED, Status.IN_PROGRESS, Status.COMPLETED, Status.CLOSED,
                                   Status.SUSPENDED, Status.CANCELLED]), st.booleans())
LEDGERS = st.lists(st.tuples(SPECS, st.lists(SPECS, max_size=3)), min_size=1, max_size=9)


def _write(session: Session, spec: Spec, section_ids: list[int], title: str, parent: int | None) -> int:
    deadline = (Deadline(DeadlineKind.NONE) if spec.due_in is None
                else Deadline(DeadlineKind.DATE, AS_OF + timedelta(days=spec.due_in)))
    task = create_task(session, "测试员", TaskDraft(2026, title, parent_id=parent,
                                                   lead_section_id=section_ids[spec.section], deadline=deadline))
    if spec.reported or spec.status is Status.IN_PROGRESS:
        add_progress(session, "测试员", task.id, f"{title}的进展", period=period_of(AS_OF),
                     entry_date=AS_OF - timedelta(days=1) if spec.reported else AS_OF - timedelta(days=45),
                     percent=40)
    finished_on = AS_OF - timedelta(days=2)
    if spec.status in (Status.COMPLETED, Status.CLOSED):
        change_status(session, "测试员", task.id, Status.COMPLETED, on=finished_on)
    if spec.status is Status.CLOSED:
        change_status(session, "测试员", task.id, Status.CLOSED, on=finished_on, note="同意销号", approver="王")
    if spec.status in (Status.SUSPENDED, Status.CANCELLED):
        change_status(session, "测试员", task.id, spec.status)
    return task.id


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def total_row(pdf: Path, header: str) -> str:
    """The value in the 合计 row of the statistics sheet under `header`, as printed."""
    page = pages(pdf)[0]
    label = next(w for w in page.words if w.text == "合计")
    column = next(w for w in page.words if w.text == header and w.y0 < label.y0)
    centre = (column.x0 + column.x1) / 2
    return min((w for w in page.words if abs(w.y0 - label.y0) < 2 and w is not label),
               key=lambda w: abs((w.x0 + w.x1) / 2 - centre)).text


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LEDGERS)
def test_every_sheet_says_the_same_numbers(generated: list[tuple[Spec, list[Spec]]]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="luoshi-truth-"))
    try:
        _check(folder, generated)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check(folder: Path, generated: list[tuple[Spec, list[Spec]]]) -> None:
    place = folder / "台账.sqlite"
    ledger = create_ledger(place, org_name="测试", year=2026, actor="测试员")
    with ledger.begin() as session:
        section_ids = [directory.section(session, "测试员", name).id for name in SECTIONS]
        for number, (top, subtasks) in enumerate(generated, start=1):
            parent = _write(session, top, section_ids, f"任务{number}", None)
            for sub_number, sub in enumerate(subtasks, start=1):
                _write(session, sub, section_ids, f"任务{number}之{sub_number}", parent)
    made_at_breakdown(ledger)  # made before AS_OF: the sheets of that day count them
    meeting_id = changes.year.start_meeting(ledger, AS_OF, "六月例会")
    light_rules = ledger.settings().light_rules
    with ledger.reading() as session:
        rows = task_rows(session, 2026, AS_OF, light_rules)
        units = sections(session)
        totals = unit_stats(rows, 2026, AS_OF, units).totals
        sheet = progress_sheet_data(session, ProgressSheetOptions(as_of=AS_OF))
        stats, sign_off = stats_report(session, AS_OF, 2026)
        minutes = meeting_summary(session, meeting_id, rows)
        late_notices = targets_for_notices(session, AS_OF, only="overdue", year=2026)
        silent_notices = targets_for_notices(session, AS_OF, only="no_feedback", year=2026)
        account = year_account(session, 2026, AS_OF)
        scored = assessment(session, 2026, AS_OF, ledger.settings(), units, rows=rows)
    ledger.close()
    finished = totals.completed + totals.closed

    progress_pdf = folder / "推进情况表.pdf"
    if sheet.groups:
        write_progress_sheet(sheet, FONTS, progress_pdf)
        first = squash(PdfReader(progress_pdf).pages[0].extract_text() or "")
        said = re.search(r"共(\d+)项(?:（另有子任务\d+项）)?，已完成(\d+)项，逾期(\d+)项，本期未反馈(\d+)项", first)
        assert said is not None, first[:200]
        assert tuple(map(int, said.groups())) == (totals.total, finished, totals.overdue, totals.no_feedback)

    stats_pdf = folder / "统计表.pdf"
    write_stats_sheet(stats, sign_off, FONTS, stats_pdf)
    assert [total_row(stats_pdf, h) for h in ("任务", "逾期", "本期")] == [
        str(totals.total), str(totals.overdue), str(totals.no_feedback)]

    minutes_pdf = folder / "纪要.pdf"
    write_minutes(minutes, MinutesFields(), FONTS, minutes_pdf)
    assert len(minutes.silent) == totals.no_feedback
    if totals.no_feedback:
        text = squash("".join(page.extract_text() or "" for page in PdfReader(minutes_pdf).pages))
        assert f"本期仍未反馈（{totals.no_feedback}项）" in text

    assert (len(late_notices), len(silent_notices)) == (totals.overdue, totals.no_feedback)

    assert (account.tally.tasks, account.finished) == (totals.total, finished)
    assert f"已完成{finished}项" in squash(" ".join(str(block) for block in account_blocks(account)))

    out = io.StringIO()
    assert run_command(build_parser().parse_args(
        ["stats", "--db", str(place), "--as-of", AS_OF.isoformat(), "--json"]), out) == 0
    cli = json.loads(out.getvalue())["totals"]
    assert (cli["total"], cli["overdue"], cli["no_feedback"]) == (totals.total, totals.overdue, totals.no_feedback)

    # 考核 scores each overdue task once for its lead section, as the statistics count it.
    overdue_lines = sum(1 for s in scored.sections for line in s.lines if line.rule == "逾期未完成任务（每项）")
    assert overdue_lines == totals.overdue
