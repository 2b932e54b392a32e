"""The 会议纪要 as the office files it: the 议定事项 one paragraph each, the signatures kept with the last lines on
the last page, the Word copy in the 公文 styles, and `main.py report minutes` reaching what the window saves."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

import changes.tasks
import changes.year
from cli.commands import run_command
from cli.parser import build_parser
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.tasks import TaskDraft
from models.ledger import Ledger
from models.read.lookups import sections
from models.read.meetings import MeetingSummary, meeting_summary
from models.read.queries import task_rows
from reports.fonts import setup_fonts
from reports.meeting_minutes import MinutesFields, write_minutes, write_minutes_docx
from tests.conftest import DEMO_DAY
from tests.reports.pdf_boxes import Page, pages, paper_faults
from tests.reports.word_pdf import line_text, lines, needs_soffice, word_pdf

HELD_ON = date(2026, 3, 25)
SIGNATURES = ("主持人（签字）", "记录人（签字）", "审核：")
ROOT = Path(__file__).resolve().parents[2]


def meeting_with(ledger: Ledger, count: int, title: str = "3月月例会") -> int:
    """A meeting at which `count` items were assigned, through the use cases the window calls."""
    with ledger.begin() as session:
        units = [directory.section(session, "测试员", name).id for name in ("组织科", "干部一科", "干部监督科")]
    meeting_id = changes.year.start_meeting(ledger, HELD_ON, title)
    for number in range(1, count + 1):
        long = "，并形成工作方案报部务会审议，确保各项措施落到实处" if number % 4 == 0 else ""
        changes.tasks.new_task(ledger, TaskDraft(
            2026, f"梳理年轻干部名单第{number}批{long}", lead_section_id=units[1],
            co_section_ids=[units[0], units[2]] if number % 2 else [],
            deadline=parse_deadline("6月底前" if number % 3 else "长期坚持", 2026),
            source_meeting_id=meeting_id, source_text=title))
    return meeting_id


def summary_of(ledger: Ledger, meeting_id: int) -> MeetingSummary:
    with ledger.reading() as session:
        return meeting_summary(session, meeting_id, task_rows(session, 2026, HELD_ON, ledger.settings().light_rules))


def squashed(found: list[Page]) -> str:
    return "".join(page.text() for page in found).replace(" ", "")


def write_pdf(summary: MeetingSummary, out: Path) -> list[Page]:
    write_minutes(summary, MinutesFields("中共测试市委组织部", "王部长", "李副部长，各科室负责人"), setup_fonts(), out)
    assert paper_faults(out) == []  # nothing over the footer or off the paper, every page numbered
    return pages(out)


def signature_rows(page: Page) -> dict[str, float]:
    """Where each signature line's label stands on the page (its top)."""
    lines: dict[float, str] = {}
    for word in page.body():
        lines[round(word.y0)] = lines.get(round(word.y0), "") + word.text
    return {label: y for label in (*SIGNATURES, "2026年3月25日") for y, text in lines.items() if label in text}


def test_the_decisions_are_numbered_paragraphs_naming_who_leads_who_helps_and_by_when(ledger: Ledger,
                                                                                     tmp_path: Path) -> None:
    summary = summary_of(ledger, meeting_with(ledger, 3))
    found = write_pdf(summary, tmp_path / "纪要.pdf")
    text = squashed(found)
    code = {d.title: d.code for d in summary.decisions}
    for words in ("三、会议议定事项（3项）", "会议研究议定以下事项：",
                  f"（一）梳理年轻干部名单第1批。由干部一科牵头，组织科、干部监督科配合，6月底前完成。（编号{code['梳理年轻干部名单第1批']}）",
                  f"（二）梳理年轻干部名单第2批。由干部一科牵头，6月底前完成。（编号{code['梳理年轻干部名单第2批']}）",
                  "（三）梳理年轻干部名单第3批。由干部一科牵头，组织科、干部监督科配合，长期坚持。",
                  "一、本次会议听取进展（0条）", "二、本期仍未反馈（3项）"):
        assert words in text, words
    assert "交办事项（" not in text  # the table of before is gone
    last = found[-1]
    rows = signature_rows(last)
    assert set(rows) == {*SIGNATURES, "2026年3月25日"}, rows
    # Under everything else on the page: the last table's rows and the 议定事项 are above the signatures.
    above = [w.y1 for w in last.body() if w.y0 < rows["主持人（签字）"] - 1]
    assert above and max(above) < rows["主持人（签字）"]
    assert rows["主持人（签字）"] == rows["记录人（签字）"] < rows["审核："] < rows["2026年3月25日"]
    date_word = next(w for w in last.body() if "2026年3月25日" in w.text and round(w.y0) == rows["2026年3月25日"])
    assert date_word.x1 > last.width * 0.75  # the date stands at the right, as a 纪要 is dated


def test_a_meeting_that_assigned_nothing_says_so(ledger: Ledger, tmp_path: Path) -> None:
    summary = summary_of(ledger, meeting_with(ledger, 0))
    text = squashed(write_pdf(summary, tmp_path / "纪要.pdf"))
    assert "三、会议议定事项（0项）" in text and "本次会议未议定新的交办事项。" in text
    assert "会议研究议定以下事项" not in text and all(label in text for label in SIGNATURES)


def test_thirty_decisions_run_over_pages_and_the_signatures_end_the_last_with_the_last_lines(
        ledger: Ledger, tmp_path: Path) -> None:
    summary = summary_of(ledger, meeting_with(ledger, 30))
    found = write_pdf(summary, tmp_path / "纪要.pdf")
    assert len(found) >= 3
    text = squashed(found)
    assert "三、会议议定事项（30项）" in text and "（三十）梳理年轻干部名单第30批" in text
    for page in found[:-1]:
        assert not any(label in page.text() for label in SIGNATURES), page.number
    last = found[-1]
    rows = signature_rows(last)
    assert set(rows) == {*SIGNATURES, "2026年3月25日"}
    assert "（三十）" in last.text()  # never alone at the top of a page: the last decision comes with them
    assert all(y < last.height - 20 * 72 / 25.4 for y in rows.values())  # above the footer's margin


def test_the_word_copy_has_the_offices_styles_and_keeps_the_signatures_with_the_last_lines(
        ledger: Ledger, tmp_path: Path) -> None:
    summary = summary_of(ledger, meeting_with(ledger, 2))
    out = tmp_path / "纪要.docx"
    write_minutes_docx(summary, MinutesFields("中共测试市委组织部", "王部长"), out)
    word = Document(str(out))
    by_style: dict[str, list[str]] = {}
    for paragraph in word.paragraphs:
        by_style.setdefault(paragraph.style.name if paragraph.style is not None else "", []).append(paragraph.text)
    assert by_style["标题"] == ["中共测试市委组织部3月月例会纪要"]
    assert by_style["一级标题"] == ["一、本次会议听取进展（0条）", "二、本期仍未反馈（2项）", "三、会议议定事项（2项）"]
    body = by_style["Normal"]
    assert "时间：2026年3月25日" in body and "主持：王部长" in body and "会议研究议定以下事项：" in body
    assert [t.split("：")[0] for t in body[:5]] == ["时间", "地点", "主持", "参加人员", "记录"]
    assert not any("按一级任务计数" in t for t in body)  # how the office counts is no part of a 纪要
    assert any(text.startswith("（二）梳理年轻干部名单第2批。由干部一科牵头，6月底前完成。") for text in body)
    texts = [p.text for p in word.paragraphs]
    assert texts[-1] == "2026年3月25日" and word.paragraphs[-1].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert any("主持人（签字）" in t and "记录人（签字）" in t for t in texts)
    assert any(t.startswith("审核：") for t in texts)
    start = texts.index("会议研究议定以下事项：") + 2  # from the last decision to the date: one block
    assert all(p.paragraph_format.keep_with_next for p in word.paragraphs[start:-1])
    assert [t.rows[0].cells[0].text for t in word.tables] == ["编号", "编号"]  # 听取进展, 仍未反馈


@needs_soffice
def test_the_word_copy_is_footed_as_its_pdf_with_the_org_and_page_of_pages(ledger: Ledger, tmp_path: Path) -> None:
    """A 纪要 is not a 公文: its Word copy once numbered its pages "— N —" while its PDF prints the org and
    第 N 页 共 M 页."""
    summary = summary_of(ledger, meeting_with(ledger, 30))
    fields = MinutesFields("中共测试市委组织部", "王部长")
    pdf, docx = tmp_path / "纪要（PDF）.pdf", tmp_path / "纪要.docx"  # LibreOffice writes 纪要.pdf
    write_minutes(summary, fields, setup_fonts(), pdf)
    write_minutes_docx(summary, fields, docx)
    printed = pages(word_pdf(docx))
    assert len(printed) >= 2
    feet = [line_text(lines(page)[-1]) for page in printed]
    assert feet == [f"中共测试市委组织部第{n}页共{len(printed)}页" for n in range(1, len(printed) + 1)]
    on_paper = pages(pdf)
    assert ["".join(w.text for w in page.footer()) for page in on_paper] == [
        f"中共测试市委组织部第{n}页共{len(on_paper)}页" for n in range(1, len(on_paper) + 1)]


def minutes_command(place: str, *more: str) -> tuple[int, str]:
    said = io.StringIO()
    return run_command(build_parser().parse_args(["report", "minutes", "--db", place, *more]), said), said.getvalue()


def test_the_command_line_writes_the_minutes_of_a_meeting_named_by_date_or_number(
        demo_ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = changes.year.start_meeting(demo_ledger, DEMO_DAY, "专题会议")
    with demo_ledger.reading() as session:
        lead = next(unit.id for unit in sections(session) if unit.name == "干部一科")
    changes.tasks.new_task(demo_ledger, TaskDraft(2026, "研究年轻干部培养措施", lead_section_id=lead,
                                                  deadline=parse_deadline("6月底前", 2026),
                                                  source_meeting_id=meeting_id))
    place = demo_ledger.place
    demo_ledger.close()
    code, said = minutes_command(place, "--meeting", str(meeting_id), "--chair", "王部长",
                                 "--place", "部机关三楼会议室", "--out", str(tmp_path / "纪要.pdf"))
    assert code == 0 and "专题会议" in said and "议定事项1项" in said and "页" in said
    text = squashed(pages(tmp_path / "纪要.pdf"))
    assert "专题会议纪要" in text and "主持：王部长" in text
    assert text.index("时间：") < text.index("地点：部机关三楼会议室") < text.index("主持：王部长")
    assert "（一）研究年轻干部培养措施。由干部一科牵头，6月底前完成。" in text
    code, said = minutes_command(place, "--meeting", str(meeting_id), "--out", str(tmp_path / "纪要.docx"))
    assert code == 0 and "Word 文档" in said
    written = Document(str(tmp_path / "纪要.docx")).paragraphs
    assert any(p.text.startswith("（一）研究年轻干部培养措施。") for p in written)

    code, _said = minutes_command(place, "--meeting", "999", "--out", str(tmp_path / "x.pdf"))
    error = capsys.readouterr().err
    assert code != 0 and "没有编号为 999 的会议" in error and "专题会议" in error and "Traceback" not in error
    # The demo's own meeting on that day and ours: a date that names two asks for the number.
    code, _said = minutes_command(place, "--meeting", DEMO_DAY.isoformat(), "--out", str(tmp_path / "y.pdf"))
    error = capsys.readouterr().err
    assert code != 0 and f"[{meeting_id}] 专题会议" in error and not (tmp_path / "y.pdf").exists()


def test_an_unknown_meeting_from_the_shell_is_one_chinese_line_and_a_failing_exit(demo_ledger: Ledger,
                                                                                   tmp_path: Path) -> None:
    place = demo_ledger.place
    demo_ledger.close()
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "minutes", "--db", place, "--meeting",
                          "2020-01-01", "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "没有在 2020-01-01 召开的会议" in run.stderr and not (tmp_path / "x.pdf").exists()
