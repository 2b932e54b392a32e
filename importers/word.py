"""A 分工方案 as published in Word (.docx) or pasted from it: numbered paragraphs and tables into grids.

The .docx is read straight from its XML (defusedxml refuses entity bombs) rather than through python-docx,
whose lxml would add about 8 MB to the offline bundle for what is a simple walk over paragraphs and cells."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from importers.cells import tidy
from importers.grid import MAX_COLUMNS, MAX_ROWS, Grid
from importers.progress import advance
from importers.sheets import MAX_UNPACKED_BYTES
from importers.units import lead_and_helpers
from models.apply.rows import Cell
from models.domain.deadlines import deadline_in_text
from models.errors import RuleError

MAX_DOCUMENT_BYTES = 30 * 1024 * 1024  # the document's own XML; pictures and the rest are counted apart
# Elements in the document's XML. A 100-page 分工方案 has about 100,000; 29 MB of <w:tbl/> had 3.6 million
# and took 580 MB as a tree. Counted while parsing, so the tree never grows past this.
MAX_ELEMENTS = 400_000
MAX_CELLS = 2_000_000  # table cells as read, spans counted: a row of 64-column spans is 64

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADER = ["序号", "重点任务", "具体措施", "牵头科室", "配合科室", "完成时限", "分管领导"]
_KEY = re.compile(r"^[一二三四五六七八九十]+[、.．]")
_GROUP = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
_ITEM = re.compile(r"^(\d+)[、.．]\s*|^[（(](\d+)[)）]\s*")
_DUTY_WORDS = ("牵头", "配合", "负责", "完成", "前")
_LABELLED = re.compile(r"^(责任单位|牵头单位|配合单位|完成时限|完成时间|时间要求|责任领导|牵头领导|分管领导)[：:](.*)$")
_DEADLINE_LABEL = re.compile(r"^(完成时限|完成时间|时间要求|时限)[：:]")
_LEADER_LABEL = re.compile(r"^(责任领导|牵头领导|分管领导|分管部领导)[：:](.*)$")


def is_word_document(path: Path) -> bool:
    """A .docx, whatever its name says."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def read_word(path: Path) -> list[Grid]:
    """The document's tables, each a grid, and its numbered paragraphs as one more."""
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise RuleError("{name} 解压后过大，不像分工方案，已拒绝读取。", name=path.name)
            if archive.getinfo("word/document.xml").file_size > MAX_DOCUMENT_BYTES:
                # A 250 MB document.xml in a 365 KB file took 4.3 GB to parse: a 分工方案 is a few hundred KB.
                raise RuleError("{name} 的正文解压后超过 {limit} MB，不像分工方案，已拒绝读取。", name=path.name,
                                limit=MAX_DOCUMENT_BYTES // (1024 * 1024))
            with archive.open("word/document.xml") as document:
                root = _parsed(path, document)
    except RuleError:
        raise
    except Exception as error:  # a broken zip, no document part, XML that is not XML or is hostile
        raise RuleError("{name} 已损坏或不是 Word 文档，无法读取。", name=path.name) from error
    body = root.find(f"{W}body")
    grids: list[Grid] = []
    lines: list[str] = []
    budget = [MAX_CELLS]
    chunks = 0
    for element in _blocks(body) if body is not None else []:
        advance()
        if element.tag == f"{W}tbl":
            grids.append(Grid(f"表格{len(grids) + 1}", _table_rows(element, path.name, budget)))
        elif element.tag == f"{W}p":
            lines.append(_text(element))
        elif element.tag == f"{W}altChunk":
            chunks += 1
    outline = grid_from_lines(lines, "正文")
    found = [*grids, outline] if len(outline.rows) > 1 else grids
    if chunks and not any(grid.rows for grid in found):
        raise RuleError("{name} 的内容是嵌入的另一份文档（altChunk），本程序读不出：请在 Word 或 WPS 中打开，"
                        "“另存为” .docx 后再导入。", name=path.name)
    rows = sum(len(grid.rows) for grid in found)
    if rows > MAX_ROWS:  # the sheets' limit holds for Word too (a small file planned 416,666 rows)
        raise RuleError("{name} 中共有 {rows} 行，最多读取 {limit} 行，不像分工方案。", name=path.name, rows=rows,
                        limit=MAX_ROWS)
    return found


def _parsed(path: Path, document: Any) -> Any:
    """The document's XML as a tree, refused once it holds more than MAX_ELEMENTS elements."""
    root = None
    for count, (_event, element) in enumerate(ElementTree.iterparse(document, events=("start",)), start=1):
        if root is None:
            root = element  # the tree is built under it as the parsing goes on
        if count > MAX_ELEMENTS:
            raise RuleError("{name} 的正文有超过 {limit} 个元素，不像分工方案，已拒绝读取。", name=path.name,
                            limit=MAX_ELEMENTS)
        if count % 4096 == 0:
            advance(0)
    return root


def _blocks(parent: Any) -> Iterator[Any]:
    """The body's tables and paragraphs in order, those inside content controls (w:sdt) too: a table inside
    one read as "共 0 行" with no reason. A loop, not recursion: 100,000 nested controls overflowed it."""
    pending = [iter(parent)]
    while pending:
        element = next(pending[-1], None)
        if element is None:
            pending.pop()
        elif element.tag == f"{W}sdt":
            content = element.find(f"{W}sdtContent")
            if content is not None:
                pending.append(iter(content))
        else:
            yield element


def grid_from_lines(lines: list[str], sheet: str = "粘贴的文字") -> Grid:
    """Numbered lines (一、（一）1.（1）) as a breakdown grid: headings merged across, a measure a row with its
    units and deadline taken from the bracket at its end or from 责任单位：/完成时限： lines after it."""
    rows: list[list[Cell]] = [list(HEADER)]
    width = len(HEADER)
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        labelled = _LABELLED.match(line)
        if labelled and len(rows) > 1 and rows[-1][2]:
            said = labelled[2]
            if _DEADLINE_LABEL.match(line) and not said.rstrip("。").endswith(("前", "完成")):
                said = f"{said}前完成"  # 完成时限：6月底 means by the end of June
            _apply_duty(rows[-1], f"{labelled[1]}：{said}" if _LEADER_LABEL.match(line) else said)
            continue
        if _KEY.match(line) or _GROUP.match(line):
            rows.append([tidy(line)] * width)  # a heading: as a heading row merged across the table
            continue
        item = _ITEM.match(line)
        if item is None:
            continue  # prose between the numbered items
        text = line[item.end():]
        row: list[Cell] = [f"{item[1]}." if item[1] else f"({item[2]})"] + [None] * (width - 1)
        duty = trailing_bracket(text)
        if duty is not None and any(word in duty[1] for word in _DUTY_WORDS):
            text = text[:duty[0]]
            _apply_duty(row, duty[1])
        row[2] = tidy(text.rstrip("，,；;。 "))
        rows.append(row)
    return Grid(sheet, rows)


def trailing_bracket(text: str) -> tuple[int, str] | None:
    """Where the bracketed part ending `text` starts, and what it says, brackets inside it kept:
    "（组织科牵头，各县（市、区）委组织部配合，10月底前完成）" is one part."""
    end = len(text.rstrip("。；; "))
    if end == 0 or text[end - 1] not in "）)":
        return None
    depth = 0
    for position in range(end - 1, -1, -1):
        if text[position] in "）)":
            depth += 1
        elif text[position] in "（(":
            depth -= 1
            if depth == 0:
                return position, text[position + 1:end - 1]
    return None


def _apply_duty(row: list[Cell], duty: str) -> None:
    """Units and deadline from "市委组织部牵头，市委宣传部配合，2026年10月底前完成"."""
    clauses = [c.strip() for c in _top_level_clauses(duty) if c.strip()]
    leaders = [found[2] for c in clauses if (found := _LEADER_LABEL.match(c))]
    clauses = [c for c in clauses if not _LEADER_LABEL.match(c)]
    if leaders:  # 责任领导：李明
        row[6] = row[6] or "、".join(leaders)
    dated = [_DEADLINE_LABEL.sub("", c) for c in clauses if deadline_in_text(c, 2000) is not None]
    units = "，".join(c for c in clauses if deadline_in_text(c, 2000) is None)
    if units:
        leads, helpers = lead_and_helpers(units, None)
        row[3] = row[3] or (leads[0] if leads else None)
        row[4] = row[4] or ("、".join(helpers) or None)
    if dated:  # every dated clause: the milestones stay in the text, the last date is the deadline
        row[5] = "，".join(dated)


def _top_level_clauses(text: str) -> list[str]:
    """Split at ，；outside brackets: 各县（市、区）委组织部 stays one clause."""
    clauses, current, depth = [], "", 0
    for char in text:
        depth += char in "（("
        depth -= char in "）)" and depth > 0
        if depth == 0 and char in "，,；;":
            clauses.append(current)
            current = ""
        else:
            current += char
    return [*clauses, current]


def _text(element: Any) -> str:
    return "".join(node.text or "" for node in element.iter(f"{W}t"))


def _table_rows(table: Any, name: str, budget: list[int]) -> list[list[Cell]]:
    """Rows of cell texts; a cell spanning columns (gridSpan) or rows (vMerge) gives its text to each.
    `budget` holds the cells the document may still have (MAX_CELLS at the start)."""
    rows: list[list[Cell]] = []
    for tr in table.findall(f"{W}tr"):  # its own rows: a nested table's are read with the cell holding it
        advance()
        cells: list[Cell] = []
        for tc in tr.findall(f"{W}tc"):
            props = tc.find(f"{W}tcPr")
            span = props.find(f"{W}gridSpan") if props is not None else None
            merge = props.find(f"{W}vMerge") if props is not None else None
            text = "\n".join(_text(p) for p in tc.iter(f"{W}p"))
            value = tidy(text)
            if merge is not None and merge.get(f"{W}val") != "restart" and rows:
                above = rows[-1]
                value = above[len(cells)] if len(cells) < len(above) else None
            written = span.get(f"{W}val", "1") if span is not None else "1"
            # A span written as "two" or "²" (a digit to str.isdigit, not to int) is read as no span.
            count = int(written) if re.fullmatch(r"[0-9]{1,3}", written) else 1
            cells.extend([value] * max(1, min(count, 64)))
            if len(cells) > MAX_COLUMNS:
                raise RuleError("{name} 的表格有一行超过 {limit} 列，不像分工方案，已拒绝读取。", name=name,
                                limit=MAX_COLUMNS)
        budget[0] -= len(cells)
        if budget[0] < 0:
            raise RuleError("{name} 的表格共有超过 {limit} 个单元格，不像分工方案，已拒绝读取。", name=name,
                            limit=MAX_CELLS)
        rows.append(cells)
    return rows
