"""A header row worded the office's own way, found by what its columns hold, the words in it taken as hints."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from importers.grid import Grid
from models.apply.rows import Cell
from models.domain.deadlines import parse_deadline
from models.domain.enums import DeadlineKind

# A part of a header word and the field it suggests, the first that fits winning: "协同配合单位" helps,
# "主要责任单位" and "责任主体" lead, "推进时限" is a deadline, "任务事项" the task.
HINTS: list[tuple[str, tuple[str, ...]]] = [
    ("number", ("序号", "编号")), ("note", ("备注",)), ("progress", ("进展", "情况", "成效")),
    ("co", ("配合", "协同", "协作", "协助", "协办", "参与")), ("leader", ("领导",)),
    ("owner", ("责任人", "联系人", "经办人")), ("deadline", ("时限", "时间", "节点", "期限", "时序")),
    ("lead", ("牵头", "单位", "部门", "科室", "主体", "承办", "处室", "股室")),
    ("title", ("任务", "事项", "内容", "措施", "举措", "工作", "目标")),
]
LONGEST_LABEL = 12  # a header says what a column holds in a few characters
SAMPLE = 8  # rows below a header looked at
_UNIT_END = re.compile(r"(局|委|办|部|厅|室|科|股|处|组|中心|公司|政府|街道|镇|乡|院|校|所|站|队|党委|党组|机关"
                       r"|单位|部门|[)）])$")
_NAMES = re.compile(r"[、，,；;/\s]+")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3})*$")
_WORD = re.compile(r"\s+")


def hint_of(word: str) -> str | None:
    for name, parts in HINTS:
        if any(part in word for part in parts):
            return name
    return None


def looks_like_header_row(cells: list[Cell], known: Callable[[str], str | None]) -> bool:
    """Every cell a header word, known or hinted ("序号｜任务事项｜责任主体"): the header repeated, never a task."""
    words = [_WORD.sub("", str(value)) for value in cells if value is not None and str(value).strip()]
    return len(words) >= 2 and all(len(word) <= LONGEST_LABEL and (known(word) or hint_of(word)) for word in words)


def _all_units(text: str) -> bool:
    """"组织科、各县（市、区）委组织部。": every name listed ends as a unit's name does."""
    listed = [name.rstrip("。.；;，,：:") for name in _NAMES.split(_BRACKETED.sub("", text))]
    return all(_UNIT_END.search(name) for name in listed if name)


def _kind(values: list[str]) -> str:
    """What a column's cells below the header hold: long texts, unit names, deadlines, people, numbers; a cell that
    says there is nothing (—, /, 无) counts as blank."""
    filled = [value for value in values if value and parse_deadline(value, 2000).kind != DeadlineKind.NONE]
    if not filled:
        return ""
    share = len(filled) * 0.6
    if sum(1 for v in filled if re.fullmatch(r"[（(]?[\d一二三四五六七八九十]+[)）.、．]?", v)) >= share:
        return "number"
    if sum(1 for v in filled if parse_deadline(v, date.today().year).kind
           not in (DeadlineKind.UNPARSED, DeadlineKind.NONE)) >= share:
        return "deadline"
    if sum(1 for v in filled if _all_units(v)) >= share:
        return "unit"
    if sum(1 for v in filled if _PERSON.match(v)) >= share:
        return "person"
    return "long" if sum(len(v) for v in filled) / len(filled) >= 8 else "short"


def guess_header(grid: Grid, scan: int, known: Callable[[str], str | None]) -> tuple[int, dict[str, int]] | None:
    """The first row among the first `scan` whose short labels stand over long task texts and units or dates,
    and the columns it names: a word the lists know keeps its field, the rest go by what they hold."""
    for index in range(min(scan, len(grid.rows))):
        columns = _row_columns(grid, index, known)
        if columns is not None and {"title", "key_task"} & set(columns) and {"lead", "deadline"} & set(columns):
            return index, columns
    return None


def filled_by_content(grid: Grid, index: int, columns: dict[str, int],
                      known: Callable[[str], str | None]) -> dict[str, int]:
    """`columns` found from the header's words, with the columns whose words no list knows ("承办单位",
    "推进时限") added by what they hold."""
    guessed = _row_columns(grid, index, known) or {}
    taken = set(columns.values())
    added = {name: column for name, column in guessed.items() if name not in columns and column not in taken}
    return {**columns, **added}


def _row_columns(grid: Grid, index: int, known: Callable[[str], str | None]) -> dict[str, int] | None:
    labels = {column: _WORD.sub("", str(value)) for column, value in enumerate(grid.rows[index]) if value is not None}
    labels = {column: word for column, word in labels.items() if word}
    if len(set(labels.values())) < 3 or not looks_like_header_row(list(labels.values()), known):
        return None  # a row of data: "1｜整顿软弱涣散党组织｜组织科" says no field's name
    below = [row for row in grid.rows[index + 1:index + 1 + SAMPLE * 2]
             if len({str(v) for v in row if v is not None}) >= 2][:SAMPLE]
    return _columns(labels, below, known) if below else None


def _columns(labels: dict[int, str], below: list[list[Cell]], known: Callable[[str], str | None]) -> dict[str, int]:
    columns: dict[str, int] = {}
    longs: list[int] = []
    for column, word in labels.items():
        texts = [str(row[column]).replace("\n", "").strip() if column < len(row) and row[column] is not None else ""
                 for row in below]
        kind, hint, field = _kind(texts), hint_of(word), known(word)
        if field is None and kind == "long" and hint in (None, "title"):
            longs.append(column)
            continue
        if field is None and kind == "unit":
            field = "co" if hint == "co" or (hint != "lead" and "lead" in columns) else "lead"
        elif field is None and kind == "person":
            field = "owner" if hint == "owner" else "leader"
        elif field is None and kind in ("deadline", "number"):
            field = kind
        if field is not None and field != "progress" and field not in columns:
            columns[field] = column
    if "group" in columns:  # 责任单位: the co units beside a 牵头 column, else the lead
        duty = columns.pop("group")
        if "lead" not in columns or "co" not in columns:
            columns["co" if "lead" in columns else "lead"] = duty
    if longs and "title" in columns and "key_task" not in columns and longs[0] < columns["title"]:
        columns["key_task"] = longs.pop(0)
    if len(longs) >= 2 and "key_task" not in columns and "title" not in columns:
        columns["key_task"] = longs.pop(0)  # 目标任务｜工作措施: the left one over the right one
    if longs and "title" not in columns:
        columns["title"] = longs[0]
    return columns
