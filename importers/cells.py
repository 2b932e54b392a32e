"""One spreadsheet cell's value as the office means it: dates as dates, text tidied in one linear pass."""

from __future__ import annotations

import re
from datetime import date, datetime

from models.apply.rows import Cell
from models.domain.text import fold_full_width

_CJK = re.compile("[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # ideographs and Chinese punctuation
_NEEDS_TIDYING = re.compile(r"[\s\x00-\x1f\x7f\u3000\xa0]")
_SPACE_RUN = re.compile(r"\s+")
# Control bytes, lone surrogates, characters with no width (a heading of only those made a key task with no
# visible name) and direction controls ("办公\u202E室" made a second 办公室 that showed as the first): never text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\u200b-\u200f\u2060\ufeff"
                      r"\u202a-\u202e\u2066-\u2069\u061c]")


def tidy(value: object) -> Cell:
    """Full-width letters folded, stray spaces inside Chinese text removed, line breaks made single."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (date, int, float)) or value is None:
        return value
    # Full-width letters and digits become ASCII; Chinese punctuation（，。）stays as the office wrote it.
    text = fold_full_width(str(value))
    if _NEEDS_TIDYING.search(text):  # most cells have no spaces or breaks: skip the rewriting for them
        text = _tidy_spaces(text.replace("\u3000", " ").replace("\xa0", " ").replace("\r", "\n"))
        text = _CONTROL.sub("", text).strip()
    elif _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text or None


def _tidy_spaces(text: str) -> str:
    """Each run of white space once, left to right (linear even for a cell of a million spaces): a run holding
    a line break becomes one line break (a cell wrapped by hand, or a list of units a line each: the reader
    of each field decides), and a run beside a Chinese character goes ("王 副部长")."""
    def replace(match: re.Match[str]) -> str:
        run = match.group()
        if "\n" in run:
            return "\n"
        start, end = match.span()
        beside_cjk = (start > 0 and _CJK.match(text, start - 1)) or (end < len(text) and _CJK.match(text, end))
        return "" if beside_cjk else run
    return _SPACE_RUN.sub(replace, text)
