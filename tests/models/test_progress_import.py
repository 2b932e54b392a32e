"""Importing a progress return: rows matched by number or (nearly) by title, one entry each for the period."""

from __future__ import annotations

import difflib
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from importers.breakdown import plan_file
from importers.progress_return import read_return
from models.apply.breakdown import import_breakdown
from models.apply.progress_return import import_return, plan_return
from models.apply.rows import ReturnLine
from models.apply.title_index import CANDIDATES
from models.domain.entities import ProgressEntry, Task
from models.domain.enums import ProgressKind, Status
from models.domain.lights import LightRules
from models.domain.tasks import TaskDraft, new_task_values
from models.ledger import Ledger
from models.read.queries import task_rows
from tests.fixtures.day import TODAY

from .test_breakdown_import import SAMPLES, build

ROOT = Path(__file__).resolve().parents[2]


def prepared(ledger: Ledger) -> None:
    with ledger.begin() as session:
        sample = SAMPLES / "任务分解表-合并单元格.xlsx"
        import_breakdown(session, "测试员", plan_file(sample, 2026), 2026, sample.name)


def returned(ledger: Ledger, path: Path, dry_run: bool = False):  # type: ignore[no-untyped-def]
    with ledger.begin() as session:
        return import_return(session, "测试员", read_return(path), 2026, "2026-03", TODAY, dry_run=dry_run)


def test_the_march_return_becomes_feedback_for_every_task(ledger: Ledger) -> None:
    prepared(ledger)
    result = returned(ledger, SAMPLES / "推进情况表-3月.xlsx")
    assert result.entered == 12 and result.unmatched == []
    with ledger.reading() as session:
        entries = list(session.scalars(select(ProgressEntry)))
        rows = {row.title: row for row in task_rows(session, 2026, TODAY, LightRules())}
    assert {(e.kind, e.period) for e in entries} == {(ProgressKind.FEEDBACK, "2026-03")}
    assert all(row.feedback_this_period for row in rows.values())
    assert rows["推动基层党组织作用发挥与服务群众结合，防止“两张皮”"].status == Status.COMPLETED  # 已完成
    assert rows["在选人用人上突出政治标准，完善干部政治素质考察办法"].latest_progress.startswith("截至3月25日")


def test_unmatched_rows_are_listed_and_near_titles_and_numbers_match(ledger: Ledger, tmp_path: Path) -> None:
    prepared(ledger)
    path = build(tmp_path / "return.xlsx", {"干部科": [
        ["编号", "任务内容", "进展情况", "完成状态", "进度"],
        ["", "在选人用人上突出政治标准，完善干部政治素质的考察办法", "已出台考察办法", "推进中", "60%"],
        ["2.3", "", "按编号找到的任务", "", 0.4],
        ["", "一项台账里没有的任务", "写了进展", "推进中", None],
    ]})
    result = returned(ledger, path)
    assert [(r.row, r.status) for r in result.rows] == [(2, "warning"), (3, "ok"), (4, "error")]
    assert "按相近的任务内容匹配到" in result.rows[0].messages[0]
    assert [(u.row, u.title) for u in result.unmatched] == [(4, "一项台账里没有的任务")]
    assert result.entered == 2 and result.rows[0].percent == 60 and result.rows[1].percent == 40


def test_dry_run_enters_nothing(ledger: Ledger) -> None:
    prepared(ledger)
    result = returned(ledger, SAMPLES / "推进情况表-3月.xlsx", dry_run=True)
    assert len(result.rows) == 12 and result.entered == 0
    with ledger.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProgressEntry)) == 0


def test_import_progress_command_checks_the_period(ledger: Ledger) -> None:
    base = [sys.executable, str(ROOT / "main.py"), "import-progress", str(SAMPLES / "推进情况表-3月.xlsx"),
            "--db", ledger.place]
    bad = subprocess.run([*base, "--period", "2026-13"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "期次应写成“年-月”" in bad.stderr
    good = subprocess.run([*base, "--period", "2026-03", "--dry-run"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    # An empty ledger matches nothing: it says so, and the command fails (a script must not take it for done).
    nothing = good
    assert nothing.returncode == 1 and "对不上 12 行" in nothing.stdout and "没有一行能对应" in nothing.stderr
    prepared(ledger)
    matched = subprocess.run([*base, "--period", "2026-03", "--dry-run"], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
    assert matched.returncode == 0 and "对应到任务 12 行" in matched.stdout


def test_a_long_return_against_a_big_ledger_compares_each_row_with_a_few_titles(
        ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """400 rows that match nothing against 3,000 tasks took 85 s when each row was compared with every title."""
    rng = random.Random(3000)
    words = ["推进", "落实", "干部", "组织", "基层", "党建", "考核",
             "培训", "制度", "监督", "调研", "队伍", "人才", "选拔"]
    titles = ["".join(rng.sample(words, 6)) + f"第{n}项" for n in range(3000)]
    with ledger.begin() as session:
        session.execute(insert(Task), [new_task_values(TaskDraft(2026, title), n, f"0.{n}")
                                       for n, title in enumerate(titles)])
    lines = [ReturnLine("科室", n + 2, title="".join(rng.sample(words, 7)) + "另一事项", text="进展")
             for n in range(400)]
    lines.append(ReturnLine("科室", 500, title=titles[1234].replace("第1234项", "第1234项工作"), text="相近的标题"))
    compared = []
    real = difflib.SequenceMatcher

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            compared.append(1)
            super().__init__(*args)
    monkeypatch.setattr(difflib, "SequenceMatcher", Counting)
    with ledger.reading() as session:
        result = plan_return(session, lines, 2026, "2026-03", TODAY)
    assert len(result.unmatched) == 400
    assert result.rows[-1].task_id is not None and "匹配到" in result.rows[-1].messages[0]
    assert len(compared) <= 401 * CANDIDATES


def test_rows_of_the_blank_form_left_blank_are_skipped_not_flagged(ledger: Ledger) -> None:
    """A section returns the form with only some rows filled: the blank ones are 跳过 (the task stays 未反馈),
    a row with only a status word updates the status, a row with only a percentage says it was not taken."""
    prepared(ledger)
    with ledger.reading() as session:
        rows = task_rows(session, 2026, TODAY, LightRules())
    first, second, third, fourth = rows[:4]
    lines = [ReturnLine("表", 2, first.code, first.title, text="已完成调研"),
             ReturnLine("表", 3, second.code, second.title),
             ReturnLine("表", 4, third.code, third.title, status_word="已完成"),
             ReturnLine("表", 5, fourth.code, fourth.title, percent=40)]
    with ledger.reading() as session:
        result = plan_return(session, lines, 2026, "2026-03", TODAY)
    assert [row.status for row in result.rows] == ["ok", "skip", "warning", "warning"]
    assert "跳过" in result.rows[1].messages[0] and "只更新状态" in result.rows[2].messages[0]
    assert "只填了进度" in result.rows[3].messages[0]
    with ledger.begin() as session:
        done = import_return(session, "测试员", lines, 2026, "2026-03", TODAY)
    assert done.entered == 1
