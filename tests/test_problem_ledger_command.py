"""`main.py import-problems` and `export-problems`: a 整改台账 into the 问题清单 under its source, the same 台账
again updating rather than duplicating, an exported 台账 coming back unchanged, and bad files refused in words."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from main import main
from models.file.ledger import create_ledger
from tests.fixtures.rectification_class import build

HEADER = ["序号", "问题类别", "存在的问题", "整改措施", "责任领导", "整改责任单位", "责任人", "完成时限",
          "整改落实情况", "整改状态"]


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=2026, actor="测试员").close()
    return "--db", str(path)


def said(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str]:
    code = main(list(words))
    out = capsys.readouterr()
    return code, out.out + out.err


def problems(capsys: pytest.CaptureFixture[str], db: tuple[str, str]) -> list[dict[str, Any]]:
    code, text = said(capsys, "problems", "--as-of", "2026-07-10", *db, "--json")
    assert code == 0, text
    listed: list[dict[str, Any]] = json.loads(text)["problems"]
    return listed


def ledger_file(path: Path, rows: list[list[object]], title: str = "2026年市委巡察反馈问题整改台账") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([title])
    sheet.merge_cells("A1:J1")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    if rows:
        sheet.merge_cells(f"B3:B{2 + len(rows)}")  # one 问题类别 merged down every row
    book.save(path)
    return path


ROWS: list[list[object]] = [
    [1, "政治建设方面", "理论学习流于形式", "制定学习计划", "李明", "组织科、干部科", "张三", "6月底前", "已召开专题会",
     "已完成"],
    [2, None, "档案材料缺失", "限期补齐", "王建国", "干部科", "李四", None, "正在补齐材料", "正在整改"],
    [3, None, "台账记录不实", "逐项核实", "李明", "市委党校", "王五", "长期坚持", None, "未启动"],
]


def test_a_ledger_comes_in_under_its_title_with_status_reports_and_units(
        tmp_path: Path, db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    source = ledger_file(tmp_path / "巡察整改台账.xlsx", ROWS)
    code, text = said(capsys, "import-problems", str(source), *db, "--dry-run")
    assert code == 0 and "将新增 3 个问题" in text and "没有写入台账" in text, text
    assert "新来源（督查记录）：2026年市委巡察反馈问题整改台账" in text and "新部外单位：市委党校" in text, text
    assert problems(capsys, db) == []  # the preview wrote nothing
    code, text = said(capsys, "import-problems", str(source), *db)
    assert code == 0 and "已导入 3 个新问题，更新 0 个已有问题" in text, text
    assert "责任单位有 2 个：“组织科”记为整改科室" in text, text
    listed = problems(capsys, db)
    assert [(p["description"], p["section"], p["status"], p["deadline"], p["report"]) for p in listed] == [
        ("理论学习流于形式", "组织科", "rectified", "6月底前", "已召开专题会"),
        ("档案材料缺失", "干部科", "rectifying", "", "正在补齐材料"),
        ("台账记录不实", "市委党校", "pending", "长期坚持", "")]
    assert {p["source"].partition("：")[2] for p in listed} == {"2026年市委巡察反馈问题整改台账"}
    code, text = said(capsys, "inspections", *db, "--json")
    assert [(r["kind"], r["problems"]) for r in json.loads(text)] == [("patrol", 3)]
    held = date.fromisoformat(json.loads(text)[0]["held_on"])
    code, text = said(capsys, "inspections", *db)  # the listing a clerk reads says its dates the Chinese way
    assert f"] {held.year}年{held.month}月{held.day}日 巡察反馈：" in text and held.isoformat() not in text, text


def test_the_same_ledger_again_updates_what_changed_and_lists_nothing_twice(
        tmp_path: Path, db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    source = ledger_file(tmp_path / "台账.xlsx", ROWS)
    assert said(capsys, "import-problems", str(source), *db)[0] == 0
    code, text = said(capsys, "import-problems", str(source), *db)
    assert code == 0 and "已导入 0 个新问题，更新 0 个已有问题，3 个不变" in text, text
    changed = [list(row) for row in ROWS]
    changed[1][2] = "干部档案材料缺失（已核实）"  # the description edited: found again by its 序号
    changed[1][8], changed[1][9] = "已补齐全部材料", "已整改"
    changed[2][3] = "逐项核实，建立台账"
    ledger_file(source, changed)
    code, text = said(capsys, "import-problems", str(source), *db)
    assert code == 0 and "已导入 0 个新问题，更新 2 个已有问题，1 个不变，记入整改进展 1 条" in text, text
    listed = problems(capsys, db)
    assert len(listed) == 3
    assert (listed[1]["description"], listed[1]["status"], listed[1]["report"]) == (
        "干部档案材料缺失（已核实）", "rectified", "已补齐全部材料")
    assert listed[2]["measures"] == "逐项核实，建立台账"


def test_an_older_ledger_never_moves_a_problem_back(tmp_path: Path, db: tuple[str, str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    newer = [list(row) for row in ROWS]
    newer[1][9] = "已整改"
    assert said(capsys, "import-problems", str(ledger_file(tmp_path / "新.xlsx", newer)), *db)[0] == 0
    code, text = said(capsys, "import-problems", str(ledger_file(tmp_path / "旧.xlsx", ROWS)), *db)
    assert code == 0 and "已是「已整改」，表中写的是“正在整改”：不改回" in text, text
    assert problems(capsys, db)[1]["status"] == "rectified"


@pytest.mark.parametrize("seed", [0, 1, 5, 9, 14])
def test_an_exported_ledger_imports_back_unchanged(tmp_path: Path, db: tuple[str, str], seed: int,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    member = build(tmp_path / f"整改台账{seed}.xlsx", seed)
    assert said(capsys, "import-problems", str(member.path), *db)[0] == 0
    before = problems(capsys, db)
    out = tmp_path / "导出.xlsx"
    code, text = said(capsys, "export-problems", "--out", str(out), *db)
    assert code == 0 and f"问题 {len(member.problems)} 个" in text, text
    sheet = load_workbook(out).worksheets[0]
    assert sheet.cell(row=1, column=1).value == member.source
    assert [cell.value for cell in sheet[3]] == ["序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任单位",
                                                 "责任人", "整改时限", "整改进展", "完成情况"]
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$3:$3"
    exported = [(row[1], row[3], row[5]) for row in sheet.iter_rows(min_row=4, values_only=True)]
    for (category, measures, units), problem in zip(exported, member.problems, strict=True):
        assert (category or "", measures) == (problem.category, problem.measures)  # 一、 read off, no 配合单位 line
        # every 责任单位 back in its column in the order written, listed with 、 down the column whatever each
        # cell was listed with (、 ， , or a unit a line)
        assert units == "、".join([problem.section, *problem.others]), member.traits
    code, text = said(capsys, "import-problems", str(out), *db)
    assert code == 0 and f"已导入 0 个新问题，更新 0 个已有问题，{len(member.problems)} 个不变" in text, text
    assert problems(capsys, db) == before


def test_the_export_lists_every_units_cell_with_one_separator_and_still_comes_back_unchanged(
        tmp_path: Path, db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    rows = [list(row) for row in ROWS]
    rows[0][5], rows[1][5] = "干部监督科，县纪委监委，县委巡察办", "办公室、干部教育科"
    rows[2][5] = "干部一科；各县（市、区）委组织部"
    assert said(capsys, "import-problems", str(ledger_file(tmp_path / "台账.xlsx", rows)), *db)[0] == 0
    before = problems(capsys, db)
    assert before[0]["measures"].endswith("配合单位：县纪委监委，县委巡察办")  # the problem page: as its 台账 listed
    out = tmp_path / "导出.xlsx"
    assert said(capsys, "export-problems", "--out", str(out), *db)[0] == 0
    cells = [row[5] for row in load_workbook(out).worksheets[0].iter_rows(min_row=4, values_only=True)]
    assert cells == ["干部监督科、县纪委监委、县委巡察办", "办公室、干部教育科", "干部一科、各县（市、区）委组织部"]
    code, text = said(capsys, "import-problems", str(out), *db)
    assert code == 0 and "已导入 0 个新问题，更新 0 个已有问题，3 个不变" in text, text
    assert problems(capsys, db) == before


def test_export_of_one_source_and_of_a_source_not_there(tmp_path: Path, db: tuple[str, str],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert said(capsys, "import-problems", str(ledger_file(tmp_path / "a.xlsx", ROWS)), *db, "--source",
                "2026年审计整改")[0] == 0
    assert said(capsys, "import-problems", str(ledger_file(tmp_path / "b.xlsx", ROWS[:1], "督查问题台账")), *db)[0] == 0
    out = tmp_path / "审计.xlsx"
    code, text = said(capsys, "export-problems", "--out", str(out), "--source", "2026年审计整改", *db)
    assert code == 0 and "问题 3 个" in text, text
    assert load_workbook(out).sheetnames == ["2026年审计整改"]
    code, text = said(capsys, "export-problems", "--out", str(tmp_path / "x.xlsx"), "--source", "没有这个", *db)
    assert code == 1 and "没有名为“没有这个”的督查记录" in text and "“督查问题台账”" in text, text


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    text = folder / "不是表格.xlsx"
    text.write_text("这只是一段文字", encoding="utf-8")
    empty = folder / "空文件.xlsx"
    empty.write_bytes(b"")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "单位", "电话"])
    book.save(folder / "签到表.xlsx")
    headed = ledger_file(folder / "只有表头.xlsx", [])
    return {"text": (text, "不是 Excel 表格文件"), "empty": (empty, "空文件"),
            "no header": (folder / "签到表.xlsx", "没有找到整改台账的表头行"),
            "header only": (headed, "表头下没有一个问题可以导入")}


@pytest.mark.parametrize("kind", ["text", "empty", "no header", "header only"])
def test_a_bad_file_is_refused_in_words_and_nothing_is_written(tmp_path: Path, db: tuple[str, str], kind: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path, words = bad_files(tmp_path)[kind]
    code, text = said(capsys, "import-problems", str(path), *db)
    assert code == 1 and text.startswith("错误：") and words in text and "Traceback" not in text, text
    assert problems(capsys, db) == []
    code, text = said(capsys, "inspections", *db, "--json")
    assert json.loads(text) == []
