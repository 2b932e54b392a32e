"""领导批示 as the 督查室 records them: on a task's timeline, the 交办 they start (a task whose 来源 names the 批示,
ticked 批示 on its 督办单), undone and made again; and the 呈报单 back to the leader, one page on paper and in Word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from changes.instructions import NamedAssignment, instruct
from changes.progress import ProgressDraft, enter_progress
from changes.tasks import NamedTask, new_named_task
from changes.undoing import take_back
from models.domain.deadlines import parse_deadline
from models.domain.entities import Instruction
from models.domain.enums import ProgressKind
from models.domain.instructions import InstructionDraft
from models.domain.notices import notice_source
from models.domain.rights import Act, Rights, Role
from models.errors import RuleError
from models.ledger import Ledger
from models.read.instructions import instruction_report, instructions_of
from models.read.task_detail import task_detail
from reports.fonts import setup_fonts
from reports.instruction_report import write_instruction_docx, write_instruction_pdf
from tests.reports.pdf_boxes import Page, pages
from tests.reports.word_pdf import needs_soffice, word_pdf

FONTS = setup_fonts()
SAID = InstructionDraft("王建国", date(2026, 11, 20), "请组织科抓紧推进，月底前报进展。", "市委办《信息专报》第12期")


def a_task(ledger: Ledger) -> int:
    made = new_named_task(ledger, NamedTask(2026, "推进基层党组织标准化建设", "组织科", ["干部科"], "抓基层强基础",
                                            deadline=parse_deadline("2026-12-31", 2026)))
    return made.outcome.created_tasks[0]


def test_a_instruction_joins_the_timeline_and_its_assignment_names_it(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    made = instruct(ledger, 2026, task_id, SAID, NamedAssignment("开展标准化建设专项督查", "督查室",
                                                                  parse_deadline("2026-12-25", 2026)))
    (assigned,) = made.outcome.created_tasks
    with ledger.reading() as session:
        on_task, new = task_detail(session, task_id), task_detail(session, assigned)
        listed = instructions_of(session, task_id)
        assert instructions_of(session, assigned) == listed
    first = on_task.timeline[0]
    assert first.kind == ProgressKind.INSTRUCTION and first.entry_date == date(2026, 11, 20)
    assert first.text == ("王建国批示（市委办《信息专报》第12期）：请组织科抓紧推进，月底前报进展。"
                          "（据此交办：1.1.1　开展标准化建设专项督查）")
    assert new.parent_id == task_id and new.deadline_display == "2026年12月25日"
    assert new.source_text == "领导批示：王建国同志11月20日在市委办《信息专报》第12期上批示"
    assert notice_source(new.source_text, from_meeting=False) == "批示"
    assert new.timeline[0].text.startswith("据王建国批示交办（市委办《信息专报》第12期）：请组织科")
    assert [(i.leader, i.on_code, i.assigned_code) for i in listed] == [("王建国", "1.1", "1.1.1")]
    assert listed[0].words() == "王建国同志11月20日在市委办《信息专报》第12期上批示：请组织科抓紧推进，月底前报进展。"
    assert on_task.status.value == "not_started"  # a 批示 is not the section's report


def test_undo_takes_the_instruction_its_lines_and_its_task_back(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    made = instruct(ledger, 2026, task_id, SAID, NamedAssignment("开展专项督查", "督查室"))
    take_back(ledger, made)
    with ledger.reading() as session:
        assert instructions_of(session, task_id) == []
        assert task_detail(session, task_id).timeline == ()
        with pytest.raises(RuleError):
            task_detail(session, made.outcome.created_tasks[0])


def test_the_same_instruction_twice_on_a_task_is_refused_naming_when_it_was_recorded(ledger: Ledger) -> None:
    task_id = a_task(ledger)
    instruct(ledger, 2026, task_id, SAID)
    with ledger.reading() as session:
        recorded = session.scalars(select(Instruction.created_at)).one()
    with pytest.raises(RuleError) as refused:  # the same leader, day and words, from another copy of the form
        instruct(ledger, 2026, task_id, InstructionDraft(SAID.leader, SAID.given_on, SAID.text))
    when = f"{recorded.month}月{recorded.day}日 {recorded:%H:%M}"
    assert str(refused.value) == f"王建国11月20日的这条批示已于 {when} 由 测试员 记在这项任务上，不再重复记录。"
    with ledger.reading() as session:
        assert len(instructions_of(session, task_id)) == 1
    instruct(ledger, 2026, task_id, InstructionDraft("王建国", date(2026, 11, 27), SAID.text))  # another day's
    with ledger.reading() as session:
        assert len(instructions_of(session, task_id)) == 2


def test_a_new_task_from_a_instruction_alone_and_what_is_refused(ledger: Ledger) -> None:
    made = instruct(ledger, 2026, None, InstructionDraft("李明", date(2026, 11, 22), "请研究提出意见。"),
                    NamedAssignment("研究年轻干部培养意见", "干部科"))
    with ledger.reading() as session:
        (row,) = instructions_of(session, made.outcome.created_tasks[0])
    assert row.task_id is None and row.document == "" and row.words() == "李明同志11月22日批示：请研究提出意见。"
    with pytest.raises(RuleError, match="批示要么记在一项任务上"):
        instruct(ledger, 2026, None, SAID)
    with pytest.raises(RuleError, match="批示内容不能为空"):
        instruct(ledger, 2026, a_task(ledger), InstructionDraft("王建国", date(2026, 11, 20), "  "))
    assert Rights("zhang", Role.SECTION, 1, "组织科").refusal(Act.INSTRUCT, [1]) == "这一项由督查室办理"
    assert Rights("li", Role.OFFICE).refusal(Act.INSTRUCT, [1]) == ""


def _line(page: Page, label: str) -> str:
    top = min(w.y0 for w in page.words if label in w.text)
    return "".join(w.text for w in sorted(page.words, key=lambda w: w.x0) if abs(w.y0 - top) < 3)


def _reported(ledger: Ledger, report: str) -> int:
    task_id = a_task(ledger)
    enter_progress(ledger, task_id, ProgressDraft("10月：摸底排查，批示前的工作。", "2026-10",
                                                  entry_date=date(2026, 10, 20)))
    instruct(ledger, 2026, task_id, SAID)
    enter_progress(ledger, task_id, ProgressDraft(report, "2026-11", 60, entry_date=date(2026, 11, 28)))
    return task_id


def test_the_report_back_is_one_page_with_a_3000_character_report(ledger: Ledger, tmp_path: Path) -> None:
    long = "一是召开专题推进会，逐项研究落实措施。" * 170 + "最后，形成标准化建设验收报告。"
    assert len(long) > 3000
    task_id = _reported(ledger, long)
    with ledger.reading() as session:
        report = instruction_report(session, task_id)
    assert [row.entry_date for row in report.done] == [date(2026, 11, 28)]  # only what was done since the 批示
    out = tmp_path / "呈报单.pdf"
    assert write_instruction_pdf(report, "中共测试市委组织部", FONTS, out) == 1
    (page,) = pages(out)
    text = page.text()
    assert "批示件办理情况报告" in text and "任务编号：1.1" in text
    assert _line(page, "批示领导") == "批示领导王建国批示日期2026年11月20日"
    assert _line(page, "批示载体") == "批示载体市委办《信息专报》第12期"
    assert _line(page, "承办科室") == "承办科室组织科（牵头）、干部科（配合）完成时限2026年12月31日"
    assert "形成标准化建设验收报告。（全文见台账）" in text and "10月：摸底排查" not in text
    assert "科室负责人" in text and "督查室" in text and "审核人：" in text
    assert max(w.y1 for w in page.words) < page.height - 20 * 72 / 25.4  # nothing in the foot margin
    lowest_label = max(w.y0 for w in page.words if "审核意见" in w.text)
    assert lowest_label > min(w.y0 for w in page.words if "办理情况" in w.text)


def _word_rows(path: Path) -> dict[str, str]:
    table = Document(str(path)).tables[0]
    found: dict[str, str] = {}
    for row in table.rows:
        cells = list(dict.fromkeys(row.cells))  # a merged cell is listed once per column it covers
        for label, value in zip(cells[::2], cells[1::2], strict=False):
            found[label.text] = value.text
    return found


def test_the_word_copy_reads_back(ledger: Ledger, tmp_path: Path) -> None:
    task_id = _reported(ledger, "11月28日召开推进会。" + "对照标准逐项整改到位。" * 300)
    with ledger.reading() as session:
        report = instruction_report(session, task_id)
    out = tmp_path / "呈报单.docx"
    write_instruction_docx(report, "中共测试市委组织部", out)
    document = Document(str(out))
    assert document.paragraphs[0].text == "批示件办理情况报告"
    assert document.paragraphs[1].text == "中共测试市委组织部\t任务编号：1.1"
    rows = _word_rows(out)
    assert rows["批示领导"] == "王建国" and rows["批示日期"] == "2026年11月20日"
    assert rows["批示载体"] == "市委办《信息专报》第12期"
    assert rows["批示内容"] == "请组织科抓紧推进，月底前报进展。"
    assert rows["办理情况"].startswith("2026年11月28日：……") and rows["办理情况"].endswith("（全文见台账）")
    assert rows["科室负责人\n（签字）"] == "" and rows["日　　期"] == "　　年　　月　　日"
    assert "审核人：" in rows["督查室\n审核意见"]


@needs_soffice
def test_the_word_copy_prints_on_one_page(ledger: Ledger, tmp_path: Path) -> None:
    task_id = _reported(ledger, "对照标准逐项整改到位。" * 300)
    for number in range(6):
        enter_progress(ledger, task_id, ProgressDraft(f"第{number}次：" + "持续推进。" * 80, "2026-11",
                                                      entry_date=date(2026, 11, 29)))
    with ledger.reading() as session:
        report = instruction_report(session, task_id)
    out = tmp_path / "呈报单.docx"
    write_instruction_docx(report, "中共测试市委组织部", out)
    printed = pages(word_pdf(out))
    assert len(printed) == 1 and "审核人：" in printed[0].text()


def test_the_example_has_a_task_assigned_from_a_instruction_and_its_report_back(demo_ledger: Ledger,
                                                                                 tmp_path: Path) -> None:
    from sqlalchemy import select

    from models.domain.entities import Task

    with demo_ledger.reading() as session:
        task = session.scalars(select(Task).where(Task.source_text.startswith("领导批示："))).one()
        listed = instructions_of(session, task.id)
        report = instruction_report(session, task.id)
    assert [(i.on_code, i.assigned_code) for i in listed] == [("", task.code), (task.code, "")]
    assert report.instruction == listed[-1] and report.done  # the later 批示, and what was reported since
    out = tmp_path / "呈报单.pdf"
    assert write_instruction_pdf(report, "中共示例市委组织部", FONTS, out) == 1
    assert "赵明远" in pages(out)[0].text()
