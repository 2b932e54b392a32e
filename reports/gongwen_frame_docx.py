"""The 公文's frame in Word: the red 红头 over the body and the 版记 held at the foot of the last page."""

from __future__ import annotations

import io
from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph

from reports import gongwen as gw
from reports.blocks import Block
from reports.docx_styles import BANJI, ISSUE, ISSUE_LINE, KIND_MARK, RED_HEAD, clean_text, new_document
from reports.gongwen import GongwenFrame
from reports.gongwen_docx import add_blocks, drop_first_paragraph

HEAVY, LIGHT = 8, 4  # the 版记's rules in eighths of a point: the first and last heavier than the one between


def _right_tab(paragraph: Paragraph, width_mm: float, size: float) -> None:
    """A right tab a character in from the right edge: the date after it ends there."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm) - Pt(size), WD_TAB_ALIGNMENT.RIGHT)


def _line(parent: BaseOxmlElement, edge: str, size: int, colour: str = "000000") -> None:
    line = OxmlElement(f"w:{edge}")
    for key, value in (("val", "single" if size else "nil"), ("sz", str(size)), ("space", "0"), ("color", colour)):
        line.set(qn(f"w:{key}"), value)
    parent.append(line)


def _border(paragraph: Paragraph, edge: str, size: int, colour: str) -> None:
    borders = paragraph._p.get_or_add_pPr().find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        paragraph._p.get_or_add_pPr().append(borders)
    _line(borders, edge, size, colour)
    borders[-1].set(qn("w:space"), "1")


def add_red_head(document: DocumentType, frame: GongwenFrame, width_mm: float) -> None:
    """The organ and the kind in red, 第N期, and the 编发 line over a red rule."""
    document.add_paragraph(clean_text(frame.organ), style=RED_HEAD)
    # As large as the line allows: a longer kind (督查工作通报) is set smaller rather than broken in two — in its
    # style, where the person finishing the draft finds it.
    widest = Mm(width_mm).pt / max(len(frame.kind_spaced), 1) * 0.95
    mark = document.styles[KIND_MARK]
    assert isinstance(mark, ParagraphStyle)
    mark.font.size = Pt(min(gw.KIND_SIZE, round(widest)))
    document.add_paragraph(clean_text(frame.kind_spaced), style=KIND_MARK)
    document.add_paragraph(frame.issue_words, style=ISSUE)
    line = document.add_paragraph(f"　{clean_text(frame.issued_by)}\t{frame.dated}", style=ISSUE_LINE)
    _right_tab(line, width_mm, gw.BODY_SIZE)
    _border(line, "bottom", 18, gw.RED_HEX)


def _float_at_foot(table: Table, width_mm: float) -> None:
    """The table taken out of the text's flow and set on the foot of the text block of the page it falls on,
    across the whole width, with no rules but those its cells draw and no room at the cells' sides."""
    properties = table._tbl.tblPr
    place = OxmlElement("w:tblpPr")
    for key, value in (("leftFromText", "0"), ("rightFromText", "0"), ("topFromText", "0"),
                       ("bottomFromText", "0"), ("vertAnchor", "margin"), ("horzAnchor", "page"),
                       ("tblpX", str(round(Mm(gw.LEFT_MM).twips))), ("tblpYSpec", "bottom")):
        place.set(qn(f"w:{key}"), value)
    properties.insert(1 if properties.find(qn("w:tblStyle")) is not None else 0, place)
    overlap = OxmlElement("w:tblOverlap")
    overlap.set(qn("w:val"), "never")
    place.addnext(overlap)
    width = properties.find(qn("w:tblW"))
    if width is not None:
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(round(Mm(width_mm).twips)))
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        _line(margins, edge, 0)
        margins[-1].attrib.clear()
        margins[-1].set(qn("w:w"), "0")
        margins[-1].set(qn("w:type"), "dxa")
    look = properties.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        properties.append(margins)


def add_banji(document: DocumentType, frame: GongwenFrame, width_mm: float) -> Table:
    """The 版记 at the foot of the last page (GB/T 9704 7.4: its last rule on the text block's last line): a
    heavy rule, 抄送, a light rule, the 印发 organ and date, a heavy rule, then 内部资料 where it is one."""
    rows = [line for line in (clean_text(frame.copy_line),
                              "\t".join(clean_text(end) for end in frame.printed_line)) if line]
    lines = rows + ([gw.INTERNAL_WORDS] if frame.internal else [])
    table: Table = document.add_table(rows=len(lines), cols=1)
    table.autofit = False
    _float_at_foot(table, width_mm)
    for number, (row, words) in enumerate(zip(table.rows, lines, strict=True)):
        cell = row.cells[0]
        cell.width = Mm(width_mm)
        paragraph = cell.paragraphs[0]
        paragraph.style = document.styles[BANJI]
        paragraph.add_run(f"　{words}")
        paragraph.paragraph_format.keep_with_next = number < len(lines) - 1
        _right_tab(paragraph, width_mm, gw.NOTE_SIZE)
        row.height = Mm(gw.NOTE_SIZE * 2 * 25.4 / 72)  # two 四号 lines: the words between their rules
        borders = OxmlElement("w:tcBorders")
        ruled = number < len(rows)
        _line(borders, "top", (HEAVY if number == 0 else LIGHT) if ruled else 0)
        for side in ("left", "right"):
            _line(borders, side, 0)
        _line(borders, "bottom", HEAVY if number == len(rows) - 1 else 0)
        properties = cell._tc.get_or_add_tcPr()
        properties.append(borders)
        align = OxmlElement("w:vAlign")
        align.set(qn("w:val"), "center")
        properties.append(align)
    # Word ends a body with a paragraph, and a floating table needs one after it: the smallest there is.
    after = document.add_paragraph("", style=BANJI)
    layout = after.paragraph_format
    layout.line_spacing, layout.line_spacing_rule = Pt(1), WD_LINE_SPACING.EXACTLY
    return table


def gongwen_docx(out: Path, frame: GongwenFrame, blocks: list[Block]) -> int:
    """Write the 公文 as a Word document to `out`; returns the number of blocks written."""
    out.write_bytes(gongwen_docx_bytes(frame, blocks))
    return len(blocks)


def gongwen_docx_bytes(frame: GongwenFrame, blocks: list[Block]) -> bytes:
    document, width = new_document(f"{frame.kind}（{frame.year}年{frame.issue_words}）")
    drop_first_paragraph(document)
    add_red_head(document, frame, width)
    add_blocks(document, blocks, width, frame.addressee_line)
    add_banji(document, frame, width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
