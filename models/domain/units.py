"""Which kind of unit a name is: the department's own 科室, a unit outside it, or "every section"."""

from __future__ import annotations

import re

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


def unit_kind(name: str) -> UnitKind:
    """The kind a newly named unit gets; the office can change it in 设置 → 科室."""
    if _EVERYONE.match(name):
        return UnitKind.EVERYONE
    if _OUTSIDE_END.search(name):
        return UnitKind.OUTSIDE
    if _OWN_END.search(name) and not _OUTSIDE_START.match(name):
        return UnitKind.SECTION
    return UnitKind.OUTSIDE if _OUTSIDE_START.match(name) else UnitKind.SECTION
