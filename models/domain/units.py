"""Which kind of unit a name is: the department's own 科室, a unit outside it, or "every section"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from models.domain.enums import UnitKind

# 各科室, 各有关科室, 各处室, a county's 各股室: the department as a whole, named as a co-operator in breakdowns.
_EVERYONE = re.compile(r"^各(有关|相关)?(科室|处室|股室|科)$")
# Names that speak from outside the department: a level of government or party in front (市委党校,
# 市人社局, 各县（市、区）委组织部, 各乡镇党委), or an organ's ending (XX局, XX党校, 市直有关单位).
_OUTSIDE_START = re.compile(r"^(省|市|县|区|各|全市|全县|全区|中央|国家)")
_OUTSIDE_END = re.compile(
    r"(局|党校|政府|单位|委员会|党委|党组|工委|组织部|宣传部|统战部|政法委|纪委|监委|法院|检察院|"
    r"人大|政协|总工会|团委|妇联|公司|集团|大学|学院|学校|医院|银行|街道|乡镇|社区)$")
# The department's own sections end like this even when they start like an organ (市委组织部办公室 is
# rare; 干部一科, 组织科, 办公室, 研究室, 党员教育中心 are the rule).
_OWN_END = re.compile(r"(科|室|处|股|组|中心)$")


# A unit's level and sort, to find the office's listed units a new one is like: 区住建局 is (区, 局) as 区发改局 is.
_LEVEL = re.compile(r"^(省|市|县|区|镇|乡|各|全市|全县|全区|中央|国家)?")
_SORT = re.compile(r"(局|委|办|部|厅|室|科|股|处|组|中心|公司|政府|街道|镇|乡|院|校|所|站|会|队|党委|党组|党校|"
                   r"单位|部门)$")


def unit_kind(name: str, listed: Mapping[str, UnitKind] | None = None) -> UnitKind:
    """The kind a newly named unit gets; the office can change it in 设置 → 科室.

    What the office's own units are comes from its list (`listed`: each unit's name and kind, as 设置 keeps them):
    a 县委办 督查室 that lists 区发改局 and 花湖街办 as its own takes a new 区住建局 or 城关街办 as its own too, and a
    组织部 that lists 市人社局 as outside takes a new 市财政局 as outside. Only where the list has nothing of the same
    level and sort (or is empty) does the name alone decide, as a 组织部 would read it."""
    if _EVERYONE.match(name):
        return UnitKind.EVERYONE
    alike = _as_listed(name, listed or {})
    if alike is not None:
        return alike
    if _OUTSIDE_END.search(name):
        return UnitKind.OUTSIDE
    if _OWN_END.search(name) and not _OUTSIDE_START.match(name):
        return UnitKind.SECTION
    return UnitKind.OUTSIDE if _OUTSIDE_START.match(name) else UnitKind.SECTION


def _as_listed(name: str, listed: Mapping[str, UnitKind]) -> UnitKind | None:
    """The kind most of the listed units of the same level and sort have, or None (none alike, or a tie)."""
    sort = _SORT.search(name)
    if sort is None:
        return None
    kinds = Counter(kind for other, kind in listed.items() if kind != UnitKind.EVERYONE and other != name
                    and (found := _SORT.search(other)) is not None and found[1] == sort[1]
                    and _level(other) == _level(name))
    ranked = kinds.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _level(name: str) -> str:
    found = _LEVEL.match(name)
    return found[0] if found else ""
