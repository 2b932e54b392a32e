"""Who leads and who helps, as offices write it in one cell: 办公室（牵头）, XX牵头，YY配合, a list of units."""

from __future__ import annotations

import re

from models.apply.rows import Cell
from models.domain.text import clean_name

_SPLIT = re.compile(r"[、，,；;/\s]")
_CLAUSES = re.compile(r"[，,；;。]")
_OPENERS, _CLOSERS = "（([【《", "）)]】》"
_HAS_OPENER = re.compile(r"[（(\[【《]")
_MARK_IN_BRACKETS = re.compile(r"[（(]\s*(牵头|配合|协办|参与)\s*[)）]")
_LEADS = ("牵头单位", "牵头", "负责")
_HELPS = ("配合单位", "配合", "协办", "参与")
_EVERYONE = re.compile(r"^(各科室|各有关科室|各相关科室|各处室|各有关单位)")
_NONE = re.compile(r"^[—–\-/／]+$|^(无|暂无|空)$")  # "—", "——", "/", "无": nobody


def names(value: Cell | str) -> list[str]:
    """Names listed in one cell ("组织科、干部科"), never split inside brackets: 各县（市、区）委组织部 is one."""
    text = "" if value is None else re.sub(r"\s+", "", str(value))
    parts = _SPLIT.split(text) if not _HAS_OPENER.search(text) else _split_outside_brackets(text)
    return [name for part in parts if (name := clean_name(part)) and not _NONE.match(name)]


def _split_outside_brackets(text: str) -> list[str]:
    parts, current, depth = [], "", 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        if depth == 0 and _SPLIT.fullmatch(char):
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def lead_and_helpers(lead_cell: Cell, co_cell: Cell) -> tuple[list[str], list[str]]:
    """(leads, helpers) from a 牵头 cell that may say everything and a 配合 cell.

    "办公室（牵头）", "干部教育科牵头", "XX牵头，YY配合", "XX牵头，各科室按职责分工负责" are read clause by
    clause; a plain list ("组织科、干部科、办公室") has its first unit lead and the rest help."""
    text = _MARK_IN_BRACKETS.sub(r"\1", "" if lead_cell is None else re.sub(r"\s+", "", str(lead_cell)))
    leads: list[str] = []
    helpers: list[str] = []
    for clause in (c for c in _CLAUSES.split(text) if c):
        labelled = re.match(r"^(牵头单位|牵头|配合单位|配合|协办)[：:](.*)$", clause)  # 牵头：XX
        if labelled:
            (leads if labelled[1].startswith("牵头") else helpers).extend(names(labelled[2]))
        elif everyone := _EVERYONE.match(clause):  # 各科室按职责分工负责: kept as written, a unit of its own
            helpers.append(everyone[1])
        elif clause.endswith(_LEADS):  # 干部教育科牵头
            leads += names(re.sub("(牵头单位|牵头|负责)$", "", clause))
        elif clause.endswith(_HELPS):  # YY、ZZ配合
            helpers += names(re.sub("(配合单位|配合|协办|参与)$", "", clause))
        else:  # a plain list: the first leads
            listed = names(clause)
            if not leads and listed:
                leads, listed = listed[:1], listed[1:]
            helpers += listed
    co_text = re.sub(r"^(配合单位|配合|协办)[：:]", "", "" if co_cell is None else str(co_cell).strip())
    for name in names(_MARK_IN_BRACKETS.sub("", co_text)):
        everyone = _EVERYONE.match(name)
        helpers.append(everyone[1] if everyone else name)
    helpers += leads[1:]  # two leads: the first leads, the other helps
    unique = list(dict.fromkeys(h for h in helpers if h not in leads[:1]))
    return leads[:1], unique
