"""Blocks as a ReportLab story on the page rules of the other sheets: titles, 一、 headings, text, ruled tables,
each table's heading kept with its first rows and the closing (signers and 落款) with the last."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from reports.blocks import Attachment, Block, Closing, Grid, Heading, Text, closing_indents
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable, continued_cell
from reports.page import BODY_SIZE, TITLE_SIZE
from reports.sign_off import Stack
from reports.text import markup, para, style, table_style

HEADING_SIZES = {0: TITLE_SIZE, 1: 14.0, 2: 12.0}
TEXT_SIZE = 11.5


def grid_table(grid: Grid, fonts: FontSetup, width: float, closing: Flowable | None = None) -> GridTable:
    widths = [width * share / sum(grid.shares) for share in grid.shares]
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(grid.headers, widths, strict=True)]
    rows = []
    for values in grid.rows:
        cells = [text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, align="centre" if i in grid.centred else "left")
                 for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        rows.append(GridRow(cells, continued=continued_cell(values[0], fonts, widths[0] - 2 * PADDING, BODY_SIZE)))
    if not rows:
        rows.append(GridRow([text_cell(grid.empty, fonts, width - 2 * PADDING, BODY_SIZE, align="centre")],
                            spans=True))
    return GridTable(widths, header, rows, closing=closing)


class HeadedTable(Flowable):
    """A table under the lines that name it (a （一） heading, a note): those never end a page without the
    table's first row under them — where the row does not fit, they go on to the next page with it."""

    def __init__(self, lead: list[Flowable], table: Flowable) -> None:
        super().__init__()
        self.lead, self.table = Stack(lead), table
        self._lead_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._lead_height = self.lead.wrap(available_width, available_height)[1]
        table_height = self.table.wrap(available_width, available_height - self._lead_height)[1]
        self.width, self.height = available_width, self._lead_height + table_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lead_height = self.lead.wrap(available_width, available_height)[1]
        parts = self.table.split(available_width, available_height - lead_height)
        if not parts:
            return []  # not a row of the table fits under them: all of it starts the next page
        return [HeadedTable(self.lead.parts, parts[0]), *parts[1:]]

    def draw(self) -> None:
        self.lead.drawOn(self.canv, 0, self.height - self._lead_height)
        self.table.drawOn(self.canv, 0, 0)


def closing_flowable(closing: Closing, fonts: FontSetup, width: float) -> Flowable:
    """The signers spread along a line, then the org and the date at the right (the 落款), as one block."""
    parts: list[Flowable] = [Spacer(1, 6 * mm)]
    if closing.signers:
        line = Table([[para(words, fonts, 10.5) for words in closing.signers]],
                     colWidths=[width / len(closing.signers)] * len(closing.signers))
        line.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0)))
        parts += [line, Spacer(1, 6 * mm)]
    right = style(fonts, TEXT_SIZE, align="right")
    for words, indent in zip((closing.org, closing.dated), closing_indents(closing.org, closing.dated), strict=True):
        if words:
            placed = ParagraphStyle(f"落款{indent}", parent=right, rightIndent=indent * TEXT_SIZE)
            parts.append(Paragraph(markup(words, fonts), placed))
    return Stack(parts)


def _leads(blocks: list[Block]) -> set[int]:
    """The blocks that name the table after them: the headings right before it, and a note right before it."""
    found: set[int] = set()
    for at, block in enumerate(blocks):
        if not isinstance(block, Grid):
            continue
        before = at - 1
        note = blocks[before] if before >= 0 else None
        if isinstance(note, Text) and note.small:
            found.add(before)
            before -= 1
        while before >= 0 and _is_heading(blocks[before]):
            found.add(before)
            before -= 1
    return found


def _is_heading(block: Block) -> bool:
    return isinstance(block, Heading) and block.level > 0


def blocks_story(blocks: list[Block], fonts: FontSetup, width: float,
                 closing: Closing | None = None) -> list[Flowable]:
    """The story of `blocks`; `closing` after the last, drawn with the last table's last row where it ends one."""
    story: list[Flowable] = []
    lead: list[Flowable] = []
    leads = _leads(blocks)
    ending = closing_flowable(closing, fonts, width) if closing is not None else None
    for at, block in enumerate(blocks):
        made: list[Flowable]
        if isinstance(block, Heading):
            made = [para(block.text, fonts, HEADING_SIZES.get(block.level, 12.0), bold=True,
                         align="centre" if block.level == 0 else "left", width=width), Spacer(1, 2 * mm)]
            if block.level and at not in leads:
                story.append(CondPageBreak(30 * mm))  # a heading never ends a page alone
        elif isinstance(block, Text):
            made = [para(block.text, fonts, BODY_SIZE if block.small else TEXT_SIZE,
                         align="centre" if block.centred else "left", width=width), Spacer(1, 2 * mm)]
        elif isinstance(block, Attachment):
            made = [PageBreak(), para(block.label, fonts, 14.0, bold=True, width=width), Spacer(1, 4 * mm),
                    para(block.title, fonts, HEADING_SIZES[0], bold=True, align="centre", width=width),
                    Spacer(1, 4 * mm)]
        else:
            last = at == len(blocks) - 1
            table: Flowable = grid_table(block, fonts, width, ending if last else None)
            ending = None if last else ending
            story += [HeadedTable(lead, table) if lead else table, Spacer(1, 4 * mm)]
            lead = []
            continue
        if at in leads:
            lead += made
        else:
            story += made
    return story + ([ending] if ending is not None else [])
