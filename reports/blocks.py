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
