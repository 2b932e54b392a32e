"""Who leads and who helps, as offices write it in one cell: 办公室（牵头）, XX牵头，YY配合, a list of units."""

from __future__ import annotations

import re
from functools import lru_cache

from models.apply.rows import Cell
from models.domain.deadlines import deadline_in_text, parse_deadline
from models.domain.enums import DeadlineKind
from models.domain.text import clean_name

_SPLIT = re.compile(r"[、，,；;/\s]")
_CLAUSES = re.compile(r"[，,；;。\n]")  # "组织科牵头\n干部科配合": a line each
_BREAK_IN_BRACKETS = re.compile(r"\n(?=[^（(]*[)）])")  # 各县（市、\n区）委组织部: wrapped, still one name
_OPENERS, _CLOSERS = "（([【《［〔", "）)]】》］〕"
_HAS_OPENER = re.compile(r"[（(\[【《［〔]")
_MARK_IN_BRACKETS = re.compile(r"[（(]\s*(牵头|配合|协办|参与)\s*[)）]")
_LEADS = ("牵头单位", "牵头", "负责")
_HELPS = ("配合单位", "配合", "协办", "参与")
_EVERYONE = re.compile(r"^(各(?:有关|相关)?(?:科室|处室|股室)|各有关单位)")  # then 按职责分工负责, or nothing
_SPACES = re.compile(r"[^\S\n]+")
_NONE = re.compile(r"^[—–\-/／]+$|^(无|暂无|空)$")  # "—", "——", "/", "无": nobody
# "各县（市、区）委组织部按职责分工负责", "区发改局、区财政局分别负责", "市财政局等": each does its part, no lead
_TAIL = re.compile(r"(?:等(?:相关|有关)?(?:单位|部门)?)?(?:按照?职责分工负责|按照?职责分工落实|按照?职责负责|分别负责|"
                   r"按职责分工|共同负责)$|等(?:相关|有关)?(?:单位|部门)?$")
# What a unit's name ends with: 区发改局, 花湖街办, 城投集团公司, 各镇（街道）, 干部一科 (a bare list is read as units
# only when every name looks like one).
_UNIT_END = re.compile(r"(局|委|办|部|厅|室|科|股|处|组|中心|公司|集团|政府|街道|镇|乡|院|校|所|站|会|队|银行|合作社|"
                       r"报社|党委|党组|支部|机关|单位|部门|[)）])$")


def names(value: Cell | str) -> list[str]:
    """Names listed in one cell ("组织科、干部科"), never split inside brackets: 各县（市、区）委组织部 is one."""
    text = "" if value is None else _unwrapped(str(value))  # a line break still parts two names
    parts = _SPLIT.split(text) if not _HAS_OPENER.search(text) else _split_outside_brackets(text)
    return [name for part in parts if (name := _untailed(clean_name(part))) and not _NONE.match(name)]


def looks_like_unit(name: str) -> bool:
    return len(name) >= 2 and bool(_UNIT_END.search(name))


def is_deadline_word(text: str) -> bool:
    """持续推进, 长期坚持, 常态化, 每季度, 年底前, 6月底前完成: a deadline where a unit list names it, never a unit
    (市长期护理保险中心 is a unit: its name ends as a unit's does)."""
    if not text or looks_like_unit(text):
        return False
    if parse_deadline(text, 2000).kind not in (DeadlineKind.UNPARSED, DeadlineKind.NONE):
        return True
    return deadline_in_text(text, 2000, words=False) is not None


_DEADLINE_BRACKET = re.compile(r"^(.+?)[（(]([^（()）]+)[)）]$")


def without_deadline_words(listed: list[str]) -> tuple[list[str], list[str]]:
    """(units, deadline words) of a list of names: 持续推进 among them is the deadline, and so is a bracket after a
    unit that says one (县人社局（持续推进）)."""
    units: list[str] = []
    words: list[str] = []
    for name in listed:
        bracketed = _DEADLINE_BRACKET.match(name.rstrip("。.；;，,：:"))  # 县人社局（持续推进）。
        if is_deadline_word(name):
            words.append(name)
        elif bracketed and is_deadline_word(bracketed[2]) and looks_like_unit(bracketed[1]):
            units.append(bracketed[1])
            words.append(bracketed[2])
        else:
            units.append(name)
    return units, words


def _untailed(clause: str) -> str:
    return _TAIL.sub("", clause) if len(clause) > 3 else clause


def _unwrapped(text: str) -> str:
    """Spaces gone, line breaks kept where they part names, not inside brackets."""
    return _BREAK_IN_BRACKETS.sub("", _SPACES.sub("", text))


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
    """(leads, helpers) from a 牵头 cell and a 配合 cell: see _read_duty."""
    leads, helpers, _deadline = units_and_deadline(lead_cell, co_cell)
    return leads, helpers


def units_and_deadline(lead_cell: Cell, co_cell: Cell) -> tuple[list[str], list[str], str]:
    """(leads, helpers, deadline words) from a 牵头 cell and a 配合 cell: see _read_duty."""
    # A breakdown names the same few units down thousands of rows: each pair of cells is read once per run.
    leads, helpers, dated = _read_duty("" if lead_cell is None else str(lead_cell),
                                       "" if co_cell is None else str(co_cell))
    return list(leads), list(helpers), "，".join(dated)


@lru_cache(maxsize=4096)
def _read_duty(lead_cell: str, co_cell: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(leads, helpers, deadline words) from a 牵头 cell that may say everything and a 配合 cell.

    "办公室（牵头）", "干部教育科牵头", "XX牵头，YY配合", "XX牵头，各科室按职责分工负责" are read clause by
    clause (a line is a clause too); in a plain list the one marked （牵头） leads ("组织科、办公室（牵头）"),
    else the first unit leads and the rest help. A deadline word among the units (持续推进, 县人社局（长期坚持）)
    goes to the deadline wherever it stands."""
    text = _unwrapped(lead_cell)
    leads: list[str] = []
    helpers: list[str] = []
    dated: list[str] = []

    def units_in(value: str) -> list[str]:  # the units listed, the deadline words among them set apart
        units, words = without_deadline_words(names(value))
        dated.extend(words)
        return units
    first_plain: int | None = None  # where the first unlabelled name went among the helpers
    for clause in (_untailed(c) for c in _CLAUSES.split(text) if c):
        listed = units_in(clause) if _MARK_IN_BRACKETS.search(clause) else []
        if len(listed) > 1:  # "组织科、办公室（牵头）": the bracket says which of the list leads
            for name in listed:
                mark = _MARK_IN_BRACKETS.search(name)
                (leads if mark and mark[1] == "牵头" else helpers).append(_MARK_IN_BRACKETS.sub("", name))
            continue
        clause = _MARK_IN_BRACKETS.sub(r"\1", clause)  # 办公室（牵头） alone: 办公室牵头
        if clause.endswith("落实") and looks_like_unit(clause[:-2]):  # 各县（市、区）人民政府落实: a plain list
            clause = clause[:-2]
        labelled = re.match(r"^(牵头单位|牵头|配合单位|配合|协办)[：:](.*)$", clause)  # 牵头：XX
        if labelled:
            (leads if labelled[1].startswith("牵头") else helpers).extend(units_in(labelled[2]))
        elif everyone := _EVERYONE.match(clause):  # 各科室按职责分工负责: kept as written, a unit of its own
            helpers.append(everyone[1])
        elif clause.endswith(_LEADS):  # 干部教育科牵头
            leads += units_in(re.sub("(牵头单位|牵头|负责)$", "", clause))
        elif clause.endswith(_HELPS):  # YY、ZZ配合
            helpers += units_in(re.sub("(配合单位|配合|协办|参与)$", "", clause))
        else:  # a plain list: its first leads unless another clause names the lead
            listed = units_in(clause)
            if first_plain is None and listed:
                first_plain = len(helpers)
            helpers += listed
    if not leads and first_plain is not None:  # "组织科、干部科", or a unit a line, none marked: the first leads
        leads = [helpers.pop(first_plain)]
    co_text = re.sub(r"^(配合单位|配合|协办)[：:]", "", co_cell.strip())
    for name in units_in(_MARK_IN_BRACKETS.sub("", co_text)):
        everyone = _EVERYONE.match(name)
        helpers.append(everyone[1] if everyone else name)
    helpers += leads[1:]  # two leads: the first leads, the other helps
    unique = tuple(dict.fromkeys(h for h in helpers if h not in leads[:1]))
    return tuple(leads[:1]), unique, tuple(dict.fromkeys(dated))
