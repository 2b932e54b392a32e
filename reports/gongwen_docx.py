"""Word documents (.docx) through python-docx, every one in the same 公文 styles (reports/docx_styles.py): the
blocks as paragraphs of those styles, ruled tables with their header on every page, titles broken where the
PDF breaks them, and a sheet's closing kept with its last rows."""

from __future__ import annotations

import io
from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from reports import gongwen as gw
from reports.blocks import Attachment, Block, Closing, Grid, Heading, Text, closing_indents
from reports.docx_styles import (
    ADDRESSEE,
    ANNEX_NOTE,
    BODY,
    HEADING1,
    HEADING2,
    LABEL,
    NOTE,
    SECTION_END,
    SUBTITLE,
    TABLE,
    TITLE,
    clean_text,
    is_wide,
    new_document,
    page_setup,
)
from reports.line_breaks import SOFT_BREAK, title_lines


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


def add_annex_note(document: DocumentType, text: str) -> None:
    """附件说明 as one paragraph, a line for each 附件 (the full-width spaces that align them on paper left to the
    style's hanging indent), so it is never split between pages."""
    lines = [line.lstrip("\u3000") for line in clean_text(text).split("\n") if line.strip()]
    paragraph = document.add_paragraph(style=ANNEX_NOTE)
    for number, line in enumerate(lines):
        if number:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        paragraph.add_run(line)


def _drop_paragraph_after_table(document: DocumentType) -> None:
    """The empty paragraph Word needs after a table, taken away where something else follows the table at once:
    left before a section break it would be a second empty paragraph, and spill onto a blank page."""
    body = document.element.body
    ending = [child for child in body if child.tag != qn("w:sectPr")][-2:]
    if len(ending) == 2 and ending[0].tag == qn("w:tbl") and ending[1].tag == qn("w:p") \
            and not "".join(ending[1].itertext()).strip():
        body.remove(ending[1])


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
            continue
        if waiting:
            add_paragraphs(document, waiting, ADDRESSEE)
            waiting = ""
        if isinstance(block, Heading):
            add_paragraphs(document, block.text, HEADING1 if block.level == 1 else HEADING2)
        elif isinstance(block, Text) and block.annexes:
            if document.paragraphs:  # the body's last lines come with it: it never stands alone atop a page
                document.paragraphs[-1].paragraph_format.keep_with_next = True
            add_annex_note(document, block.text)
        elif isinstance(block, Text):
            add_paragraphs(document, block.text, SUBTITLE if block.centred else NOTE if block.small else BODY)
        elif isinstance(block, Attachment):  # its own page: a section of its own when turned on its side
            _drop_paragraph_after_table(document)  # the break, or the label, is the paragraph after the table
            if block.wide or is_wide(document.sections[-1]):
                width_mm = page_setup(document.add_section(WD_SECTION.NEW_PAGE), block.wide)
                document.paragraphs[-1].style = document.styles[SECTION_END]  # the one holding the break
                add_paragraphs(document, block.label, LABEL)
            else:
                add_paragraphs(document, block.label, LABEL)
                document.paragraphs[-1].paragraph_format.page_break_before = True
            add_title(document, block.title, width_mm)
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
