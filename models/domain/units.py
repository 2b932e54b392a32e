"""Which kind of unit a name is: the department's own 科室, a unit outside it, or "every section"; and the name a
组织部 keeps its own section under when a document writes it in full (市委组织部干部一科 is its 干部一科)."""

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
# What a 组织部 reads as another organ wherever the name says it: a 局 (区公安分局交警大队), a 街道办事处 (街道办,
# 街办), a 管委会, 团县委, a 政府, a 镇 or 乡, a 公司, a 党校, another 市委/县委 department (县委宣传部, 市委编办).
_ORGAN = re.compile(
    r"局|街道|街办|管委会|管理委员会|政府|公司|集团|党校|法院|检察院|医院|学校|银行|"
    r"^(共青)?团.{0,8}委|(镇|乡)$|^(中共)?[^各]{0,8}?(省|市|州|盟|县|区|旗)委(?!组织部)")

# A 组织部's 单位名称: 中共××市委组织部, ××县委组织部; its place (××) and its organ (市委组织部).
_DEPARTMENT = re.compile(r"^(?:中共)?(?P<place>.*?)(?P<organ>(?:省|自治区|市|州|盟|县|区|旗)委组织部)$")
# A place left as in the template (中共XX市委组织部): a document's own place name is then taken for it.
_PLACEHOLDER = re.compile(r"^[XxＸｘ×*＊某　 ]*$")
_BETWEEN = " 　·-—:："
_ITSELF = ("机关", "部机关", "本部")  # 市委组织部机关: the department itself

# A unit's level and sort, to find the office's listed units a new one is like: 区住建局 is (区, 局) as 区发改局 is.
_LEVEL = re.compile(r"^(省|市|县|区|镇|乡|各|全市|全县|全区|中央|国家)?")
_SORT = re.compile(r"(街道办事处|街道办|街办|办事处|管委会|局|委|办|部|厅|室|科|股|处|组|中心|公司|政府|街道|镇|"
                   r"乡|院|校|所|站|会|队|党委|党组|党校|单位|部门)$")
_SAME_SORT = {"街道办事处": "街道办", "街办": "街道办", "办事处": "街道办"}  # 花湖街办 is like 东城街道办事处


def is_organisation_department(org: str) -> bool:
    """Whether the ledger's 单位名称 is a 组织部's (中共××市委组织部), whose 督查室 ranks the department's own 科室;
    a 县委办 or 政府办 督查室 ranks the units its list in 设置 says."""
    return org.strip().endswith("组织部")


def own_section(name: str, org: str) -> str | None:
    """What follows the department's own organ in `name` on a 组织部's ledger: 干部一科 for 市委组织部干部一科 (or
    ××市委组织部干部一科, 中共××市委组织部干部一科), "" for the department itself (市委组织部); None when the
    name does not start with it (县委组织部组织股 on a 市委组织部's ledger, 干部一科, 市委党校) or the ledger is
    not a 组织部's."""
    found = _DEPARTMENT.match(org.strip())
    if found is None:
        return None
    place = found["place"]
    places = r"[^\s各、，,（(]{0,8}?" if _PLACEHOLDER.match(place) else f"(?:{re.escape(place)})?"
    named = re.match(rf"^(?:中共)?{places}{found['organ']}", name)
    if named is None:
        return None
    rest = name[named.end():].strip(_BETWEEN)
    if re.fullmatch(r"[（(][^（()）]*[）)]", rest):
        rest = rest[1:-1].strip(_BETWEEN)  # 市委组织部（干部一科）
    return "" if rest in _ITSELF else rest


def listed_name(name: str, org: str) -> str:
    """The name the ledger keeps a unit under: a 组织部's own section by its short name (市委组织部干部一科 →
    干部一科, so it is the 干部一科 the list has), the department itself by its organ (中共××市委组织部 → 市委组织部);
    any other name as written."""
    rest = own_section(name, org)
    if rest is None:
        return name
    if rest:
        return rest
    found = _DEPARTMENT.match(org.strip())
    return found["organ"] if found is not None else name


def unit_kind(name: str, listed: Mapping[str, UnitKind] | None = None, org: str = "") -> UnitKind:
    """The kind a newly named unit gets; the office can change it in 设置 → 科室.

    What the office's own units are comes from its list (`listed`: each unit's name and kind, as 设置 keeps them):
    a 县委办 督查室 that lists 区发改局 and 花湖街办 as its own takes a new 区住建局 or 城关街办 as its own too, and a
    组织部 that lists 市人社局 as outside takes a new 市财政局 as outside. Only where the list has nothing of the same
    level and sort (or is empty) does the name alone decide.

    On a 组织部's ledger (`org`, its 单位名称: 中共××市委组织部) a unit named with the department's own organ is its
    own section (市委组织部干部一科), and the department itself (市委组织部) is every section, as 各科室 is; a name that
    shows another organ (东城街道办事处, ××经开区管委会, 团县委, 县委宣传部, 城关镇, 县城投集团公司) is outside it,
    and a 科, 室, 处 or 组 with no other organ's name its own. Elsewhere (a 县委办 督查室's ledger, or no 单位名称)
    a name is read as before: an organ's ending or a level in front is outside, anything else its own."""
    if _EVERYONE.match(name):
        return UnitKind.EVERYONE
    department = is_organisation_department(org)
    if department and (rest := own_section(name, org)) is not None:
        return UnitKind.EVERYONE if not rest or _EVERYONE.match(rest) else UnitKind.SECTION
    alike = _as_listed(name, listed or {})
    if alike is not None:
        return alike
    if _OUTSIDE_END.search(name) or _OUTSIDE_START.match(name) or (department and _ORGAN.search(name)):
        return UnitKind.OUTSIDE
    return UnitKind.SECTION


def _as_listed(name: str, listed: Mapping[str, UnitKind]) -> UnitKind | None:
    """The kind most of the listed units of the same level and sort have, or None (none alike, or a tie)."""
    sort = _sort(name)
    if not sort:
        return None
    kinds = Counter(kind for other, kind in listed.items() if kind != UnitKind.EVERYONE and other != name
                    and _sort(other) == sort and _level(other) == _level(name))
    ranked = kinds.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _sort(name: str) -> str:
    found = _SORT.search(name)
    return _SAME_SORT.get(found[1], found[1]) if found else ""


def _level(name: str) -> str:
    found = _LEVEL.match(name)
    return found[0] if found else ""
