"""督办单 counted as every sheet counts (one per top-level task, its late or silent subtasks listed in it), and
numbered once: a task whose notice is still open gets that notice again; a 催办 only when asked for."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

import changes.year
from main import main
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import AuditEntry, Notice
from models.domain.enums import Status
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task
from models.errors import RuleError
from models.ledger import Ledger
from models.places import open_place
from models.read.meetings import meeting_summary
from models.read.queries import task_rows
from reports.fonts import setup_fonts
from reports.meeting_minutes import MinutesFields, write_minutes
from reports.notice import issued_notices, targets_for_notices
from reports.notice_form import write_notices
from tests.conftest import DEMO_DAY
from tests.fixtures.day import TODAY

DAY = DEMO_DAY.isoformat()
NUMBER = re.compile(r"组督〔2026〕(\d+)号")  # the example ledger's 文号代字


def printed_numbers(pdf: Path) -> list[int]:
    """Each notice's number once, in order (a notice prints it again on its 回执)."""
    return list(dict.fromkeys(int(n) for n in NUMBER.findall(text_of(pdf))))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_of(pdf: Path) -> str:
    return squash("".join(page.extract_text() or "" for page in PdfReader(pdf).pages))


def notice_codes(pdf: Path) -> list[str]:
    """The 任务编号 of each notice in a batch, in order (a notice may run onto a second page)."""
    return re.findall(r"任务编号(\d+(?:\.\d+)*)交办日期", text_of(pdf))  # the form's, not its 回执's


def say(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def stored(place: str) -> tuple[list[tuple[int, int, int | None]], int]:
    """(number, task, follows) of every notice, and how many notice changes the history holds."""
    ledger = open_place(place, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            rows = session.execute(select(Notice.number, Notice.task_id, Notice.follows_id).order_by(Notice.number))
            audited = session.scalar(select(func.count()).where(AuditEntry.entity == "notice"))
            return [(n, t, f) for n, t, f in rows], audited or 0
    finally:
        ledger.close()


def test_notices_minutes_stats_and_sheet_count_alike_on_the_example_ledger(
        demo_ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = demo_ledger.settings()
    meeting_id = changes.year.start_meeting(demo_ledger, DEMO_DAY, "测试用月例会")
    with demo_ledger.reading() as session:
        rows = task_rows(session, settings.current_year, DEMO_DAY, settings.light_rules)
        summary = meeting_summary(session, meeting_id, rows)
    place = demo_ledger.place
    demo_ledger.close()
    totals = json.loads(say(capsys, "stats", "--db", place, "--as-of", DAY, "--json"))["totals"]
    overdue, silent = totals["overdue"], totals["no_feedback"]
    # The example ledger has a task and its subtask late together, and subtasks silent beside their task.
    assert sum(row.overdue for row in rows) > overdue and silent

    say(capsys, "report", "progress", "--db", place, "--as-of", DAY, "--out", str(tmp_path / "p.pdf"))
    assert f"逾期{overdue}项，本期未反馈{silent}项" in text_of(tmp_path / "p.pdf")

    for only, expected in (("overdue", overdue), ("no-feedback", silent)):
        out = tmp_path / f"{only}.pdf"
        said = say(capsys, "report", "notices", "--db", place, "--as-of", DAY, "--only", only, "--out", str(out),
                   "--dry-run")
        codes = notice_codes(out)
        assert len(codes) == expected and f"督办单 {expected} 张" in said
        assert len(set(codes)) == len(codes) and all(code.count(".") == 1 for code in codes)  # top-level, once

    minutes = tmp_path / "纪要.pdf"
    write_minutes(summary, MinutesFields(), setup_fonts(), minutes)
    text = text_of(minutes)
    assert f"二、本期仍未反馈（{silent}项）" in text and "未反馈的子任务：" in text
    assert len(summary.silent) == silent


def test_the_batch_run_twice_on_one_day_keeps_its_numbers_and_again_is_a_催办_citing_the_first(
        demo_ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    place = demo_ledger.place
    demo_ledger.close()
    batch = ["report", "notices", "--db", place, "--as-of", DAY]
    example = {n for n, _task, _follows in stored(place)[0]}  # the example's own 督办单, one of them still open
    say(capsys, *batch, "--out", str(tmp_path / "1.pdf"))
    first, audited = stored(place)
    said = say(capsys, *batch, "--out", str(tmp_path / "2.pdf"))
    assert stored(place) == (first, audited)  # no new notice, nothing recorded
    numbers = printed_numbers(tmp_path / "1.pdf")
    assert sorted(numbers) == sorted(n for n, _task, _follows in first if n not in example or n in numbers)
    assert printed_numbers(tmp_path / "2.pdf") == numbers and "编号不变" in said

    code = notice_codes(tmp_path / "1.pdf")[0]
    say(capsys, "report", "notice", "--task", code, "--db", place, "--as-of", DAY, "--out", str(tmp_path / "3.pdf"))
    assert stored(place)[0] == first  # one task named: its open notice again
    say(capsys, "report", "notice", "--task", code, "--db", place, "--as-of", DAY, "--out",
        str(tmp_path / "催办.pdf"), "--again")
    after, _audited = stored(place)
    number, task, follows = after[-1]
    first_task = next(t for n, t, _follows in first if n == numbers[0])
    assert number == max(n for n, _t, _f in first) + 1 and len(after) == len(first) + 1 and task == first_task
    text = text_of(tmp_path / "催办.pdf")
    month_day = f"{DEMO_DAY.month}月{DEMO_DAY.day}日"
    assert f"组督〔2026〕{number}号" in text and f"前已于{month_day}发出组督〔2026〕{numbers[0]}号督办单" in text
    assert "催办" in text
    ledger = open_place(place, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            assert follows == session.scalar(select(Notice.id).where(Notice.number == numbers[0]))
    finally:
        ledger.close()


def a_task_late_through_its_subtask(ledger: Ledger) -> tuple[int, int]:
    """A task due at the year's end whose subtask was due on 3月10日 (15 days before TODAY), and one on time."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        parent = create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section,
                                                         deadline=parse_deadline("12月底前", 2026)))
        late = create_task(session, "测试员", TaskDraft(2026, "完成全市排查摸底", parent_id=parent.id,
                                                       lead_section_id=section,
                                                       deadline=parse_deadline("3月10日前", 2026)))
        create_task(session, "测试员", TaskDraft(2026, "按时推进的任务", lead_section_id=section,
                                                deadline=parse_deadline("12月底前", 2026)))
        return parent.id, late.id


def test_a_task_late_only_through_its_subtask_gets_one_notice_naming_the_subtask(ledger: Ledger,
                                                                                tmp_path: Path) -> None:
    parent, late = a_task_late_through_its_subtask(ledger)
    with ledger.reading() as session:
        targets = targets_for_notices(session, TODAY, only="overdue")
    assert [t.row.id for t in targets] == [parent] and targets[0].overdue and not targets[0].row.overdue
    issued = changes.year.issue(ledger, [t.row.id for t in targets], TODAY, 7,
                                late={t.row.id for t in targets if t.overdue})
    with ledger.reading() as session:
        notices = issued_notices(session, [n.id for n in issued], TODAY)
        codes = {row.id: row.code for row in task_rows(session, 2026, TODAY, ledger.settings().light_rules)}
    out = tmp_path / "督办单.pdf"
    write_notices(notices, setup_fonts(), out)
    text = text_of(out)
    assert notice_codes(out) == [codes[parent]]
    assert f"{codes[late]}完成全市排查摸底（完成时限：3月10日前；逾期15天，本期未反馈）" in text
    assert "已超过完成时限" in text  # the opinion for a late task: late through its subtask
    with pytest.raises(RuleError, match="子任务"):  # never a notice of its own for the subtask
        changes.year.issue(ledger, [late], TODAY, 7)


def test_a_notice_stays_open_until_answered_or_the_task_is_done(ledger: Ledger) -> None:
    parent, late = a_task_late_through_its_subtask(ledger)
    (first,) = changes.year.issue(ledger, [parent], TODAY, 7)
    after_reply_time = TODAY + timedelta(days=10)
    assert changes.year.issue(ledger, [parent], after_reply_time, 7) == [(first.id, False)]  # unanswered: open
    with ledger.begin() as session:  # the section reports on the subtask after the notice went out
        add_progress(session, "测试员", late, "已完成摸底", entry_date=TODAY + timedelta(days=3))
    assert changes.year.issue(ledger, [parent], TODAY + timedelta(days=5), 7) == [(first.id, False)]  # in time
    (second,) = changes.year.issue(ledger, [parent], after_reply_time, 7)  # answered, reply time over: done
    assert second.new and second.id != first.id
    with ledger.begin() as session:
        assert session.get(Notice, second.id).follows_id is None  # type: ignore[union-attr]  # not a 催办
        for task_id in (late, parent):
            change_status(session, "测试员", task_id, Status.COMPLETED, on=after_reply_time)
    (third,) = changes.year.issue(ledger, [parent], after_reply_time, 7)  # finished: nothing stands open
    assert third.new and third.id != second.id


@pytest.mark.file_only
def test_notices_issued_before_the_upgrade_are_kept_and_follow_nothing(tmp_path: Path) -> None:
    from alembic import command

    from models.file.ledger import create_ledger, open_ledger
    from models.schema.revisions import alembic_config

    path = tmp_path / "old.sqlite"
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    parent, _late = a_task_late_through_its_subtask(ledger)
    changes.year.issue(ledger, [parent], TODAY, 7)
    config = alembic_config()
    with ledger.engine.begin() as connection:  # type: ignore[attr-defined]
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    ledger.close()
    reopened = open_ledger(path, actor="测试员", auto_backup=False)
    try:
        with reopened.reading() as session:
            assert session.execute(select(Notice.number, Notice.follows_id)).all() == [(1, None)]
        (again,) = changes.year.issue(reopened, [parent], TODAY, 7, again=True)
        with reopened.reading() as session:
            assert session.get(Notice, again.id).follows_id is not None  # type: ignore[union-attr]
    finally:
        reopened.close()


def test_the_demo_says_its_count_by_the_one_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "示例.sqlite"
    said = say(capsys, "demo", "--db", str(path))
    ledger = open_place(str(path), auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            rows = task_rows(session, date.today().year, date.today(), ledger.settings().light_rules)
    finally:
        ledger.close()
    tops = sum(row.parent_id is None for row in rows)
    assert tops < len(rows) and f"（任务{tops}项，另有子任务{len(rows) - tops}项）" in said


def test_a_finished_task_gets_no_notice_and_is_told_why(demo_ledger: Ledger, capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    settings = demo_ledger.settings()
    with demo_ledger.reading() as session:
        rows = task_rows(session, settings.current_year, DEMO_DAY, settings.light_rules)
    closed = next(row for row in rows if row.parent_id is None and row.status is Status.CLOSED)
    place = demo_ledger.place
    demo_ledger.close()
    example = stored(place)
    code = main(["report", "notice", "--task", closed.code, "--db", place, "--as-of", DAY, "--out",
                 str(tmp_path / "n.pdf")])
    said = capsys.readouterr()
    assert code == 1 and f"“{closed.code}”已销号，不需要督办。" in said.err and not (tmp_path / "n.pdf").exists()
    assert stored(place) == example  # nothing issued
