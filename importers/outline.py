"""A 分工方案's numbered lines (Word paragraphs, or text pasted from Word) as a breakdown grid, one row a measure.

一、 heads a key task; （一） heads the items numbered 1. below it, or, with none, is a measure itself (市 documents
number their measures so); each measure's duty comes from the brackets at its end and the labelled lines under it
(责任单位：…, 时限要求：…); other lines under a measure are kept as its 具体措施, never dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.cells import tidy
from importers.duty import Duty, is_labelled, read_duty, split_duty, states_rule, trailing_bracket
from importers.grid import Grid
from models.apply.rows import Cell

HEADER = ["序号", "重点任务", "任务内容", "牵头科室", "配合科室", "完成时限", "分管领导", "措施要求"]
_KEY = re.compile(r"^[一二三四五六七八九十]+[、.．]")
_GROUP = re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]\s*")
_ITEM = re.compile(r"^(\d+)[、.．]\s*|^[（(](\d+)[)）]\s*")
_END_PUNCTUATION = "，,；;。 "


@dataclass
class _Measure:
    number: str
    title: str
    duty: Duty = field(default_factory=Duty)
    measures: list[str] = field(default_factory=list)


@dataclass
class _Block:
    """What a line is: a key task heading, a （一） heading, a numbered item, a duty line or prose."""

    kind: str
    text: str


def grid_from_lines(lines: list[str], sheet: str = "粘贴的文字") -> Grid:
    """Numbered lines (一、（一）1.（1）) as a breakdown grid: headings merged across, a measure a row with its
    units, deadline and leader, and what else was written under it as its 具体措施."""
    blocks = [_Block(_kind(line), line) for raw in lines if (line := str(tidy(raw) or "").strip())]
    rows: list[list[Cell] | _Measure] = []
    rule = False  # "（第一责任单位为牵头单位，下同）": said once, it holds for the rest of the document
    current: _Measure | None = None  # the measure the lines below go to
    group: tuple[Duty, list[_Measure]] | None = None  # a （一） heading's own duty and its items
    for index, block in enumerate(blocks):
        if block.kind == "key" or (block.kind == "group" and _heads_items(blocks, index)):
            _hand_down(group)
            text, duty, rule = split_duty(block.text, rule)
            group = (duty or Duty(), []) if block.kind == "group" else None
            rows.append([text.rstrip(_END_PUNCTUATION)] * len(HEADER))
            current = None
        elif block.kind in ("item", "group"):
            found = (_ITEM if block.kind == "item" else _GROUP).match(block.text)
            assert found is not None
            number = block.text[:found.end()].strip() if block.kind == "group" else (
                f"{found[1]}." if found[1] else f"({found[2]})")
            text, duty, rule = split_duty(block.text[found.end():], rule)
            current = _Measure(number, text.rstrip(_END_PUNCTUATION), duty or Duty())
            if group is not None and block.kind == "item":
                group[1].append(current)
            rows.append(current)
        elif block.kind == "duty":
            rule = rule or states_rule(block.text)
            inside = trailing_bracket(block.text)
            said = read_duty(inside[1] if inside and inside[0] == 0 else block.text)
            if current is not None:
                current.duty.merge(said)
            elif group is not None:
                group[0].merge(said)
        elif states_rule(block.text):
            rule = True  # "各项任务排在第一位的为牵头单位": a rule, not a measure
        elif current is not None:
            current.measures.append(block.text)
    _hand_down(group)
    return Grid(sheet, [list(HEADER), *(_cells(row) for row in rows)])


def _kind(line: str) -> str:
    if _KEY.match(line):
        return "key"
    if _GROUP.match(line):
        return "group"
    if _ITEM.match(line):
        return "item"
    inside = trailing_bracket(line)
    if is_labelled(line) or (inside is not None and inside[0] == 0 and is_labelled(inside[1].strip())):
        return "duty"  # 责任单位：…, or （责任单位：…） on a line of its own
    return "prose"


def _heads_items(blocks: list[_Block], index: int) -> bool:
    """A （一） with numbered items below it (before the next heading) heads them; without, it is a measure."""
    for block in blocks[index + 1:]:
        if block.kind in ("key", "group"):
            return False
        if block.kind == "item":
            return True
    return False


def _hand_down(group: tuple[Duty, list[_Measure]] | None) -> None:
    """A （一） heading's units and deadline go to each of its items that says none of its own."""
    if group is None:
        return
    duty, items = group
    for item in items:
        if not item.duty.lead and not item.duty.co:
            item.duty.lead, item.duty.co = duty.lead, list(duty.co)
        item.duty.deadline = item.duty.deadline or duty.deadline
        item.duty.leaders = item.duty.leaders or duty.leaders


def _cells(row: list[Cell] | _Measure) -> list[Cell]:
    if isinstance(row, list):
        return row
    duty = row.duty
    return [row.number, None, row.title, duty.lead or None, "、".join(duty.co) or None, duty.deadline or None,
            "、".join(duty.leaders) or None, "\n".join(row.measures) or None]
