"""The 公文 form as a PDF: 红头 with 第N期 and the 编发 line, 主送, a 三号 body at a fixed 28 pt line, 一、 in 黑体
and （一） in 楷体, tables and 附件, the 版记 at the foot of the last page, and "— 1 —" page numbers."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from reports import gongwen as gw
from reports.blocks import Attachment, Block, Heading, Text
from reports.blocks_pdf import grid_table
from reports.fonts import Faces, FontSetup, gongwen_faces
from reports.gongwen import GongwenFrame
from reports.text import broken_lines, broken_markup, clean, font_runs, markup

RED = Color(*(part / 255 for part in gw.RED))
def _style(name: str, face: str, size: float, leading: float, *, align: Literal[0, 1, 2, 4] = TA_JUSTIFY,
           indent: float = 0.0, colour: Color | None = None, keep: bool = False) -> ParagraphStyle:
    made = ParagraphStyle(name, fontName=face, fontSize=size, leading=leading, alignment=align,
                          firstLineIndent=indent, wordWrap="CJK", splitLongWords=True, keepWithNext=int(keep))
    if colour is not None:
        made.textColor = colour
    return made


class Styles:
    def __init__(self, faces: Faces) -> None:
        size, leading, indent = gw.BODY_SIZE, gw.BODY_LEADING, gw.INDENT_CHARS * gw.BODY_SIZE
        title_size = gw.TITLE_SIZE + faces.title_extra
        self.body = _style("正文", faces.body, size, leading, indent=indent)
        self.addressee = _style("主送", faces.body, size, leading, align=TA_LEFT)
        self.heading1 = _style("一级标题", faces.hei, size, leading, indent=indent)
        self.heading2 = _style("二级标题", faces.kai, size, leading, indent=indent)
        self.title = _style("标题", faces.title, title_size, title_size * 1.5, align=TA_CENTER, keep=True)
        self.subtitle = _style("副标题", faces.kai, size, leading, align=TA_CENTER, keep=True)
        self.note = _style("表注", faces.body, gw.NOTE_SIZE, gw.NOTE_SIZE * 1.5, align=TA_LEFT)
        self.label = _style("附件", faces.hei, size, leading, align=TA_LEFT, keep=True)
        self.organ = _style("发文机关", faces.title, gw.ORGAN_SIZE + faces.title_extra,
                            (gw.ORGAN_SIZE + faces.title_extra) * 1.4, align=TA_CENTER, colour=RED)
        self.issue = _style("期号", faces.body, size, leading, align=TA_CENTER)
        self.faces = faces


def _paragraphs(text: str, style: ParagraphStyle, fonts: FontSetup, width: float,
                stroke: float = 0.0) -> list[Flowable]:
    """One paragraph per line of `text`, so every line the user began is indented as a paragraph. Full-width
    spaces a line begins with indent it by as many characters (ReportLab drops them): the 附件 note's "2." under
    its "1." as in Word. A centred line (a title) is a Paragraph; the rest are set here line by line."""
    made: list[Flowable] = []
    for line in clean(text).split("\n"):
        if not line.strip():
            continue
        spaces = len(line) - len(line.lstrip("\u3000"))
        chosen = style
        if spaces:
            chosen = ParagraphStyle(f"{style.name}+{spaces}", parent=style,
                                    firstLineIndent=style.firstLineIndent + spaces * style.fontSize)
        if chosen.alignment == TA_CENTER:
            made.append(Paragraph(broken_markup(line[spaces:], fonts, chosen, width), chosen))
        else:
            made.append(SetLines(broken_lines(line[spaces:], fonts, chosen, width), fonts, chosen, stroke=stroke))
    return made


def _gaps(line: str) -> list[bool]:
    """Which of the places between `line`'s characters take a share of the room a justified line is spread by:
    every one but those inside a run of Latin letters and figures ("18.6%", "2026"), which stays whole; all of
    them in a line of nothing else."""
    latin = [char.isascii() and not char.isspace() for char in line]
    gaps = [not (left and right) for left, right in itertools.pairwise(latin)]
    return gaps if any(gaps) else [True] * len(gaps)


class SetLines(Flowable):
    """A paragraph's lines as broken here (the 禁则), drawn one by one: a justified style's full lines spread to
    the right margin by the room between their characters (两端对齐 — Chinese has no spaces for ReportLab's
    justify to stretch), the paragraph's last line as it is; characters the face lacks in the fallback font.
    It splits between lines across pages, two lines at least on each side."""

    def __init__(self, lines: list[str], fonts: FontSetup, style: ParagraphStyle, *, opens: bool = True,
                 ends: bool = True, stroke: float = 0.0) -> None:
        super().__init__()
        self.lines, self.fonts, self.style = lines, fonts, style
        self.stroke = stroke  # each character outlined this wide too (fill, then stroke): a bold where none exists
        self.opens = opens  # holds the paragraph's first line, set in by the first-line indent
        self.ends = ends  # holds its last line, which is not spread
        self.keepWithNext = bool(style.keepWithNext)
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.lines) * self.style.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fit = int((available_height + 1e-6) // self.style.leading)
        at = min(fit, len(self.lines) - 2)
        if at < 2:  # widows and orphans: no line alone at a page's foot or head
            return []
        return [SetLines(self.lines[:at], self.fonts, self.style, opens=self.opens, ends=False, stroke=self.stroke),
                SetLines(self.lines[at:], self.fonts, self.style, opens=False, ends=self.ends, stroke=self.stroke)]

    def _width(self, text: str, font: str) -> float:
        return float(pdfmetrics.stringWidth(text, font, self.style.fontSize))

    def draw(self) -> None:
        canvas: Any = self.canv
        style, size = self.style, self.style.fontSize
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        if self.stroke:
            canvas.setStrokeColor(style.textColor)
            canvas.setLineWidth(self.stroke)
        baseline = self.height - size  # where ReportLab's Paragraph sets its first line
        for number, line in enumerate(self.lines):
            indent = style.firstLineIndent if number == 0 and self.opens else 0.0
            runs = font_runs(line, self.fonts, style.fontName)
            spread = style.alignment == TA_JUSTIFY and not (self.ends and number == len(self.lines) - 1)
            room = self.width - indent - sum(self._width(text, font) for text, font in runs)
            gaps = _gaps(line)
            share = room / max(sum(gaps), 1) if spread and len(line) > 1 else 0.0
            text = canvas.beginText(indent, baseline - number * style.leading)
            if self.stroke:
                text.setTextRenderMode(2)
            at = 0
            for words, font in runs:
                text.setFont(font, size)
                start = 0
                for offset in range(len(words)):  # a piece per change in the room after a character
                    after = share if at + offset < len(gaps) and gaps[at + offset] else 0.0
                    following = (share if at + offset + 1 < len(gaps) and gaps[at + offset + 1] else 0.0)
                    if offset + 1 == len(words) or following != after:
                        text.setCharSpace(after)
                        text.textOut(words[start:offset + 1])
                        start = offset + 1
                at += len(words)
            text.setCharSpace(0)
            canvas.drawText(text)
        canvas.restoreState()


class KindLine(Flowable):
    """The document's kind in red, as large as the width allows (督 查 通 报 at 42 pt fits 156 mm)."""

    def __init__(self, words: str, face: str, size: float) -> None:
        super().__init__()
        self.words, self.face, self.size = words, face, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.size = min(self.size, available_width / max(pdfmetrics.stringWidth(self.words, self.face, 1), 1))
        return available_width, self.size * 1.3

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.setFillColor(RED)
        canvas.setFont(self.face, self.size)
        canvas.drawCentredString(self.width / 2, self.size * 0.3, self.words)


class IssueLine(Flowable):
    """The 编发 line — who edits it on the left, the date on the right, each a character in — over a red rule."""

    def __init__(self, left: str, right: str, face: str) -> None:
        super().__init__()
        self.left, self.right, self.face = left, right, face

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, gw.BODY_LEADING + 2 * mm

    def draw(self) -> None:
        canvas: Any = self.canv
        size = gw.BODY_SIZE
        canvas.setFont(self.face, size)
        canvas.drawString(size, 2 * mm + 0.3 * size, self.left)
        canvas.drawRightString(self.width - size, 2 * mm + 0.3 * size, self.right)
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(1.5)
        canvas.line(0, 0, self.width, 0)


class Banji(Flowable):
    """The 版记 — rule, 抄送, rule, 印发 organ and date, rule — set at the foot of the page it lands on."""

    def __init__(self, frame: GongwenFrame, styles: Styles, fonts: FontSetup) -> None:
        super().__init__()
        self.frame, self.fonts = frame, fonts
        self.face = styles.faces.body
        self.copy = Paragraph(markup(frame.copy_line, fonts, self.face),
                              _style("抄送", self.face, gw.NOTE_SIZE, gw.NOTE_SIZE * 1.5, align=TA_LEFT))
        self.copy_height = 0.0
        self.height = 0.0

    def _own_height(self, width: float) -> float:
        self.copy_height = self.copy.wrap(width - 2 * gw.NOTE_SIZE, 10_000)[1] if self.frame.copy_line else 0.0
        line = gw.NOTE_SIZE * 2
        return self.copy_height + (0.6 * gw.NOTE_SIZE if self.copy_height else 0) + line + (
            line if self.frame.internal else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        own = self._own_height(available_width)
        self.height = available_height if own <= available_height else own  # pushed to the foot of its page
        return available_width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        size, width = gw.NOTE_SIZE, self.width
        y = gw.NOTE_SIZE * 2 if self.frame.internal else 0.0
        if self.frame.internal:
            canvas.setFont(self.face, size)
            canvas.drawString(size, 0.6 * size, gw.INTERNAL_WORDS)
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(1.0)
        canvas.line(0, y, width, y)  # the last rule, as heavy as the first
        organ, day = self.frame.printed_line
        canvas.setFont(self.face, size)
        canvas.drawString(size, y + 0.65 * size, organ)
        canvas.drawRightString(width - size, y + 0.65 * size, day)
        y += size * 2
        if self.copy_height:
            canvas.setLineWidth(0.7)
            canvas.line(0, y, width, y)
            self.copy.drawOn(canvas, size, y + 0.3 * size)
            y += self.copy_height + 0.6 * size
        canvas.setLineWidth(1.0)
        canvas.line(0, y, width, y)


def red_head(frame: GongwenFrame, styles: Styles, fonts: FontSetup) -> list[Flowable]:
    faces = styles.faces
    return [Paragraph(markup(frame.organ, fonts, faces.title), styles.organ),
            KindLine(frame.kind_spaced, faces.title, gw.KIND_SIZE + faces.title_extra),
            Paragraph(frame.issue_words, styles.issue),
            IssueLine(frame.issued_by, frame.dated, faces.body), Spacer(1, gw.BODY_LEADING)]


PORTRAIT, WIDE = "gongwen", "wide"


def text_width(wide: bool) -> float:
    """The text block's width: 156 mm, or 243 mm on a page turned on its side (the same side margins)."""
    return (landscape(A4) if wide else A4)[0] - (gw.LEFT_MM + gw.RIGHT_MM) * mm


def _text_style(block: Text, styles: Styles) -> ParagraphStyle:
    return styles.subtitle if block.centred else styles.note if block.small else styles.body


def _line_count(flowable: Flowable, width: float) -> int:
    if isinstance(flowable, SetLines):
        return len(flowable.lines)
    style = getattr(flowable, "style", None)
    return round(flowable.wrap(width, 1e6)[1] / style.leading) if style is not None else 1


def kept_lines(blocks: list[Block], at: int, styles: Styles, fonts: FontSetup, width: float) -> int:
    """The lines a heading at `at` takes with it onto its page: itself, the headings straight after it, and the
    first paragraph under them whole when it has fewer than four lines (a longer one splits leaving two on each
    side), else that paragraph's first two; a table's heading row and first row count as three."""
    lines = 0
    for block in blocks[at:]:
        if isinstance(block, Heading) and block.level > 0:
            chosen = styles.heading1 if block.level == 1 else styles.heading2
            lines += sum(_line_count(part, width) for part in _paragraphs(block.text, chosen, fonts, width))
            continue
        if isinstance(block, Text):
            first = _paragraphs(block.text, _text_style(block, styles), fonts, width)[:1]
            count = sum(_line_count(part, width) for part in first)
            lines += count if count < 4 else 2
        elif not isinstance(block, Attachment):
            lines += 3
        break
    return lines


def _last_lines_of(story: list[Flowable]) -> list[Flowable]:
    """The body's last paragraph taken off `story` to go with what follows (the 附件说明 never stands alone at the
    top of a page): whole when it has fewer than four lines, else its last two, the rest left where it was."""
    last = story[-1] if story else None
    if not isinstance(last, SetLines):
        return []
    story.pop()
    if len(last.lines) < 4:
        return [last]
    story.append(SetLines(last.lines[:-2], last.fonts, last.style, opens=last.opens, ends=False))
    return [SetLines(last.lines[-2:], last.fonts, last.style, opens=False, ends=last.ends)]


def gongwen_story(frame: GongwenFrame, blocks: list[Block], fonts: FontSetup) -> list[Flowable]:
    styles = Styles(gongwen_faces(fonts))
    story = red_head(frame, styles, fonts)
    titled, width = False, text_width(False)
    for at, block in enumerate(blocks):
        if isinstance(block, Heading) and block.level == 0:
            story += [*_paragraphs(block.text, styles.title, fonts, width), Spacer(1, gw.BODY_LEADING / 2)]
            titled = True
            continue
        if titled and frame.addressee_line:  # 主送 under the title, before the first word of the body
            story.append(Paragraph(markup(frame.addressee_line, fonts), styles.addressee))
            titled = False
        if isinstance(block, Heading):  # never at a page's foot without the lines it heads
            chosen = styles.heading1 if block.level == 1 else styles.heading2
            needed = kept_lines(blocks, at, styles, fonts, width) * gw.BODY_LEADING
            stroke = styles.faces.heading_stroke if block.level == 1 else 0.0
            story += [CondPageBreak(needed), *_paragraphs(block.text, chosen, fonts, width, stroke)]
        elif isinstance(block, Text) and block.annexes:  # 附件说明: a line clear of the body, and all on one page
            listed = _paragraphs(block.text, styles.body, fonts, width)
            story += [KeepTogether([*_last_lines_of(story), Spacer(1, gw.BODY_LEADING), *listed])]
        elif isinstance(block, Text):
            story += _paragraphs(block.text, _text_style(block, styles), fonts, width)
        elif isinstance(block, Attachment):  # its own page, turned on its side for a wide table
            width = text_width(block.wide)
            story += [NextPageTemplate(WIDE if block.wide else PORTRAIT), PageBreak(),
                      *_paragraphs(block.label, styles.label, fonts, width), Spacer(1, gw.BODY_LEADING / 2),
                      *_paragraphs(block.title, styles.title, fonts, width), Spacer(1, gw.BODY_LEADING / 2)]
        else:
            story += [Spacer(1, 4), grid_table(block, fonts, width), Spacer(1, gw.BODY_LEADING / 2)]
    return [*story, Spacer(1, gw.BODY_LEADING), Banji(frame, styles, fonts)]


def _page_number(canvas: Canvas, face: str) -> None:
    number = canvas.getPageNumber()
    words, size = gw.page_number_words(number), gw.NOTE_SIZE
    baseline = (gw.BOTTOM_MM - gw.PAGE_NUMBER_GAP_MM) * mm - size * 0.85
    canvas.saveState()
    canvas.setFont(face, size)
    if gw.page_number_on_right(number):
        page_width = float(getattr(canvas, "_pagesize")[0])  # noqa: B009 — ReportLab keeps it private
        canvas.drawRightString(page_width - gw.RIGHT_MM * mm - size, baseline, words)
    else:
        canvas.drawString(gw.LEFT_MM * mm + size, baseline, words)
    canvas.restoreState()


def gongwen_pdf(out: Path, frame: GongwenFrame, blocks: list[Block], fonts: FontSetup) -> int:
    """Write the 公文 (A4 portrait) to `out`; returns the number of pages."""
    document = BaseDocTemplate(str(out), pagesize=A4, leftMargin=gw.LEFT_MM * mm, rightMargin=gw.RIGHT_MM * mm,
                               topMargin=gw.TOP_MM * mm, bottomMargin=gw.BOTTOM_MM * mm,
                               title=f"{frame.kind}（{frame.year}年{frame.issue_words}）", author="落实台账",
                               creator="落实台账 (Luoshi)", initialFontName=fonts.body)
    templates = []
    for name, size in ((PORTRAIT, A4), (WIDE, landscape(A4))):
        # On its side the page keeps the side margins and the foot (so the number stands where it does upright).
        top = gw.TOP_MM if size == A4 else gw.LEFT_MM
        body = Frame(gw.LEFT_MM * mm, gw.BOTTOM_MM * mm, text_width(size != A4), size[1] - (top + gw.BOTTOM_MM) * mm,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
        templates.append(PageTemplate(id=name, frames=[body], pagesize=size,
                                      onPage=lambda canvas, _document: _page_number(canvas, fonts.body)))
    document.addPageTemplates(templates)
    document.build(gongwen_story(frame, blocks, fonts))
    return int(document.page)
