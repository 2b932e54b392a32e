"""How the lines of a 公文 fall on the page, read back where a reader sees them: no line of the body begins
with a comma or a closing mark (ReportLab hung one mark at most and let "，" begin a line), a number stays
whole, and a title breaks between its phrases rather than leaving "的通报" on a line of its own."""

from __future__ import annotations

import itertools
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from reports import gongwen as gw
from reports.blocks import Block, Grid, Heading, Text
from reports.blocks_pdf import blocks_story
from reports.fonts import covers_all, setup_fonts
from reports.gongwen import GongwenFrame
from reports.gongwen_frame_docx import gongwen_docx
from reports.gongwen_pdf import gongwen_pdf
from reports.line_breaks import NO_LINE_END, NO_LINE_START, SOFT_BREAK, title_lines
from reports.page import MARGIN, build_pdf
from tests.reports.pdf_boxes import Page, pages
from tests.reports.word_pdf import line_text
from tests.reports.word_pdf import lines as word_lines

FRAME = GongwenFrame("中共示例市委组织部", "督查通报", 3, 2026, "督查室", date(2026, 12, 6), "各科室")
FONTS = setup_fonts()
# The clause the monthly 通报 repeats: a comma after every count, and numbers with points and percent signs.
CLAUSE = "已完成8项，与上月持平，完成率18.6%，比上月增加2项；“回头看”发现问题12个。"


def _lines(page: Page) -> list[str]:
    """The page's lines of text, top to bottom (words on one baseline joined)."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for word in page.body():
        rows.setdefault(round(word.y1), []).append((word.x0, word.text))
    return ["".join(text for _x, text in sorted(words)) for _y, words in sorted(rows.items())]


def _printed(tmp_path: Path, name: str, *blocks: Heading | Text) -> list[str]:
    out = tmp_path / f"{name}.pdf"
    gongwen_pdf(out, FRAME, list(blocks), FONTS)
    return [line for page in pages(out) for line in _lines(page)]


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_no_body_line_begins_with_a_closing_mark_and_numbers_stay_whole(tmp_path: Path) -> None:
    # The clause shifted by one character at a time puts every mark and every number at a line's end once.
    paragraphs = [Text("截至" + "月" * shift + CLAUSE * 3) for shift in range(0, 18)]
    lines = _printed(tmp_path, "marks", Heading("关于情况的通报", 0), *paragraphs)
    body = [line for line in lines if "已完成" in line or "与上月" in line or "回头看" in line]
    assert len(body) > 40
    starting = [line for line in body if line[0] in NO_LINE_START]
    assert not starting, starting[:3]
    assert all(not line.endswith("“") for line in body)
    split = [(upper, lower) for upper, lower in itertools.pairwise(lines)
             if upper[-1] in "0123456789." and lower[0] in "0123456789.%"]
    assert not split, split[:3]  # 18.6% or 12 never cut in two
    assert "".join(lines).count("18.6%") == 18 * 3


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_a_body_paragraphs_full_lines_end_at_the_right_margin_and_its_last_does_not(tmp_path: Path) -> None:
    """两端对齐: ReportLab's justify stretched only spaces, which Chinese has none of, so the lines of a 通报
    ended ragged (485, 501, 517 pt against a 521 pt margin); each full line is now spread to the margin."""
    sources = ["截至" + "月" * shift + CLAUSE * (1 + shift % 6) for shift in range(0, 16)]
    out = tmp_path / "justified.pdf"
    gongwen_pdf(out, FRAME, [Heading("关于情况的通报", 0), Heading("一、总体情况", 1),
                             *(Text(source) for source in sources)], FONTS)
    left, right = gw.LEFT_MM * mm, A4[0] - gw.RIGHT_MM * mm
    indent = left + gw.INDENT_CHARS * gw.BODY_SIZE
    paragraphs: list[list[tuple[int, float, str]]] = []  # each line's page, right end and text
    for page in pages(out):
        for line in word_lines(page, below=page.height - gw.BOTTOM_MM * mm):
            start = line[0].x0
            if abs(start - indent) < 0.5:
                paragraphs.append([])
            elif abs(start - left) > 0.5 or not paragraphs:
                continue  # the 红头, the title, 主送
            paragraphs[-1].append((page.number, line[-1].x1, line_text(line)))
    assert paragraphs[0][0][2] == "一、总体情况"
    body = paragraphs[1:]
    assert ["".join(text for _page, _end, text in lines) for lines in body] == sources  # read back whole
    for lines in body:
        ends = [round(end, 1) for _page, end, _text in lines]
        assert all(abs(end - right) <= 0.5 for end in ends[:-1]), ends
        assert ends[-1] <= right + 0.5
        assert not [text for _page, _end, text in lines if text[0] in NO_LINE_START]
    split = [lines for lines in body if lines[0][0] != lines[-1][0]]
    assert split  # a paragraph goes on over the page, two lines at least on each side
    for lines in split:
        on_first = sum(1 for page, _end, _text in lines if page == lines[0][0])
        assert on_first >= 2 and len(lines) - on_first >= 2, lines


RARE = "㐀㐂㑇㔾"  # in Droid Sans Fallback, not in WenQuanYi Micro Hei nor in most 仿宋 files


@pytest.mark.skipif(not FONTS.embedded or FONTS.fallback is None or covers_all(FONTS.body, RARE)
                    or not covers_all(FONTS.fallback, RARE), reason="needs a face lacking what its fallback has")
def test_a_justified_line_draws_what_the_face_lacks_in_the_fallback(tmp_path: Path) -> None:
    out = tmp_path / "rare.pdf"
    source = f"{RARE}是生僻字，" * 8 + "结束。"
    gongwen_pdf(out, FRAME, [Heading("关于情况的通报", 0), Text(source)], FONTS)
    [page] = pages(out)
    body = [line for line in word_lines(page, below=page.height - gw.BOTTOM_MM * mm) if "生僻" in line_text(line)
            or "结束" in line_text(line)]
    assert "".join(line_text(line) for line in body) == source
    right = A4[0] - gw.RIGHT_MM * mm
    assert [abs(line[-1].x1 - right) <= 0.5 for line in body] == [True] * (len(body) - 1) + [False]
    plain = tmp_path / "plain.pdf"
    gongwen_pdf(plain, FRAME, [Heading("关于情况的通报", 0), Text(source.replace(RARE, "常用汉字"))], FONTS)

    def fonts_in(pdf: Path) -> int:
        return len(subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
                   .splitlines())
    assert fonts_in(out) == fonts_in(plain) + 1  # the rare characters drawn in the fallback, embedded


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_a_title_breaks_between_its_phrases_or_evenly(tmp_path: Path) -> None:
    marked = f"关于2026年11月重点工作任务{SOFT_BREAK}推进落实情况的通报"
    plain = "关于2026年第三季度干部监督工作专项督查发现问题整改落实情况的通报"
    lines = _printed(tmp_path, "titles", Heading(marked, 0), Text("正文。"), Heading(plain, 0))
    assert "关于2026年11月重点工作任务" in lines and "推进落实情况的通报" in lines
    assert SOFT_BREAK not in "".join(lines)
    first = lines.index(next(line for line in lines if line.startswith("关于2026年第三季度")))
    upper, lower = lines[first], lines[first + 1]
    assert upper + lower == plain
    assert abs(len(upper) - len(lower)) <= 4  # not a full line over "的通报"
    assert lower.startswith("专项督查")  # between its phrases: 专项督查 kept whole


def test_a_title_breaks_between_words_not_inside_one() -> None:
    def width_of(char: str) -> float:
        return 11.0 if char.isascii() else 22.0
    assert title_lines("关于基层党建重点任务落实情况大督查情况的通报", width_of, 442) == [
        "关于基层党建重点任务", "落实情况大督查情况的通报"]  # not "…任务落 / 实情况…"
    assert title_lines("关于2026年6月巡察反馈问题整改落实情况的通报", width_of, 442) == [
        "关于2026年6月巡察反馈", "问题整改落实情况的通报"]
    assert title_lines("关于年轻干部培养选拔情况专题调研情况的通报", width_of, 442) == [
        "关于年轻干部培养选拔情况", "专题调研情况的通报"]  # not "…选拔情 / 况专题…"


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_a_short_title_stays_on_one_line(tmp_path: Path) -> None:
    lines = _printed(tmp_path, "short", Heading(f"关于某项{SOFT_BREAK}工作的通报", 0), Text("正文。"))
    assert "关于某项工作的通报" in lines


def test_the_word_copy_breaks_its_title_where_the_pdf_does(tmp_path: Path) -> None:
    out = tmp_path / "通报.docx"
    long_one = "关于2026年第三季度干部监督工作专项督查发现问题整改落实情况的通报"
    gongwen_docx(out, FRAME, [Heading(f"关于2026年11月重点工作任务{SOFT_BREAK}推进落实情况的通报", 0),
                              Text("正文。"), Heading(long_one, 0)])
    titles = [p.text for p in Document(str(out)).paragraphs if p.style is not None and p.style.name == "标题"]
    assert titles[0] == "关于2026年11月重点工作任务\n推进落实情况的通报"  # a line break inside one paragraph
    upper, lower = titles[1].split("\n")
    assert upper + lower == long_one and abs(len(upper) - len(lower)) <= 4
    assert SOFT_BREAK not in "".join(p.text for p in Document(str(out)).paragraphs)


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_the_sheets_text_never_ends_a_line_on_an_opening_bracket(tmp_path: Path) -> None:
    # The 纪要's 议定事项 ends each item "（编号 3.2）": shifted a character at a time, the bracket meets every
    # line's end once; ReportLab kept only closing marks off a line's start.
    item = "由组织科牵头，干部科配合，6月底前完成。（编号 3.2）"
    blocks: list[Block] = [Text("（一）" + "落" * shift + item * 4) for shift in range(0, 24)]
    out = tmp_path / "纪要.pdf"
    width = A4[0] - 2 * MARGIN
    build_pdf(out, blocks_story(blocks, FONTS, width), FONTS, title="纪要", wide=False)
    lines = [line for page in pages(out) for line in _lines(page) if "牵头" in line or "编号" in line]
    assert len(lines) > 24
    assert not [line for line in lines if line[-1] in NO_LINE_END], lines[:3]
    assert not [line for line in lines if line[0] in NO_LINE_START]


def test_a_word_tables_short_rows_go_whole_to_the_next_page_and_a_tall_one_may_split(tmp_path: Path) -> None:
    """A row cut across the page in Word showed half a problem on one page and half on the next; a row of a
    few lines now moves whole, while a report of a page's length still splits rather than leave a gap."""
    out = tmp_path / "通报.docx"
    rows: list[tuple[str, ...]] = [("1", "组织科", "整改方案针对性不强"), ("2", "干部科", "研判结果运用不充分。" * 60)]
    gongwen_docx(out, FRAME, [Heading("关于情况的通报", 0), Grid(("序号", "责任科室", "存在问题"), rows, (1, 2, 7))])
    table = Document(str(out)).tables[0]
    whole = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows]
    assert whole == [True, True, False]  # the header (repeated), the short row, the tall row


@pytest.mark.skipif(not FONTS.embedded, reason="needs a Chinese TrueType font")
def test_the_attachment_notes_numbers_stand_one_under_another(tmp_path: Path) -> None:
    out = tmp_path / "附件.pdf"
    gongwen_pdf(out, FRAME, [Heading("关于情况的通报", 0), Text("附件：1. 推进情况表\n　　　2. 逾期任务清单")], FONTS)
    words = [word for page in pages(out) for word in page.words]
    first = next(word for word in words if word.text.endswith("1."))
    second = next(word for word in words if word.text == "2.")
    assert abs(first.x1 - second.x1) < 0.5 and second.x0 > first.x0 + 30  # under "1.", not under "附件："
