"""The 公文 form as a reader sees it: the 红头 on top with 第N期 and the 编发 line, 主送 at the margin, the body two
characters in at a 28 pt line, "— N —" on the outer side of each page, the 版记 at the foot of the last page;
and the Word copy read back with python-docx: its named styles, faces, red 红头 and PAGE fields."""

from __future__ import annotations

import itertools
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from PIL import Image

from reports.blocks import Attachment, Block, Grid, Heading, Text
from reports.fonts import setup_fonts
from reports.gongwen import GongwenFrame
from reports.gongwen_frame_docx import gongwen_docx
from reports.gongwen_pdf import gongwen_pdf
from tests.reports.pdf_boxes import Page, Word, pages
from tests.reports.word_pdf import needs_soffice, word_pdf

MM = 72 / 25.4
FRAME = GongwenFrame("中共示例市委组织部", "督查通报", 3, 2026, "督查室", date(2026, 12, 6), "各科室",
                     ("部领导", "各县（市、区）委组织部"), "中共示例市委组织部办公室", date(2026, 12, 7), internal=True)
OPENING = "按照年初工作安排，部督查组于11月对各科室重点任务落实情况开展了专项督查。现将有关情况通报如下。"


def _blocks() -> list[Block]:
    return [Heading("关于11月重点任务落实情况的通报", 0), Text(OPENING), Heading("一、总体情况", 1), Text(OPENING * 6),
            Heading("（一）进展较好的", 2), Text(OPENING * 8), Heading("二、存在的问题", 1), Text(OPENING * 8),
            Grid(("序号", "问题", "责任科室"), [("1", "档案未按期整理", "组织科")], (8, 60, 20), frozenset({0, 2})),
            Attachment("附件1", "重点任务推进情况表"), Grid(("编号", "任务"), [("1.1", "建立党员档案")], (10, 80))]


def _style(paragraph: Paragraph) -> str:
    return paragraph.style.name if paragraph.style is not None and paragraph.style.name else ""


def _first(page: Page, text: str) -> Word:
    return next(w for w in page.words if w.text.startswith(text))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gongwen") / "通报.pdf"
    assert gongwen_pdf(out, FRAME, _blocks(), setup_fonts()) == len(pages(out)) >= 3
    return out


@pytest.fixture(scope="module")
def printed(pdf: Path) -> list[Page]:
    return pages(pdf)


def _colours(picture: Image.Image, word: Word) -> tuple[int, int]:
    """In the word's box on a page drawn at 72 dpi (a pixel a point): how many pixels are red, how many black."""
    box = picture.crop((int(word.x0), int(word.y0), int(word.x1) + 1, int(word.y1) + 1)).tobytes()
    pixels = [tuple(box[i:i + 3]) for i in range(0, len(box), 3)]
    red = sum(1 for r, g, b in pixels if r > 180 and g < 110 and b < 110)
    return red, sum(1 for pixel in pixels if max(pixel) < 100)


def test_the_red_head_is_red_and_the_body_black(pdf: Path, printed: list[Page], tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                   check=True, timeout=60)
    [drawn] = list(tmp_path.glob("p*.png"))
    picture = Image.open(drawn).convert("RGB")
    first = printed[0]
    for words in ("中共示例市委组织部", "督", "报"):
        red, dark = _colours(picture, _first(first, words))
        assert red > 20 and dark < red / 10, words
    red, dark = _colours(picture, _first(first, "按照年初工作安排"))
    assert red == 0 and dark > 20
    editor, title = _first(first, "督查室"), _first(first, "关于11月重点任务落实情况的通报")
    rule = [picture.getpixel((int(first.width / 2), y)) for y in range(int(editor.y1), int(title.y0))]
    assert any(r > 180 and g < 90 and b < 90 for r, g, b in rule)  # the red rule under the 编发 line


def test_the_red_head_carries_the_organ_the_kind_the_issue_and_the_issuing_line(printed: list[Page]) -> None:
    first = printed[0]
    left, right = 28 * MM, first.width - 26 * MM
    organ, kind, issue = _first(first, "中共示例市委组织部"), _first(first, "督"), _first(first, "第3期")
    assert organ.y1 < kind.y0 and kind.y1 < issue.y0 + 2  # organ over the kind over 第3期, at the top
    assert kind.y1 - kind.y0 > 30  # the kind at about 42 pt: the biggest words on the page
    for word in (organ, issue):
        assert abs((word.x0 + word.x1) / 2 - (left + right) / 2) < 3  # centred on the text block
    editor, day = _first(first, "督查室"), _first(first, "2026年12月6日")
    assert abs(editor.y0 - day.y0) < 1 and editor.y0 > issue.y1  # one line, under 第3期
    assert abs(editor.x0 - (left + 16)) < 2 and abs(day.x1 - (right - 16)) < 2  # each a character in
    title = _first(first, "关于11月重点任务落实情况的通报")
    assert title.y0 > day.y1 + 20  # the red rule and a line's space between


def test_the_addressee_stands_at_the_margin_and_the_body_begins_two_characters_in(printed: list[Page]) -> None:
    first = printed[0]
    left = 28 * MM
    addressee, body = _first(first, "各科室："), _first(first, "按照年初工作安排")
    assert abs(addressee.x0 - left) < 1.5
    assert abs(body.x0 - (left + 32)) < 1.5  # two 三号 characters
    heading = _first(first, "一、总体情况")
    assert abs(heading.x0 - (left + 32)) < 1.5
    lines = sorted({round(w.y0, 1) for w in first.words if heading.y0 <= w.y0 < first.height - 35 * MM})
    assert {round(b - a) for a, b in itertools.pairwise(lines)} == {28}  # a fixed 28 pt line


def test_page_numbers_are_dashed_and_on_the_outer_side(printed: list[Page]) -> None:
    for page in printed:
        numbers = [w for w in page.words if w.text == str(page.number) and w.y0 > page.height - 35 * MM]
        assert len(numbers) == 1, page.number
        dashes = [w for w in page.words if w.text == "—" and abs(w.y0 - numbers[0].y0) < 2]
        assert len(dashes) == 2 and dashes[0].x1 < numbers[0].x0 < dashes[1].x0
        if page.number % 2:
            assert abs(max(d.x1 for d in dashes) - (page.width - 26 * MM - 14)) < 2
        else:
            assert abs(min(d.x0 for d in dashes) - (28 * MM + 14)) < 2
        assert numbers[0].y0 > page.height - 35 * MM + 7 * MM - 1  # 7 mm under the text block


def test_the_banji_sits_at_the_foot_of_the_last_page_after_the_attachment(printed: list[Page]) -> None:
    last = printed[-1]
    assert _first(last, "附件1").y0 < _first(last, "重点任务推进情况表").y0
    copied, internal = _first(last, "抄送："), _first(last, "内部资料")
    printed_by = _first(last, "中共示例市委组织部办公室")
    assert "".join(w.text for w in last.words if abs(w.y0 - copied.y0) < 1) == "抄送：部领导，各县（市、区）委组织部。"
    assert copied.y0 < printed_by.y0 < internal.y0
    assert _first(last, "2026年12月7日印发").x1 > last.width - 26 * MM - 16
    assert internal.y1 > last.height - 35 * MM - 30  # down at the foot of the text block
    assert not any("抄送" in w.text for page in printed[:-1] for w in page.words)


def test_the_word_copy_uses_named_gongwen_styles(tmp_path: Path) -> None:
    out = tmp_path / "通报.docx"
    gongwen_docx(out, FRAME, _blocks())
    document = Document(str(out))
    by_text = {p.text: p for p in document.paragraphs}
    red = [p for p in document.paragraphs if _style(p) in ("红头", "发文机关标志")]
    assert [(p.text, _style(p)) for p in red] == [("中共示例市委组织部", "红头"), ("督 查 通 报", "发文机关标志")]
    assert all(str(document.styles[_style(p)].font.color.rgb) == "E60012" for p in red)
    assert document.styles["发文机关标志"].font.size == Pt(42)  # in the style, not on the words
    assert _style(by_text["第3期"]) == "期号"
    assert document.styles["期号"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "　督查室\t2026年12月6日" in by_text
    assert _style(by_text["关于11月重点任务落实情况的通报"]) == "标题"
    assert _style(by_text["各科室："]) == "主送"
    styles = {p.text: _style(p) for p in document.paragraphs}
    assert styles["一、总体情况"] == "一级标题" and styles["（一）进展较好的"] == "二级标题"
    assert styles[OPENING] == "Normal"  # Word and WPS in Chinese call it 正文
    faces = {name: document.styles[name].element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
        for name in ("Normal", "一级标题", "二级标题")}
    assert faces == {"Normal": "仿宋", "一级标题": "黑体", "二级标题": "楷体"}
    body = document.styles["Normal"]
    assert body.font.size == Pt(16) and body.paragraph_format.line_spacing == Pt(28)
    assert body.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert body.paragraph_format.first_line_indent == Pt(32)
    assert document.styles["标题"].paragraph_format.first_line_indent == Pt(0)
    banji = document.tables[-1]  # a table set at the foot of the last page
    assert [row.cells[0].text for row in banji.rows] == [
        "　抄送：部领导，各县（市、区）委组织部。", "　中共示例市委组织部办公室\t2026年12月7日印发",
        "　内部资料　注意保存"]
    assert all(_style(row.cells[0].paragraphs[0]) == "版记" for row in banji.rows)
    assert [t.rows[0].cells[0].text for t in document.tables[:-1]] == ["序号", "编号"]
    assert document.tables[0].rows[1].cells[1].text == "档案未按期整理"


def test_the_word_copy_numbers_odd_pages_right_and_even_pages_left(tmp_path: Path) -> None:
    out = tmp_path / "通报.docx"
    gongwen_docx(out, FRAME, _blocks())
    document = Document(str(out))
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, side in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                         (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == side
        assert paragraph.text == "— 1 —"  # the field's last result; Word puts the page's own number in
        assert "PAGE" in "".join(paragraph._p.itertext())
    assert section.page_width is not None and section.top_margin is not None
    assert round(section.page_width.mm) == 210 and round(section.top_margin.mm) == 37


WIDE_BLOCKS: list[Block] = [
    Heading("关于11月重点任务落实情况的通报", 0), Text(OPENING),
    Attachment("附件1", "重点工作任务推进情况表", wide=True),
    Grid(("编号", "任务", "牵头科室", "完成时限", "状态", "进度", "最近进展"),
         [("1.4.1", "建立党员档案", "干部监督科", "11月28日前", "推进中", "100%", "已建档")],
         (8, 30, 12, 12, 8, 7, 40)),
    Attachment("附件2", "逾期任务清单"), Grid(("编号", "任务"), [("2.1", "修订规程")], (10, 80))]


def test_a_wide_attachment_is_a_page_on_its_side_and_the_next_upright(tmp_path: Path) -> None:
    out = tmp_path / "通报.pdf"
    gongwen_pdf(out, FRAME, WIDE_BLOCKS, setup_fonts())
    first, wide, upright = pages(out)
    assert first.width < first.height and wide.width > wide.height and upright.width < upright.height
    assert _first(wide, "附件1").x0 == pytest.approx(28 * MM, abs=1.5)
    for whole in ("1.4.1", "干部监督科", "11月28日前", "推进中", "100%"):  # each on one line in 243 mm
        assert _first(wide, whole).text.startswith(whole)
    foot = [w for w in wide.words if w.y0 > wide.height - 35 * MM]
    assert "".join(w.text for w in foot) == "—2—" and min(w.x0 for w in foot) == pytest.approx(28 * MM + 14, abs=2)
    foot = [w for w in upright.words if w.y0 > upright.height - 35 * MM]  # upright again, an odd page: right
    assert "".join(w.text for w in foot) == "—3—"
    assert max(w.x1 for w in foot) == pytest.approx(upright.width - 26 * MM - 14, abs=2)
    assert _first(upright, "抄送：").y0 > _first(upright, "修订规程").y1


def test_a_wide_attachment_is_a_landscape_section_in_word(tmp_path: Path) -> None:
    out = tmp_path / "通报.docx"
    gongwen_docx(out, FRAME, WIDE_BLOCKS)
    document = Document(str(out))
    sizes = [(round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections
             if s.page_width is not None and s.page_height is not None]
    assert sizes == [(210, 297), (297, 210), (210, 297)]
    assert all(s.footer.is_linked_to_previous for s in document.sections[1:])  # numbered on: — 2 —, — 3 —
    wide_table = document.tables[0]
    assert round(sum(c.width.mm for c in wide_table.rows[0].cells if c.width is not None)) == 297 - 28 - 26


@needs_soffice
def test_the_word_copy_sets_the_banji_at_the_foot_of_the_last_page(tmp_path: Path) -> None:
    """As LibreOffice prints the .docx: the 版记's last rule on the text block's last line, under the body's end."""
    out = tmp_path / "通报.docx"
    gongwen_docx(out, FRAME, [Heading("关于11月重点任务落实情况的通报", 0), Text(OPENING * 3)])
    printed = word_pdf(out)
    [page] = pages(printed)
    foot = page.height - 35 * MM
    copied, internal = _first(page, "抄送："), _first(page, "内部资料")
    printed_by = _first(page, "中共示例市委组织部办公室")
    assert copied.y0 < printed_by.y0 < internal.y0 and internal.y1 > foot - 14  # on the text block's last line
    assert copied.y0 > max(w.y1 for w in page.words if w.y1 < copied.y0) + 5 * 28  # far below the body's end
    assert _first(page, "日印发").x1 > page.width - 26 * MM - 16  # the date a character in from the right
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(printed), str(tmp_path / "page")], check=True, timeout=60)
    picture = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    grey, across = picture.tobytes(), picture.width  # a byte a pixel, row after row
    ruled = [y for y in range(picture.height)
             if sum(1 for x in range(int(30 * MM), int(150 * MM)) if grey[y * across + x] < 128) > 100 * MM]
    assert ruled and printed_by.y1 < max(ruled) < internal.y0  # the last rule under 印发, 内部资料 below it


def _ink(picture: Image.Image, word: Word) -> float:
    """How dark the word's box is on average (0 white … 255 black), per pixel: a bold word is darker."""
    box = picture.crop((int(word.x0), int(word.y0), int(word.x1) + 1, int(word.y1) + 1)).convert("L")
    values = list(box.getdata())
    return sum(255 - value for value in values) / len(values)


def test_a_first_level_heading_is_darker_than_the_body_set_in_the_same_kind_of_face(pdf: Path, printed: list[Page],
                                                                                    tmp_path: Path) -> None:
    """On Linux the body is 微米黑 and 一、 is in 正黑, hardly heavier: a reader could not find the structure.
    Where the body is not 仿宋 the heading is outlined too, and prints visibly darker than a body line."""
    fonts = setup_fonts()
    if "fang" in Path(fonts.body_file).name.lower():
        pytest.skip("a 仿宋 body: 黑体 headings stand out by their face")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
                   check=True, timeout=60)
    [drawn] = list(tmp_path.glob("p*.png"))
    picture = Image.open(drawn).convert("RGB")
    scale = 150 / 72
    first = printed[0]

    def scaled(word: Word) -> Word:
        return Word(word.x0 * scale, word.y0 * scale, word.x1 * scale, word.y1 * scale, word.text)

    heading, body = _first(first, "一、总体情况"), _first(first, "按照年初工作安排")
    assert _ink(picture, scaled(heading)) > 1.25 * _ink(picture, scaled(body))
