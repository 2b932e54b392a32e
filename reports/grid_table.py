"""A ruled table for the printed sheets that splits between pages by line and never draws past its frame.

ReportLab's own Table misjudged rows of our cells (a row that did not fit was drawn over the footer, and
its rest began the next page as an empty row). This one knows every cell's lines: a row that does not
fit splits at a line boundary and goes on under the repeated header marked （续） (or, one marked `whole`,
goes on whole unless it is the first under the header); a group heading stays with its first row; a
closing block (the sign-off) stays with the last row; and a part that would hold nothing but the header is
never made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak

from reports.cell import TextCell, natural_width, text_cell
from reports.fonts import FontSetup

PADDING = 3.0
MIN_LINES_AT_PAGE_FOOT = 2  # a split row has at least this many lines on each side of the page break
HEADER_FILL = colors.HexColor("#d9d9d9")
HEADING_FILL = colors.HexColor("#eeeeee")


@dataclass(frozen=True)
class GridRow:
    """One row: a cell per column, or one cell across the table (`spans`). A row `kept_with_next` (a group
    heading) never ends a page; `continued` is the first column on the rest of a row split between pages."""

    cells: Sequence[TextCell]
    spans: bool = False
    kept_with_next: bool = False
    continued: TextCell | None = None
    fill: Any = None
    bold_rule: bool = False  # a heavier line above (the 合计 row)
    joins_above: bool = False  # its cell in the table's merged column belongs to the block above (no rule)
    block_label: TextCell | None = None  # that block's text, shown again where the block goes on a new page
    whole: bool = False  # moved to the next page rather than split, unless first under the header there
    uncut: frozenset[int] = frozenset()  # columns whose cell a split never cuts: it goes to one side whole

    @cached_property
    def height(self) -> float:  # asked for on every page the row might go on: worked out once
        return max((cell.leading * len(cell.lines) for cell in self.cells), default=0.0) + 2 * PADDING

    def split_at(self, height: float) -> tuple[GridRow, GridRow] | None:
        """This row cut so its first part is at most `height` tall; None when no whole line would fit
        (or a short row would be cut into a single line left alone).

        Each cell keeps two lines at least on each side of the break, or goes on whole to the next page: a
        cell of three lines is never cut 2+1 ("（2026" at the foot of a page, "年11月29日）" on the next). A cell
        of an `uncut` column goes whole to the side it fits on (a 来源 is never "市委巡" on one page and "察反馈"
        on the next)."""
        if self.spans:
            return None
        counts = self._counts(height - 2 * PADDING)
        if counts is None:
            return None
        taken = [_taken(len(cell.lines), count) if column not in self.uncut else
                 len(cell.lines) if len(cell.lines) <= count else 0
                 for column, (count, cell) in enumerate(zip(counts, self.cells, strict=True))]
        left = max(len(cell.lines) - count for count, cell in zip(taken, self.cells, strict=True))
        if left <= 0:
            return None  # it fits whole: no split needed
        if max(taken) < MIN_LINES_AT_PAGE_FOOT:
            return None  # too little of it would stay: the row moves whole
        top = [_lines(cell, 0, count) for cell, count in zip(self.cells, taken, strict=True)]
        rest = [_lines(cell, count, None) for cell, count in zip(self.cells, taken, strict=True)]
        if self.continued is not None:
            rest[0] = self.continued
        return replace(self, cells=top), replace(self, cells=rest, joins_above=True)

    def _counts(self, room: float) -> list[int] | None:
        """How many lines of each cell fit in `room`; None when that leaves fewer than two lines of the row
        (or of a shorter row, all of it) at the foot of the page."""
        counts = [int(room // cell.leading) if cell.leading else 0 for cell in self.cells]
        tallest = max(len(cell.lines) for cell in self.cells)
        if min(counts) < 1 or min(counts) < min(MIN_LINES_AT_PAGE_FOOT, tallest):
            return None
        return counts


def _taken(lines: int, fits: int) -> int:
    """How many of a cell's `lines` stay above the break when `fits` would: all where all fit, else as many as
    leave two at least for the next page, and none where fewer than two would stay."""
    if lines <= fits:
        return lines
    kept = min(fits, lines - MIN_LINES_AT_PAGE_FOOT)
    return kept if kept >= MIN_LINES_AT_PAGE_FOOT else 0


def continued_cell(label: str, fonts: FontSetup, width: float, size: float, align: str = "left") -> TextCell:
    """The first column of a row's rest on the next page: its label on one line, and （续） on the next (both
    smaller if they must be), never "3.12." / "10" / "（续）" nor "5" / "（" / "续）" down a narrow column."""
    fitted = size
    while fitted > 6.5 and max(natural_width(part, fonts, fitted) for part in (label, "（续）")) > width - 0.5:
        fitted -= 0.5
    return text_cell(f"{label}\n（续）" if label else "（续）", fonts, width, fitted, align=align)


def _lines(cell: TextCell, start: int, end: int | None) -> TextCell:
    return TextCell(cell.lines[start:end] or [[]], cell.size, cell.leading, cell.align)


class GridTable(Flowable):
    """Rows under a header repeated on every page; `closing` (the sign-off) is drawn after the last row."""

    def __init__(self, widths: Sequence[float], header: Sequence[TextCell], rows: Sequence[GridRow],
                 closing: Flowable | None = None, closing_gap: float = 0.0, merged: int | None = None,
                 rows_height: float | None = None) -> None:
        super().__init__()
        self.widths, self.header, self.rows = list(widths), list(header), list(rows)
        # The rows' height, handed on by the table this one was split from: summing every remaining row again
        # on each page made a 20,000-task sheet quadratic.
        self._rows_height = rows_height if rows_height is not None else sum(row.height for row in self.rows)
        self.merged = merged  # a column whose cells run down a block of rows (the key task), if any
        self.closing, self.closing_gap = closing, closing_gap
        self.width = sum(self.widths)
        self.height = 0.0
        self._closing_height = 0.0

    def _header_height(self) -> float:
        return GridRow(self.header).height if self.header else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._closing_height = 0.0
        if self.closing is not None:
            self._closing_height = self.closing.wrap(self.width, available_height)[1] + self.closing_gap
        self.height = self._header_height() + self._rows_height + self._closing_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._header_height()
        rows, taken = self.rows, 0
        while taken < len(rows) and rows[taken].height <= room:  # an index, not pop(0): that shifted every row
            room -= rows[taken].height
            taken += 1
        # What goes on is `front` (rows made or moved here) then rows[tail:] as they were: its height is then
        # known without summing the whole rest again.
        head, front, tail = list(rows[:taken]), [], taken
        held_back = False  # rows moved on although the page has room: the rest must start a new page
        if taken < len(rows):
            # A row kept whole goes on to the next page, unless nothing but group headings is above it here.
            moves = rows[taken].whole and any(not row.kept_with_next for row in head)
            held_back = moves  # and the rest starts the next page: not split into what is left of this one
            cut = None if moves else rows[taken].split_at(room)
            if cut is not None:
                head.append(cut[0])
                front, tail = [cut[1]], taken + 1
        elif self.closing is not None and head:
            closing = self.closing.wrap(self.width, available_height)[1] + self.closing_gap
            if closing > room:  # the sign-off does not fit below: take the last row along with it
                last = head.pop()
                front, held_back = [last], True
                if not head:  # that row fills the page: its last lines go on with the sign-off instead
                    cut = last.split_at(last.height - 2 * max(cell.leading for cell in last.cells))
                    if cut is None:  # too short to share: the sign-off goes on alone
                        return [GridTable(self.widths, self.header, [last], merged=self.merged), self.closing]
                    head, front = [cut[0]], [cut[1]]
        while head and head[-1].kept_with_next:  # a group heading never ends a page
            front.insert(0, head.pop())
            held_back = True
        if not head:
            return []  # nothing but the header would fit here: the whole table starts on the next page
        if not front and tail < len(rows):
            front, tail = [rows[tail]], tail + 1
        if front and self.merged is not None and front[0].joins_above and front[0].block_label is not None:
            # A block going on under a new header says again what it is (the key task, marked （续）).
            cells = list(front[0].cells)
            cells[self.merged] = front[0].block_label
            front[0] = replace(front[0], cells=cells, joins_above=False)
        rest_height = self._rows_height - sum(row.height for row in rows[:tail]) + sum(row.height for row in front)
        first = GridTable(self.widths, self.header, head, merged=self.merged)
        later = GridTable(self.widths, self.header, [*front, *rows[tail:]], self.closing, self.closing_gap,
                          self.merged, rows_height=rest_height)
        return [first, PageBreak(), later] if held_back else [first, later]

    def draw(self) -> None:
        canvas: Any = self.canv
        top = self.height
        if self.header:
            top = self._draw_row(canvas, GridRow(self.header, fill=HEADER_FILL), top, middle=True)
        for row in self.rows:
            top = self._draw_row(canvas, row, top)
        if self.rows or self.header:
            canvas.setLineWidth(0.5)
            canvas.line(0, top, self.width, top)
        if self.closing is not None:
            self.closing.drawOn(canvas, 0, top - self._closing_height)

    def _draw_row(self, canvas: Any, row: GridRow, top: float, *, middle: bool = False) -> float:
        height = row.height
        bottom = top - height
        canvas.saveState()
        if row.fill is not None:
            canvas.setFillColor(row.fill)
            canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
        canvas.setLineWidth(1.2 if row.bold_rule else 0.5)
        if row.joins_above and self.merged is not None:  # no rule across the merged column: the block goes on
            edges = _edges(self.widths)
            canvas.line(0, top, edges[self.merged], top)
            canvas.line(edges[self.merged + 1], top, self.width, top)
        else:
            canvas.line(0, top, self.width, top)
        canvas.setLineWidth(0.5)
        edges = [0.0, self.width] if row.spans else _edges(self.widths)
        for x in edges:
            canvas.line(x, top, x, bottom)
        cells = row.cells
        widths = [self.width] if row.spans else self.widths
        x = 0.0
        for cell, width in zip(cells, widths, strict=False):
            cell.width = width - 2 * PADDING
            drawn = cell.leading * len(cell.lines)
            offset = (height - 2 * PADDING - drawn) / 2 if middle else 0.0
            cell.drawOn(canvas, x + PADDING, top - PADDING - offset - drawn)
            x += width
        canvas.restoreState()
        return bottom


def _edges(widths: Sequence[float]) -> list[float]:
    edges, x = [0.0], 0.0
    for width in widths:
        x += width
        edges.append(x)
    return edges
