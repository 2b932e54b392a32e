"""The monthly 通报 drafted from the ledger, checked on a case one can judge by eye: what it says of the month
against the last, who did well, what is late or silent (by section, 编号 and days late), and that its counts
are the statistics' counts on the same day."""

from __future__ import annotations

from datetime import date

from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, Status
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, change_status, create_task
from models.ledger import Ledger
from models.read.lookups import sections
from models.read.monthly import monthly_bulletin
from models.read.queries import task_rows
from models.read.stats import unit_stats
from reports.blocks import Attachment, Grid
from reports.monthly_bulletin import bulletin_blocks
from tests.fixtures.made import made_at_breakdown

TODAY = date(2026, 3, 25)


def _due(day: date) -> Deadline:
    return Deadline(DeadlineKind.DATE, day)


def a_month_of_work(ledger: Ledger) -> dict[str, int]:
    """组织科 finished one task two days early and let another run 15 days late without a word this month;
    干部科 reported on its task, due in June; 办公室's task is cancelled (counted nowhere)."""
    with ledger.begin() as session:
        ours, theirs, office = (directory.section(session, "测试员", name) for name in ("组织科", "干部科", "办公室"))
        made = {
            "done": create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id,
                                                          deadline=_due(date(2026, 3, 20)))).id,
            "late": create_task(session, "测试员", TaskDraft(2026, "开展“回头看”专项整治", lead_section_id=ours.id,
                                                          deadline=_due(date(2026, 3, 10)))).id,
            "fine": create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id,
                                                          deadline=_due(date(2026, 6, 30)))).id,
            "gone": create_task(session, "测试员", TaskDraft(2026, "修订规程", lead_section_id=office.id)).id,
        }
        add_progress(session, "测试员", made["late"], "已部署", period="2026-02", entry_date=date(2026, 2, 20))
        add_progress(session, "测试员", made["fine"], "已走访5个单位", period="2026-03", entry_date=date(2026, 3, 12))
        add_progress(session, "测试员", made["done"], "已建档", period="2026-03", entry_date=date(2026, 3, 18))
        change_status(session, "测试员", made["done"], Status.COMPLETED, on=date(2026, 3, 18))
        change_status(session, "测试员", made["gone"], Status.CANCELLED)
    made_at_breakdown(ledger)
    return made


def words_of(ledger: Ledger, month: str) -> str:
    with ledger.reading() as session:
        bulletin = monthly_bulletin(session, month, TODAY, ledger.settings())
    return "\n".join(block.text if not isinstance(block, Attachment) else block.title
                     for block in bulletin_blocks(bulletin) if not isinstance(block, Grid))


def test_the_month_is_told_against_the_last_with_the_late_and_silent_named(ledger: Ledger) -> None:
    a_month_of_work(ledger)
    said = words_of(ledger, "2026-03")
    assert "截至2026年3月25日，纳入督办的重点任务共3项，与上月持平" in said
    # In February nothing was finished yet (the task was done on 18 March) and nothing was late.
    assert "已完成1项，比上月增加1项" in said and "逾期未完成1项，比上月增加1项" in said
    assert "应于本月反馈进展的2项中，已反馈1项" in said and "未反馈1项" in said  # the finished one owes none
    assert "建立党员档案”（组织科），于2026年3月18日完成，提前2天" in said
    assert "组织科：" in said and "开展‘回头看’专项整治”逾期15天" in said  # a title's own quotes nest as ‘’
    assert "修订规程" not in said  # cancelled: counted nowhere, named nowhere
    assert "（一）各科室要对照年初确定的重点任务" in said  # 下步要求 from 设置


def test_last_months_bulletin_counts_what_stood_then_not_what_was_done_since(ledger: Ledger) -> None:
    a_month_of_work(ledger)
    said = words_of(ledger, "2026-02")
    assert "截至2026年2月28日" in said and "尚无完成的任务，完成率0.0%，不计按时完成率。" in said
    assert "逾期未完成0项" in said
    assert "建立党员档案" not in said.split("四、下步要求")[0].split("三、存在的问题")[0]


def test_a_task_closed_after_the_month_was_finished_but_not_yet_closed_then(ledger: Ledger) -> None:
    """Done on 18 March, 销号 on 2 April: March's 通报 says 已完成1项 and none closed; April's says it was."""
    made = a_month_of_work(ledger)
    with ledger.begin() as session:
        change_status(session, "测试员", made["done"], Status.CLOSED, on=date(2026, 4, 2), note="经审核同意销号")
    march = words_of(ledger, "2026-03")
    assert "已完成1项，比上月增加1项，其中已销号0项" in march
    with ledger.reading() as session:
        april = monthly_bulletin(session, "2026-04", date(2026, 5, 6), ledger.settings())
    assert april.now.closed == 1 and april.before is not None and april.before.closed == 0


def test_its_counts_are_the_statistics_counts_on_the_same_day(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        bulletin = monthly_bulletin(session, "2026-03", TODAY, demo_ledger.settings())
        rows = task_rows(session, 2026, TODAY, demo_ledger.settings().light_rules)
        totals = unit_stats(rows, 2026, TODAY, sections(session)).totals
    now = bulletin.now
    assert (now.tasks, now.finished, now.closed, now.overdue, now.no_feedback) == (
        totals.total, totals.finished, totals.closed, totals.overdue, totals.no_feedback)
    assert len(bulletin.overdue) == totals.overdue and len(bulletin.silent) == totals.no_feedback


def test_the_office_writes_its_own_requirements_in_the_settings(ledger: Ledger) -> None:
    a_month_of_work(ledger)
    with ledger.begin() as session:
        change_settings(session, "测试员", {"monthly_requirements": "第一条要求。\n\n第二条要求。"})
    said = words_of(ledger, "2026-03").split("四、下步要求")[1]
    assert "（一）第一条要求。" in said and "（二）第二条要求。" in said and "各科室要对照" not in said


def test_a_past_months_tables_quote_the_reports_written_by_then(ledger: Ledger) -> None:
    made = a_month_of_work(ledger)
    with ledger.reading() as session:
        february = monthly_bulletin(session, "2026-02", TODAY, ledger.settings())
        march = monthly_bulletin(session, "2026-03", TODAY, ledger.settings())
    quoted = {row.id: row.latest_progress for row in february.rows}
    assert quoted[made["late"]] == "已部署" and quoted[made["fine"]] == ""  # its March report not yet written
    assert {row.id: row.latest_progress for row in march.rows}[made["fine"]] == "已走访5个单位"


def test_a_first_sub_heading_stands_only_where_a_second_follows_it(ledger: Ledger, demo_ledger: Ledger) -> None:
    """二、进展较好的方面 said （一）本月按时或提前完成的任务 with no （二）: a 公文 numbers its parts only when it
    has more than one. With a section leading and a task finished both are numbered; with only one, neither."""
    a_month_of_work(ledger)
    march = words_of(ledger, "2026-03")
    good = march[march.index("二、进展较好的方面"):march.index("三、存在的问题")]
    assert "（一）完成率居前的科室" in good and "（二）本月按时或提前完成的任务" in good, good
    november = words_of(demo_ledger, "2026-11")  # sections leading, no task finished in the month
    good = november[november.index("二、进展较好的方面"):november.index("三、存在的问题")]
    assert "任务完成率位居前列" in good and "（一）" not in good and "（二）" not in good, good
