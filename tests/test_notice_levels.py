"""Escalating notices as the 督查室 meets them: 提醒, 督办单 and 红色督办单 by the trigger, printed in their colour,
each kept once in the 催办记录 and the timeline, counted by the 考核办法 and shown in the 红色督办 view."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

import changes.year
from changes.supervision import ask_extension, decide_extension
from changes.tasks import new_task
from cli.report_command import notice_words
from main import main
from models.domain.assessment_rules import DEFAULT_RULES, EventRule, save_rules
from models.domain.deadlines import Deadline
from models.domain.entities import Notice, Reminder, Section, Task
from models.domain.enums import DeadlineKind, NoticeLevel
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from models.read.assessment import assessment
from models.read.lookups import sections
from models.read.queries import task_rows
from models.read.task_detail import task_detail
from models.read.task_views import TaskFilter, TaskView, visible_rows
from reports.fonts import setup_fonts
from reports.notice import (
    issued_notices,
    notice_batch,
    notice_levels,
    preview_notices,
    sent_notices,
    targets_for_notices,
)
from reports.notice_form import write_notices
from tests.reports.pdf_boxes import pages

DAY = date(2026, 6, 15)
FONTS = setup_fonts()
RED_FILL = re.compile(rb"\.75294\d* 0 0 rg")  # #C00000, the 红色督办单's title
BLUE_FILL = re.compile(rb"\.121569 \.305882 \.619608 rg")  # #1F4E9E, the 提醒函's


def a_task(ledger: Ledger, title: str, due: date, *, reported: bool = True) -> int:
    with ledger.begin() as session:
        section = session.scalars(select(Section.id).where(Section.name == "组织科")).first()
    if section is None:
        from models.domain import directory
        with ledger.begin() as session:
            section = directory.section(session, "测试员", "组织科").id
    draft = TaskDraft(2026, title, lead_section_id=section,
                      deadline=Deadline(DeadlineKind.DATE, due, start=date(2026, 1, 1)))
    (task_id,) = new_task(ledger, draft).outcome.created_tasks
    if reported:
        with ledger.begin() as session:
            add_progress(session, "组织科", task_id, "按计划推进。", period="2026-06",
                         entry_date=DAY - timedelta(days=3), percent=90)
    return task_id


def levels_of(ledger: Ledger) -> dict[str, tuple[NoticeLevel, str]]:
    with ledger.reading() as session:
        found = targets_for_notices(session, DAY, only="all")
    return {target.row.title: (target.level, target.reason) for target in found}


def fills(pdf: Path) -> bytes:
    return b"".join(page.get_contents().get_data() for page in PdfReader(pdf).pages  # type: ignore[union-attr]
                    if page.get_contents() is not None)


def test_the_trigger_picks_each_level_by_the_office_settings(ledger: Ledger) -> None:
    a_task(ledger, "逾期十天", DAY - timedelta(days=10))
    a_task(ledger, "逾期两天", DAY - timedelta(days=2))
    a_task(ledger, "三天后到期", DAY + timedelta(days=3))
    a_task(ledger, "本月未报", DAY + timedelta(days=100), reported=False)
    a_task(ledger, "按进度推进", DAY + timedelta(days=200))
    found = levels_of(ledger)
    assert found["逾期十天"] == (NoticeLevel.RED, "逾期10天") and found["逾期两天"][0] is NoticeLevel.RED
    assert found["三天后到期"] == (NoticeLevel.BLUE, "距完成时限3天")
    assert found["本月未报"] == (NoticeLevel.YELLOW, "本期未反馈")
    assert found["按进度推进"] == (NoticeLevel.YELLOW, "")  # nothing triggers: a notice asked for is a 督办单
    with ledger.begin() as session:  # this office: red only after five days late, 提醒 two days ahead
        change_settings(session, "测试员", {"red_after_days": 5, "remind_days": 2})
    found = levels_of(ledger)
    assert found["逾期十天"][0] is NoticeLevel.RED and found["逾期两天"] == (NoticeLevel.YELLOW, "逾期2天")
    assert found["三天后到期"][0] is NoticeLevel.YELLOW  # yellow-lit by the warning days, not yet a 提醒


def test_a_red_put_right_kept_yellow_goes_as_a_督办单_saying_so(ledger: Ledger) -> None:
    late = a_task(ledger, "逾期后获准延期", DAY - timedelta(days=5))
    ask_extension(ledger, late, Deadline(DeadlineKind.DATE, DAY + timedelta(days=60)), "等待上级文件", on=DAY)
    decide_extension(ledger, late, True, by="王部长", on=DAY)
    assert levels_of(ledger)["逾期后获准延期"] == (NoticeLevel.YELLOW, "")  # off: green, nothing triggers
    with ledger.begin() as session:
        change_settings(session, "测试员", {"red_yellow_days": 30})
    assert levels_of(ledger)["逾期后获准延期"] == (NoticeLevel.YELLOW, "红灯纠正后保留黄灯（至7月14日）")


def test_a_task_made_this_month_gets_no_notice_by_the_trigger(ledger: Ledger) -> None:
    """Made on 13 June, it owes its first report in July and is behind nothing yet: the batch leaves it out."""
    a_task(ledger, "逾期十天", DAY - timedelta(days=10))
    made = {}
    with ledger.reading() as session:
        section = session.scalars(select(Section.id).where(Section.name == "组织科")).one()
    for title, day in (("上月交办", date(2026, 5, 20)), ("本月交办", DAY - timedelta(days=2))):
        draft = TaskDraft(2026, title, lead_section_id=section,
                          deadline=Deadline(DeadlineKind.DATE, DAY + timedelta(days=200)))
        (made[title],) = new_task(ledger, draft).outcome.created_tasks
        with ledger.begin() as session:
            session.execute(update(Task).where(Task.id == made[title]).values(
                created_at=datetime.combine(day, datetime.min.time())))
    with ledger.reading() as session:
        found = {target.row.title: target for target in targets_for_notices(session, DAY, only="all")}
        batch = notice_batch(session, DAY, only="all")
    assert (found["上月交办"].level, found["上月交办"].reason) == (NoticeLevel.YELLOW, "本期未反馈")
    assert not found["本月交办"].triggered and found["本月交办"].reason == ""
    assert [target.row.title for target in batch.targets] == ["逾期十天", "上月交办"] and batch.left_out == 1


def test_a_batch_by_the_trigger_sends_each_task_its_level_in_one_go(ledger: Ledger, tmp_path: Path) -> None:
    late = a_task(ledger, "逾期十天", DAY - timedelta(days=10))
    coming = a_task(ledger, "三天后到期", DAY + timedelta(days=3))
    a_task(ledger, "按进度推进", DAY + timedelta(days=200))
    with ledger.reading() as session:
        batch = notice_batch(session, DAY, only="all")
    assert batch.levels == {late: NoticeLevel.RED, coming: NoticeLevel.BLUE} and batch.left_out == 1
    issued = changes.year.send_notices(ledger, batch.levels, DAY, 7, late={late})
    with ledger.reading() as session:
        notices = sent_notices(session, batch, issued, DAY)
        assert session.scalars(select(Notice.task_id)).all() == [late]  # the 提醒 is not numbered
        reminded = task_detail(session, coming).reminders
    assert [(n.row.id, n.level, n.number, n.reason) for n in notices] == [
        (late, NoticeLevel.RED, "督〔2026〕1号", "逾期10天"), (coming, NoticeLevel.BLUE, "", "距完成时限3天")]
    assert [(r.level, r.how) for r in reminded] == [(NoticeLevel.BLUE, "纸质")]
    assert notice_words(notices, False, batch.left_out) == (
        "督办单 1 张：督〔2026〕1号（其中红色督办单 1 张）；另提醒函 1 张（提醒不编号，已记入催办记录）"
        "；另有 1 项按触发条件无需督办，未发")
    write_notices(notices, FONTS, tmp_path / "batch.pdf")
    text = "".join(page.text() for page in pages(tmp_path / "batch.pdf"))
    assert text.startswith("红色督办单") and "提醒函" in text


def test_the_batch_twice_on_one_day_prints_the_red_notice_once_recorded(ledger: Ledger, tmp_path: Path) -> None:
    late = a_task(ledger, "推进基层党组织标准化建设", DAY - timedelta(days=10))
    with ledger.reading() as session:
        targets = targets_for_notices(session, DAY, only="overdue")
    for run in (1, 2):
        issued = changes.year.issue(ledger, [t.row.id for t in targets], DAY, 7, late={late},
                                    levels=notice_levels(targets))
        with ledger.reading() as session:
            write_notices(issued_notices(session, [n.id for n in issued], DAY), FONTS, tmp_path / f"{run}.pdf")
    with ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Notice)) == 1
        reminders = session.scalars(select(Reminder)).all()
        detail = task_detail(session, late)
    assert [(r.level, r.how) for r in reminders] == [("red", "纸质")]  # sent once, though printed twice
    assert [entry.text for entry in detail.timeline].count("发出督〔2026〕1号红色督办单（纸质）") == 1
    for run in (1, 2):
        text = "".join(page.text() for page in pages(tmp_path / f"{run}.pdf"))
        assert text.startswith("红色督办单") and "督〔2026〕1号" in text
        assert "■红色督办（红）" in text and "□督办（黄）" in text and "逾期10天" in text
        assert "发出督〔2026〕1号" not in text  # its own line in the 催办记录 is not a report
        assert RED_FILL.search(fills(tmp_path / f"{run}.pdf"))


def test_a_督办单_turns_red_when_the_task_falls_overdue_citing_the_first(ledger: Ledger, tmp_path: Path) -> None:
    task_id = a_task(ledger, "完善干部档案", DAY + timedelta(days=20), reported=False)
    first = changes.year.issue(ledger, [task_id], DAY, 30)  # silent: a 督办单
    later = DAY + timedelta(days=25)
    again = changes.year.issue(ledger, [task_id], later, 7, levels={task_id: NoticeLevel.RED})
    assert again[0].new and again[0].id != first[0].id
    with ledger.reading() as session:
        write_notices(issued_notices(session, [again[0].id], later), FONTS, tmp_path / "red.pdf")
        detail = task_detail(session, task_id)
    text = "".join(page.text() for page in pages(tmp_path / "red.pdf"))
    assert text.startswith("红色督办单（催办）") and "前已于6月15日发出督〔2026〕1号督办单，现再次督办" in text
    assert [(r.level, r.number) for r in detail.reminders] == [
        (NoticeLevel.YELLOW, "督〔2026〕1号"), (NoticeLevel.RED, "督〔2026〕2号")]
    yellow_again = changes.year.issue(ledger, [task_id], later, 7)  # a 督办单 asked while the red one is open
    assert yellow_again[0].id == again[0].id and not yellow_again[0].new


def test_a_提醒_is_recorded_once_a_day_never_numbered_and_printed_blue(ledger: Ledger, tmp_path: Path) -> None:
    task_id = a_task(ledger, "开展专项调研", DAY + timedelta(days=3))
    assert changes.year.remind(ledger, task_id, NoticeLevel.BLUE, DAY, how="电话").recorded
    assert not changes.year.remind(ledger, task_id, NoticeLevel.BLUE, DAY, how="电话").recorded
    assert changes.year.remind(ledger, task_id, NoticeLevel.BLUE, DAY, how="短信").recorded
    with ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(Notice)) == 0
        detail = task_detail(session, task_id)
        targets = targets_for_notices(session, DAY, only="all")
        write_notices(preview_notices(session, targets, DAY, level=NoticeLevel.BLUE), FONTS, tmp_path / "b.pdf")
    assert [r.words() for r in detail.reminders] == ["提醒（电话）", "提醒（短信）"]
    assert [e.text for e in detail.timeline if e.kind.value == "reminder"] == ["提醒（短信）", "提醒（电话）"]
    text = "".join(page.text() for page in pages(tmp_path / "b.pdf"))
    assert text.startswith("提醒函") and "■提醒（蓝）" in text and "临近完成时限" in text and "〔2026〕" not in text
    assert BLUE_FILL.search(fills(tmp_path / "b.pdf"))


def test_red_notices_are_scored_when_the_rules_say_so_and_listed_in_their_view(ledger: Ledger) -> None:
    late = a_task(ledger, "逾期任务", DAY - timedelta(days=10))
    a_task(ledger, "正常任务", DAY + timedelta(days=100))
    changes.year.remind(ledger, late, NoticeLevel.RED, DAY)
    with ledger.begin() as session:
        save_rules(session, "测试员", 2026, replace(DEFAULT_RULES, events={
            **DEFAULT_RULES.events, "red_notice": EventRule(-1.0)}))
    settings = ledger.settings()
    with ledger.reading() as session:
        rows = task_rows(session, 2026, DAY, settings.light_rules)
        report = assessment(session, 2026, DAY, settings, sections(session, include_inactive=True), rows=rows)
    shown = visible_rows(rows, TaskView.RED_NOTICE, TaskFilter())
    assert [row.title for row in shown.rows] == ["逾期任务"]
    section = next(s for s in report.sections if s.section == "组织科")
    assert any(item.rule == "被发红色督办单（每张）" and item.points == -1.0 for item in section.lines)


def test_task_remind_and_show_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from models.file.ledger import create_ledger

    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=2026, actor="测试员").close()
    db = ("--db", str(path))
    due = (date.today() - timedelta(days=3)).isoformat()
    assert main(["task", "add", "--title", "完善干部档案", "--section", "组织科", "--key-task", "从严管理干部",
                 "--deadline", due, *db]) == 0
    capsys.readouterr()
    assert main(["task", "remind", "1.1", "--level", "red", *db]) == 0
    said = capsys.readouterr().out
    assert said.startswith("已发出督〔2026〕1号红色督办单（纸质）")
    assert main(["task", "remind", "1.1", "--level", "yellow", "--how", "电话", *db]) == 0
    assert capsys.readouterr().out.startswith("督〔2026〕1号红色督办单尚未办结，已记为电话催办")
    assert main(["task", "remind", "1.1", "--level", "blue", "--how", "一个很长很长的发送方式说明", *db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：发送方式写一个短词即可") and "Traceback" not in err
    assert main(["task", "show", "1.1", "--json", *db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(r["level"], r["how"], r["notice"]) for r in shown["reminders"]] == [
        ("red", "纸质", "督〔2026〕1号"), ("red", "电话", "督〔2026〕1号")]
    assert shown["timeline"][0]["text"] == "督〔2026〕1号红色督办单，电话催办"
    out = tmp_path / "n.pdf"
    assert main(["report", "notice", "--task", "1.1", "--out", str(out), *db]) == 0
    assert "督〔2026〕1号（其中红色督办单 1 张）" in capsys.readouterr().out
    assert "".join(page.text() for page in pages(out)).startswith("红色督办单")


def test_notices_of_an_upgraded_ledger_are_督办单_in_its_催办记录(tmp_path: Path) -> None:
    from alembic import command

    from models.file.ledger import create_ledger, open_ledger
    from models.schema.revisions import alembic_config

    path = tmp_path / "old.sqlite"
    old = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    task_id = a_task(old, "推进基层党组织标准化建设", DAY - timedelta(days=10))
    changes.year.issue(old, [task_id], DAY, 7)
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0019")
    old.close()
    upgraded = open_ledger(path, actor="测试员", auto_backup=False)
    try:
        with upgraded.reading() as session:
            assert session.scalars(select(Notice.level)).all() == ["yellow"]
            detail = task_detail(session, task_id)
            notices = issued_notices(session, list(session.scalars(select(Notice.id))), DAY)
        assert [(r.sent_on, r.words()) for r in detail.reminders] == [(DAY, "督办单 督〔2026〕1号（纸质）")]
        assert notices[0].level is NoticeLevel.YELLOW
    finally:
        upgraded.close()
