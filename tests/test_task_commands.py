"""`main.py task …`: every action the window has on a task, by 编号, through the same changes and with the same
refusals; `--json` with English keys a script can rely on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from main import main
from models.file.ledger import create_ledger
from models.read.lookups import sections


@pytest.fixture
def ledger_file(tmp_path: Path) -> str:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=2026, actor="测试员").close()
    return str(path)


def task(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(["task", *words])
    said = capsys.readouterr()
    return code, said.out, said.err


def as_json(capsys: pytest.CaptureFixture[str], *words: str) -> Any:
    code, out, err = task(capsys, *words, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_task_goes_its_whole_way_from_the_command_line(ledger_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", ledger_file)
    assert task(capsys, "add", "--title", "建立督查台账", "--section", "办公室", "--key-task", "抓好任务落实",
                "--deadline", "6月底前", "--as-of", "2026-03-25", *db)[1] == "已新建任务：1.1 建立督查台账（未启动）\n"
    steps = [("progress", "1.1", "已起草台账模板", "--percent", "30"), ("complete", "1.1", "台账已建立并投入使用"),
             ("close", "1.1", "--approver", "王部长", "--note", "同意销号")]
    for step in steps:
        code, _out, err = task(capsys, *step, *db)
        assert code == 0, err
    listed = as_json(capsys, "list", *db)
    assert listed == [{"number": "1.1", "title": "建立督查台账", "section": "办公室", "status": "closed",
                       "due_date": "2026-06-30", "deadline": "6月底前", "light": "none", "percent": 100}]
    shown = as_json(capsys, "show", "1.1", *db)
    assert [entry["text"] for entry in shown["timeline"]] == ["台账已建立并投入使用", "已起草台账模板"]
    assert shown["key_task"] == "抓好任务落实"
    assert task(capsys, "reopen", "1.1", *db)[1] == "已重新打开：1.1 建立督查台账（推进中）\n"


def test_the_command_line_refuses_what_the_window_refuses_in_the_same_words(
        ledger_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", ledger_file)
    task(capsys, "add", "--title", "开展培训", "--section", "干部教育科", *db)
    code, _out, err = task(capsys, "close", "0.1", "--approver", "王部长", *db)
    assert code == 1 and err == "错误：不能从「未启动」改为「已销号」；此时只能改为：推进中、已办结、暂缓、已撤销。\n"
    code, _out, err = task(capsys, "reopen", "0.1", *db)
    assert code == 1 and "才能重新打开" in err  # as the window's 重新打开 is greyed out for it
    code, _out, err = task(capsys, "progress", "9.9", "进展", *db)
    assert code == 1 and err == "错误：2026年没有编号为“9.9”的任务。\n"
    code, _out, err = task(capsys, "extend", "0.1", "--deadline", "过几天", "--reason", "忙", *db)
    assert code == 1 and "看不懂" in err and "Traceback" not in err
    said = task(capsys, "extend", "0.1", "--deadline", "2026-09-30", "--reason", "等材料", *db)[1]
    assert said == "已延期：0.1 开展培训（未启动），完成时限改为2026年9月30日\n"  # the day it was moved to


def test_units_named_again_are_the_same_unit(ledger_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", ledger_file)
    for title in ("建立台账", "开展培训"):
        task(capsys, "add", "--title", title, "--section", "办公室", *db)
    task(capsys, "edit", "0.2", "--co", "办公室", *db)
    from models.file.ledger import open_ledger

    ledger = open_ledger(Path(ledger_file), auto_backup=False)
    try:
        with ledger.reading() as session:
            assert [choice.name for choice in sections(session)] == ["办公室"]
    finally:
        ledger.close()
    code, _out, err = task(capsys, "edit", "0.1", "--co", "没有这个科", *db)
    assert code == 1 and "没有名为“没有这个科”的科室" in err
