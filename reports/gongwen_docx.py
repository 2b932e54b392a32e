"""Word documents (.docx) through python-docx, every one from the same 公文 styles: 正文 (三号仿宋, a fixed 28 pt
line, two characters in), 标题, 一级标题 (黑体), 二级标题 (楷体), 表格 and 版记 — so a person finishing the draft
changes a style, not a hundred paragraphs — with "— 1 —" page numbers, on the left of even pages."""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from reports import gongwen as gw
from reports.blocks import Attachment, Block, Closing, Grid, Heading, Text, closing_indents
from reports.line_breaks import SOFT_BREAK, title_lines

# The faces offices set a 公文 in, as Word and WPS name them on Windows and on UOS/Kylin (WPS's fonts).
FANGSONG, HEITI, KAITI, XIAOBIAOSONG, SONGTI = "仿宋", "黑体", "楷体", "方正小标宋简体", "宋体"
BODY, TITLE, HEADING1, HEADING2, TABLE, NOTE = "Normal", "标题", "一级标题", "二级标题", "表格", "表注"
SUBTITLE, ADDRESSEE, LABEL, BANJI, PAGE_NUMBER = "副标题", "主送", "附件标注", "版记", "页码"
RED_HEAD, ISSUE_LINE = "红头", "编发"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
A4_MM = (210.0, 297.0)


def clean_text(text: str) -> str:
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))


def _faces(style: ParagraphStyle, face: str, size: float, *, bold: bool = False,
           colour: tuple[int, int, int] | None = None) -> None:
    """The style's face for Chinese and for Latin text alike (python-docx sets only the Latin one)."""
    font = style.font
    font.name, font.size, font.bold = face, Pt(size), bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), face)
    fonts.set(qn("w:hAnsi"), face)
    if colour is not None:
        font.color.rgb = RGBColor(*colour)


def _lines(style: ParagraphStyle, *, exact: float | None = None, indent_chars: int = 0,
           align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY, outline: int | None = None) -> None:
    layout = style.paragraph_format
    layout.space_before, layout.space_after, layout.alignment = Pt(0), Pt(0), align
    if exact is None:
        layout.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        layout.line_spacing, layout.line_spacing_rule = Pt(exact), WD_LINE_SPACING.EXACTLY
    size = style.font.size.pt if style.font.size is not None else gw.BODY_SIZE
    layout.first_line_indent = Pt(indent_chars * size)
    ind = style.element.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(indent_chars * 100))  # in characters: right at any size the style takes
    if outline is not None:  # shown in Word's navigation pane and its table of contents
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(level)


def define_styles(document: DocumentType) -> None:
    """The 公文 styles, once. Normal is the 正文 (Word and WPS in Chinese call it that)."""
    styles = document.styles
    for unused in ("Title", "Subtitle"):  # their Chinese names would stand beside ours: 标题, 副标题
        if unused in [s.name for s in styles]:
            styles[unused].delete()

    def style(name: str, base: str = BODY) -> ParagraphStyle:
        made = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(made, ParagraphStyle)
        made.base_style, made.quick_style = styles[base], True
        made.next_paragraph_style = styles[BODY]
        return made

    normal = styles[BODY]
    assert isinstance(normal, ParagraphStyle)
    _faces(normal, FANGSONG, gw.BODY_SIZE)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:ascii"), "Times New Roman")
    _lines(normal, exact=gw.BODY_LEADING, indent_chars=gw.INDENT_CHARS)
    title = style(TITLE)
    _faces(title, XIAOBIAOSONG, gw.TITLE_SIZE)
    _lines(title, exact=gw.TITLE_SIZE * 1.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.keep_with_next = True
    for name, face, level in ((HEADING1, HEITI, 0), (HEADING2, KAITI, 1)):
        heading = style(name)
        _faces(heading, face, gw.BODY_SIZE)
        _lines(heading, exact=gw.BODY_LEADING, indent_chars=gw.INDENT_CHARS, outline=level)
        heading.paragraph_format.keep_with_next = True
    subtitle = style(SUBTITLE)
    _faces(subtitle, KAITI, gw.BODY_SIZE)
    _lines(subtitle, exact=gw.BODY_LEADING, align=WD_ALIGN_PARAGRAPH.CENTER)
    for name, size, exact, align in ((ADDRESSEE, gw.BODY_SIZE, gw.BODY_LEADING, WD_ALIGN_PARAGRAPH.LEFT),
                                     (TABLE, gw.TABLE_SIZE, None, WD_ALIGN_PARAGRAPH.LEFT),
                                     (NOTE, gw.NOTE_SIZE, None, WD_ALIGN_PARAGRAPH.LEFT),
                                     (BANJI, gw.NOTE_SIZE, None, WD_ALIGN_PARAGRAPH.LEFT),
                                     (PAGE_NUMBER, gw.NOTE_SIZE, None, WD_ALIGN_PARAGRAPH.RIGHT)):
        plain = style(name)
        _faces(plain, SONGTI if name == PAGE_NUMBER else FANGSONG, size)
        _lines(plain, exact=exact, align=align)
    label = style(LABEL)
    _faces(label, HEITI, gw.BODY_SIZE)
    _lines(label, exact=gw.BODY_LEADING, align=WD_ALIGN_PARAGRAPH.LEFT)
    label.paragraph_format.keep_with_next = True
    red = style(RED_HEAD)
    _faces(red, XIAOBIAOSONG, gw.ORGAN_SIZE, colour=gw.RED)
    _lines(red, align=WD_ALIGN_PARAGRAPH.CENTER)
    issue_line = style(ISSUE_LINE)
    _lines(issue_line, exact=gw.BODY_LEADING, align=WD_ALIGN_PARAGRAPH.LEFT)


def _page_setup(section: Section, wide: bool) -> float:
    """A4 with the 公文 margins; on its side the page keeps the side margins and the foot, with a 28 mm top.
    Returns the text width in mm."""
    short, long = A4_MM
    if wide:
        section.orientation, section.page_width, section.page_height = WD_ORIENT.LANDSCAPE, Mm(long), Mm(short)
    else:
        section.orientation, section.page_width, section.page_height = WD_ORIENT.PORTRAIT, Mm(short), Mm(long)
    section.top_margin, section.bottom_margin = Mm(gw.LEFT_MM if wide else gw.TOP_MM), Mm(gw.BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(gw.LEFT_MM), Mm(gw.RIGHT_MM)
    # The number's top edge 7 mm under the text: the footer's foot about a 四号 line lower still.
    section.footer_distance = Mm(gw.BOTTOM_MM - gw.PAGE_NUMBER_GAP_MM - 7)
    return (long if wide else short) - gw.LEFT_MM - gw.RIGHT_MM


def _is_wide(section: Section) -> bool:
    return section.orientation == WD_ORIENT.LANDSCAPE


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field Word works out when it lays the page out (PAGE: the page's number)."""
    for kind, text in (("begin", ""), ("instr", instruction), ("separate", ""), ("text", shown), ("end", "")):
        run = paragraph.add_run()
        if kind == "instr":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {text} "
            run._r.append(code)
        elif kind == "text":
            run.text = text
        else:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)


def _page_numbers(document: DocumentType, section: Section) -> None:
    """— PAGE — in 四号: odd pages on the right, even pages on the left, each a character in from the edge."""
    document.settings.odd_and_even_pages_header_footer = True
    for footer, on_right in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.style = document.styles[PAGE_NUMBER]
        layout = paragraph.paragraph_format
        layout.alignment = WD_ALIGN_PARAGRAPH.RIGHT if on_right else WD_ALIGN_PARAGRAPH.LEFT
        layout.right_indent, layout.left_indent = (Pt(gw.NOTE_SIZE), Pt(0)) if on_right else (Pt(0), Pt(gw.NOTE_SIZE))
        paragraph.add_run("— ")
        _field(paragraph, "PAGE", "1")
        paragraph.add_run(" —")


SHEET_FOOTER, SHEET_FOOTER_SIZE = "页脚", 9.0  # as the PDF sheets' foot: 9 pt


def _sheet_footer(document: DocumentType, section: Section, org: str, width_mm: float) -> None:
    """The foot a sheet's PDF prints on every page — the org at the left, 第 N 页 共 M 页 in the middle — with
    PAGE and NUMPAGES fields, for the papers that are not 公文 (the year account, the 会议纪要)."""
    footer_style = document.styles.add_style(SHEET_FOOTER, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(footer_style, ParagraphStyle)
    footer_style.base_style = document.styles[BODY]
    _faces(footer_style, SONGTI, SHEET_FOOTER_SIZE)
    _lines(footer_style, align=WD_ALIGN_PARAGRAPH.LEFT)
    document.settings.odd_and_even_pages_header_footer = False
    section.even_page_footer.is_linked_to_previous = True  # one foot for every page
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.style = footer_style
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm / 2), WD_TAB_ALIGNMENT.CENTER)
    paragraph.add_run(f"{clean_text(org)}\t第 ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" 页 共 ")
    _field(paragraph, "NUMPAGES", "1")
    paragraph.add_run(" 页")


def new_document(title: str, *, wide: bool = False, footer_left: str | None = None) -> tuple[DocumentType, float]:
    """An empty document with the 公文 styles and page numbers — "— N —", or where `footer_left` is given (a
    sheet, not a 公文) that org and 第 N 页 共 M 页 as its PDF has them; returns it and its text width in mm."""
    document = Document()
    define_styles(document)
    section = document.sections[0]
    width = _page_setup(section, wide)
    if footer_left is None:
        _page_numbers(document, section)
    else:
        _sheet_footer(document, section, footer_left, width)
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = clean_text(title), "落实台账", "落实台账"
    properties.comments = ""
    return document, width


def _cell_text(paragraph: Paragraph, text: str, style: ParagraphStyle, *, bold: bool, centred: bool) -> None:
    paragraph.style = style
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
    paragraph.add_run(clean_text(text)).bold = bold or None


def _repeat_as_header(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        properties.append(OxmlElement(tag))
    _keep_row_with_next(table.rows[0])  # never a header alone at a page's foot


def _keep_row_with_next(row: _Row) -> None:
    """The row stays on a page with the row (or paragraph) after it, as Word keeps rows: every paragraph in it
    kept with the next, and the row itself not split."""
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn("w:cantSplit")) is None:
        properties.append(OxmlElement("w:cantSplit"))


def add_grid(document: DocumentType, grid: Grid, width_mm: float) -> Table:
    """A ruled table at the text's width, its columns in the grid's shares, its header on every page."""
    widths = [Mm(width_mm * share / sum(grid.shares)) for share in grid.shares]
    table: Table = document.add_table(rows=1, cols=len(grid.headers))
    text_style = document.styles[TABLE]
    assert isinstance(text_style, ParagraphStyle)
    table.style, table.alignment, table.autofit = document.styles["Table Grid"], WD_TABLE_ALIGNMENT.CENTER, False
    for cell, header, width in zip(table.rows[0].cells, grid.headers, widths, strict=True):
        cell.width = width
        _cell_text(cell.paragraphs[0], header, text_style, bold=True, centred=True)
    _repeat_as_header(table)
    for values in grid.rows:
        row = table.add_row()  # type: ignore[no-untyped-call]
        for index, (cell, value, width) in enumerate(zip(row.cells, values, widths, strict=True)):
            cell.width = width
            _cell_text(cell.paragraphs[0], value, text_style, bold=False, centred=index in grid.centred)
        if _lines_of(values, grid.shares, width_mm) <= WHOLE_ROW_LINES:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if not grid.rows:
        merged = table.add_row().cells  # type: ignore[no-untyped-call]
        whole = merged[0].merge(merged[-1]) if len(merged) > 1 else merged[0]
        _cell_text(whole.paragraphs[0], grid.empty, text_style, bold=False, centred=True)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    return table


# A row of up to this many lines goes whole to the next page rather than split (Word cannot keep two lines on
# each side of the break as the PDF does); a taller one splits, or a page would be left half empty.
WHOLE_ROW_LINES = 8


def _lines_of(values: tuple[str, ...], shares: tuple[int, ...], width_mm: float) -> int:
    """About how many lines the row's tallest cell takes: its characters over what a line of it holds."""
    em_mm = gw.TABLE_SIZE * 25.4 / 72
    tallest = 0
    for value, share in zip(values, shares, strict=True):
        holds = max(int((width_mm * share / sum(shares) - 2.5) / em_mm), 1)  # less the cell's margins
        tallest = max(tallest, sum(-(-max(len(line), 1) // holds) for line in str(value).split("\n")))
    return tallest


def add_paragraphs(document: DocumentType, text: str, style: str) -> None:
    """One paragraph per line of `text`, so each line the user began is a paragraph, indented as one."""
    for line in clean_text(text).replace(SOFT_BREAK, "").split("\n"):
        if line.strip():
            document.add_paragraph(line, style=style)


def add_title(document: DocumentType, text: str, width_mm: float) -> None:
    """A title broken where the PDF breaks it (between its phrases, or evenly), with line breaks inside one
    paragraph: Word would fill the first line and leave "的通报" alone on the second."""
    size = gw.TITLE_SIZE

    def width_of(char: str) -> float:  # 小标宋's figures and letters are half as wide as its characters
        return size / 2 if char.isascii() else float(size)
    for line in clean_text(text).split("\n"):
        if not line.strip():
            continue
        paragraph = document.add_paragraph(style=TITLE)
        for number, part in enumerate(title_lines(line, width_of, width_mm * 72 / 25.4)):
            if number:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(part)


def add_blocks(document: DocumentType, blocks: list[Block], width_mm: float, addressee: str = "") -> None:
    """The blocks in the 公文 styles; `addressee` (主送, "各科室：") goes under the first title. A heading, and a
    note right before a table, stay on the page of the table's first row."""
    waiting = addressee
    for before, block in zip([None, *blocks], blocks, strict=False):
        if isinstance(block, Grid) and isinstance(before, Text) and document.paragraphs:
            document.paragraphs[-1].paragraph_format.keep_with_next = True
        if isinstance(block, Heading) and block.level == 0:
            add_title(document, block.text, width_mm)
            document.add_paragraph("", style=ADDRESSEE)  # the line GB/T 9704 leaves under a title
            continue
        if waiting:
            add_paragraphs(document, waiting, ADDRESSEE)
            waiting = ""
        if isinstance(block, Heading):
            add_paragraphs(document, block.text, HEADING1 if block.level == 1 else HEADING2)
        elif isinstance(block, Text):
            add_paragraphs(document, block.text, SUBTITLE if block.centred else NOTE if block.small else BODY)
        elif isinstance(block, Attachment):  # its own page: a section of its own when turned on its side
            if block.wide or _is_wide(document.sections[-1]):
                width_mm = _page_setup(document.add_section(WD_SECTION.NEW_PAGE), block.wide)
            else:
                document.add_paragraph("", style=LABEL).add_run().add_break(WD_BREAK.PAGE)
            add_paragraphs(document, block.label, LABEL)
            add_title(document, block.title, width_mm)
            document.add_paragraph("", style=ADDRESSEE)
        else:
            add_grid(document, block, width_mm)
            document.add_paragraph("", style=NOTE)  # Word needs a paragraph after a table; it keeps tables apart


def add_closing(document: DocumentType, closing: Closing, width_mm: float) -> None:
    """The signers along a line, then the 落款 at the right: all on one page, with the body's last lines (a
    table's last row) on it too, so it never stands alone at the top of a page."""
    body = document.element.body
    ending = [child for child in body if child.tag != qn("w:sectPr")][-2:]
    if len(ending) == 2 and ending[0].tag == qn("w:tbl"):  # the table and the paragraph Word needs after it
        # The last two rows (not the header, which repeats) kept whole and with what follows: the closing comes
        # with them. Not every row: LibreOffice then reads the whole table as kept with the next and moves it
        # all to the next page, leaving this one half empty.
        rows = document.tables[-1].rows
        for row in rows[max(len(rows) - 2, 1):]:
            _keep_row_with_next(row)
    last = document.paragraphs[-1] if document.paragraphs else None
    if last is not None:
        last.paragraph_format.keep_with_next = True
    made = [] if last is not None and not last.text else [document.add_paragraph("", style=ADDRESSEE)]
    if closing.signers:
        line = document.add_paragraph("", style=ADDRESSEE)
        step = Mm(width_mm) / len(closing.signers)
        for number, words in enumerate(closing.signers):
            if number:
                line.paragraph_format.tab_stops.add_tab_stop(int(step * number))
            line.add_run(("\t" if number else "") + clean_text(words))
        made += [line, document.add_paragraph("", style=ADDRESSEE)]
    for words, indent in zip((closing.org, closing.dated), closing_indents(closing.org, closing.dated, spaced=True),
                             strict=True):
        if words:
            placed = document.add_paragraph(clean_text(words), style=ADDRESSEE)
            placed.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            placed.paragraph_format.right_indent = Pt(indent * gw.BODY_SIZE)
            made.append(placed)
    for paragraph in made[:-1]:
        paragraph.paragraph_format.keep_with_next = True


def write_docx(out: Path, blocks: list[Block], title: str, *, wide: bool = False,
               closing: Closing | None = None, footer_left: str | None = None) -> int:
    """Write `blocks` to `out` as a Word document (A4, landscape when `wide`), `closing` at its end, its pages
    numbered as `new_document` numbers them; returns the number of blocks."""
    out.write_bytes(docx_bytes(blocks, title, wide=wide, closing=closing, footer_left=footer_left))
    return len(blocks)


def docx_bytes(blocks: list[Block], title: str, *, wide: bool = False, closing: Closing | None = None,
               footer_left: str | None = None) -> bytes:
    """The Word document of `blocks`, as the bytes of its file."""
    document, width = new_document(title, wide=wide, footer_left=footer_left)
    drop_first_paragraph(document)
    add_blocks(document, blocks, width)
    if closing is not None:
        add_closing(document, closing, width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def drop_first_paragraph(document: DocumentType) -> None:
    body = document.element.body
    for paragraph in body.findall(qn("w:p")):
        body.remove(paragraph)  # python-docx's template starts with none, but a template that did would show
