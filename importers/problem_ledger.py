"""Reading a 整改台账 (巡察、审计、督查 findings and their 整改) into plain problem rows: header, title, categories."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from pathlib import Path

from defusedxml import ElementTree

from importers.breakdown import read_document
from importers.cells import tidy
from importers.grid import Grid
from importers.progress import advance
from importers.units import lead_and_helpers, names
from importers.word import W, is_word_document
from models.apply.problem_rows import ProblemLine, status_of_problem_word
from models.apply.rows import Cell
from models.domain.deadlines import parse_deadline
from models.domain.enums import DeadlineKind
from models.domain.helper_units import separator_of, with_helpers
from models.domain.workflow import MAX_NAME, MAX_TEXT
from models.errors import RuleError

# Each column and the words offices head it with (compared without spaces and without a bracketed note).
PROBLEM_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "问题序号", "问题编号"),
    "category": ("问题类别", "类别", "问题类型", "问题分类", "类型", "问题方面", "方面", "反馈问题类别"),
    "description": ("存在问题", "存在的问题", "问题描述", "问题", "具体问题", "问题表现", "反馈问题", "主要问题",
                    "问题内容", "发现问题", "发现的问题", "巡察反馈问题", "审计发现问题", "督查发现问题", "问题清单",
                    "问题及表现", "具体问题表现"),
    "measures": ("整改措施", "整改举措", "具体整改措施", "整改措施及目标", "整改目标及措施", "整改目标和措施", "措施"),
    "leader": ("责任领导", "分管领导", "牵头领导", "责任部领导", "分管部领导", "责任部务委员"),
    "units": ("责任单位", "整改责任单位", "责任科室", "牵头单位", "责任部门", "整改单位", "牵头科室", "责任处室",
              "整改责任科室", "责任主体"),
    "owner": ("责任人", "具体责任人", "整改责任人", "经办人"),
    "deadline": ("整改时限", "完成时限", "整改时间", "时限", "完成时间", "整改期限", "时限要求", "整改完成时限"),
    "progress": ("整改进展", "整改进展情况", "整改落实情况", "进展情况", "落实情况", "整改情况", "整改进度", "推进情况",
                 "工作进展"),
    "state": ("完成情况", "整改状态", "完成状态", "是否完成", "状态", "整改完成情况", "是否整改到位", "办理状态",
              "整改结果"),
}
HEADER_SCAN = 15
_BRACKETED = re.compile(r"[（(][^）)]*[）)]|[*＊\s]")
_ATTACHMENT = re.compile(r"^附件\s*\d*[：:]?$")
_FOOTER = re.compile(r"^(注|说明|备注|填表人|填报人|联系电话|联系人|审核人|制表人?|单位负责人|填表说明)\s*[：:]")
_TOTAL = re.compile(r"^(合\s*计|小\s*计|总\s*计|共计)")
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*")
_PLAIN_NUMBER = re.compile(r"^\d+(?:[.．、-]\d+)*[.．、]?$")
# A title paragraph above a Word table says what it is; a short line is taken where none does (not a preamble).
_TITLE_WORDS = re.compile(r"台账|清单|整改|问题")
_SHORT_TITLE = 60


def _word(value: Cell) -> str:
    return _BRACKETED.sub("", str(value)) if value is not None else ""


def _text(value: Cell) -> str:
    """A cell's text as written, its lines kept (a long 整改措施 is written a measure a line)."""
    return str(value).strip() if value is not None else ""


def _line(value: Cell) -> str:
    return re.sub(r"\s+", " ", _text(value)).strip()


def field_of(word: str) -> str | None:
    return next((name for name, words in PROBLEM_WORDS.items() if word in words), None)


def find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """The row among the first 15 naming the most columns, one of them the problem itself, and its columns."""
    best: tuple[int, dict[str, int]] | None = None
    for index, cells in enumerate(grid.rows[:HEADER_SCAN]):
        columns: dict[str, int] = {}
        for column, value in enumerate(cells):
            name = field_of(_word(value))
            if name is not None and name not in columns:
                columns[name] = column
        if "description" in columns and len(columns) >= 3 and (best is None or len(columns) > len(best[1])):
            best = (index, columns)
    return best


def title_of(grid: Grid, header_row: int) -> str:
    """The sheet's title row above the header ("2026年市委第二巡察组反馈问题整改台账"); "" when there is none."""
    for cells in grid.rows[:header_row]:
        text = next((_line(value) for value in cells if value is not None and _line(value)), "")
        if text and not _ATTACHMENT.match(text):
            return text[:128]
    return ""


def read_problem_ledger(path: Path, year: int, source: str = "") -> list[ProblemLine]:
    """Every problem row of every sheet with a 整改台账 header; `source` (else each sheet's title row, or in Word the
    title paragraph above the table, else the file's name) is the record they go under. A file with no such
    header, or none of it rows, is refused."""
    grids = read_document(path)  # refuses what is not a spreadsheet or Word document, and empty files
    titles = word_titles(path) if is_word_document(path) else {}
    return problem_lines(grids, year, source, path.stem, titles)


def word_titles(path: Path) -> dict[str, str]:
    """Each Word table's title paragraph ("市委督查室2026年第二轮大督查发现问题整改台账"), by the name read_word
    gives the table (表格1, …): among the paragraphs since the table before it, the first that names a 台账, 清单
    or 整改 (else the first short one), 附件2 and a note under the table before (注：…) passed over. Read after
    read_word, whose limits the document has passed; the tables are counted as it counts them (in the body or
    a content control, never inside another table or a paragraph)."""
    titles: dict[str, str] = {}
    above: list[str] = []
    tables = inside_table = inside_paragraph = 0
    with zipfile.ZipFile(path) as archive, archive.open("word/document.xml") as document:
        for event, element in ElementTree.iterparse(document, events=("start", "end")):
            if element.tag == f"{W}tbl":
                if event == "start" and not inside_table and not inside_paragraph:
                    tables += 1
                    if title := _title_among(above):
                        titles[f"表格{tables}"] = title
                    above = []
                inside_table += 1 if event == "start" else -1
            elif element.tag == f"{W}p":
                inside_paragraph += 1 if event == "start" else -1
                if event == "end" and not inside_table and not inside_paragraph:
                    above.append(_line("".join(node.text or "" for node in element.iter(f"{W}t"))))
                    element.clear()
    return titles


def _title_among(paragraphs: list[str]) -> str:
    candidates = [text for text in paragraphs if text and not _ATTACHMENT.match(text) and not _FOOTER.match(text)]
    named = next((text for text in candidates if _TITLE_WORDS.search(text)), None)
    short = next((text for text in candidates if len(text) <= _SHORT_TITLE), "")
    return (named or short)[:128]


def problem_lines(grids: list[Grid], year: int, source: str = "", file_name: str = "",
                  titles: Mapping[str, str] | None = None) -> list[ProblemLine]:
    """The problem rows of `grids`; `titles`: a Word document's title paragraph above each table, by grid name."""
    lines: list[ProblemLine] = []
    found_header = False
    for grid in grids:
        header = find_header(grid)
        if header is None:
            continue
        found_header = True
        row, columns = header
        sheet_source = (source.strip() or title_of(grid, row) or (titles or {}).get(grid.sheet, "") or file_name
                        or grid.sheet)
        lines += _sheet_lines(grid, row, columns, year, sheet_source)
    if not found_header:
        raise RuleError("{name} 中没有找到整改台账的表头行：前 {rows} 行里要有“存在问题”（或“问题描述”）一列，"
                        "以及“责任单位”“整改时限”“完成情况”等列名中的至少两个。", name=file_name or "文件",
                        rows=HEADER_SCAN)
    if not any(line.importable for line in lines):
        raise RuleError("{name} 的表头下没有一个问题可以导入。", name=file_name or "文件")
    return lines


def _heading(cells: list[Cell], columns: dict[str, int]) -> str | None:
    """A category heading row ("一、党的政治建设方面", merged across the table or alone in 序号): its words."""
    filled = [_line(value) for value in cells if value is not None and _line(value)]
    if not filled or len(set(filled)) != 1 or _PLAIN_NUMBER.match(filled[0]):
        return None
    at_start = {columns.get("number"), columns.get("category")}
    description = cells[columns["description"]] if columns["description"] < len(cells) else None
    if len(filled) > 1 or (description is None and any(
            column is not None and column < len(cells) and cells[column] is not None for column in at_start)):
        return _HEADING_NUMBER.sub("", filled[0]).strip() or filled[0]
    return None


def _sheet_lines(grid: Grid, header_row: int, columns: dict[str, int], year: int, source: str) -> list[ProblemLine]:
    lines: list[ProblemLine] = []
    category = ""
    for index in range(header_row + 1, len(grid.rows)):
        advance(0)
        cells = grid.rows[index]
        first = next((_line(value) for value in cells if value is not None and _line(value)), "")
        if not first:
            continue
        if _FOOTER.match(first) or _TOTAL.match(first):
            continue  # a note under the table, or a 合计 row: no problem of its own
        if (heading := _heading(cells, columns)) is not None:
            category = heading
            continue
        values = {name: grid.value(index, column) for name, column in columns.items()}
        if values.get("description") is None and all(
                value is None for name, value in values.items() if name not in ("number", "category")):
            continue  # a row of a template numbered ahead, not filled in
        line = ProblemLine(grid.sheet, index + 1, source)
        _fill(line, values, category, year)
        lines.append(line)
    return lines


def _fill(line: ProblemLine, values: dict[str, Cell], category: str, year: int) -> None:
    number = values.get("number")
    line.number = (str(int(number)) if isinstance(number, float) and number.is_integer()
                   else _line(number).rstrip("、.．"))[:32]
    line.category = _HEADING_NUMBER.sub("", _line(values.get("category"))).strip() or category
    if len(line.category) > 128:
        line.warn("问题类别超过 128 个字，只保留前 128 个字。")
        line.category = line.category[:128]
    line.description = _text(values.get("description"))
    leads, helpers = lead_and_helpers(values.get("units"), None)
    line.section, line.other_units = (leads[0] if leads else ""), helpers
    # The other units stay where a person reads them: the last line of 整改措施 (models/domain/helper_units.py).
    line.measures = with_helpers(_text(values.get("measures")), helpers, separator_of(_text(values.get("units"))))
    line.progress = _text(values.get("progress"))
    line.state_word = _line(values.get("state"))
    if not line.description:
        line.fail("没有“存在问题”，这一行不导入。")
        return
    for what, text in (("存在问题", line.description), ("整改措施", line.measures), ("整改进展", line.progress)):
        if len(text) > MAX_TEXT:
            line.fail("{what}太长：{length} 个字，最多 {limit} 个字。", what=what, length=len(text), limit=MAX_TEXT)
    if line.other_units:
        line.warn("责任单位有 {count} 个：“{first}”记为整改科室，{others} 写在整改措施末尾的“配合单位”中。",
                  count=1 + len(helpers), first=line.section, others="、".join(helpers))
    line.leader = _one_name(line, values.get("leader"), "责任领导")
    line.owner = _one_name(line, values.get("owner"), "责任人")
    deadline = parse_deadline(tidy(values.get("deadline")), year)
    line.deadline_value, line.deadline_text = values.get("deadline"), deadline.display
    if deadline.kind == DeadlineKind.UNPARSED:
        line.warn("整改时限“{text}”不是日期，按原文保存，不判逾期。", text=deadline.display)
    line.wanted = status_of_problem_word(line.state_word)
    if line.state_word and line.wanted is None:
        line.warn("完成情况“{word}”认不出：状态按整改进展定（有进展为整改中，否则待整改）。", word=line.state_word)


def _one_name(line: ProblemLine, value: Cell, what: str) -> str:
    listed = names(value)
    if not listed:
        return ""
    if len(listed) > 1:
        line.warn("{what}有 {count} 人：只记第一位“{name}”。", what=what, count=len(listed), name=listed[0])
    if len(listed[0]) > MAX_NAME:
        line.warn("{what}“{name}…”超过 {limit} 个字，不记入。", what=what, name=listed[0][:10], limit=MAX_NAME)
        return ""
    return listed[0]
