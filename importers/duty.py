"""A measure's duty as 分工方案 write it: who leads, who helps, by when and which leader, from a bracket or a line.

"（牵头单位：区发改局；责任单位：区财政局、花湖街办；完成时限：6月底前）", "[责任单位：区发改局]",
"【市发改委牵头，市财政局配合，持续推进】", "［牵头单位：区文旅局］", "〔责任单位：…〕", the labels in brackets of
their own ("【牵头单位】区住建局【配合单位】区城管局【完成时限】9月底前"), lines such as 责任单位：… and
时限要求：… under the measure, and the rule "（第一责任单位为牵头单位，下同）" after which a bare list of units in a
bracket is the duty too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from importers.units import (
    is_deadline_word,
    lead_and_helpers,
    looks_like_unit,
    names,
    units_and_deadline,
    without_deadline_words,
)
from models.domain.deadlines import deadline_in_text, parse_deadline
from models.domain.enums import DeadlineKind

_UNIT_LABELS = {"牵头单位": "lead", "牵头部门": "lead", "主要责任单位": "lead", "主要责任部门": "lead",
                "牵头责任单位": "lead", "主责单位": "lead", "主责部门": "lead", "第一责任单位": "lead",
                "责任单位": "duty", "责任部门": "duty", "主体责任单位": "duty", "责任主体": "duty",
                "配合单位": "help", "配合部门": "help", "协办单位": "help", "协办部门": "help", "参与单位": "help",
                "参与部门": "help", "协同单位": "help", "协同部门": "help", "协同配合单位": "help",
                "协同配合部门": "help", "配合责任单位": "help", "协助单位": "help", "协作单位": "help"}
_LEADER_LABELS = ("责任领导", "牵头领导", "分管领导", "分管部领导", "责任人")
_DEADLINE_LABELS = ("完成时限", "完成时间", "时限要求", "时间要求", "时间节点", "完成期限", "时限")
_LABELS = "|".join(sorted([*_UNIT_LABELS, *_LEADER_LABELS, *_DEADLINE_LABELS], key=len, reverse=True))
_LABEL = re.compile(f"^({_LABELS})" + r"\s*[：:]\s*(.*)$", re.S)
# A label where it stands in a text: "（责任单位：市农业农村局 完成时限：10月底前）" parts at each (the space
# between was tidied away beside the Chinese), "强化农村安全生产。责任单位：…；完成时限：…" begins its duty at one.
_LABEL_WORD = re.compile(r"(?:" + _LABELS + r")\s*[：:]")
# "第一责任单位为牵头单位，下同", "排在第一位的为牵头单位": the first unit named leads, here and below.
RULE = re.compile(r"[（(【\[［〔]?\s*(?:(?:排在|列)?第一(?:位)?(?:的)?(?:责任)?单位为牵头单位|排在?第一位的为牵头单位)"
                  r"[，,、；;]?\s*(?:下同)?\s*[)）】\]］〕]?")
_OPEN, _CLOSE = "（([【［〔", "）)]】］〕"
# A label in brackets of its own, its words after it: "【牵头单位】区住建局【配合单位】区城管局【完成时限】9月底前".
_BRACKETED_LABEL = re.compile(r"[【\[［〔（(]\s*(" + _LABELS + r")\s*[】\]］〕）)]\s*[：:]?\s*")
_DONE = re.compile(r"(?<=[前底末日号月内止年旬度])(?:完成任务|完成)$")  # 6月底前完成: the deadline is 6月底前
_SAID_WORDS = ("牵头", "配合", "负责", "协办", "完成", "前")
_MARKED = re.compile(r"(牵头|配合|协办|参与|负责)$")


@dataclass
class Duty:
    lead: str = ""
    co: list[str] = field(default_factory=list)
    deadline: str = ""
    leaders: list[str] = field(default_factory=list)
    among_units: bool = False  # the deadline is a word said in a list of units (责任单位：X、持续推进)

    def merge(self, other: Duty) -> None:
        """What a line under the measure adds to what its bracket said; a deadline given by its label (完成时限：…)
        over one said among the units."""
        if not self.lead:
            self.lead = other.lead
        elif other.lead and other.lead != self.lead:
            self.co.append(other.lead)
        self.co = list(dict.fromkeys(c for c in [*self.co, *other.co] if c != self.lead))
        if other.deadline and (not self.deadline or (self.among_units and not other.among_units)):
            self.deadline, self.among_units = other.deadline, other.among_units
        self.leaders = self.leaders or other.leaders


def cells_duty(lead_cell: str, co_cell: str) -> Duty:
    """A 牵头 cell and a 配合 cell as one duty: labels inside a cell, a line each or in brackets ("牵头单位：市教育局
    ⏎配合单位：市财政局", "【牵头单位】市教育局【责任单位】各县（市、区）人民政府") read as a bracket's are, the rest
    as units_and_deadline reads them; deadline words among the units are the deadline."""
    lead, co, deadline, leaders = _cells_duty(lead_cell, co_cell)
    return Duty(lead, list(co), deadline, list(leaders))


@lru_cache(maxsize=4096)  # a breakdown names the same few units down thousands of rows: each pair read once
def _cells_duty(lead_cell: str, co_cell: str) -> tuple[str, tuple[str, ...], str, tuple[str, ...]]:
    labelled = [_LABEL_WORD.search(unbracketed_labels(cell)) is not None if "：" in cell or ":" in cell or "】" in cell
                or "]" in cell or "）" in cell else False for cell in (lead_cell, co_cell)]
    if not any(labelled):
        leads, helpers, dated = units_and_deadline(lead_cell, co_cell)
        return (leads[0] if leads else ""), tuple(helpers), dated, ()
    duty = read_duty(_lines_as_clauses(lead_cell)) if labelled[0] else cells_duty(lead_cell, "")
    if co_cell.strip():
        other = read_duty(_lines_as_clauses(co_cell)) if labelled[1] else cells_duty("", co_cell)
        duty.co = list(dict.fromkeys(c for c in [*duty.co, *([other.lead] if other.lead else []), *other.co]
                                     if c != duty.lead))
        duty.deadline = duty.deadline or other.deadline
        duty.leaders = duty.leaders or other.leaders
    return duty.lead, tuple(duty.co), duty.deadline, tuple(duty.leaders)


def _lines_as_clauses(cell: str) -> str:
    return "；".join(line.strip() for line in cell.splitlines() if line.strip())


def is_labelled(line: str) -> bool:
    """A line that says a measure's units, deadline or leader: 责任单位：…, 时限要求：…, 【牵头单位】…"""
    return _LABEL.match(unbracketed_labels(RULE.sub("", line).strip())) is not None


def unbracketed_labels(text: str) -> str:
    """"【牵头单位】X【配合单位】Y" as "牵头单位：X配合单位：Y", the way the labels are read everywhere else."""
    return _BRACKETED_LABEL.sub(r"\1：", text) if _BRACKETED_LABEL.search(text) else text


def states_rule(text: str) -> bool:
    return RULE.search(text) is not None


def trailing_bracket(text: str) -> tuple[int, str] | None:
    """Where the bracketed part ending `text` starts (（…）, (…), […] or 【…】) and what it says, brackets inside
    kept: "（组织科牵头，各县（市、区）委组织部配合，10月底前完成）" is one part."""
    end = len(text.rstrip("。；;，, "))
    if end == 0 or text[end - 1] not in _CLOSE:
        return None
    depth = 0
    for position in range(end - 1, -1, -1):
        if text[position] in _CLOSE:
            depth += 1
        elif text[position] in _OPEN:
            depth -= 1
            if depth == 0:
                return position, text[position + 1:end - 1]
    return None


def split_duty(text: str, rule: bool) -> tuple[str, Duty | None, bool]:
    """The measure's text without the duty at its end, what it says, and whether it states the rule (or `rule`
    already held). The duty is in brackets — labelled, said (XX牵头), or units and/or deadline words
    (（区发改局、区财政局）, （市民政局，持续推进）) — or labelled after the sentence's end
    (。责任单位：…；完成时限：…)."""
    duty: Duty | None = None
    if (bracketed := _BRACKETED_LABEL.search(text)) is not None and bracketed.start() > 0 \
            and is_labelled(text[bracketed.start():]):  # title【牵头单位】X【配合单位】Y: the labels to the end
        duty, text = read_duty(text[bracketed.start():]), text[:bracketed.start()].rstrip("。；; ")
    elif (start := _labels_after_sentence(text)) is not None:
        duty, text = read_duty(text[start:]), text[:start].rstrip("。；; ")
    while (found := trailing_bracket(text)) is not None:
        inside = found[1]
        rule = rule or states_rule(inside)
        if not _is_duty(inside):
            break
        said = read_duty(inside)
        if duty is not None:
            said.merge(duty)
        duty, text = said, text[:found[0]]
    return text, duty, rule


def _labels_after_sentence(text: str) -> int | None:
    """Where "。责任单位：…；完成时限：…" begins, outside brackets, the labels running to the text's end."""
    depth = 0
    for position, char in enumerate(text):
        depth += char in _OPEN
        depth -= char in _CLOSE and depth > 0
        if depth == 0 and char in "。；;" and _LABEL_WORD.match(text, position + 1):
            rest = text[position + 1:]
            return position + 1 if "。" not in rest.rstrip("。") else None
    return None


def _is_duty(inside: str) -> bool:
    if states_rule(inside) and not RULE.sub("", inside).strip("，,；; "):
        return True  # the rule alone, in a bracket of its own
    clauses = [c for c in _clauses(RULE.sub("", inside)) if c]
    if not clauses:
        return False
    if any(_LABEL.match(c) for c in clauses) or any(word in inside for word in _SAID_WORDS):
        return True
    units = [c for c in clauses if not _is_deadline(c)]  # the rest are deadline words: 持续推进, 年底
    listed = [n for c in units for n in names(c)]
    if not units or (listed and all(looks_like_unit(n) for n in listed)):
        return True  # units and/or deadline words: （市大数据局、市农业农村局）, （市民政局，持续推进）, （年底）
    # Beside a deadline the units may be named as offices name them (人行江城中心支行): the first one decides.
    return len(units) < len(clauses) and bool(listed) and looks_like_unit(listed[0])


def read_duty(text: str) -> Duty:
    """A bracket's or a line's units, deadline and leader; each deadline word goes to the deadline wherever it
    stands (持续推进 among the units is no unit); 牵头单位 leads, else the first 责任单位, the rest help."""
    duty = Duty()
    said: list[str] = []  # the units' clauses, relabelled the way lead_and_helpers reads them
    dated: list[str] = []
    among_units: list[str] = []  # 责任单位：X、Y、持续推进: the deadline unless a label gives one
    label = ""
    for clause in _clauses(RULE.sub("", unbracketed_labels(text))):
        labelled = _LABEL.match(clause)
        if labelled:
            label, clause = labelled[1], labelled[2].strip()
            if not clause:
                continue
        if label in _LEADER_LABELS:
            duty.leaders += names(clause)
            continue
        if label in _DEADLINE_LABELS or (_is_deadline(clause) and not _names_units(clause)):
            dated.append(_without_done(clause))
            continue
        listed, words = without_deadline_words(names(clause))  # 县妇联、县民政局、持续推进
        if words:
            among_units += [_without_done(word) for word in words]
            clause = "、".join(listed)
            if not clause:
                continue
        if (kind := _UNIT_LABELS.get(label)) and not _MARKED.search(clause):
            said.append({"lead": f"{clause}牵头", "help": f"{clause}配合", "duty": clause}[kind])
            if kind == "duty":
                label = "配合单位"  # a 责任单位 list split at ，goes on as helpers of its first
        else:
            said.append(clause)
    leads, helpers = lead_and_helpers("，".join(said), None) if said else ([], [])
    duty.lead = leads[0] if leads else ""
    duty.co = helpers
    duty.deadline, duty.among_units = "，".join(dated or among_units), not dated and bool(among_units)
    return duty


def _names_units(clause: str) -> bool:
    """"县妇联、县民政局、持续推进": units listed beside the deadline word, read apart (the whole is no deadline)."""
    return any(not is_deadline_word(name) for name in names(clause)) and len(names(clause)) > 1


def _without_done(clause: str) -> str:
    """"6月底前完成" is the deadline 6月底前: 完成 (or 完成任务) after a date says nothing more."""
    shorter = _DONE.sub("", clause)
    if shorter == clause or not shorter:
        return clause
    before, after = parse_deadline(clause, 2000), parse_deadline(shorter, 2000)
    return shorter if after.kind == before.kind and after.due == before.due else clause


def _is_deadline(clause: str) -> bool:
    if parse_deadline(clause, 2000).kind not in (DeadlineKind.UNPARSED, DeadlineKind.NONE):
        return True
    return deadline_in_text(clause, 2000, words=False) is not None


def _labels_parted(text: str) -> str:
    """"责任单位：市农业农村局完成时限：10月底前" (its space tidied away) as two clauses: a ；before each label that
    follows text."""
    parted, last = [], 0
    for found in _LABEL_WORD.finditer(text):
        if found.start() > 0 and text[found.start() - 1] not in "，,；;。：: ":
            parted += [text[last:found.start()], "；"]
            last = found.start()
    return "".join([*parted, text[last:]])


def _clauses(text: str) -> list[str]:
    """Split at ，；outside brackets: 各县（市、区）委组织部 stays one clause."""
    clauses, current, depth = [], "", 0
    for char in _labels_parted(text):
        depth += char in _OPEN
        depth -= char in _CLOSE and depth > 0
        if depth == 0 and char in "，,；;。":
            clauses.append(current.strip())
            current = ""
        else:
            current += char
    return [c for c in [*clauses, current.strip()] if c]
