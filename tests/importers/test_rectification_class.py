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
from tests.fixtures.rectification_class import YEAR, build


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
