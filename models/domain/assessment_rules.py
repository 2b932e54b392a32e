"""考核办法: the office's own scoring rules as data — a base, points per event, tiers — one set per year."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Setting
from models.errors import Message, RuleError, said

EVENTS = "events"  # 基础分加减分: base plus points per event
WEIGHTED = "weighted"  # 按比率加权: the weighted mean of four rates, as before this rule set existed
METHODS = {EVENTS: said("基础分加减分"), WEIGHTED: said("按比率加权")}
KEY_PREFIX = "assessment_rules:"  # a setting row per year: "assessment_rules:2026"
LIMIT = 100.0  # no single rule is worth more than this many points either way


@dataclass(frozen=True)
class EventRule:
    """What one kind of event is worth to the lead section and to each co-operating section."""

    lead: float = 0.0
    co: float = 0.0


# The events the ledger can tell, each with its name as a 考核办法 writes it, in the order they are listed.
EVENT_NAMES: dict[str, str] = {
    "on_time": said("按时完成任务（每项）"),
    "late": said("逾期完成任务（每项）"),
    "overdue": said("逾期未完成任务（每项）"),
    "overdue_month": said("逾期未完成，每逾期一个月"),
    "report_late": said("迟报推进情况（每期）"),
    "report_missing": said("未报推进情况（每期）"),
    "problem_on_time": said("问题按期整改（每个）"),
    "problem_late": said("问题逾期整改（每个）"),
    "problem_overdue": said("问题逾期未整改（每个）"),
    "praise": said("督查通报表扬（每次）"),
    "criticism": said("督查通报批评（每次）"),
    "returned": said("办结后被退回重办（每次）"),
    "red_notice": said("被发红色督办单（每张）"),
    "sign_late": said("超过签收期限签收（每项）"),
}
# Reports, problems and a 通报's words belong to one section: no co-operating points.
LEAD_ONLY = frozenset({"overdue_month", "report_late", "report_missing", "problem_on_time", "problem_late",
                       "problem_overdue", "praise", "criticism", "returned", "red_notice",
                       "sign_late"})


@dataclass(frozen=True)
class Tier:
    name: str  # 优秀
    least: float  # the lowest score that reaches it


@dataclass(frozen=True)
class AssessmentRules:
    """One year's 考核办法. Score = base + the points of every event, kept within 0 and `cap`; the tiers by
    score, the first (优秀) given to at most `top_share` percent of the ranked sections (0: no limit)."""

    name: str = said("考核办法（参照县委督查室督查工作考核办法）")
    method: str = EVENTS
    base: float = 80.0
    cap: float = 100.0
    events: dict[str, EventRule] = field(default_factory=lambda: {
        "on_time": EventRule(2.0, 1.0), "late": EventRule(-1.0, -0.5), "overdue": EventRule(-2.0, -1.0),
        "overdue_month": EventRule(-0.5), "report_late": EventRule(-0.1), "report_missing": EventRule(-0.5),
        "problem_on_time": EventRule(0.5), "problem_late": EventRule(-0.5), "problem_overdue": EventRule(-1.0),
        "praise": EventRule(1.0), "criticism": EventRule(-1.0), "returned": EventRule(-2.0),
        # optional: an office that scores 红色督办单 or a late 签收 sets their points
        "red_notice": EventRule(0.0), "sign_late": EventRule(0.0)})
    ratings: dict[str, float] = field(default_factory=lambda: {"好": 1.0, "较好": 0.5, "一般": 0.0, "差": -1.0})
    tiers: tuple[Tier, ...] = (Tier(said("优秀"), 90.0), Tier(said("良好"), 80.0), Tier(said("一般"), 0.0))
    top_share: int = 20
    weights: dict[str, int] = field(default_factory=lambda: {"on_time": 30, "rating": 30, "problems": 20,
                                                             "reports": 20})

    def points(self, event: str, as_lead: bool = True) -> float:
        rule = self.events.get(event, EventRule())
        return rule.lead if as_lead else rule.co

    def tier_of(self, score: float) -> str:
        for tier in self.tiers:
            if score >= tier.least:
                return tier.name
        return self.tiers[-1].name if self.tiers else ""

    def describe(self) -> list[str]:
        """The rule set as lines a 考核办法 prints: "按时完成任务（每项）：牵头科室+2分，配合科室+1分"."""
        if self.method == WEIGHTED:
            weights = self.weights
            return [Message("按比率加权（满分100分）：到期按时率{a}、销号评价{b}、问题整改率{c}、复命率{d}",
                            a=weights["on_time"], b=weights["rating"], c=weights["problems"], d=weights["reports"]),
                    *self._tier_lines()]
        lines: list[str] = [Message("基础分{base}分，加减分后最高{cap}分、最低0分", base=_number(self.base),
                                    cap=_number(self.cap))]
        for key, words in EVENT_NAMES.items():
            rule = self.events.get(key, EventRule())
            if not rule.lead and not rule.co:
                continue
            if key in LEAD_ONLY or not rule.co:
                lines.append(Message("{rule}：{points}分", rule=words, points=_signed(rule.lead)))
            else:
                lines.append(Message("{rule}：牵头科室{lead}分，配合科室{co}分", rule=words, lead=_signed(rule.lead),
                                     co=_signed(rule.co)))
        rated = [f"{word}{_signed(points)}" for word, points in self.ratings.items()]  # 一般0 said too
        if any(self.ratings.values()):
            lines.append(Message("销号评价（每项任务或子任务）：{points}分", points="，".join(rated)))
        return lines + self._tier_lines()

    def _tier_lines(self) -> list[str]:
        # "优秀 ≥ 90、良好 ≥ 80、一般 < 80": signs, not words, so the window's English says it as well
        steps = "、".join(f"{tier.name} ≥ {_number(tier.least)}" if tier.least else f"{tier.name} < {_number(previous)}"
                         for tier, previous in zip(self.tiers, (0.0, *(t.least for t in self.tiers)), strict=False))
        if self.top_share and self.tiers:
            return [Message("等次：{steps}，{top}不超过参与排名科室的{share}%；本年度没有承办任务的科室不参与排名",
                            steps=steps, top=self.tiers[0].name, share=self.top_share)]
        return [Message("等次：{steps}；本年度没有承办任务的科室不参与排名", steps=steps)]


def _number(value: float) -> str:
    return f"{value:g}"


def _signed(value: float) -> str:
    return f"+{value:g}" if value > 0 else f"{value:g}"


DEFAULT_RULES = AssessmentRules()


def rules_to_json(rules: AssessmentRules) -> str:
    data = asdict(rules)
    data["tiers"] = [[tier.name, tier.least] for tier in rules.tiers]
    data["events"] = {key: [rule.lead, rule.co] for key, rule in rules.events.items()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def rules_from_json(text: str) -> AssessmentRules:
    """A rule set as stored or as given to `main.py assessment --set-rules`; a clear message when it is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        raise RuleError("考核办法不是有效的 JSON 文本。") from None
    if not isinstance(data, dict):
        raise RuleError("考核办法不是有效的 JSON 文本。")
    try:
        return check_rules(_built(data))
    except RuleError:
        raise
    except (TypeError, ValueError, KeyError, IndexError):
        raise RuleError("考核办法的内容写得不对，请对照说明中的示例。") from None


def _built(data: dict[str, Any]) -> AssessmentRules:
    unknown = set(data) - {"name", "method", "base", "cap", "events", "ratings", "tiers", "top_share", "weights"}
    if unknown:
        raise RuleError("考核办法中有不认识的项：{names}。", names="、".join(sorted(unknown)))
    rules = DEFAULT_RULES
    if "events" in data:
        unknown = set(data["events"]) - set(EVENT_NAMES)
        if unknown:
            raise RuleError("考核办法中有不认识的加减分事项：{names}。", names="、".join(sorted(unknown)))
        events = {key: EventRule(float(value[0]), float(value[1]) if len(value) > 1 else 0.0)
                  for key, value in data["events"].items()}
        rules = replace(rules, events={key: events.get(key, EventRule()) for key in EVENT_NAMES})
    if "tiers" in data:
        rules = replace(rules, tiers=tuple(Tier(str(name), float(least)) for name, least in data["tiers"]))
    if "ratings" in data:
        rules = replace(rules, ratings={str(word): float(points) for word, points in data["ratings"].items()})
    if "weights" in data:
        rules = replace(rules, weights={**rules.weights, **{str(k): int(v) for k, v in data["weights"].items()}})
    return replace(rules, name=str(data.get("name", rules.name)), method=str(data.get("method", rules.method)),
                   base=float(data.get("base", rules.base)), cap=float(data.get("cap", rules.cap)),
                   top_share=int(data.get("top_share", rules.top_share)))


def check_rules(rules: AssessmentRules) -> AssessmentRules:
    """Refuse, in the office's words, a rule set that cannot score: returns it when it can."""
    numbers = [rules.base, rules.cap, *(v for rule in rules.events.values() for v in (rule.lead, rule.co)),
               *rules.ratings.values(), *(tier.least for tier in rules.tiers)]
    if any(not math.isfinite(value) for value in numbers):
        raise RuleError("考核办法中的分值必须是数字。")
    if not rules.name.strip() or len(rules.name) > 64:
        raise RuleError("考核办法的名称应为 1 到 64 个字。")
    if rules.method not in METHODS:
        raise RuleError("考核方式只能是“基础分加减分”或“按比率加权”。")
    if not 0 <= rules.base <= rules.cap <= 1000:
        raise RuleError("基础分应在 0 和最高分之间，最高分不超过 1000 分。")
    if any(abs(v) > LIMIT for rule in rules.events.values() for v in (rule.lead, rule.co)) or any(
            abs(v) > LIMIT for v in rules.ratings.values()):
        raise RuleError("每一项加减分不超过 100 分。")
    names = [tier.name.strip() for tier in rules.tiers]
    if not names or any(not name or len(name) > 8 for name in names) or len(set(names)) != len(names):
        raise RuleError("考核等次的名称应为 1 到 8 个字，且不重复。")
    if any(later.least >= earlier.least for earlier, later in zip(rules.tiers, rules.tiers[1:], strict=False)):
        raise RuleError("考核等次应从高到低排列，分数线依次降低。")
    if not 0 <= rules.top_share <= 100:
        raise RuleError("{tier}的比例应在 0 到 100 之间（0 表示不限）。", tier=names[0])
    if rules.method == WEIGHTED and (any(v < 0 for v in rules.weights.values()) or not any(rules.weights.values())):
        raise RuleError("四项权重不能为负数，也不能都为 0。")
    return rules


def rules_for_year(session: Session, year: int) -> tuple[AssessmentRules, int | None]:
    """The year's rule set, and the year it was set for: its own, else the nearest earlier year's (a set
    applies from its year on), else the default. A past year keeps its ranking when a later year's changes."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.like(f"{KEY_PREFIX}%"))).all()
    kept = {int(key[len(KEY_PREFIX):]): value for key, value in rows if key[len(KEY_PREFIX):].isdigit()}
    earlier = [kept_year for kept_year in kept if kept_year <= year]
    if not earlier:
        return DEFAULT_RULES, None
    source = max(earlier)
    try:
        return rules_from_json(kept[source]), source
    except RuleError:
        return DEFAULT_RULES, None  # a hand-edited broken row: the default, rather than a window that cannot open


def save_rules(session: Session, actor: str, year: int, rules: AssessmentRules) -> bool:
    """Keep `rules` as the year's 考核办法, audited; False when they were the year's own already."""
    text = rules_to_json(check_rules(rules))
    key = f"{KEY_PREFIX}{year}"
    row = session.get(Setting, key)
    old = row.value if row is not None else None
    if old == text:
        return False
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    audit.record(session, actor, "update", "setting", 0, key, old, text)
    return True
