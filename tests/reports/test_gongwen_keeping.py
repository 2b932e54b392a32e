"""What a 公文 keeps together on its pages, read back where its reader sees it: a heading (一、 or （一）) never
at a page's foot without two lines of what it heads; the 附件说明 a line clear of the body (GB/T 9704 7.3.6),
on one page and with the body's last lines."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from reports.blocks import Block, Heading, Text
from reports.fonts import setup_fonts
from reports.gongwen import GongwenFrame
from reports.gongwen_pdf import gongwen_pdf
from tests.reports.pdf_boxes import pages

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
