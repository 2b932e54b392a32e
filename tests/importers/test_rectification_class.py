"""Every member of the 整改台账 class reads whole: each problem once, with its category, responsible unit, 整改时限,
整改进展 and what its 完成情况 means, under the source its title row names."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.problem_ledger import read_problem_ledger
from models.apply.problem_rows import status_of_problem_word
from models.domain.deadlines import parse_deadline
from models.domain.enums import DeadlineKind, ProblemStatus
from models.domain.helper_units import separator_of, split_helpers
from tests.fixtures.breakdown_layouts import write_docx
from tests.fixtures.rectification_class import YEAR, as_word, build


@pytest.mark.parametrize("seed", range(40))
def test_each_member_comes_through_whole(tmp_path: Path, seed: int) -> None:
    member = build(tmp_path / f"整改台账{seed}.xlsx", seed)
    lines = read_problem_ledger(member.path, YEAR)
    why = "；".join(member.traits)
    assert [line.description for line in lines] == [p.description for p in member.problems], why
    for line, problem in zip(lines, member.problems, strict=True):
        assert line.importable, (why, line.messages)
        assert line.source == member.source, why
        assert (line.category, line.section, line.other_units) == (problem.category, problem.section,
                                                                     problem.others), why
        deadline = parse_deadline(line.deadline_value, YEAR)
        if problem.due is not None:
            assert deadline.due == problem.due, why
        elif problem.deadline_words:
            assert deadline.display == problem.deadline_words and deadline.due is None, why
        else:
            assert deadline.kind == DeadlineKind.NONE, why
        assert line.progress == problem.progress, why
        # the other units are kept, as the last line of 整改措施, listed as the cell listed them
        assert split_helpers(line.measures) == (problem.measures, separator_of(problem.units).join(problem.others)
                                                if problem.others else ""), why
        assert (line.wanted.value if line.wanted else None) == problem.status, why
        if line.state_word and problem.status is None:
            assert any("认不出" in message for message in line.messages), why


@pytest.mark.parametrize("seed", range(40))
def test_each_member_written_in_word_comes_through_as_in_excel(tmp_path: Path, seed: int) -> None:
    """The same 台账 as a Word table: its title paragraph names the source as the title row does, or the file's
    name where it has none, and every problem reads as from the workbook."""
    member = build(tmp_path / f"整改台账{seed}.xlsx", seed)
    word = as_word(member, tmp_path / f"整改台账{seed}.docx")
    from_excel, from_word = read_problem_ledger(member.path, YEAR), read_problem_ledger(word, YEAR)
    why = "；".join(member.traits)
    assert {line.source for line in from_word} == {member.source}, why
    assert [(line.description, line.category, line.section, line.measures, line.progress, line.wanted,
             parse_deadline(line.deadline_value, YEAR).due, line.importable) for line in from_word] == [
        (line.description, line.category, line.section, line.measures, line.progress, line.wanted,
         parse_deadline(line.deadline_value, YEAR).due, line.importable) for line in from_excel], why


@pytest.mark.parametrize(("word", "status"), [
    ("已完成", ProblemStatus.RECTIFIED), ("已整改", ProblemStatus.RECTIFIED), ("已销号", ProblemStatus.RECTIFIED),
    ("正在整改", ProblemStatus.RECTIFYING), ("持续推进", ProblemStatus.RECTIFYING),
    ("整改中", ProblemStatus.RECTIFYING),
    ("基本完成", ProblemStatus.RECTIFYING), ("未启动", ProblemStatus.PENDING), ("未整改", ProblemStatus.PENDING),
    ("未完成", ProblemStatus.PENDING), ("待整改", ProblemStatus.PENDING), ("见附件", None), ("", None)])
def test_the_words_of_a_completion_column(word: str, status: ProblemStatus | None) -> None:
    assert status_of_problem_word(word) is status


def test_a_sheet_without_a_ledger_header_is_refused_by_name(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["会议签到表"])
    sheet.append(["姓名", "单位", "电话"])
    book.save(tmp_path / "签到表.xlsx")
    with pytest.raises(Exception, match="没有找到整改台账的表头行"):
        read_problem_ledger(tmp_path / "签到表.xlsx", YEAR)


def test_each_word_table_goes_under_the_title_above_it(tmp_path: Path) -> None:
    """Two 台账 in one Word file: each table under its own title paragraph, 附件2 and the first table's note
    passed over; a table with no title above it under the file's name."""

    def paragraph(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    def table(*rows: list[str]) -> str:
        return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(text)}</w:tc>" for text in row) + "</w:tr>"
                                   for row in rows) + "</w:tbl>"

    header = ["序号", "存在问题", "责任单位", "整改时限", "完成情况"]
    path = write_docx(tmp_path / "两份台账.docx", "".join([
        paragraph("附件2"), paragraph("市委督查室2026年第二轮大督查发现问题整改台账"),
        table(header, ["1", "窗口服务态度生硬", "办公室", "8月底前", "正在整改"]),
        paragraph("注：本台账每月25日前更新一次。"), paragraph("市审计局审计发现问题整改清单"),
        table(header, ["1", "专项资金结余未清理", "干部一科", "9月底前", "未启动"]),
        table(header, ["1", "会议费列支不规范", "组织科", "年底前", "未启动"])]))
    assert [line.source for line in read_problem_ledger(path, YEAR)] == [
        "市委督查室2026年第二轮大督查发现问题整改台账", "市审计局审计发现问题整改清单", "两份台账"]
