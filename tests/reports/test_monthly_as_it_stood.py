"""A past month's 通报 read as its reader reads it: the body, its 附件 and the day's 统计表 tell one story of the
month as it stood at its end — a task made in the month owes no report yet and is counted neither 已反馈 nor
未反馈, each row of 附件1 has the status, percentage and report it had then, an empty list is no 附件 of its own,
and the 统计表 of the month's last day prints the numbers of the 通报 and of `stats --month`."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import update

from cli.commands import run_command
from cli.parser import build_parser
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.entities import Task
from models.domain.enums import DeadlineKind, Status
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from models.read.monthly import MonthlyBulletin, monthly_bulletin
from reports.blocks import Grid
from reports.fonts import setup_fonts
from reports.monthly_bulletin import bulletin_blocks, monthly_frame, write_monthly_pdf
from tests.fixtures.made import made_at_breakdown
from tests.reports.pdf_boxes import pages

FONTS = setup_fonts()
LATER = date(2026, 4, 20)  # the day the 通报 are drafted: March is over, the 销号 of 2 April made


def three_months(ledger: Ledger) -> dict[str, int]:
    """Made at the breakdown on 5 January: 组织科's 档案 reported 30% on 20 February and 60% on 18 March, was
    finished on 25 March and 销号 on 2 April; 干部科's 调研 was silent in February and reported 40% on 12 March.
    办公室's 手册 was put off (暂缓) and never reported. 办公室's 规程 was given on 10 March and has not reported."""
    with ledger.begin() as session:
        ours, theirs, office = (directory.section(session, "测试员", name) for name in ("组织科", "干部科", "办公室"))
        made = {
            "档案": create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id,
                                                          deadline=Deadline(DeadlineKind.DATE, date(2026, 4, 30)))).id,
            "调研": create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id,
                                                          deadline=Deadline(DeadlineKind.DATE, date(2026, 6, 30)))).id,
        }
        add_progress(session, "测试员", made["档案"], "已建档三成", period="2026-02", entry_date=date(2026, 2, 20),
                     percent=30)
        add_progress(session, "测试员", made["调研"], "已走访4个单位", period="2026-03", entry_date=date(2026, 3, 12),
                     percent=40)
        add_progress(session, "测试员", made["档案"], "已建档六成", period="2026-03", entry_date=date(2026, 3, 18),
                     percent=60)
        change_status(session, "测试员", made["档案"], Status.COMPLETED, on=date(2026, 3, 25))
        change_status(session, "测试员", made["档案"], Status.CLOSED, on=date(2026, 4, 2), note="经审核同意销号")
        made["手册"] = create_task(session, "测试员", TaskDraft(2026, "编写工作手册", lead_section_id=office.id)).id
        change_status(session, "测试员", made["手册"], Status.SUSPENDED)
    made_at_breakdown(ledger)
    with ledger.begin() as session:
        made["规程"] = create_task(session, "测试员", TaskDraft(2026, "修订规程", lead_section_id=office.id,
                                                             deadline=Deadline(DeadlineKind.DATE,
                                                                               date(2026, 9, 30)))).id
        session.execute(update(Task).where(Task.id == made["规程"])
                        .values(created_at=datetime.combine(date(2026, 3, 10), time(9))))
    return made


def bulletin_of(ledger: Ledger, month: str) -> MonthlyBulletin:
    with ledger.reading() as session:
        return monthly_bulletin(session, month, LATER, ledger.settings())


def annex_one(bulletin: MonthlyBulletin) -> dict[str, tuple[str, str]]:
    """附件1 by task title: its 进度 cell and its 最近进展 cell, as printed."""
    grid = next(block for block in bulletin_blocks(bulletin) if isinstance(block, Grid))
    return {row[1]: (row[4], row[5]) for row in grid.rows}


def printed_words(bulletin: MonthlyBulletin, out: Path) -> str:
    write_monthly_pdf(bulletin, monthly_frame(bulletin, 0, LATER), FONTS, out)
    return "".join(word.text for page in pages(out) for word in page.words)


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_a_month_whose_tasks_were_all_made_in_it_counts_none_reported_and_none_silent(ledger: Ledger,
                                                                                      tmp_path: Path) -> None:
    """January: the body said 已反馈2项 and 附件3 （全部按时反馈） while every row of 附件1 read （未反馈）."""
    three_months(ledger)
    said = printed_words(bulletin_of(ledger, "2026-01"), tmp_path / "一月.pdf")
    assert "在办的2项均为本月新交办，尚不需反馈进展。" in said
    assert "已反馈" not in said and "（未反馈）" not in said and "全部按时反馈" not in said
    assert said.count("（本月新交办，尚不需反馈）") == 2  # each row of 附件1 under way; 暂缓 owes none: —
    assert "尚无完成的任务，完成率0.0%，不计按时完成率。" in said and "按时完成率—" not in said
    # no empty 附件: the one left takes no number (GB/T 9704 7.3.6), the body says there is none
    assert "附件：重点工作任务推进情况表" in said and "附件1" not in said and "附件2" not in said
    assert "逾期任务清单" not in said and "本月未反馈任务清单" not in said
    assert "没有逾期未完成的任务。" in said and "本月没有应反馈进展的任务。" in said


def test_each_row_of_annex_one_is_the_task_as_it_stood_at_the_months_end(ledger: Ledger) -> None:
    three_months(ledger)
    january, february, march = (annex_one(bulletin_of(ledger, month)) for month in ("2026-01", "2026-02", "2026-03"))
    assert january["建立党员档案"] == ("未启动\n0%", "（本月新交办，尚不需反馈）")  # not today's 已销号 100%
    assert february["建立党员档案"] == ("推进中\n30%", "已建档三成")
    assert february["干部调研"] == ("未启动\n0%", "（未反馈）")  # its March report not yet written
    assert march["建立党员档案"] == ("已办结\n100%", "已建档六成")  # 销号 on 2 April
    assert march["干部调研"] == ("推进中\n40%", "已走访4个单位")
    assert march["修订规程"] == ("未启动\n0%", "（本月新交办，尚不需反馈）")
    assert march["编写工作手册"] == ("暂缓\n0%", "—")  # owing no report, never said （未反馈）
    assert "修订规程" not in february  # made in March


def test_a_task_that_reported_only_later_was_silent_in_the_month(ledger: Ledger) -> None:
    """干部调研 reported on 12 March; February's 通报 counted it reported because its newest report is of a later
    month. It owed February a report and gave none."""
    three_months(ledger)
    february = bulletin_of(ledger, "2026-02")
    assert (february.now.owing, february.now.reported, february.now.no_feedback) == (2, 1, 1)
    assert [target.row.title for target in february.silent] == ["干部调研"]
    words = "\n".join(getattr(block, "text", "") for block in bulletin_blocks(february))
    assert "应于本月反馈进展的2项中，已反馈1项，比上月增加1项，未反馈1项，比上月增加1项。" in words  # January owed none
    assert "附件：1. 重点工作任务推进情况表\n　　　2. 本月未反馈任务清单" in words


def test_a_task_made_in_the_month_is_said_apart_from_those_that_owed_a_report(ledger: Ledger) -> None:
    three_months(ledger)
    march = bulletin_of(ledger, "2026-03")
    assert (march.now.owing, march.now.reported, march.now.no_feedback, march.now.fresh) == (1, 1, 0, 1)
    words = "\n".join(getattr(block, "text", "") for block in bulletin_blocks(march))
    assert ("应于本月反馈进展的1项中，已反馈1项，与上月持平，未反馈0项，比上月减少1项；"
            "另有本月新交办的1项，尚不需反馈。") in words
    assert "应于本月反馈进展的1项均已反馈。" in words


def _totals_printed(pdf: Path) -> list[str]:
    """The figures of the 统计表's 合计 row, left to right."""
    [page] = pages(pdf)
    label = next(word for word in page.words if word.text == "合计")
    return [word.text for word in sorted(page.words, key=lambda w: w.x0)
            if abs(word.y0 - label.y0) < 2 and word is not label]


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_the_statistics_sheet_of_the_months_last_day_prints_the_bulletins_numbers(ledger: Ledger,
                                                                                tmp_path: Path) -> None:
    """The 统计表 of 31 March counted 档案 已销号 (its 销号 of 2 April) where March's 通报 and `stats --month`
    said 已完成1项，其中已销号0项."""
    three_months(ledger)
    bulletin = bulletin_of(ledger, "2026-03")
    place = ledger.place
    ledger.close()
    sheet = ["report", "stats", "--db", place, "--as-of", "2026-03-31", "--out", str(tmp_path / "统计表.pdf")]
    assert run_command(build_parser().parse_args(sheet), io.StringIO()) == 0
    said = io.StringIO()
    month_stats = ["stats", "--db", place, "--month", "2026-03", "--as-of", LATER.isoformat(), "--json"]
    assert run_command(build_parser().parse_args(month_stats), said) == 0
    month = json.loads(said.getvalue())["totals"]
    total, not_started, in_progress, completed, closed, suspended, overdue, silent, *_rates = _totals_printed(
        tmp_path / "统计表.pdf")
    now = bulletin.now
    assert (int(completed), int(closed)) == (now.finished - now.closed, now.closed) == (1, 0)
    assert (int(completed), int(closed)) == (month["completed"], month["closed"])
    assert (int(total), int(overdue), int(silent)) == (now.tasks, now.overdue, now.no_feedback)
    assert (int(total), int(overdue), int(silent)) == (month["total"], month["overdue"], month["no_feedback"])
    assert (int(not_started), int(in_progress), int(suspended)) == (
        month["not_started"], month["in_progress"], month["suspended"])
