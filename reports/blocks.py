"""A document as plain blocks — headings, paragraphs, ruled tables — so one text prints as PDF and opens in Word."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 0: the title, 1: 一、, 2: （一）


@dataclass(frozen=True)
class Text:
    text: str
    small: bool = False  # a note under a table
    centred: bool = False  # a subtitle
    annexes: bool = False  # the 附件说明 (附件：1. …): a line clear of the body above it, its lines kept together


@dataclass(frozen=True)
class Grid:
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    shares: tuple[int, ...]  # each column's part of the width
    centred: frozenset[int] = frozenset()  # columns of numbers and dates
    empty: str = "（无）"


@dataclass(frozen=True)
class Attachment:
    """An attachment (附件) after the body: a new page, "附件1" at its top left, then its title centred."""

    label: str  # 附件1
    title: str
    wide: bool = False  # on A4 turned on its side, for a table of many columns (a 公文 only)


Block = Heading | Text | Grid | Attachment


@dataclass(frozen=True)
class Closing:
    """What a document ends with: the lines its makers sign (制表人：…), then its 落款 — the org and the date
    at the right, as a 公文 without a seal sets them. Not a block of the body: it is kept with the body's end."""

    org: str
    dated: str  # 2026年12月6日
    signers: tuple[str, ...] = ()


def _width_in_characters(text: str, spaced: bool) -> float:
    """The text's width in Chinese characters: a digit or letter half of one, and where `spaced` (Word and WPS
    put a quarter of one between Chinese and Latin text) a quarter more at every change between them."""
    width = sum(0.5 if char.isascii() else 1.0 for char in text)
    changes = sum(1 for left, right in pairwise(text) if left.isascii() != right.isascii())
    return width + (0.25 * changes if spaced else 0.0)


def closing_indents(org: str, dated: str, *, spaced: bool = False) -> tuple[float, float]:
    """How many characters in from the right the org and the date end (GB/T 9704 7.3.5.2): the org two in, the
    date under it begun two characters further right; a date longer than that ends two in, the org moved left."""
    org_width, date_width = _width_in_characters(org, spaced), _width_in_characters(dated, spaced)
    if not org_width or org_width - date_width >= 2:
        return 2.0, max(org_width - date_width, 2.0)
    return 4.0 + date_width - org_width, 2.0


# A table as Word lays it out (the narrower of its PDF and its Word copy): 五号 text, the default cell margins
# (0.19 cm each side, twice the PDF's), and a quarter of a character between Chinese and Latin text.
TABLE_SIZE = 10.5
WORD_CELL_PADDING = 10.8
PORTRAIT_POINTS = 156 * 72 / 25.4  # a 公文's text width upright (156 mm)
WIDE_POINTS = 243 * 72 / 25.4  # on A4 turned on its side, between the 公文 margins


def line_points(text: str, size: float = TABLE_SIZE) -> float:
    """The widest line of `text` in points, a digit or letter counted a little over half a character."""
    return max((_width_in_characters(line, True) + 0.1 * sum(1 for char in line if char.isascii())
                for line in text.split("\n")), default=0.0) * size


def fitted_shares(headers: tuple[str, ...], rows: list[tuple[str, ...]], shares: tuple[int, ...],
                  whole: frozenset[int], total: float, *, widest: float = 0.4) -> tuple[int, ...]:
    """Each column's width in points of `total`, for a Grid: a `whole` column as wide as its widest line, the
    header's included (a 科室's name, 11月28日前, 已逾期5天 on one line, never "人才工作/科"), at most `widest` of
    the table; the other columns share the rest in the proportions of their `shares`. Where the whole columns
    would leave the others less than six characters each, they all give way in proportion."""
    measured = {column: min(max(line_points(text) for text in (headers[column], *(row[column] for row in rows)))
                            + WORD_CELL_PADDING + 1.5, total * widest) for column in whole}
    flexible = [column for column in range(len(headers)) if column not in whole]
    least = 6 * TABLE_SIZE * len(flexible)
    taken = sum(measured.values())
    if taken > total - least:
        measured = {column: width * (total - least) / taken for column, width in measured.items()}
        taken = total - least
    if not flexible:
        return tuple(round(measured[column] * total / taken) for column in range(len(headers)))
    share = sum(shares[column] for column in flexible)
    return tuple(round(measured[column]) if column in measured else round((total - taken) * shares[column] / share)
                 for column in range(len(headers)))
