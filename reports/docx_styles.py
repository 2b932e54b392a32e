"""A Word document's 公文 styles and page, defined once: 正文 (三号仿宋, a fixed 28 pt line, two characters in),
标题, 一级标题 (黑体), 二级标题 (楷体), 表格, 版记 and the 红头's, so a person finishing the draft changes a style,
not a hundred paragraphs; A4 with the 公文 margins, upright or on its side; "— 1 —" page numbers, on the left
of even pages, or a sheet's 第 N 页 共 M 页."""

from __future__ import annotations

import re

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from reports import gongwen as gw

# The faces offices set a 公文 in, as Word and WPS name them on Windows and on UOS/Kylin (WPS's fonts).
FANGSONG, HEITI, KAITI, XIAOBIAOSONG, SONGTI = "仿宋", "黑体", "楷体", "方正小标宋简体", "宋体"
BODY, TITLE, HEADING1, HEADING2, TABLE, NOTE = "Normal", "标题", "一级标题", "二级标题", "表格", "表注"
SUBTITLE, ADDRESSEE, LABEL, BANJI, PAGE_NUMBER = "副标题", "主送", "附件标注", "版记", "页码"
RED_HEAD, KIND_MARK, ISSUE, ISSUE_LINE = "红头", "发文机关标志", "期号", "编发"
ANNEX_NOTE, SECTION_END = "附件说明", "分节"
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
           align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY, outline: int | None = None,
           before: float = 0.0, after: float = 0.0) -> None:
    """The style's lines: `exact` points apart (else single), set in by `indent_chars` characters, with `before`
    and `after` points of room round the paragraph (a blank line is a style's room, never an empty paragraph)."""
    layout = style.paragraph_format
    layout.space_before, layout.space_after, layout.alignment = Pt(before), Pt(after), align
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
    normal.paragraph_format.widow_control = True  # no line of a paragraph alone at a page's foot or head
    title = style(TITLE)
    _faces(title, XIAOBIAOSONG, gw.TITLE_SIZE)
    # the line GB/T 9704 leaves under a title (7.3.3), before 主送 or a 附件's table
    _lines(title, exact=gw.TITLE_SIZE * 1.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=gw.BODY_LEADING)
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
    _annex_note(style(ANNEX_NOTE))
    section_end = style(SECTION_END)  # the paragraph that carries a section break after a table: next to nothing
    _faces(section_end, FANGSONG, 1.0)
    _lines(section_end, exact=1.0, align=WD_ALIGN_PARAGRAPH.LEFT)
    for name, size in ((RED_HEAD, gw.ORGAN_SIZE), (KIND_MARK, gw.KIND_SIZE)):
        red = style(name)
        _faces(red, XIAOBIAOSONG, size, colour=gw.RED)
        _lines(red, align=WD_ALIGN_PARAGRAPH.CENTER)
    issue = style(ISSUE)
    _lines(issue, exact=gw.BODY_LEADING, align=WD_ALIGN_PARAGRAPH.CENTER)
    issue_line = style(ISSUE_LINE)  # over the red rule; then a line clear of it before the title
    _lines(issue_line, exact=gw.BODY_LEADING, align=WD_ALIGN_PARAGRAPH.LEFT, after=gw.BODY_LEADING)


def _annex_note(note: ParagraphStyle) -> None:
    """附件说明 (GB/T 9704 7.3.6): a line clear of the body, two characters in, "附件：" hanging so that each 附件's
    number stands under the first's, all its lines on one page."""
    _lines(note, exact=gw.BODY_LEADING, align=WD_ALIGN_PARAGRAPH.LEFT, before=gw.BODY_LEADING)
    layout = note.paragraph_format
    hanging = len("附件：")
    layout.left_indent = Pt((gw.INDENT_CHARS + hanging) * gw.BODY_SIZE)
    layout.first_line_indent = Pt(-hanging * gw.BODY_SIZE)
    layout.keep_together = True
    ind = note.element.get_or_add_pPr().get_or_add_ind()
    ind.attrib.pop(qn("w:firstLineChars"), None)
    ind.set(qn("w:leftChars"), str((gw.INDENT_CHARS + hanging) * 100))
    ind.set(qn("w:hangingChars"), str(hanging * 100))


def page_setup(section: Section, wide: bool) -> float:
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


def is_wide(section: Section) -> bool:
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
    width = page_setup(section, wide)
    if footer_left is None:
        _page_numbers(document, section)
    else:
        _sheet_footer(document, section, footer_left, width)
    properties = document.core_properties
    properties.title, properties.author, properties.last_modified_by = clean_text(title), "落实台账", "落实台账"
    properties.comments = ""
    return document, width
