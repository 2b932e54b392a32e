"""Every member of the classes of Word 分工方案 (word_class.py, government_class.py) comes through whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importers.breakdown import plan_file, plan_text
from models.errors import Message
from tests.fixtures import government_class
from tests.fixtures.word_class import build


@pytest.mark.parametrize("seed", range(80))
def test_each_word_plan_imports_every_item_with_its_duty(tmp_path: Path, seed: int) -> None:
    member = build(tmp_path / f"word-{seed}.docx", seed)
    rows = plan_file(member.path, 2026)
    traits = " ".join(member.traits)
    assert [r for r in rows if r.status == "error"] == [], traits
    tasks = [r for r in rows if r.status in ("ok", "warning")]
    got = [(r.key_task, r.title, r.lead_section, r.co_sections, r.due_date, r.leader) for r in tasks]
    want = [(t.key_task, t.title, t.lead, t.co, t.due, t.leader) for t in member.tasks]
    assert got == want, traits
    by_row = {r.row: r for r in tasks}
    for planned, expected in zip(tasks, member.tasks, strict=True):  # an item under （一） is its subtask
        parent = by_row[planned.parent_row].title if planned.parent_row else ""
        assert parent == expected.group, traits
    assert all("：" not in r.deadline_text for r in tasks), traits  # 完成时限： is a label, not the deadline


@pytest.mark.parametrize("seed", range(160))
def test_each_government_plan_reads_every_measure_with_its_duty(tmp_path: Path, seed: int) -> None:
    """市县 governments' 分工方案: labelled brackets and lines, （一） measures, the 下同 rule, unit tails, deadline
    words among the units and deadlines said only in the text (tests/fixtures/government_class.py)."""
    member = government_class.build(tmp_path / f"government-{seed}.docx", seed)
    rows = plan_file(member.path, 2026)
    traits = " ".join(member.traits)
    assert [r for r in rows if r.status == "error"] == [], traits
    tasks = [r for r in rows if r.status in ("ok", "warning")]
    got = [(r.key_task, r.title, r.lead_section, r.co_sections, r.deadline_kind, r.due_date, r.leader, r.measures)
           for r in tasks]
    want = [(t.key_task, t.title, t.lead, t.co, t.kind, t.due, t.leader, t.measures) for t in member.tasks]
    assert got == want, traits
    by_row = {r.row: r for r in tasks}
    for planned, expected in zip(tasks, member.tasks, strict=True):
        assert (by_row[planned.parent_row].title if planned.parent_row else "") == expected.group, traits
    # The closing section, paragraph, 附件 and signature are named in a note, never a task's nor its 具体措施;
    # page numbers are no text at all.
    notes = [m for r in rows if r.status == "skip" for m in r.messages]
    assert len(notes) == (0 if "ending= " in f"{traits} " else 1), traits
    assert all(isinstance(m, Message) and m.template.startswith("正文中有 {count} 段是结束语") for m in notes), traits
    assert not any(re.search(r"页|—|印发|附件|各.{0,6}要", f"{r.measures}{r.title}") for r in tasks), traits
    # 9月底前完成 is the deadline 9月底前; 明年/次年 are kept as the year they mean, read the same next year.
    assert not any(r.deadline_text.endswith("完成") or re.search("明年|次年", r.deadline_text) for r in tasks), traits


def test_a_labelled_measure_pasted_from_word_names_no_label_as_a_unit() -> None:
    text = ("一、扎实推动经济高质量发展\n（一）优化营商环境（责任单位：区发改局）\n（二）推进老旧小区改造。\n"
            "责任单位：花湖街办、区住建局按职责分工负责\n时限要求：持续推进\n工作目标：惠及群众2000户以上\n"
            "（三）开展基层干部轮训，年内轮训全覆盖（区委组织部、各镇（街道）等，第一责任单位为牵头单位，下同）\n"
            "（四）建立重点项目调度机制（区发改局、区财政局）")
    rows = plan_text(text, 2026)
    assert [(r.title, r.lead_section, r.co_sections, r.deadline_text, r.measures, r.parent_row) for r in rows] == [
        ("优化营商环境", "区发改局", [], "", "", None),
        ("推进老旧小区改造", "花湖街办", ["区住建局"], "持续推进", "工作目标：惠及群众2000户以上", None),
        ("开展基层干部轮训，年内轮训全覆盖", "区委组织部", ["各镇（街道）"], "年内", "", None),
        ("建立重点项目调度机制", "区发改局", ["区财政局"], "", "", None)]
    assert rows[0].to_dict()["deadline_kind"] == "none"  # blank: 未填写, not "unparsed" in the dry run's JSON
