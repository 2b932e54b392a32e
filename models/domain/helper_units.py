"""A problem's other 责任单位: a problem has one responsible section, and the units a 整改台账 names after it are
kept as the last line of its 整改措施, "配合单位：建筑业管理股", where the problem page shows them as the 台账 listed
them and from where the 台账 export writes them back into the 责任单位 column, after the section, listed with 、."""

from __future__ import annotations

import re

LABEL = "配合单位："
_BETWEEN_UNITS = re.compile(r"[、，,；;](?![^（(]*[）)])")


def separator_of(cell: str) -> str:
    """The mark a cell of units is listed with (、 ， ；); 、 where it lists them a line each or says 牵头/配合.
    A 、 inside brackets is a name's own (各县（市、区）委组织部，市人社局 is listed with ，)."""
    found = _BETWEEN_UNITS.search(cell)
    return found.group() if found else "、"


def with_helpers(measures: str, helpers: list[str], separator: str = "、") -> str:
    """整改措施 with the other units as its last line; as it was when there are none."""
    if not helpers:
        return measures
    line = LABEL + separator.join(helpers)
    return f"{measures}\n{line}" if measures else line


def split_helpers(measures: str) -> tuple[str, str]:
    """整改措施 without its 配合单位 line, and that line's units as listed ("" when it has none)."""
    body, _newline, last = measures.rpartition("\n")
    if not last.startswith(LABEL):
        return measures, ""
    return body.rstrip(), last.removeprefix(LABEL).strip()


def units_cell(section: str, helpers: str) -> str:
    """The 责任单位 cell of an exported 台账: the responsible section, then the others in the order listed, one
    separator, 、, down the whole column whatever each 台账 listed them with."""
    return "、".join([section, *_units(helpers)] if section else _units(helpers))


def one_separator(measures: str) -> str:
    """整改措施 with its 配合单位 line listed with 、: what an exported 台账 reads back as (配合单位：县纪委监委、
    县委巡察办 where its 台账 listed them with ，), so the two compare the same."""
    body, helpers = split_helpers(measures)
    return with_helpers(body, _units(helpers)) if helpers else measures


def _units(listed: str) -> list[str]:
    """The units of a list; a 、 inside brackets is a name's own (各县（市、区）委组织部)."""
    return [unit.strip() for unit in _BETWEEN_UNITS.split(listed) if unit.strip()]
