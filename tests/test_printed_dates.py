"""Dates that make sense on the day printed: the 督查通报, the 问题整改清单 and the year account, read off the paper."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from changes.oversight import add_report, save_problem, save_record
from changes.tasks import NamedTask, StatusChange, new_named_task, set_status
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import InspectionKind, ProblemStatus, Status
from models.domain.inspections import InspectionDraft
from models.domain.problems import ProblemDraft, change_problem_status
from models.ledger import Ledger
from models.read.year_account import year_account
from reports.fonts import setup_fonts
from reports.inspection_bulletin import bulletin_data, write_bulletin
from reports.problem_sheet import ProblemSheetOptions, problem_sheet_data, write_problem_sheet
from reports.year_account import write_account_docx, write_account_pdf
from tests.reports.gongwen_paper import gongwen_faults, one_column
from tests.reports.pdf_boxes import Page, Word, pages, paper_faults
from tests.reports.test_year_account import docx_paragraphs

PRINTED = date(2026, 12, 5)  # the day the office prints and signs
YEAR_OVER = date(2027, 1, 1)  # the day after the year ends


# The problems of the test ledger, in the order they are listed (so numbered 1 to 6), by what a reader knows them as.
DESCRIPTIONS = {
    "late": "发展党员程序倒置",  # 组织科, 11月25日前, still 待整改: 已逾期10天 on 12月5日
    "closed": "服务台账记录不实",  # 人才工作科, 11月底, put right 11月20日, 销号 11月24日
    "in_time": "整顿方案针对性不强",  # 组织科, 12月25日前, 整改中 since its report of 12月1日
    "put_right_late": "档案审核问题未改",  # 干部监督科, 11月23日前, put right 11月28日: 5 days late
    "no_date": "制度执行不经常",  # 干部监督科, 长期坚持: never late
    "elsewhere": "人才公寓配套滞后",  # 人才工作科, 12月3日前, found at a desk, not in the record
}


@pytest.fixture
def record(ledger: Ledger) -> int:
    """A 督查 of 26 October and its problems, as the clerk enters them on the 问题清单 page; the sections listed
    in the office's order 人才工作科, 干部监督科, 组织科, so the sheet's order is not the problems' own."""
    with ledger.begin() as session:
        units = {name: directory.section(session, "测试员", name).id for name in ("人才工作科", "干部监督科", "组织科")}
    found_in = save_record(ledger, InspectionDraft(date(2026, 10, 26), InspectionKind.SUPERVISION, "基层党建大督查",
                                                   "王建国、李明", "发现问题若干。", list(units.values())))

    def problem(key: str, section: str, deadline: str, in_record: bool = True) -> int:
        draft = ProblemDraft(2026, DESCRIPTIONS[key], found_in if in_record else None, None, units[section],
                             measures="逐项整改", deadline=parse_deadline(deadline, 2026))
        return save_problem(ledger, draft, "张明")

    problem("late", "组织科", "11月25日前")
    closed = problem("closed", "人才工作科", "11月底")
    in_time = problem("in_time", "组织科", "12月25日前")
    put_right_late = problem("put_right_late", "干部监督科", "11月23日前")
    problem("no_date", "干部监督科", "长期坚持")
    problem("elsewhere", "人才工作科", "12月3日前", in_record=False)
    add_report(ledger, closed, "台账已重新建立", date(2026, 11, 20), finished=True)
    with ledger.begin() as session:  # the page's 销号 is dated the day it is clicked: here, a day in November
        change_problem_status(session, "测试员", closed, ProblemStatus.CLOSED, on=date(2026, 11, 24),
                              note="经复查整改到位", approver="王建国")
    add_report(ledger, in_time, "方案已重新审核", date(2026, 12, 1), finished=False)
    add_report(ledger, put_right_late, "报告已修订", date(2026, 11, 28), finished=True)
    return found_in


def _first(page: Page, start: str) -> Word:
    return next(w for w in page.words if w.text.startswith(start))


def _band(page: Page, top: Word, below: Word | None) -> str:
    """The text of a table row: every word from its first line down to the next row's first line."""
    bottom = below.y0 - 1 if below is not None else page.height
    return "".join(w.text for w in sorted(page.body(), key=lambda w: (w.y0, w.x0)) if top.y0 - 1 <= w.y0 < bottom)


def _bulletin(ledger: Ledger, record: int, day: date, out: Path) -> dict[str, str]:
    """The 通报 of the record printed on `day`: each problem's row by its key, and the 有关要求 under "要求"."""
    with ledger.reading() as session:
        data = bulletin_data(session, record, day)
    write_bulletin(data, setup_fonts(), out)
    assert gongwen_faults(out) == []
    page = one_column(out)
    keys = ["late", "closed", "in_time", "put_right_late", "no_date"]
    firsts = [_first(page, DESCRIPTIONS[key][:4]) for key in keys]  # a cell's first line: four characters at least
    requirements = _first(page, "四、有关要求")
    rows = {key: _band(page, first, nxt) for key, first, nxt in zip(keys, firsts, [*firsts[1:], requirements],
                                                                      strict=True)}
    rows["要求"] = _band(page, requirements, None)
    return rows


def test_the_bulletin_says_how_each_problem_stands_on_the_day_it_is_dated(ledger: Ledger, record: int,
                                                                        tmp_path: Path) -> None:
    rows = _bulletin(ledger, record, PRINTED, tmp_path / "通报.pdf")
    assert "已逾期10天" in rows["late"] and "11月25日前" in rows["late"]  # 25 Nov to 5 Dec
    assert "已销号" in rows["closed"] and "待整改" not in rows["closed"] and "整改中" not in rows["closed"]
    assert "逾期" not in rows["closed"]  # put right ten days before its deadline
    assert "整改中" in rows["in_time"] and "逾期" not in rows["in_time"]
    assert "已整改" in rows["put_right_late"] and "（逾期5天）" in rows["put_right_late"]
    assert "待整改" in rows["no_date"] and "逾期" not in rows["no_date"]  # 长期坚持: no date to be late against
    asked = rows["要求"]
    assert "第3、5个问题于整改时限前完成整改" in asked  # only those whose deadline is still ahead (or has none)
    assert "第1个问题已超过整改时限，须立即整改到位" in asked
    assert "第2个问题已整改销号" in asked and "第4个问题已整改，请及时提出销号申请" in asked
    assert "于整改时限前完成整改，并及时报送" not in asked  # the old wording, which asked it of every problem


def test_a_bulletin_dated_earlier_shows_the_problems_as_they_then_stood(ledger: Ledger, record: int,
                                                                       tmp_path: Path) -> None:
    rows = _bulletin(ledger, record, date(2026, 11, 22), tmp_path / "通报.pdf")
    assert "已整改" in rows["closed"] and "已销号" not in rows["closed"]  # 销号 came on 24 November
    assert "待整改" in rows["put_right_late"] and "逾期" not in rows["put_right_late"]  # due the next day
    assert "待整改" in rows["in_time"]  # its first report came on 1 December
    assert "逾期" not in rows["late"]
    assert "第2个问题已整改，请及时提出销号申请" in rows["要求"]


SHEET_HEADER = ("序号", "编号", "问题描述", "来源", "责任人", "整改措施", "整改时限", "整改进展", "状态")


def _column(page: Page, headers: tuple[str, ...], header: str, word: Word) -> bool:
    """Whether `word` stands under `header`: of the table's headers, that one's middle is the nearest its own."""
    heads = [w for w in page.words if w.text in headers]
    middle = (word.x0 + word.x1) / 2
    return min(heads, key=lambda w: abs((w.x0 + w.x1) / 2 - middle)).text == header


def _sheet_rows(pdf: Path) -> list[tuple[str, str, str]]:
    """Each row of the sheet as printed: its 序号, its 编号 and all its text, page by page in reading order."""
    rows = []
    for page in pages(pdf):
        body = sorted(page.body(), key=lambda w: (w.y0, w.x0))
        starts = [w for w in body if w.text.isdigit() and _column(page, SHEET_HEADER, "序号", w)]
        # A row ends where the next one, a group's heading (二、干部监督科……) or the 说明 below the table begins.
        edges = [w.y0 for w in body if w in starts or re.match(r"[一二三四五六七八九十]+、|说明", w.text)]
        for start in starts:
            end = min((edge for edge in edges if edge > start.y0 + 1), default=page.height)
            line = [w for w in body if abs(w.y0 - start.y0) < 2]
            [number] = [w.text for w in line if w.text.isdigit() and _column(page, SHEET_HEADER, "编号", w)]
            rows.append((start.text, number, "".join(w.text for w in body if start.y0 - 1 <= w.y0 < end - 1)))
    return rows


def test_the_sheet_numbers_its_rows_and_names_each_problem_by_its_own_number(ledger: Ledger, record: int,
                                                                           tmp_path: Path) -> None:
    with ledger.reading() as session:
        data = problem_sheet_data(session, ProblemSheetOptions(PRINTED, 2026))
    out = tmp_path / "问题整改清单.pdf"
    write_problem_sheet(data, setup_fonts(), out)
    assert paper_faults(out, SHEET_HEADER) == []
    rows = _sheet_rows(out)
    # By section in the office's order: 人才工作科 (problems 2 and 6), 干部监督科 (4, 5), 组织科 (1, 3); 序号
    # runs down the paper, and beside it each problem keeps the number the ledger knows it by.
    order = ("closed", "elsewhere", "put_right_late", "no_date", "late", "in_time")
    assert [(printed, number) for printed, number, _ in rows] == [
        ("1", "2"), ("2", "6"), ("3", "4"), ("4", "5"), ("5", "1"), ("6", "3")]
    assert all(DESCRIPTIONS[key] in text for key, (_, _, text) in zip(order, rows, strict=True))
    said = {key: text for key, (_, _, text) in zip(order, rows, strict=True)}
    assert "已整改（逾期5天）" in said["put_right_late"] and "2026年11月28日" in said["put_right_late"]
    assert "已销号" in said["closed"] and "逾期" not in said["closed"]
    assert "逾期10天" in said["late"] and "逾期2天" in said["elsewhere"] and "逾期" not in said["no_date"]


def _open_sheet(ledger: Ledger, day: date, out: Path) -> str:
    with ledger.reading() as session:
        data = problem_sheet_data(session, ProblemSheetOptions(day, 2026, only="open"))
    write_problem_sheet(data, setup_fonts(), out)
    return "".join(page.text() for page in pages(out))


def test_the_sheet_of_problems_not_yet_put_right_lists_those_open_on_its_day(ledger: Ledger, record: int,
                                                                           tmp_path: Path) -> None:
    text = _open_sheet(ledger, PRINTED, tmp_path / "未整改.pdf")
    assert DESCRIPTIONS["closed"] not in text and DESCRIPTIONS["put_right_late"] not in text
    assert all(DESCRIPTIONS[key] in text for key in ("late", "in_time", "no_date", "elsewhere"))
    earlier = _open_sheet(ledger, date(2026, 11, 22), tmp_path / "11月22日.pdf")
    assert DESCRIPTIONS["put_right_late"] in earlier  # put right only on 28 November
    assert DESCRIPTIONS["closed"] not in earlier  # put right on 20 November


TASKS = {"late": ("制定科室工作规程", "11月27日前"), "this_year": ("完成汇编初稿", "12月30日前"),
         "next_year": ("开展满意度调查", "2027年2月18日前"), "done": ("修订议事规则", "11月15日前"),
         "ongoing": ("坚持集中学习", "长期坚持")}


@pytest.fixture
def tasks(ledger: Ledger) -> dict[str, int]:
    made = {}
    for key, (title, deadline) in TASKS.items():
        change = new_named_task(ledger, NamedTask(2026, title, lead_section="办公室", key_task="健全组织领导体系",
                                                  deadline=parse_deadline(deadline, 2026)))
        made[key] = change.outcome.created_tasks[0]
    set_status(ledger, made["done"], StatusChange(Status.COMPLETED, on=date(2026, 11, 10)))
    return made


ACCOUNT_HEADER = ("编号", "任务", "牵头科室", "完成情况", "延期/结转", "状态与评价")


def _account_rows(ledger: Ledger, day: date, tmp_path: Path) -> tuple[dict[str, str], str, str]:
    """The year account printed on `day`: the line of each task in section 二, all the text, and the Word copy's."""
    with ledger.reading() as session:
        account = year_account(session, 2026, day)
    pdf, docx = tmp_path / "台账.pdf", tmp_path / "台账.docx"
    write_account_pdf(account, setup_fonts(), pdf)
    write_account_docx(account, docx)
    assert paper_faults(pdf) == []
    rows = {}
    for key, (title, _) in TASKS.items():
        page, word = next((p, w) for p in pages(pdf) for w in p.words if w.text == title)  # section 二 comes first
        # The row runs down to the next row's first line (its 编号): a cell may hold two lines.
        below = [w.y0 for w in page.words if w.y0 > word.y0 + 2 and _column(page, ACCOUNT_HEADER, "编号", w)]
        end = min(below, default=page.height)
        cell = [w for w in page.words if word.y0 - 2 < w.y0 < end - 2 and _column(page, ACCOUNT_HEADER, "延期/结转", w)]
        rows[key] = "".join(w.text for w in sorted(cell, key=lambda w: (round(w.y0), w.x0)))
    text = "".join(page.text() for page in pages(pdf))
    return rows, text, "\n".join(docx_paragraphs(docx))


def test_before_the_year_ends_only_what_cannot_be_done_in_it_is_to_be_carried(ledger: Ledger, tasks: dict[str, int],
                                                                             tmp_path: Path) -> None:
    rows, text, word = _account_rows(ledger, PRINTED, tmp_path)
    assert rows == {"late": "逾期8天，拟结转", "this_year": "—", "next_year": "拟结转", "done": "—", "ongoing": "—"}
    assert "未完成，年底结转" not in text and "未完成，年底结转" not in word
    assert "逾期8天，拟结转" in word.replace("\n", "")  # a cell's two lines
    assert "尚未完成4项，其中拟结转下年2项。" in word
    carried = text[text.index("五、拟结转下年的任务"):]
    assert TASKS["late"][0] in carried and TASKS["next_year"][0] in carried
    assert TASKS["this_year"][0] not in carried and TASKS["ongoing"][0] not in carried


def test_after_the_year_ends_every_unfinished_task_is_carried(ledger: Ledger, tasks: dict[str, int],
                                                              tmp_path: Path) -> None:
    rows, text, word = _account_rows(ledger, YEAR_OVER, tmp_path)
    carried_over = "未完成，年底结转"
    assert rows == {"late": carried_over, "this_year": carried_over, "next_year": carried_over, "done": "—",
                    "ongoing": carried_over}
    assert "拟结转" not in text and "拟结转" not in word and "结转下年继续推进" in word
    carried = text[text.index("五、结转下年的任务"):]
    assert all(TASKS[key][0] in carried for key in ("late", "this_year", "next_year", "ongoing"))
