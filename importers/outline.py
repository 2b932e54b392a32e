"""A 分工方案's numbered lines (Word paragraphs, or text pasted from Word) as a breakdown grid, one row a measure.

一、 heads a key task; （一） heads the items numbered 1. below it, or, with none, is a measure itself (市 documents
number their measures so); each measure's duty comes from the brackets at its end and the labelled lines under it
(责任单位：…, 时限要求：…); other lines under a measure are kept as its 具体措施, never dropped. Page numbers
(— 2 —, 第 2 页) are no text; what closes the document — a closing section (保障措施, 工作要求 …) whose items name
no duty, the closing paragraph, 附件 lines, the signature and date — is no measure's and is named in a note."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.cells import tidy
from importers.duty import Duty, is_labelled, read_duty, split_duty, states_rule, trailing_bracket
from importers.grid import Grid
from importers.units import looks_like_unit
from models.apply.rows import Cell
from models.errors import Message

HEADER = ["序号", "重点任务", "任务内容", "牵头科室", "配合科室", "完成时限", "分管领导", "措施要求"]
_KEY = re.compile(r"^[一二三四五六七八九十]+[、.．]")
_GROUP = re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]\s*")
_ITEM = re.compile(r"^(\d+)[、.．]\s*|^[（(](\d+)[)）]\s*")
_END_PUNCTUATION = "，,；;。 "
_DASH = "—–\\-－~～"
PAGE_NUMBER = re.compile(rf"^(?:[{_DASH}]+\s*\d{{1,4}}\s*[{_DASH}]+|"
                         r"第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?|"
                         r"共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4})$")
_DAY = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
                  r"[\d一二三四五六七八九十]{1,3}日(?:印发|发布|印)?$")  # the date a document is signed or issued on
_SIGNED = re.compile(r"^(?:抄送|抄报|主送|分送|印发)\s*[：:]|印发$")
_ANNEX = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*(?:[：:．.、]|$)")
_CLOSING_SECTION = re.compile(r"(保障措施|工作要求|组织保障|保障机制|有关要求|工作保障|组织领导|其他事项|其他要求|"
                              r"监督检查|督促检查|督查考核|考核督查|工作机制|推进机制|有关事项)[。]?$")
_MEASURE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")  # 具体措施：…, 工作目标：… under a measure
_ADDRESSES = re.compile(r"^各.{0,12}?要")  # 各牵头单位要会同责任单位…, 各责任单位要倒排工期…


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
    blocks = [_Block(_kind(line), line) for raw in lines
              if (line := str(tidy(raw) or "").strip()) and not PAGE_NUMBER.match(line)]
    closing = _closing(blocks)
    first = next((i for i, block in enumerate(blocks) if block.kind in ("key", "group", "item")), len(blocks))
    left_out = [block.text for index, block in enumerate(blocks) if index in closing and index > first]
    rows: list[list[Cell] | _Measure] = []
    rule = False  # "（第一责任单位为牵头单位，下同）": said once, it holds for the rest of the document
    current: _Measure | None = None  # the measure the lines below go to
    group: tuple[Duty, list[_Measure]] | None = None  # a （一） heading's own duty and its items
    for index, block in enumerate(blocks):
        if index in closing:
            continue
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
    grid = Grid(sheet, [list(HEADER), *(_cells(row) for row in rows)])
    if left_out:
        text = "／".join(left_out)
        grid.notes.append((len(grid.rows) + 1, Message(
            "正文中有 {count} 段是结束语、附件或落款，不是任务，也没有记入哪项任务的具体措施：{text}",
            count=len(left_out), text=text if len(text) <= 60 else text[:60] + "……")))
    return grid


def _closing(blocks: list[_Block]) -> set[int]:
    """The blocks that close the document, not measures nor lines of one: 附件 lines, a closing section whose
    items name no duty, and after the last measure the signature (organ, date, 印发, 抄送) and the prose before
    it, or a paragraph addressing the units (各牵头单位要…)."""
    closing: set[int] = set()
    for index, block in enumerate(blocks):
        if _ANNEX.match(block.text):  # 附件：1.…项目表 / 2.进展情况报送表
            closing.add(index)
            following = index + 1
            while following < len(blocks) and blocks[following].kind == "item" \
                    and split_duty(blocks[following].text, False)[1] is None:
                closing.add(following)
                following += 1
        elif block.kind == "key" and _CLOSING_SECTION.search(_KEY.sub("", block.text, count=1)):
            end = next((i for i in range(index + 1, len(blocks)) if blocks[i].kind == "key"), len(blocks))
            section = range(index, end)
            if not any(blocks[i].kind == "duty" or (blocks[i].kind in ("group", "item") and split_duty(
                    blocks[i].text, False)[1] is not None) for i in section):
                closing.update(section)
    last = max((i for i, block in enumerate(blocks) if block.kind in ("key", "group", "item") and i not in closing),
               default=-1)
    after = range(last + 1, len(blocks))
    signed = [i for i in after if _DAY.match(blocks[i].text) or _SIGNED.search(blocks[i].text) or (
        i + 1 < len(blocks) and _is_organ(blocks[i].text) and (_DAY.match(blocks[i + 1].text) or _SIGNED.search(
            blocks[i + 1].text)))]
    addressed = next((i for i in after if blocks[i].kind == "prose" and _ADDRESSES.match(blocks[i].text)), None)
    for i in after:
        if (signed and i >= signed[0]) or (addressed is not None and i >= addressed):
            closing.add(i)  # the signature, and everything from the paragraph addressing the units on
        elif signed and blocks[i].kind == "prose" and not _MEASURE_LABEL.match(blocks[i].text):
            closing.add(i)  # a closing paragraph before the signature
    return closing


def _is_organ(text: str) -> bool:
    """A line that signs the document: 清河县人民政府办公室, 中共江城市委办公室."""
    return len(text) <= 30 and not re.search(r"[，,。；;：:、]", text) and looks_like_unit(text)


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
