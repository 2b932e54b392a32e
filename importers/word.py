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
from importers.outline import grid_from_lines
from importers.progress import advance
from importers.sheets import MAX_UNPACKED_BYTES
from models.apply.rows import Cell
from models.errors import RuleError

MAX_DOCUMENT_BYTES = 30 * 1024 * 1024  # the document's own XML; pictures and the rest are counted apart
# Elements in the document's XML. A 100-page 分工方案 has about 100,000; 29 MB of <w:tbl/> had 3.6 million
# and took 580 MB as a tree. Counted while parsing, so the tree never grows past this.
MAX_ELEMENTS = 400_000
MAX_CELLS = 2_000_000  # table cells as read, spans counted: a row of 64-column spans is 64

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    if not any(any(value is not None for value in cells) for grid in found for cells in grid.rows):
        raise RuleError("{name} 中没有找到任务：文件中没有表格，也没有编号的条目（一、（一）1.）。", name=path.name)
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


def _text(element: Any, *, breaks: bool = False) -> str:
    """A paragraph's text; with `breaks`, a line broken by hand (Shift+Enter: w:br, w:cr) as a line break, as in a
    table cell "牵头单位：市教育局⏎配合单位：市财政局" where each line says its own."""
    if not breaks:
        return "".join(node.text or "" for node in element.iter(f"{W}t"))
    return "".join(node.text or "" if node.tag == f"{W}t" else "\n" for node in element.iter()
                   if node.tag in (f"{W}t", f"{W}br", f"{W}cr"))


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
            text = "\n".join(_text(p, breaks=True) for p in tc.iter(f"{W}p"))
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
