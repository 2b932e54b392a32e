"""A problem's other 责任单位: a problem has one responsible section, and the units a 整改台账 names after it are
kept as the last line of its 整改措施, "配合单位：建筑业管理股", where the problem page shows them and from where
the 台账 export writes them back into the 责任单位 column, after the section, as the 台账 listed them."""

from __future__ import annotations

import re

LABEL = "配合单位："
_SEPARATOR = re.compile(r"[、，,；;]")


def separator_of(cell: str) -> str:
    """The mark a cell of units is listed with (、 ， ；); 、 where it lists them a line each or says 牵头/配合."""
    found = _SEPARATOR.search(cell)
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
    """The 责任单位 cell a 台账 row had: the responsible section, then the others as they were listed."""
    if not helpers:
        return section
    return f"{section}{separator_of(helpers)}{helpers}" if section else helpers
