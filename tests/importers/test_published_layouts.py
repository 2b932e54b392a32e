"""Breakdowns laid out as offices publish them come through whole: key tasks from headings, units as written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.breakdown import plan_file, plan_text
from importers.units import lead_and_helpers
from models.apply.breakdown import import_breakdown
from models.domain.deadlines import parse_deadline
from models.domain.lights import LightRules
from models.ledger import Ledger
from models.read import lookups
from models.read.queries import task_rows
from tests.fixtures.breakdown_layouts import grouped_by_headings, word_plan, write
from tests.fixtures.day import TODAY


@pytest.mark.parametrize("variant", [{}, {"count_in_heading": False}, {"space_numeral": True}],
                         ids=["heading-with-count", "heading-alone", "numeral-then-space"])
def test_key_tasks_come_from_headings_merged_across_the_table(ledger: Ledger, tmp_path: Path,
                                                             variant: dict[str, bool]) -> None:
    path = grouped_by_headings(tmp_path / "分工方案.xlsx", **variant)
    rows = plan_file(path, 2026)
    assert [r.status for r in rows if r.status == "error"] == []
    skipped = [r for r in rows if r.status == "skip"]
    assert len(skipped) == 2 and any("合计" in r.messages[0] for r in skipped)  # 合计 row, 填表说明 sheet
    with ledger.begin() as session:
        result = import_breakdown(session, "测试员", rows, 2026, path.name)
    assert result.imported == 6  # two （一）（二） groups, four measures
    with ledger.reading() as session:
        tasks = {r.title: r for r in task_rows(session, 2026, TODAY, LightRules())}
        key_tasks = [k.name for k in lookups.key_tasks(session, 2026)]
    assert key_tasks == ["在“强化政治引领”方面", "在“建强基层组织”方面"]  # no count, no numeral
    group = tasks["加强理论武装"]
    assert group.parent_id is None and group.key_task_title == key_tasks[0]
    assert tasks["开展专题读书班"].parent_id == group.id
    assert tasks["指导召开高质量民主生活会"].parent_id == tasks["严肃党内政治生活"].id
    assert tasks["指导召开高质量民主生活会"].due_date == date(2026, 12, 31)  # 2026年底前
    assert tasks["整顿软弱涣散基层党组织"].key_task_title == key_tasks[1]


def test_a_unit_with_a_list_in_brackets_is_one_unit(ledger: Ledger, tmp_path: Path) -> None:
    rows = plan_file(grouped_by_headings(tmp_path / "分工方案.xlsx"), 2026)
    row = next(r for r in rows if r.title == "整顿软弱涣散基层党组织")
    assert row.co_sections == ["各县（市、区）委组织部"]  # brackets as written, never split at the 、 inside


@pytest.mark.parametrize(("text", "due"), [("2026年底前", date(2026, 12, 31)), ("2026年内", date(2026, 12, 31)),
                                          ("次年3月底前", date(2027, 3, 31)), ("年中", date(2026, 6, 30)),
                                          ("2026年10月底前完成", date(2026, 10, 31))])
def test_deadlines_as_published(text: str, due: date) -> None:
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("lead", "co", "expected"), [
    ("办公室（牵头）", None, (["办公室"], [])),
    ("干部教育科牵头", None, (["干部教育科"], [])),
    ("组织科牵头，干部科、办公室配合", None, (["组织科"], ["干部科", "办公室"])),
    ("组织科牵头，各科室按职责分工负责", None, (["组织科"], ["各科室"])),
    ("组织科、干部科、办公室", None, (["组织科"], ["干部科", "办公室"])),  # one 责任单位 column: first leads
    ("市委组织部牵头，市委宣传部、市人社局配合", "各县（市、区）委组织部",
     (["市委组织部"], ["市委宣传部", "市人社局", "各县（市、区）委组织部"])),
    ("牵头：研究室", "配合：办公室", (["研究室"], ["办公室"])),
    ("—", "无", ([], [])), ("组织科", "/", (["组织科"], [])), ("组织科", "——", (["组织科"], [])),
    ("组织科", "各有关科室", (["组织科"], ["各有关科室"])),
    ("办公室（牵头）、组织科", None, (["办公室"], ["组织科"])),  # the one marked leads, wherever it stands
    ("组织科、办公室（牵头）", None, (["办公室"], ["组织科"])),
    ("组织科\n干部科", "办公室\n市委党校", (["组织科"], ["干部科", "办公室", "市委党校"])),  # a unit a line
    ("组织科牵头\n干部科配合", None, (["组织科"], ["干部科"])),
    ("组织科", "各县（市、\n区）委组织部", (["组织科"], ["各县（市、区）委组织部"])),  # wrapped inside brackets
])
def test_who_leads_and_who_helps_as_one_cell_says(lead: str, co: str | None,
                                                  expected: tuple[list[str], list[str]]) -> None:
    assert lead_and_helpers(lead, co) == expected


def test_header_words_offices_use_and_two_leaders(tmp_path: Path) -> None:
    path = write(tmp_path / "督办清单.xlsx", {"清单": ([
        ["序号", "类别", "议定事项", "牵头委室", "协作科室", "牵头领导", "拟定时限"],
        ["1", "干部工作", "研究制定年轻干部培养计划", "干部一科", "干部二科", "李明、王建国", "9月底前"],
    ], [])})
    row = plan_file(path, 2026)[0]
    assert (row.key_task, row.title, row.lead_section, row.co_sections) == (
        "干部工作", "研究制定年轻干部培养计划", "干部一科", ["干部二科"])
    assert row.leader == "李明" and "王建国" in row.note and row.due_date == date(2026, 9, 30)


@pytest.mark.parametrize(("text", "kind", "due"), [
    ("6月底前出台方案，12月底前全面完成", "date", date(2026, 12, 31)),  # milestones: the last is the deadline
    ("上半年完成方案，年底前总结", "date", date(2026, 12, 31)),
    ("下半年开展", "date", date(2026, 12, 31)),
    ("按季度", "recurring", None), ("立即办理", "ongoing", None), ("即知即改", "ongoing", None),
    ("3月起推进", "unparsed", None),  # a start, not a deadline
])
def test_deadline_phrases_of_published_plans(text: str, kind: str, due: date | None) -> None:
    deadline = parse_deadline(text, 2026)
    assert (deadline.kind.value, deadline.due, deadline.display) == (kind, due, text)  # the text is kept whole


def test_a_deadline_inside_the_task_text_when_there_is_no_deadline_column(tmp_path: Path) -> None:
    path = write(tmp_path / "清单.xlsx", {"清单": ([
        ["序号", "工作任务", "牵头单位"],
        ["1", "开展专项调研，形成调研报告，6月底前完成", "研究室"],
        ["2", "整顿软弱涣散党组织", "组织科"],
    ], [])})
    first, second = plan_file(path, 2026)
    assert first.due_date == date(2026, 6, 30) and first.title.endswith("6月底前完成")
    assert second.due_date is None


def test_a_word_plan_imports_its_numbered_paragraphs_and_its_tables(ledger: Ledger, tmp_path: Path) -> None:
    path = word_plan(tmp_path / "分工方案.docx", with_table=True)
    rows = plan_file(path, 2026)
    by_title = {row.title: row for row in rows}
    learn = by_title["组织专题学习全国组织部长会议精神"]  # the bracket at its end says who and by when
    assert (learn.key_task, learn.lead_section, learn.co_sections, learn.due_date) == (
        "强化政治引领", "干部教育科", ["办公室"], date(2026, 3, 31))
    assert learn.parent_row == by_title["加强理论武装"].row  # （一） groups the numbered items under it
    reading = by_title["开展专题读书班"]  # 责任单位：/完成时限： lines below the item
    assert (reading.lead_section, reading.due_date) == ("干部教育科", date(2026, 6, 30))
    assert by_title["整顿软弱涣散基层党组织"].co_sections == ["各县（市、区）委组织部"]
    milestones = by_title["推行“一线工作法”，建立部领导基层联系点制度"]
    assert milestones.deadline_text == "6月底前出台方案，12月底前全面完成" and milestones.due_date == date(2026, 12, 31)
    assert by_title["建立人才工作联系点"].key_task == "人才工作"  # and the table in the same document
    with ledger.begin() as session:
        assert import_breakdown(session, "测试员", rows, 2026, path.name).imported == 6  # 5 from the text, 1 table


def test_text_pasted_from_word_reads_like_the_document(tmp_path: Path) -> None:
    text = ("一、强化政治引领\n1.组织专题学习（干部教育科牵头，3月底前完成）\n"
            "2.开展专题读书班（干部教育科负责，6月底前）")
    rows = plan_text(text, 2026)
    assert [(r.key_task, r.title, r.lead_section, r.due_date) for r in rows] == [
        ("强化政治引领", "组织专题学习", "干部教育科", date(2026, 3, 31)),
        ("强化政治引领", "开展专题读书班", "干部教育科", date(2026, 6, 30))]
