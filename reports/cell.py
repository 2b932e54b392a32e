"""A table cell of plain user text, already broken into lines: drawn literally, split between pages by line."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from reports.fonts import FontSetup, covers
from reports.line_breaks import break_lines
from reports.text import clean, printable

Segment = tuple[str, str]  # (font name, text)


class TextCell(Flowable):
    """Lines of (font, text) segments. No markup is parsed, so `<b>` and `&` print as typed, and a
    big sheet skips ReportLab's paragraph machinery, which is most of its time."""

    def __init__(self, lines: list[list[Segment]], size: float, leading: float, align: str = "left") -> None:
        super().__init__()
        self.lines, self.size, self.leading, self.align = lines, size, leading, align
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.leading * len(self.lines)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int(available_height // self.leading)
        if fits <= 0 or fits >= len(self.lines):
            return []
        return [TextCell(self.lines[:fits], self.size, self.leading, self.align),
                TextCell(self.lines[fits:], self.size, self.leading, self.align)]

    def draw(self) -> None:
        canvas: Any = self.canv
        height = self.leading * len(self.lines)
        for number, segments in enumerate(self.lines):
            widths = [stringWidth(text, font, self.size) for font, text in segments]
            total = sum(widths)
            x = {"left": 0.0, "centre": (self.width - total) / 2, "right": self.width - total}[self.align]
            ascent = getAscentDescent(segments[0][0], self.size)[0] if segments else self.size
            y = height - number * self.leading - ascent - (self.leading - self.size) / 2
            for (font, text), width in zip(segments, widths, strict=True):
                canvas.setFont(font, self.size)
                canvas.drawString(x, y, text)
                x += width


@lru_cache(maxsize=20000)
def _char_width(char: str, font: str, size: float) -> float:
    return float(stringWidth(char, font, size))


def text_cell(text: str, fonts: FontSetup, width: float, size: float = 9, *, bold: bool = False,
              align: str = "left") -> TextCell:
    """`text` as it was typed, broken to fit `width` with the Chinese line-start rules."""
    main = fonts.bold if bold else fonts.body
    text = printable(clean(text), main, fonts.fallback or main)

    fallback = fonts.fallback

    def font_of(char: str) -> str:
        return main if fallback is None or covers(main, char) else fallback

    def width_of(char: str) -> float:
        return _char_width(char, font_of(char), size)
    lines: list[list[Segment]] = []
    for line in break_lines(text, width_of, width - 0.5) if text else []:
        segments: list[Segment] = []
        for char in line:
            font = font_of(char)
            if segments and segments[-1][0] == font:
                segments[-1] = (font, segments[-1][1] + char)
            else:
                segments.append((font, char))
        lines.append(segments)
    return TextCell(lines or [[]], size, round(size * 1.35, 1), align)


def natural_width(text: str, fonts: FontSetup, size: float, *, bold: bool = False, parts_of: bool = False) -> float:
    """The width `text` takes unbroken (its widest line); with `parts_of`, its widest 、-separated part."""
    main = fonts.bold if bold else fonts.body
    fallback = fonts.fallback
    pieces = [part for line in clean(text).split("\n") for part in (line.split("、") if parts_of else [line])]
    return max((sum(_char_width(char, main if fallback is None or covers(main, char) else fallback, size)
                    for char in piece) for piece in pieces), default=0.0)
