"""`main.py task sign|extend-request|extend-approve|extend-refuse|return`: the 督办 steps from the command line,
with the window's refusals in Chinese and no traceback, and `task show --json` telling all of them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from main import main
from models.file.ledger import create_ledger


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=2026, actor="测试员").close()
    return "--db", str(path)


def task(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(["task", *words])
    said = capsys.readouterr()
    return code, said.out, said.err


def test_sign_ask_refuse_ask_again_approve_and_return(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    task(capsys, "add", "--title", "完善干部档案", "--section", "干部监督科", "--key-task", "从严管理干部",
         "--deadline", "2026-12-31", *db)
    shown = json.loads(task(capsys, "show", "1.1", "--json", *db)[1])
    assert shown["awaiting_sign"] and shown["signed"] is None
    assert task(capsys, "sign", "1.1", "--by", "李明", *db)[1] == "已签收：1.1 完善干部档案（未启动）\n"
    code, _out, err = task(capsys, "sign", "1.1", *db)
    assert code == 1 and err.startswith("错误：「完善干部档案」已由 李明 于") and "Traceback" not in err
    steps = [("extend-request", "1.1", "--to", "2027-03-31", "--reason", "等待上级政策", "--on", "2026-12-01"),
             ("extend-refuse", "1.1", "--reason", "年度任务不得跨年", "--by", "王部长"),
             ("extend-request", "1.1", "--to", "2026-12-31", "--reason", "再次申请", "--on", "2026-12-02")]
    assert task(capsys, *steps[0], *db)[0] == 0
    assert task(capsys, *steps[1], *db)[1] == "已不同意延期（完成时限不变）：1.1 完善干部档案（未启动）\n"
    code, _out, err = task(capsys, *steps[2], *db)
    assert code == 1 and err == "错误：申请延至的日期应晚于现在的完成时限（2026年12月31日）。\n"
    assert task(capsys, "extend-request", "1.1", "--to", "2027-01-15", "--reason", "材料待审", *db)[0] == 0
    approved = task(capsys, "extend-approve", "1.1", "--by", "王部长", "--on", "2026-12-06", *db)
    assert approved[:2] == (0, "已同意延期：1.1 完善干部档案（未启动），完成时限改为2027年1月15日\n")  # to which day
    code, _out, err = task(capsys, "extend-approve", "1.1", *db)  # a second approver is told who decided and how
    assert code == 1 and err == "错误：这项任务的延期申请已由 王部长 于 2026年12月6日 同意，没有待审批的申请。\n"
    task(capsys, "complete", "1.1", "档案已整理完毕", *db)
    returned = task(capsys, "return", "1.1", "--reason", "缺少审核表", "--by", "督查室 张敏", *db)[1]
    assert returned == "已退回重办：1.1 完善干部档案（推进中）\n"
    shown = json.loads(task(capsys, "show", "1.1", "--json", *db)[1])
    assert shown["signed"]["by"] == "李明" and not shown["awaiting_sign"]
    assert [(r["to"], r["state"], r["answer"]) for r in shown["extension_requests"]] == [
        ("2027-03-31", "refused", "年度任务不得跨年"), ("2027-01-15", "approved", None)]
    assert [r["text"] for r in shown["returns"]] == ["退回重办（督查室 张敏）：缺少审核表"]
    assert shown["due_date"] == "2027-01-15" and shown["status"] == "in_progress"
    said = task(capsys, "show", "1.1", *db)[1]
    assert "签收：李明" in said and "不同意：年度任务不得跨年" in said and "退回重办：1 次" in said
    # read by a person: dates the Chinese way, as the window and the 督办单 say them (--json keeps ISO)
    assert re.search(r"\n  签收：李明，\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d\n", said)
    assert "完成时限：2027年1月15日\n" in said
    assert "延期申请：2026年12月1日申请延至2027年3月31日（等待上级政策）" in said
    assert re.search(r"\n    \d{4}年\d{1,2}月\d{1,2}日 \d{4}年\d{1,2}月 退回重办（督查室 张敏）：缺少审核表\n", said)
    assert not re.search(r"\d{4}-\d\d", said), said


def test_an_extension_to_january_asked_in_december_is_to_next_january(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    """"1月15日前" asked on 12月6日 of a task due 12月3日 was refused as earlier than the deadline."""
    task(capsys, "add", "--title", "分析研判班子运行情况", "--section", "干部一科", "--deadline", "12月3日前",
         "--as-of", "2026-11-20", *db)
    code, _out, err = task(capsys, "extend-request", "0.1", "--to", "1月15日前", "--reason", "等待考核数据",
                          "--on", "2026-12-06", *db)
    assert (code, err) == (0, "")
    (asked,) = json.loads(task(capsys, "show", "0.1", "--json", *db)[1])["extension_requests"]
    assert (asked["to"], asked["deadline"], asked["late"]) == ("2027-01-15", "2027年1月15日前", True)


def test_a_reason_ending_its_own_sentence_is_quoted_without_its_full_stop(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    """A refusal typed "…不同意延期。" was recorded "…不同意延期。，完成时限仍为12月16日前"."""
    task(capsys, "add", "--title", "深入重点项目一线开展调研", "--section", "干部二科", "--deadline", "12月16日前",
         "--as-of", "2026-11-20", *db)
    task(capsys, "extend-request", "0.1", "--to", "12月31日前", "--reason", "项目现场尚未开工。", "--on", "2026-12-06",
         *db)
    task(capsys, "extend-refuse", "0.1", "--reason", "年底前必须完成，不同意延期。", "--by", "王建国", "--on",
         "2026-12-07", *db)
    said = task(capsys, "show", "0.1", *db)[1]
    assert "不同意延期（王建国）：年底前必须完成，不同意延期，完成时限仍为12月16日前\n" in said
    assert "申请延至12月31日前（项目现场尚未开工），王建国于2026年12月7日不同意：年底前必须完成，不同意延期\n" in said
    (asked,) = json.loads(task(capsys, "show", "0.1", "--json", *db)[1])["extension_requests"]
    assert (asked["reason"], asked["answer"]) == ("项目现场尚未开工。", "年底前必须完成，不同意延期。")  # as typed


def test_a_section_signs_for_its_tasks_together(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    for title, section in (("完善干部档案", "干部监督科"), ("开展谈心谈话", "干部监督科"), ("建立人才库", "人才科")):
        task(capsys, "add", "--title", title, "--section", section, "--key-task", "从严管理干部", *db)
    assert task(capsys, "sign", "1.1", "--with-section", "--by", "李明", *db)[1] == (
        "已签收（连同干部监督科其余 1 项待签收任务）：1.1 完善干部档案（未启动）\n")
    waiting = {code: json.loads(task(capsys, "show", code, "--json", *db)[1])["awaiting_sign"]
               for code in ("1.1", "1.2", "1.3")}
    assert waiting == {"1.1": False, "1.2": False, "1.3": True}  # 人才科 signs for its own


def test_a_return_takes_a_redo_deadline_or_says_the_task_is_late(db: tuple[str, str],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for title in ("完善干部档案", "开展谈心谈话"):
        task(capsys, "add", "--title", title, "--section", "干部监督科", "--key-task", "从严管理干部",
             "--deadline", "2026-10-27", *db)
        task(capsys, "complete", "1.1" if title == "完善干部档案" else "1.2", "已完成", "--on", "2026-10-25", *db)
    returned = task(capsys, "return", "1.1", "--reason", "缺少审核表", "--on", "2026-12-06", "--by", "督查室",
                    "--deadline", "12月底前", *db)[1]
    assert returned == "已退回重办，重办时限12月底前：1.1 完善干部档案（推进中）\n"
    shown = json.loads(task(capsys, "show", "1.1", "--json", *db)[1])
    assert shown["due_date"] == "2026-12-31" and shown["percent"] == 90
    assert [r["text"] for r in shown["returns"]] == ["退回重办（督查室）：缺少审核表；重办时限：12月底前"]
    late = task(capsys, "return", "1.2", "--reason", "缺少审核表", "--on", "2026-12-06", *db)[1]
    assert late.startswith("已退回重办（原完成时限") and "已过，现为逾期；重办时限可用 --deadline 给出" in late
    code, _out, err = task(capsys, "return", "1.1", "--reason", "再退", "--deadline", "明年", *db)
    assert code == 1 and "Traceback" not in err


def test_a_sign_off_and_an_application_are_recorded_on_the_form_s_day_by_whom_it_names(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date, timedelta

    task(capsys, "add", "--title", "完善干部档案", "--section", "干部监督科", "--key-task", "从严管理干部",
         "--deadline", "2026-12-31", *db)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _out, err = task(capsys, "sign", "1.1", "--on", tomorrow, *db)
    assert code == 1 and "签收日期" in err and "不能晚于今天" in err and "Traceback" not in err
    assert task(capsys, "sign", "1.1", "--by", "李明", "--on", "2026-12-01", *db)[0] == 0
    shown = json.loads(task(capsys, "show", "1.1", "--json", *db)[1])
    assert shown["signed"] == {"by": "李明", "at": "2026-12-01T00:00"}
    assert "签收：李明，2026年12月1日\n" in task(capsys, "show", "1.1", *db)[1]  # a day off a form, no hour made up
    assert task(capsys, "extend-request", "1.1", "--to", "2027-03-31", "--reason", "等待上级政策",
                "--on", "2026-12-02", "--by", "李明", *db)[0] == 0
    (asked,) = json.loads(task(capsys, "show", "1.1", "--json", *db)[1])["extension_requests"]
    assert (asked["asked_on"], asked["asked_by"]) == ("2026-12-02", "李明")
