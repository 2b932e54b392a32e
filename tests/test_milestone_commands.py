"""`main.py task milestones`: 序时进度 set, named, cleared and refused from the command line (in Chinese, no
traceback); `task show` telling the milestones and the newest report's class; and the 欠进度 count `stats`
prints equal to the one the monthly 通报 gives."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from main import main
from models.domain.lights import period_of
from models.file.ledger import create_ledger

YEAR = date.today().year
MONTH = period_of(date.today())


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=YEAR, actor="测试员").close()
    return "--db", str(path)


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    said = capsys.readouterr()
    return code, said.out, said.err


def add(capsys: pytest.CaptureFixture[str], db: tuple[str, str], title: str, section: str = "干部一科") -> None:
    assert run(capsys, "task", "add", "--title", title, "--section", section, "--key-task", "从严管理干部",
               "--deadline", f"{YEAR}-12-31", *db)[0] == 0


def test_milestones_set_shown_classed_and_cleared(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, db, "修订干部考核办法")
    code, out, _err = run(capsys, "task", "milestones", "1.1", f"{MONTH}=60:完成初稿", f"{YEAR + 1}-06=100", *db)
    assert code == 0 and out.startswith("已设定序时进度（")
    assert "60%（完成初稿）" in out and out.endswith("：1.1 修订干部考核办法（未启动）\n")
    run(capsys, "task", "progress", "1.1", "完成初稿起草", "--period", MONTH, "--percent", "45", *db)
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert shown["milestones"][0] == {"month": MONTH, "percent": 60, "name": "完成初稿"}
    assert shown["pace"]["class"] == "behind" and shown["pace"]["label"] == "欠进度"
    assert (shown["pace"]["percent"], shown["pace"]["target"]["percent"]) == (45, 60)
    assert shown["timeline"][0]["pace"] == "behind"
    plain = run(capsys, "task", "show", "1.1", *db)[1]
    assert "  最近报告" in plain and "欠进度" in plain and "应达60%，报45%" in plain
    assert run(capsys, "task", "milestones", "1.1", f"{MONTH}=40", *db)[0] == 0
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert shown["pace"]["class"] == "on_schedule"  # 45% against 40%
    assert run(capsys, "task", "milestones", "1.1", "--clear", *db)[1].startswith("已清除序时进度：1.1")
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert shown["milestones"] == [] and shown["pace"] is None


def test_the_editor_s_way_of_writing_them_is_taken_too(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, db, "修订干部考核办法")
    assert run(capsys, "task", "milestones", "1.1", "3月30%、6月60%（完成初稿）、年底100%", *db)[0] == 0
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert [m["month"] for m in shown["milestones"]] == [f"{YEAR}-03", f"{YEAR}-06", f"{YEAR}-12"]


@pytest.mark.parametrize("where", ["first", "last", "between"])
def test_the_milestones_are_read_wherever_db_stands(db: tuple[str, str], capsys: pytest.CaptureFixture[str],
                                                    where: str) -> None:
    """As every other verb: `task milestones 1.1 --db X 2026-10=30 2026-12=100` as well as with --db last."""
    add(capsys, db, "修订干部考核办法")
    milestones = (f"{YEAR}-10=30", f"{YEAR}-12=100")
    words = {"first": (*db, "1.1", *milestones), "last": ("1.1", *milestones, *db),
             "between": ("1.1", *db, *milestones)}[where]
    code, out, err = run(capsys, "task", "milestones", *words)
    assert code == 0 and out.startswith("已设定序时进度（"), err
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert [(m["month"], m["percent"]) for m in shown["milestones"]] == [(f"{YEAR}-10", 30), (f"{YEAR}-12", 100)]


def test_a_word_no_verb_takes_is_still_refused(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "task", "show", "1.1", *db, "多余的词")
    assert "无法识别的参数：多余的词" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(capsys, "task", "milestones", "1.1", *db, f"{YEAR}-10=30", "--no-such-option")
    assert "无法识别的参数" in capsys.readouterr().err


@pytest.mark.parametrize(("words", "said"), [
    (("2026-06:60",), "错误：序时进度“2026-06:60”写不明白：应写成 2026-06=60，或带节点名称 2026-06=60:完成初稿。\n"),
    (("2026-03=50", "2026-06=40"), "错误：序时进度应逐月不减：2026-03 为 50%，之后的 2026-06 却只有 40%。\n"),
    (("6月",), "错误：序时进度里的“6月”看不明白：请写成“3月30%、6月60%（完成初稿）、12月100%”，或留空。\n"),
    ((), "错误：请写出节点，如 2026-03=30 2026-06=60:完成初稿 2026-12=100；要清除请用 --clear。\n"),
    (("2026-03=30", "--clear"), "错误：--clear 与节点不能同时给出：清除就不要再写节点。\n"),
])
def test_what_cannot_be_read_is_refused_in_words(db: tuple[str, str], capsys: pytest.CaptureFixture[str],
                                                 words: tuple[str, ...], said: str) -> None:
    add(capsys, db, "修订干部考核办法")
    code, _out, err = run(capsys, "task", "milestones", "1.1", *words, *db)
    assert code == 1 and err == said
    assert json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])["milestones"] == []


def test_stats_and_the_monthly_bulletin_print_the_same_behind_count(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for title, section in (("修订干部考核办法", "干部一科"), ("完善年轻干部库", "干部一科"), ("党员教育培训", "组织科"),
                           ("换届准备", "组织科")):
        add(capsys, db, title, section)
    for number, percent in (("1.1", "30"), ("1.2", "70"), ("1.3", "10"), ("1.4", "55")):
        assert run(capsys, "task", "milestones", number, f"{MONTH}=50", *db)[0] == 0
        run(capsys, "task", "progress", number, "本月推进情况", "--period", MONTH, "--percent", percent, *db)
    stats = json.loads(run(capsys, "stats", "--json", *db)[1])
    assert stats["totals"]["behind"] == 2
    assert {s["section"]: s["behind"] for s in stats["sections"]} == {"干部一科": 1, "组织科": 1}
    assert "欠进度" in run(capsys, "stats", *db)[1]
    code, out, _err = run(capsys, "report", "monthly", "--month", MONTH, "--out", str(tmp_path / "通报.docx"),
                          "--dry-run", *db)
    assert code == 0 and f"欠进度{stats['totals']['behind']}项" in out
