"""`main.py problem …` and `main.py record …`: the 问题清单 page's actions from the command line, by number,
through the same changes and with the same refusals the window gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from main import main
from models.domain import directory
from models.file.ledger import create_ledger, open_ledger


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=2026, actor="测试员").close()
    ledger = open_ledger(path, auto_backup=False)
    with ledger.begin() as session:
        for name in ("组织科", "干部科"):
            directory.section(session, "测试员", name)
    ledger.close()
    return "--db", str(path)


def said(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str]:
    code = main(list(words))
    out = capsys.readouterr()
    return code, out.out + out.err


def listed(capsys: pytest.CaptureFixture[str], db: tuple[str, str]) -> Any:
    code, text = said(capsys, "problems", "--as-of", "2026-07-10", *db, "--json")
    assert code == 0, text
    return json.loads(text)["problems"]


def test_a_problem_goes_its_whole_way_from_the_command_line(db: tuple[str, str],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, text = said(capsys, "record", "add", "--kind", "supervision", "--on", "2026-03-18", "--units", "组织科",
                      "--findings", "个别支部发展党员程序倒置", *db)
    assert code == 0 and text == "已登记督查记录 [1]。\n", text
    code, text = said(capsys, "problem", "add", "发展党员程序倒置", "--section", "组织科", "--owner", "李明",
                      "--deadline", "6月底前", "--record", "1", *db)
    assert code == 0 and text == "已登记问题 1：发展党员程序倒置\n", text
    assert said(capsys, "problem", "report", "1", "已补齐档案材料", "--on", "2026-06-20", "--finished", *db)[0] == 0
    code, text = said(capsys, "problem", "status", "1", "closed", "--note", "复查合格", "--approver", "王部长", *db)
    assert code == 0 and "已改为「已销号」" in text, text
    [problem] = listed(capsys, db)
    assert (problem["section"], problem["owner"], problem["status"], problem["report"]) == (
        "组织科", "李明", "closed", "已补齐档案材料")
    assert problem["source"].startswith("2026年3月18日") and problem["deadline"] == "6月底前"


def test_an_edit_changes_only_what_is_given_and_a_moved_deadline_needs_its_reason(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    said(capsys, "problem", "add", "台账记录不实", "--section", "组织科", "--measures", "逐项核对",
         "--deadline", "2026-06-30", *db)
    code, text = said(capsys, "problem", "edit", "1", "--deadline", "2026-08-31", *db)
    assert code != 0 and "理由" in text and "Traceback" not in text  # the window's rule, in its words
    assert said(capsys, "problem", "edit", "1", "--section", "干部科", *db)[0] == 0
    [problem] = listed(capsys, db)
    assert (problem["section"], problem["measures"], problem["due_date"]) == ("干部科", "逐项核对", "2026-06-30")
    assert said(capsys, "problem", "edit", "1", "--deadline", "2026-08-31", "--reason", "等上级文件", *db)[0] == 0
    assert listed(capsys, db)[0]["due_date"] == "2026-08-31"


@pytest.mark.parametrize(("words", "message"), [
    (("problem", "edit", "7", "--measures", "x"), "没有第 7 个问题"),
    (("problem", "add", "问题", "--section", "不存在的科"), "没有名为“不存在的科”的科室"),
    (("problem", "add", "问题", "--deadline", "尽快"), "不是日期"),
    (("problem", "add", "问题", "--task", "9.9"), "没有编号为“9.9”的任务"),
    (("record", "edit", "3", "--team", "张三"), "没有编号为 3 的督查记录"),
])
def test_what_names_nothing_is_refused_in_chinese_and_nothing_is_written(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str) -> None:
    code, text = said(capsys, *words, *db)
    assert code != 0 and message in text and "Traceback" not in text, text
    assert listed(capsys, db) == []


def test_a_record_with_problems_listed_under_it_is_kept(db: tuple[str, str],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    said(capsys, "record", "add", "--kind", "research", "--on", "2026-04-02", *db)
    said(capsys, "problem", "add", "调研成果转化不够", "--record", "1", *db)
    code, text = said(capsys, "record", "delete", "1", *db)
    assert code != 0 and "还有 1 个问题" in text, text
    assert said(capsys, "problem", "delete", "1", *db)[0] == 0
    assert said(capsys, "record", "delete", "1", *db) == (0, "已删除督查记录 [1]。\n")
