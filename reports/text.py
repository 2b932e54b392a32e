"""User text into ReportLab paragraphs: escaped, line breaks kept, CJK wrapping, gaps filled by a fallback font."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle, paragraph

from reports.fonts import FontSetup, covers, covers_all
from reports.line_breaks import NO_LINE_START, SOFT_BREAK, break_lines, title_lines

# ReportLab's list of marks that cannot begin a line lacks ，；：？！”》 and it moves at most one character,
# so "。”" could still start a line: cells and 公文 paragraphs are broken by `break_lines` instead; the
# extended list guards the rest.
# Both ReportLab's splitters read their own copy: one paragraph in one font (wordSplit) and mixed fonts.
for _module in (paragraph, textsplit):
    setattr(_module, "ALL_CANNOT_START", "".join(sorted(set(textsplit.ALL_CANNOT_START + NO_LINE_START))))  # noqa: B010

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


ALIGNMENTS: dict[str, Literal[0, 1, 2]] = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}


@lru_cache(maxsize=64)
def style(fonts: FontSetup, size: float, *, bold: bool = False, align: str = "left") -> ParagraphStyle:
    """Cached styles for headings and labels (table cells of user text are `reports.cell.TextCell`)."""
    return ParagraphStyle(
        name=f"s{size}{bold}{align}", fontName=fonts.bold if bold else fonts.body, fontSize=size,
        leading=round(size * 1.35, 1), alignment=ALIGNMENTS[align], wordWrap="CJK", splitLongWords=True,
    )


def clean(text: str) -> str:
    """Line breaks made uniform, tabs as spaces, other control characters dropped."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))


def markup(text: str, fonts: FontSetup, font_name: str | None = None) -> str:
    """Escape `text` for a Paragraph, keep its line breaks, and set characters the font lacks in the fallback."""
    text = clean(text)
    main = font_name or fonts.body
    if fonts.fallback is None or not fonts.embedded or covers_all(main, text.replace("\n", "")):
        return escape(text).replace("\n", "<br/>")
    parts: list[str] = []
    run, run_fallback = "", False
    for char in printable(text, main, fonts.fallback):
        use_fallback = char != "\n" and not covers(main, char) and covers(fonts.fallback, char)
        if use_fallback != run_fallback and run:
            parts.append(_run(run, run_fallback, fonts))
            run = ""
        run, run_fallback = run + char, use_fallback
    if run:
        parts.append(_run(run, run_fallback, fonts))
    return "".join(parts)


FULL_TEXT_IN_LEDGER = "（全文见台账）"
_SENTENCE_END = "。；！？\n"


def latest_part(text: str, limit: int) -> str:
    """A long report cut to its latest part, from a sentence's start where one is near, marked 全文见台账:
    what was done last is what a reader of the paper needs; the whole stays in the ledger."""
    text = text.strip()
    if len(text) <= limit:
        return text
    tail = text[len(text) - limit:]
    starts = [at + 1 for at, char in enumerate(tail[: limit // 3]) if char in _SENTENCE_END]
    return "……" + tail[starts[0] if starts else 0:].lstrip() + FULL_TEXT_IN_LEDGER


def printable(text: str, main: str, fallback: str) -> str:
    """Characters no font here can draw (emoji, rare ideographs) become their code, e.g. 〔U+1F600〕,
    so they are printed rather than silently dropped."""
    if text.isascii() or covers_all(main, text.replace("\n", "")):
        return text
    return "".join(char if char == "\n" or covers(main, char) or covers(fallback, char)
                   else f"〔U+{ord(char):04X}〕" for char in text)


def _run(text: str, fallback: bool, fonts: FontSetup) -> str:
    escaped = escape(text).replace("\n", "<br/>")
    return f'<font face="{fonts.fallback}">{escaped}</font>' if fallback else escaped


def table_style(fonts: FontSetup, *commands: tuple[Any, ...]) -> TableStyle:
    """A Table's style in our font: ReportLab sets each cell's font even for an empty cell, and its default
    (Helvetica) would be named in the PDF without being embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.body), *commands])


def para(text: str, fonts: FontSetup, size: float = 9, *, bold: bool = False, align: str = "left",
         width: float | None = None) -> Paragraph:
    """A heading or label, escaped; broken into lines here by the 禁则 when its `width` is known, else wrapped
    by ReportLab (with the extended no-line-start list)."""
    chosen = style(fonts, size, bold=bold, align=align)
    if width is None:
        return Paragraph(markup(text, fonts, chosen.fontName), chosen)
    return Paragraph(broken_markup(text, fonts, chosen, width), chosen)


def broken_markup(text: str, fonts: FontSetup, chosen: ParagraphStyle, width: float) -> str:
    """`text` as Paragraph markup with its lines broken here: no closing mark begins a line and no opener ends
    one, runs of marks included (ReportLab hangs one mark at most); a centred line is a title, broken between
    its phrases or evenly."""
    face = chosen.fontName
    return "<br/>".join(markup(part, fonts, face) for part in broken_lines(text, fonts, chosen, width))


def broken_lines(text: str, fonts: FontSetup, chosen: ParagraphStyle, width: float) -> list[str]:
    """`text`'s lines as `broken_markup` breaks them, plain (what no font draws already its code)."""
    face, size = chosen.fontName, chosen.fontSize
    fallback = fonts.fallback if fonts.embedded else None

    def width_of(char: str) -> float:
        return float(stringWidth(char, drawn_in(char, fonts, face), size))
    lines: list[str] = []
    for line in clean(text).split("\n"):
        if fallback:  # what no font draws becomes its code, before the widths are measured
            line = SOFT_BREAK.join(printable(piece, face, fallback) for piece in line.split(SOFT_BREAK))
        if chosen.alignment == TA_CENTER:
            lines += title_lines(line, width_of, width)
        else:
            lines += break_lines(line.replace(SOFT_BREAK, ""), width_of, width,
                                 first_indent=chosen.firstLineIndent)
    return lines


def drawn_in(char: str, fonts: FontSetup, face: str) -> str:
    """The font `char` is drawn in: `face`, or the fallback where `face` lacks it and the fallback has it."""
    fallback = fonts.fallback if fonts.embedded else None
    return fallback if fallback and not covers(face, char) and covers(fallback, char) else face


def font_runs(line: str, fonts: FontSetup, face: str) -> list[tuple[str, str]]:
    """`line` as runs of (text, font): `face`, and the fallback for what `face` lacks (as `markup` sets it)."""
    if fonts.fallback is None or not fonts.embedded or covers_all(face, line):
        return [(line, face)] if line else []
    runs: list[tuple[str, str]] = []
    for char in line:
        font = drawn_in(char, fonts, face)
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return runs
