"""Blocks as a ReportLab story on the page rules of the other sheets: titles, 一、 headings, text, ruled tables."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from reports.blocks import Attachment, Block, Grid, Heading, Text
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable, continued_cell
from reports.page import BODY_SIZE, TITLE_SIZE
from reports.text import para

HEADING_SIZES = {0: TITLE_SIZE, 1: 14.0, 2: 12.0}


def grid_table(grid: Grid, fonts: FontSetup, width: float) -> GridTable:
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
    return GridTable(widths, header, rows)


def blocks_story(blocks: list[Block], fonts: FontSetup, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            if block.level:
                story.append(CondPageBreak(30 * mm))  # a heading never ends a page alone
            story += [para(block.text, fonts, HEADING_SIZES.get(block.level, 12.0), bold=True,
                           align="centre" if block.level == 0 else "left"), Spacer(1, 2 * mm)]
        elif isinstance(block, Text):
            story += [para(block.text, fonts, BODY_SIZE if block.small else 11.5,
                           align="centre" if block.centred else "left"), Spacer(1, 2 * mm)]
        elif isinstance(block, Attachment):
            story += [PageBreak(), para(block.label, fonts, 14.0, bold=True), Spacer(1, 4 * mm),
                      para(block.title, fonts, HEADING_SIZES[0], bold=True, align="centre"), Spacer(1, 4 * mm)]
        else:
            story += [grid_table(block, fonts, width), Spacer(1, 4 * mm)]
    return story
