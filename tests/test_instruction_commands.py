"""`main.py task instruct` and `report instruction`: a 批示 recorded on a task or starting a new one, told back by
`task show`, and its 呈报单 written as PDF or Word; refusals in one Chinese line, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from main import main
from models.file.ledger import create_ledger
from tests.reports.pdf_boxes import pages


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="中共测试市委组织部", year=2026, actor="测试员").close()
    return "--db", str(path)


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    said = capsys.readouterr()
    return code, said.out, said.err


def test_instruct_assign_show_and_the_report_back(db: tuple[str, str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "task", "add", "--title", "推进基层党组织标准化建设", "--section", "组织科", "--key-task", "抓基层",
        "--deadline", "2026-12-31", *db)
    code, out, err = run(capsys, "task", "instruct", "1.1", "--leader", "王建国", "--on", "2026-11-20", "--text",
                         "请组织科抓紧推进，月底前报进展。", "--document", "市委办《信息专报》第12期",
                         "--assign", "开展标准化建设专项督查", "--section", "督查室", "--deadline", "2026-12-25", *db)
    assert (code, err) == (0, "")
    assert out == ("已记录领导批示：1.1 推进基层党组织标准化建设（未启动）\n"
                   "已据批示交办：1.1.1 开展标准化建设专项督查（未启动）\n")
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert shown["instructions"] == [{"leader": "王建国", "date": "2026-11-20", "document": "市委办《信息专报》第12期",
                                      "text": "请组织科抓紧推进，月底前报进展。", "on_task": "1.1",
                                      "assigned_task": "1.1.1"}]
    assert shown["timeline"][0]["kind"] == "instruction"
    assigned = json.loads(run(capsys, "task", "show", "1.1.1", "--json", *db)[1])
    assert assigned["section"] == "督查室" and assigned["instructions"][0]["assigned_task"] == "1.1.1"
    assert "领导批示：王建国同志11月20日在市委办《信息专报》第12期上批示" in run(capsys, "task", "show", "1.1", *db)[1]
    run(capsys, "task", "progress", "1.1", "召开推进会，部署标准化建设。", "--percent", "40", *db)
    pdf, docx = tmp_path / "呈报单.pdf", tmp_path / "呈报单.docx"
    code, out, _err = run(capsys, "report", "instruction", "--task", "1.1", "--out", str(pdf), *db)
    assert code == 0 and out == f"已生成：{pdf}（1.1 王建国批示，批示以来办理情况1条，1 页）\n"
    (page,) = pages(pdf)
    assert "召开推进会，部署标准化建设。" in page.text() and "推进中进度40%" in page.text()
    assert "2026年12月31日" in page.text() and "2026-12-31" not in page.text()  # the deadline typed in digits
    code, out, _err = run(capsys, "report", "instruction", "--task", "1.1", "--out", str(docx), *db)
    assert code == 0 and out.endswith("Word 文档）\n")
    assert "王建国" in [cell.text for cell in Document(str(docx)).tables[0].rows[0].cells]


def test_a_new_task_from_a_instruction_alone(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "task", "instruct", "--leader", "李明", "--on", "2026-11-22", "--text",
                          "请研究提出意见。", "--assign", "研究年轻干部培养意见", "--section", "干部科", *db)
    assert code == 0 and out == "已据批示交办：0.1 研究年轻干部培养意见（未启动）\n"
    shown = json.loads(run(capsys, "task", "show", "0.1", "--json", *db)[1])
    assert shown["instructions"][0]["on_task"] is None and shown["instructions"][0]["document"] is None


def test_a_deadline_in_january_assigned_in_december_is_next_january(db: tuple[str, str],
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A 交办 of 12月6日 with 1月底前 was red the day it was made: it is the January to come."""
    run(capsys, "task", "instruct", "--leader", "王建国", "--on", "2026-12-06", "--text", "请抓紧研究。",
        "--assign", "研究年轻干部培养意见", "--section", "干部科", "--deadline", "1月底前", *db)
    (listed,) = json.loads(run(capsys, "task", "list", "--as-of", "2026-12-06", "--json", *db)[1])
    assert (listed["due_date"], listed["deadline"]) == ("2027-01-31", "2027年1月底前")
    assert listed["light"] != "red"
    assert "完成时限：2027年1月底前" in run(capsys, "task", "show", "0.1", *db)[1]


@pytest.mark.parametrize(("words", "said"), [
    (("task", "instruct", "--leader", "李明", "--on", "2026-11-22", "--text", "阅。"),
     "错误：请写明批示所在的任务编号，或用 --assign 写明据批示交办的新任务。\n"),
    (("task", "instruct", "9.9", "--leader", "李明", "--on", "2026-11-22", "--text", "阅。"),
     "错误：2026年没有编号为“9.9”的任务。\n"),
    (("report", "instruction", "--task", "0.1", "--out", "呈报单.pdf"),
     "错误：「研究年轻干部培养意见」没有记录领导批示：请先记录批示，再生成呈报单。\n"),
])
def test_refusals_are_one_chinese_line(db: tuple[str, str], capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path, words: tuple[str, ...],
                                      said: str) -> None:
    monkeypatch.chdir(tmp_path)
    run(capsys, "task", "add", "--title", "研究年轻干部培养意见", *db)
    code, _out, err = run(capsys, *words, *db)
    assert (code, err) == (1, said)


def test_a_long_title_cut_in_the_refusal_ends_with_an_ellipsis(db: tuple[str, str], capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The 呈报单 refused for a task with no 批示 names it by its first thirty characters and … , so the reader
    sees the title goes on rather than reading a phrase cut off mid-word as the whole."""
    monkeypatch.chdir(tmp_path)
    title = "深化干部人事制度改革，完善选人用人机制，健全干部选拔任用工作全程纪实制度并开展专项检查"
    run(capsys, "task", "add", "--title", title, *db)
    code, _out, err = run(capsys, "report", "instruction", "--task", "0.1", "--out", "呈报单.pdf", *db)
    assert code == 1 and err == f"错误：「{title[:30]}…」没有记录领导批示：请先记录批示，再生成呈报单。\n"


def test_the_same_instruction_twice_is_refused_with_when_it_was_recorded(db: tuple[str, str],
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "task", "add", "--title", "推进基层党组织标准化建设", "--section", "组织科", "--key-task", "抓基层",
        *db)
    words = ("task", "instruct", "1.1", "--leader", "王建国", "--on", "2026-11-20", "--text", "请抓紧推进。",
             "--user", "张敏", *db)
    assert run(capsys, *words)[0] == 0
    code, out, err = run(capsys, *words)
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith("错误：王建国11月20日的这条批示已于 ")
    assert err.endswith(" 由 张敏 记在这项任务上，不再重复记录。\n")
    shown = json.loads(run(capsys, "task", "show", "1.1", "--json", *db)[1])
    assert len(shown["instructions"]) == 1 and len(shown["timeline"]) == 1
