"""A document the task import cannot read says why: an empty Word file, a header below the rows searched, a
整改台账 given to the task import; and a title read from a sheet loses its 。 yet matches the task imported before."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.breakdown import plan_file
from models.errors import RuleError
from tests.fixtures.breakdown_layouts import docx_paragraph, write, write_docx

HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
TASKS = [[1, "召开县委常委会专题研究乡村振兴工作不少于2次。", "县委办", "县委农办", "2026年12月底前"],
         [2, "制定县委常委会年度学习计划。", "县委宣传部", None, "2026年2月底前"]]


@pytest.mark.parametrize("paragraphs", [[], [""], ["各乡镇人民政府，县直各单位：", "现将有关事项通知如下。"]])
def test_a_word_file_with_no_task_says_it_has_no_table_and_no_numbered_item(tmp_path: Path,
                                                                        paragraphs: list[str]) -> None:
    path = write_docx(tmp_path / "空.docx", "".join(docx_paragraph(text) for text in paragraphs))
    with pytest.raises(RuleError, match="没有找到任务：文件中没有表格，也没有编号的条目"):
        plan_file(path, 2026)


@pytest.mark.parametrize("above", [15, 16, 20, 40])
def test_a_header_below_the_rows_searched_is_named_with_its_row(tmp_path: Path, above: int) -> None:
    rows = [[f"说明第{n}条：各单位要认真填报。"] for n in range(1, above + 1)] + [HEADER, *TASKS]
    planned = plan_file(write(tmp_path / "表.xlsx", {"Sheet": (rows, [])}), 2026)
    assert [(r.status, r.row, r.messages) for r in planned] == [("error", above + 1, [
        f"表头在第 {above + 1} 行，只在前 15 行里找表头：请删去表头上面的说明文字后再导入。"])]


@pytest.mark.parametrize("header", [["序号", "存在问题", "整改措施", "责任单位", "整改时限"],
                                    ["序号", "问题类别", "问题描述", "整改目标", "整改责任单位", "整改进展"],
                                    ["编号", "存在的问题", "整改措施", "责任领导", "整改落实情况"]])
def test_a_rectification_ledger_given_to_the_task_import_is_sent_to_import_problems(tmp_path: Path,
                                                                                  header: list[str]) -> None:
    rows = [["巡察反馈问题整改台账"], header,
            [1, "“三重一大”事项集体决策执行不到位", "修订议事规则", "县住建局", "6月底前"]]
    planned = plan_file(write(tmp_path / "台账.xlsx", {"整改台账": (rows, [])}), 2026)
    assert len(planned) == 1 and planned[0].status == "error"
    assert "整改台账" in planned[0].messages[0] and "import-problems" in planned[0].messages[0]


def test_titles_read_from_a_sheet_lose_their_final_full_stop(tmp_path: Path) -> None:
    planned = plan_file(write(tmp_path / "表.xlsx", {"Sheet": ([HEADER, *TASKS], [])}), 2026)
    assert [r.title for r in planned] == ["召开县委常委会专题研究乡村振兴工作不少于2次", "制定县委常委会年度学习计划"]
