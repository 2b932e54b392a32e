"""A document as plain blocks — headings, paragraphs, ruled tables — so one text prints as PDF and opens in Word."""

from __future__ import annotations

from dataclasses import dataclass


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
