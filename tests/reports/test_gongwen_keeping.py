"""What a 公文 keeps together on its pages, read back where its reader sees it: a heading (一、 or （一）) never
at a page's foot without two lines of what it heads; the 附件说明 a line clear of the body (GB/T 9704 7.3.6),
on one page and with the body's last lines; and the Word copy the same by its styles, its spacing a style's,
with no blank page after a table turned on its side."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from reports.blocks import Attachment, Block, Grid, Heading, Text
from reports.fonts import setup_fonts
from reports.gongwen import GongwenFrame
from reports.gongwen_frame_docx import gongwen_docx
from reports.gongwen_pdf import gongwen_pdf
from tests.reports.pdf_boxes import Page, pages
from tests.reports.word_pdf import needs_soffice

FRAME = GongwenFrame("中共示例市委组织部", "督查通报", 0, 2026, "督查室", date(2026, 12, 6), "各科室", ("部领导",))
FONTS = setup_fonts()
HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
PAGE_NUMBER = re.compile(r"^—\d+—$")
NOTE = "附件：1. 重点工作任务推进情况表\n　　　2. 逾期任务清单\n　　　3. 本月未反馈任务清单"
needs_font = pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")


def _body(filler: int) -> list[Block]:
    """The 通报's 三、 as the reviewer found it: 三、 then （一） with a line under it, after `filler` lines."""
    return [Heading("关于2026年1月重点工作任务推进落实情况的通报", 0), *(Text("按计划推进。") for _ in range(filler)),
            Heading("三、存在的问题", 1), Heading("（一）逾期未完成的任务", 2), Text("没有逾期未完成的任务。"),
            Heading("（二）本月未反馈进展的任务", 2), Text("本月没有应反馈进展的任务。"),
            Heading("四、下步要求", 1), Text("各科室要对照年初确定的重点任务，倒排时间、挂图作战。" * 3),
            Text(NOTE, annexes=True)]


def _lines(pdf: Path) -> list[tuple[int, float, str]]:
    """Every line of the body in reading order: its page, its baseline and its words (page numbers left out)."""
    found = []
    for page in pages(pdf):
        rows: dict[int, list[tuple[float, str]]] = {}
        for word in page.words:
            rows.setdefault(round(word.y1), []).append((word.x0, word.text))
        for baseline, words in sorted(rows.items()):
            text = "".join(text for _x, text in sorted(words))
            if not PAGE_NUMBER.match(text):
                found.append((page.number, float(baseline), text))
    return found


def _printed(tmp_path: Path, filler: int) -> list[tuple[int, float, str]]:
    out = tmp_path / f"通报{filler}.pdf"
    gongwen_pdf(out, FRAME, _body(filler), FONTS)
    return _lines(out)


def _alone(lines: list[tuple[int, float, str]]) -> list[str]:
    """Headings with fewer lines after them on their page than they head: two, or all up to the next heading
    (a heading straight under another is part of what that one heads)."""
    faults = []
    heading = [bool(HEADING.match(text)) for _page, _y, text in lines]
    for at, (page, _y, text) in enumerate(lines):
        if not heading[at]:
            continue
        end = at + 1
        while end < len(lines) and heading[end]:
            end += 1
        while end < len(lines) and not heading[end]:
            end += 1
        needed = min(2, end - at - 1)
        if any(lines[after][0] != page for after in range(at + 1, at + 1 + needed)):
            faults.append(f"第{page}页：“{text}”")
    return faults


@needs_font
def test_a_heading_never_ends_a_page_without_two_lines_of_what_it_heads(tmp_path: Path) -> None:
    """三、存在的问题 stood alone at the foot of page 1, its （一） over the page: a heading followed by a heading
    counted only its own line and the next as what it needed."""
    faults = [fault for filler in range(6, 16) for fault in _alone(_printed(tmp_path, filler))]
    assert faults == []


@needs_font
def test_the_attachment_note_stands_a_line_clear_of_the_body_whole_and_with_the_bodys_last_lines(
        tmp_path: Path) -> None:
    for filler in range(6, 16):
        lines = _printed(tmp_path, filler)
        at = next(index for index, (_page, _y, text) in enumerate(lines) if text.startswith("附件："))
        note, before = lines[at:at + 3], lines[at - 2:at]
        assert [text for _page, _y, text in note] == ["附件：1.重点工作任务推进情况表", "2.逾期任务清单",
                                                       "3.本月未反馈任务清单"]
        assert len({page for page, _y, _text in note + before}) == 1, filler  # never alone atop a page
        gap, line = note[0][1] - before[-1][1], note[1][1] - note[0][1]
        assert gap == pytest.approx(2 * line, abs=1), filler  # one blank line: 空一行


def _word(tmp_path: Path, blocks: list[Block], name: str = "通报") -> Path:
    out = tmp_path / f"{name}.docx"
    gongwen_docx(out, FRAME, blocks)
    return out


def test_the_word_copy_spaces_by_its_styles_not_by_empty_paragraphs(tmp_path: Path) -> None:
    blocks = [*_body(2), Attachment("附件1", "重点工作任务推进情况表", wide=True),
              Grid(("编号", "任务"), [("1.1", "建立党员档案")], (10, 80)),
              Attachment("附件2", "逾期任务清单"), Grid(("编号", "任务"), [("2.1", "修订规程")], (10, 80))]
    document = Document(str(_word(tmp_path, blocks)))
    styles = document.styles
    empty = [p.style.name for p in document.paragraphs if not p.text.strip() and p.style is not None]
    # Only those Word cannot do without: one holding each section break (1 pt high), the one after the last
    # table (Word puts no two tables together) and the one after the 版记.
    assert empty == ["分节", "分节", "表注", "版记"]
    mark = next(p for p in document.paragraphs if p.text == "督 查 通 报")
    assert mark.style is not None and mark.style.name == "发文机关标志"
    assert styles["发文机关标志"].font.size == Pt(42) and all(run.font.size is None for run in mark.runs)
    assert styles["标题"].paragraph_format.space_after == Pt(28)  # the line under a title
    assert styles["编发"].paragraph_format.space_after == Pt(28)  # the line under the red rule
    paragraphs = document.paragraphs
    at = next(index for index, p in enumerate(paragraphs) if p.text.startswith("附件："))
    note = paragraphs[at]
    assert note.style is not None and note.style.name == "附件说明" and note.text.count("\n") == 2
    layout = styles["附件说明"].paragraph_format
    assert layout.space_before == Pt(28) and layout.keep_together  # 空一行, and all its lines on one page
    assert paragraphs[at - 1].paragraph_format.keep_with_next  # the body's last lines come with it


@needs_soffice
def test_no_blank_page_follows_a_table_turned_on_its_side_whatever_its_length(tmp_path: Path) -> None:
    """Two empty paragraphs (the one after the table and the one holding the section break) spilled onto a page
    of their own, turned on its side, when the table ended near the page's foot."""
    rows: list[tuple[str, ...]] = [(f"1.{n}", "组织分管科室专题学习全国全省组织部长会议精神，形成学习体会。" * 2)
                                   for n in range(1, 30)]
    made = []
    for count in range(10, 19):
        blocks: list[Block] = [Heading("关于2026年11月重点工作任务推进落实情况的通报", 0), Text("按计划推进。"),
                  Text(NOTE, annexes=True), Attachment("附件1", "重点工作任务推进情况表", wide=True),
                  Grid(("编号", "任务"), rows[:count], (10, 80)), Attachment("附件2", "逾期任务清单"),
                  Grid(("编号", "任务"), [("2.1", "修订规程")], (10, 80))]
        made.append(_word(tmp_path, blocks, f"通报{count}"))
    profile = tmp_path / "soffice-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *map(str, made)], check=True, capture_output=True, timeout=600)
    blank: list[str] = []
    for docx in made:
        printed: list[Page] = pages(docx.with_suffix(".pdf"))
        blank += [f"{docx.stem} 第{page.number}页" for page in printed
                  if all(PAGE_NUMBER.match(word.text) or word.text in "—0123456789" for word in page.words)]
    assert blank == []
