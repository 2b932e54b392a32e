"""The month frozen, as the office meets it: February frozen with one task late and two silent keeps saying so in
its 通报, its statistics and its 考核 after a report dated in February and a 办结 are entered later; frozen again
only when asked, saying what changed; let go by the 督查室; listed; two months compared by section."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from changes.directory import save_settings
from changes.months import freeze_due, freeze_month, unfreeze_month
from changes.progress import ProgressDraft, enter_progress
from changes.tasks import NamedTask, StatusChange, new_named_task, set_status
from cli.commands import run_command
from cli.parser import build_parser
from models.domain.deadlines import Deadline
from models.domain.entities import AuditEntry
from models.domain.enums import DeadlineKind, Status
from models.domain.frozen_months import frozen_list
from models.domain.rights import Act, Rights, Role
from models.errors import RuleError
from models.ledger import Ledger
from models.places import open_place
from models.read.monthly import monthly_bulletin
from models.read.months import month_stats
from tests.fixtures.day import TODAY
from tests.fixtures.made import made_at_breakdown

FEBRUARY = "2026-02"


def a_task(ledger: Ledger, title: str, section: str, due: date) -> int:
    (task_id,) = new_named_task(ledger, NamedTask(2026, title, lead_section=section,
                                                  deadline=Deadline(DeadlineKind.DATE, due))).outcome.created_tasks
    return task_id


@dataclass
class February:
    place: str
    tasks: dict[str, int]


@contextmanager
def opened(place: str) -> Iterator[Ledger]:
    """The ledger opened for one step, as the window would make it, and closed for the commands after it."""
    ledger = open_place(place, auto_backup=False)
    try:
        yield ledger
    finally:
        ledger.close()


@pytest.fixture
def february(ledger: Ledger) -> February:
    """Three tasks: 档案 (办公室) late since 15 February and silent, 制度 (办公室) reported in February, 培训 (组织科)
    silent in February: February ends with one task late and two without a report. The ledger is left closed, for
    the commands."""
    tasks = {"档案": a_task(ledger, "完善干部档案", "办公室", date(2026, 2, 15)),
             "制度": a_task(ledger, "修订考勤制度", "办公室", date(2026, 6, 30)),
             "培训": a_task(ledger, "组织党务培训", "组织科", date(2026, 6, 30))}
    enter_progress(ledger, tasks["制度"], ProgressDraft("初稿已拟出", period=FEBRUARY, entry_date=date(2026, 2, 20)))
    made_at_breakdown(ledger)
    ledger.close()
    return February(ledger.place, tasks)


def run(*words: str) -> tuple[int, str]:
    said = io.StringIO()
    code = run_command(build_parser().parse_args(list(words)), said)
    return code, said.getvalue()


def stats_json(place: str) -> dict[str, Any]:
    code, said = run("stats", "--db", place, "--month", FEBRUARY, "--as-of", TODAY.isoformat(), "--json")
    assert code == 0, said
    return dict(json.loads(said))


def edit_february_afterwards(february: February) -> None:
    """What would change February's figures were it not frozen: 培训 reports for February on 20 February, and 档案
    is entered as finished on 10 February, before its deadline."""
    with opened(february.place) as ledger:
        enter_progress(ledger, february.tasks["培训"], ProgressDraft("已培训两期", period=FEBRUARY,
                                                                     entry_date=date(2026, 2, 20)))
        set_status(ledger, february.tasks["档案"], StatusChange(Status.COMPLETED, note="已完成",
                                                               on=date(2026, 2, 10)))


def test_a_frozen_months_figures_stand_whatever_is_edited_afterwards(february: February, tmp_path: Path) -> None:
    place, day = february.place, TODAY.isoformat()
    before = stats_json(place)
    assert before["frozen"] is None
    assert (before["totals"]["total"], before["totals"]["overdue"], before["totals"]["no_feedback"]) == (3, 1, 2)
    code, said = run("month", "freeze", FEBRUARY, "--db", place, "--as-of", day)
    assert code == 0 and "已冻结于" in said and "逾期1项，未反馈2项" in said, said
    edit_february_afterwards(february)

    after = stats_json(place)
    assert after["totals"] == before["totals"] and after["sections"] == before["sections"]
    assert after["frozen"] is not None
    code, table = run("stats", "--db", place, "--month", FEBRUARY, "--as-of", day)
    assert code == 0 and "已冻结于" in table
    code, said = run("report", "monthly", "--db", place, "--month", FEBRUARY, "--as-of", day,
                     "--out", str(tmp_path / "通报.pdf"), "--dry-run")
    assert code == 0 and "任务3项，逾期1项，未反馈2项" in said and "已冻结于" in said, said
    code, said = run("assessment", "--db", place, "--month", FEBRUARY, "--as-of", day, "--json")
    assert code == 0 and json.loads(said)["frozen"] is not None

    with opened(place) as ledger:
        unfreeze_month(ledger, FEBRUARY)  # let go: February is computed as the ledger now has it
    now = stats_json(place)
    assert now["frozen"] is None and (now["totals"]["overdue"], now["totals"]["no_feedback"]) == (0, 0)


def test_freezing_a_month_not_yet_ended_says_later_reports_will_not_count(february: February) -> None:
    place = february.place
    code, said = run("month", "freeze", FEBRUARY, "--db", place, "--as-of", "2026-02-20")
    assert code == 0 and "2026年2月还没有结束：之后录入的进展不再计入这个月的通报、统计和考核" in said, said
    code, said = run("month", "freeze", FEBRUARY, "--again", "--db", place, "--as-of", "2026-03-02")
    assert code == 0 and "还没有结束" not in said, said


def test_freezing_again_needs_asking_and_says_what_changed(february: February) -> None:
    place, day = february.place, TODAY.isoformat()
    with opened(place) as ledger:
        assert freeze_month(ledger, FEBRUARY, TODAY).before is None
    edit_february_afterwards(february)
    code, _said = run("month", "freeze", FEBRUARY, "--db", place, "--as-of", day)
    assert code == 1  # frozen already: nothing taken again without --again
    assert stats_json(place)["totals"]["no_feedback"] == 2
    code, said = run("month", "freeze", FEBRUARY, "--again", "--db", place, "--as-of", day)
    assert code == 0, said
    assert "逾期：1→0" in said and "未反馈：2→0" in said and "组织科 未反馈：1→0" in said, said
    assert stats_json(place)["totals"]["no_feedback"] == 0
    code, said = run("month", "freeze", FEBRUARY, "--again", "--db", place, "--as-of", day)
    assert "没有变化" in said


def test_frozen_months_are_listed_and_each_step_is_in_the_change_history(february: February) -> None:
    place = february.place
    code, said = run("month", "list", "--db", place)
    assert code == 0 and "还没有冻结的月份" in said
    with opened(place) as ledger:
        freeze_month(ledger, "2026-01", TODAY)
        freeze_month(ledger, FEBRUARY, TODAY)
    code, said = run("month", "list", "--db", place, "--json")
    assert [item["month"] for item in json.loads(said)] == [FEBRUARY, "2026-01"]
    code, said = run("month", "unfreeze", "2026-01", "--db", place)
    assert code == 0 and "已解除2026年1月的冻结" in said
    with opened(place) as ledger:
        with ledger.reading() as session:
            assert [month for month, *_ in frozen_list(session)] == [FEBRUARY]
            steps = session.execute(select(AuditEntry.action, AuditEntry.old_value, AuditEntry.new_value)
                                    .where(AuditEntry.entity == "frozen_month").order_by(AuditEntry.id)).all()
        assert [tuple(step) for step in steps] == [("create", None, "2026-01"), ("create", None, FEBRUARY),
                                                    ("delete", "2026-01", None)]
        with pytest.raises(RuleError, match="没有冻结"):
            unfreeze_month(ledger, "2026-01")
        with pytest.raises(RuleError, match="还没有到"):
            freeze_month(ledger, "2026-04", TODAY)


def test_freezing_is_the_offices_act() -> None:
    assert Rights("zhang", Role.SECTION, 1, "组织科").refusal(Act.FREEZE, [1]) == "这一项由督查室办理"
    assert Rights("wang", Role.READER).refusal(Act.FREEZE) == "只读账号只能查看和打印"
    assert Rights("li", Role.OFFICE).refusal(Act.FREEZE) == ""


def test_two_months_compared_by_section(february: February) -> None:
    """January: nothing late. February: 档案 late since the 15th, so 办公室 loses points and did worse; 组织科,
    silent in both, did neither better nor worse by its rate."""
    place, day = february.place, TODAY.isoformat()
    with opened(place) as ledger:
        freeze_month(ledger, "2026-01", TODAY)
        freeze_month(ledger, FEBRUARY, TODAY)
    code, said = run("month", "compare", "2026-01", FEBRUARY, "--db", place, "--as-of", day, "--json")
    assert code == 0, said
    rows = {row["section"]: row for row in json.loads(said)["sections"]}
    office = rows["办公室"]
    assert office["overdue"] == [0, 1] and rows["组织科"]["overdue"] == [0, 0]
    assert office["score"][1] < office["score"][0] and office["verdict"] == "worse"
    for row in rows.values():
        first, second = row["score"]
        expected = "same" if first == second else ("better" if second > first else "worse")
        assert row["verdict"] == expected
    code, table = run("month", "compare", "2026-01", FEBRUARY, "--db", place, "--as-of", day)
    assert "办公室" in table and "退步" in table and "已冻结于" in table


def test_the_example_ledger_has_two_frozen_months(demo_ledger: Ledger) -> None:
    """The two months before the example's day, each frozen at the next month's meeting, and their 通报 numbers
    equal to their statistics'."""
    with demo_ledger.reading() as session:
        found = frozen_list(session)
        assert [month for month, *_ in found] == [FEBRUARY, "2026-01"]
        stats, frozen = month_stats(session, FEBRUARY, TODAY, demo_ledger.settings())
        bulletin = monthly_bulletin(session, FEBRUARY, TODAY, demo_ledger.settings())
    assert frozen is not None and frozen.frozen_at.date() == TODAY
    assert (bulletin.now.overdue, bulletin.now.no_feedback) == (stats.totals.overdue, stats.totals.no_feedback)


def test_last_month_is_frozen_from_the_day_set_on(february: February) -> None:
    """设置 → 每月几日冻结上月数字 = 26: on 25 March nothing yet; on 26 March February, once."""
    with opened(february.place) as ledger:
        assert freeze_due(ledger, TODAY) is None  # 0: never, the default
        save_settings(ledger, {"freeze_day": 26})
        assert freeze_due(ledger, TODAY) is None
        done = freeze_due(ledger, date(2026, 3, 26))
        assert done is not None and done.frozen.month == FEBRUARY and done.frozen.as_of == date(2026, 2, 28)
        assert freeze_due(ledger, date(2026, 3, 27)) is None  # frozen already: kept as it was


def test_a_month_is_kept_packed_and_one_frozen_before_packing_still_reads(demo_ledger: Ledger) -> None:
    """A month of a year's tasks is kept compressed (at 20,000 tasks its figures were 12 MB of JSON a month); a
    month frozen by an earlier version, kept as plain JSON, reads as before."""
    from sqlalchemy import update

    from models.domain.entities import FrozenMonth
    from models.domain.frozen_months import frozen_month, unpacked

    with demo_ledger.reading() as session:
        kept = session.scalars(select(FrozenMonth.figures).where(FrozenMonth.month == FEBRUARY)).one()
        before = month_stats(session, FEBRUARY, TODAY, demo_ledger.settings())[0]
    plain = json.dumps(unpacked(kept), ensure_ascii=False, sort_keys=True)
    assert kept.startswith("zlib:") and len(kept.encode()) * 4 < len(plain.encode())
    with demo_ledger.begin() as session:  # as an earlier version wrote it
        session.execute(update(FrozenMonth).where(FrozenMonth.month == FEBRUARY).values(figures=plain))
    with demo_ledger.reading() as session:
        found = frozen_month(session, FEBRUARY)
        after = month_stats(session, FEBRUARY, TODAY, demo_ledger.settings())[0]
    assert found is not None and found.figures == unpacked(kept) and after == before
