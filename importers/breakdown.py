"""Reading a task breakdown (任务分解表) into checked rows: header found, fields mapped, hierarchy and footers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from importers.duty import Duty, cells_duty, split_duty
from importers.grid import Grid
from importers.headers import filled_by_content, guess_header, looks_like_header_row
from importers.levels import Levels, title_level
from importers.outline import grid_from_lines
from importers.progress import advance
from importers.progress_columns import progress_columns
from importers.sheets import check_plain_file, read_grids
from importers.units import names
from importers.word import is_word_document, read_word
from models.apply.rows import Cell, PlannedRow
from models.domain.deadlines import deadline_in_text, parse_deadline
from models.domain.enums import DeadlineKind
from models.domain.text import clean_name
from models.domain.workflow import MAX_KEY_TASK, MAX_NAME, MAX_TEXT, status_of_word
from models.errors import Message, RuleError

# Each field and the words offices use for it in a header row (compared without spaces).
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号"),
    "key_task": ("重点任务", "工作任务", "任务名称", "重点工作", "任务", "类别", "主要工作任务", "重点工作任务",
                 "目标任务", "主要任务", "工作目标"),
    "title": ("具体措施", "工作内容", "具体工作", "具体工作措施", "工作措施", "主要措施", "任务内容", "议定事项",
              "督办事项", "具体任务", "任务举措", "工作举措"),
    "lead": ("牵头科室", "牵头单位", "责任部门", "责任科室", "牵头部门", "牵头", "牵头委室", "牵头处室", "主要责任单位",
             "牵头责任单位", "主责单位", "主责部门"),
    "co": ("配合科室", "协办部门", "配合单位", "配合部门", "协办科室", "配合", "协作科室", "协作委室", "配合委室",
           "参与单位", "协同单位", "协同配合单位", "配合责任单位", "协助单位", "协同部门", "协办单位"),
    "group": ("责任单位",),  # over 牵头 / 配合 in a two-row header; beside a 牵头 column the co units, else the lead
    "leader": ("分管领导", "责任领导", "牵头领导", "分管部领导", "分管部务委员"),
    "owner": ("责任人", "具体责任人", "经办人", "联系人"),
    "deadline": ("完成时限", "时间节点", "完成时间", "时限要求", "完成期限", "时限", "拟定时限", "办结时限"),
    "note": ("备注",),
    "status": ("办理状态", "完成状态", "推进状态", "当前状态", "进展状态", "状态"),
    "measures": ("措施要求",),  # what a Word 分工方案 wrote under a measure besides its duty (importers/outline.py)
}
FOOTER = re.compile(r"^(注|说明|备注|填表人|联系电话|联系人|审核人|制表)\s*[：:]?")
# 一、 一. and also 一 followed by a space ("一 会议"): a key task heading, never a task of its own.
HEADING = re.compile(r"^[一二三四五六七八九十]+(?:[、.．]|\s+(?=\S))")
SUB_HEADING = re.compile(r"^[（(]\s*[一二三四五六七八九十]+\s*[)）]")  # （一）… groups the rows under it
TOTAL = re.compile(r"^(?:合\s*计|小\s*计|总\s*计|共计|共\s*\d+\s*项)")
# "（分解任务3项）", "（共3项）", "(3项)" after a heading: a count, not part of the key task's name.
COUNT_SUFFIX = re.compile(r"\s*[（(]\s*(?:分解任务|共|计)?\s*\d+\s*项\s*[)）]\s*$")
NUMERAL = re.compile(r"^[一二三四五六七八九十]+")  # alone in 序号, or before a heading whose space tidying took
NUMERAL_WORD = re.compile(r"^[一二三四五六七八九十]+(是|季度|月|年|批|期|级|类|号|次|把手|把|些|切|律|直|起|同|定|般)")
SUB_NUMBER = re.compile(r"^[（(]\s*\d+\s*[)）]")
_SUB_HEADING_NUMBER = re.compile(r"[（(][一二三四五六七八九十]+[)）][、.．]?")  # （一） alone in 序号
NUMBER_PREFIX = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+[、.．])\s*")
NAME_SPLIT = re.compile(r"[、，,；;/\s]+")


_SPACES = re.compile(r"\s+")
_TITLE_END = "。；;，, "
HEADER_SCAN = 15  # the rows a header is looked for in
DEEPER_SCAN = 200  # where a header below them is looked for, to say so
# A 整改台账's header words: given to the task import, it is named and sent to import-problems.
RECTIFICATION_WORDS = {"存在问题", "存在的问题", "问题描述", "问题清单", "整改措施", "整改时限", "整改责任单位",
                       "整改进展", "整改落实情况", "整改情况", "整改目标", "问题类别"}
_AFTER_A_NAME = "。.．；;，,：:"  # "组织科。": a unit's cell written as a sentence
_NUMBERED = re.compile(r"^\s*[（(]?\d+[)）.．、]")


def cell_word(value: Cell) -> str:
    return _SPACES.sub("", str(value)) if value is not None else ""


def cell_text(value: Cell) -> str:
    """A cell as one line of text, spaces kept (`tidy` already dropped the stray ones); lines wrapped by hand
    are joined."""
    return str(value).replace("\n", "").strip() if value is not None else ""


# The fields a user may point at a column by hand (the dialog's 列对应, the CLI's --columns), as labelled.
FIELD_LABELS = [("number", "序号"), ("key_task", "重点任务"), ("title", "任务内容"), ("lead", "牵头科室"),
                ("co", "配合科室"), ("leader", "分管领导"), ("owner", "责任人"), ("deadline", "完成时限"),
                ("note", "备注")]


def columns_from_text(spec: str) -> dict[str, int]:
    """"任务内容=B,牵头科室=D" → {"title": 1, "lead": 3}; a clear message for anything else."""
    by_label = {label: name for name, label in FIELD_LABELS}
    mapping: dict[str, int] = {}
    for part in (p.strip() for p in re.split(r"[,，;；]", spec) if p.strip()):
        label, _, letter = part.partition("=")
        name = by_label.get(label.strip())
        if name is None or not re.fullmatch(r"[A-Za-z]{1,3}", letter.strip()):
            raise RuleError("列对应“{part}”看不懂：请写成 字段=列字母，字段可以是 {fields}，如 任务内容=B。", part=part,
                            fields="、".join(by_label))
        mapping[name] = column_index_from_letter(letter.strip().upper()) - 1
    if "title" not in mapping:
        raise RuleError("列对应里至少要有“任务内容”，如 任务内容=B。")
    return mapping


def column_index_from_letter(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - ord("A") + 1
    return number


# A progress column named with its period: "1-3月进展情况", "上半年落实情况", "10月份推进情况", "本月进展"; not the
# last period's, which a 反馈表 shows beside the one to fill (上期进展).
PERIOD_PROGRESS = re.compile(r"^(?!上期|上月|上次|前期|往期|上季度)"
                             r".{1,12}?(进展情况|推进情况|落实情况|完成情况|工作进展|进展)$")


def field_of(word: str, vocabulary: dict[str, tuple[str, ...]] = FIELD_WORDS) -> str | None:
    for name, words in vocabulary.items():
        if word in words:
            return name
    if "progress" in vocabulary and PERIOD_PROGRESS.match(word):
        return "progress"
    return None


@dataclass
class Header:
    row: int  # index of the (last) header row
    columns: dict[str, int]


def find_header(grid: Grid, scan: int = 15, vocabulary: dict[str, tuple[str, ...]] = FIELD_WORDS) -> Header | None:
    """The row among the first `scan` that names the most fields; a second row of 牵头/配合 joins it."""
    best: tuple[int, int] | None = None
    for index, cells in enumerate(grid.rows[:scan]):
        words = {field_of(cell_word(value), vocabulary) for value in cells} - {None}
        has_title = bool(words & {"title", "key_task"})
        if has_title and len(words) >= 2 and (best is None or len(words) > best[1]):
            best = (index, len(words))
    if best is None:
        guessed = guess_header(grid, scan, field_of) if vocabulary is FIELD_WORDS else None
        return Header(*guessed) if guessed is not None else None
    index = best[0]
    columns: dict[str, int] = {}
    below = grid.rows[index + 1] if index + 1 < len(grid.rows) else []
    below_fields = [field_of(cell_word(value), vocabulary) for value in below]
    two_rows = any(name in ("lead", "co") for name in below_fields) and not any(
        name in ("title", "key_task") for name in below_fields)
    duty_column: int | None = None  # 责任单位: the co units beside a 牵头单位 column, else the lead
    for column, value in enumerate(grid.rows[index]):
        name = field_of(cell_word(value), vocabulary)
        if two_rows and column < len(below_fields) and below_fields[column] in ("lead", "co"):
            name = below_fields[column]
        if name == "group":
            duty_column = column if duty_column is None else duty_column
            continue
        if name is not None and name not in columns:
            columns[name] = column
        elif name == "key_task" and "title" not in columns:  # 重点任务｜工作任务: the right one holds the tasks
            columns["title"] = column
    if duty_column is not None and ("lead" not in columns or "co" not in columns):
        columns["co" if "lead" in columns else "lead"] = duty_column
    if vocabulary is FIELD_WORDS and not two_rows:  # words no list knows ("承办单位"), by what the column holds
        columns = filled_by_content(grid, index, columns, field_of)
    return Header(index + 1 if two_rows else index, columns)


def strip_number(text: str) -> str:
    return NUMBER_PREFIX.sub("", text).strip()


def heading_name(text: str) -> str:
    """A heading's key task: its numbering and any count of its tasks left out."""
    text = text.strip()
    return COUNT_SUFFIX.sub("", (HEADING if HEADING.match(text) else NUMERAL).sub("", text, count=1)).strip()


def _is_heading(text: str) -> bool:
    """一、… or 一 … heads a key task (merged across the table); so does "一加强干部队伍建设", its space gone
    in tidying, but not a sentence that starts with a numeral (一是…, 一季度…)."""
    return bool(HEADING.match(text) or (NUMERAL.match(text) and not NUMERAL_WORD.match(text)))


def plan_sheet(grid: Grid, year: int, columns: dict[str, int] | None = None) -> list[PlannedRow]:
    """Check every row below the header; `columns` overrides the header mapping (field → column index)."""
    planned = _plan_rows(grid, year, columns)
    planned += [PlannedRow(grid.sheet, row, "skip", [note]) for row, note in grid.notes]
    return planned


def _plan_rows(grid: Grid, year: int, columns: dict[str, int] | None) -> list[PlannedRow]:
    header = find_header(grid, HEADER_SCAN)
    if header is None and columns is None:
        return [_headless(grid)]
    mapping = columns if columns is not None else header.columns  # type: ignore[union-attr]
    if columns is not None and header is not None:
        mapping = {name: column for name, column in columns.items() if column >= 0}
    start = (header.row + 1) if header is not None else 0
    reported = [(column, period) for column, period in progress_columns(grid, header.row, year)
                if column not in mapping.values()] if header is not None else []
    width = max((len(r) for r in grid.rows), default=0)
    planned: list[PlannedRow] = _unplaced(grid, header, reported) if header is not None and columns is None else []
    heading_key_task = ""
    last_top: PlannedRow | None = None  # the last top-level task under the current heading
    top_sub_numbered = False  # it was numbered (1): a (2) below it is its sibling, not its subtask
    group: PlannedRow | None = None  # a （一）… sub-heading: the rows under it are its subtasks
    levelled, levels = "key_task" in mapping and "title" in mapping, Levels()  # 一、（一）1. in the task column
    rule = False  # "（第一责任单位为牵头单位，下同）" said in a task cell holds for the rows below
    sub_headings_key = False  # a （一） in 序号 with no 一、 above it heads the key task, and so do the rest

    def cell(index: int, name: str) -> Cell:
        column = mapping.get(name)
        return grid.value(index, column) if column is not None else None

    for index in range(start, len(grid.rows)):
        advance(0)  # only a chance to stop: the rows were counted as they were read
        values = [v for v in grid.rows[index] if v is not None]
        if not values:
            continue
        first = cell_text(values[0])
        distinct = {str(v) for v in values}
        across = len(distinct) == 1 and len(values) >= max(3, width - 1)  # one text merged across the table
        if TOTAL.match(first):
            skipped = Message("“{text}”是合计行，已跳过。", text=first[:20])
            planned.append(PlannedRow(grid.sheet, index + 1, "skip", [skipped]))
            continue
        if FOOTER.match(first):
            continue  # 注：…, 填表人…
        if across and _is_heading(first):  # 一、在“强化政治引领”方面（分解任务3项）: the key task
            heading_key_task, group, last_top = heading_name(first), None, None
            continue
        if across and SUB_HEADING.match(first):  # （一）…: a task whose subtasks are the rows below it
            group = PlannedRow(grid.sheet, index + 1, key_task=heading_key_task,
                               title=COUNT_SUFFIX.sub("", strip_number(first)))
            group.warn("分组标题行，作为一项任务导入，下面各行为它的子任务。")
            planned.append(group)
            last_top, top_sub_numbered = group, False
            continue
        if across:
            continue  # a title or a note merged across the whole width
        if columns is not None and looks_like_header_row(grid.rows[index], field_of):
            continue  # the header itself, under columns given by hand
        number = cell_word(cell(index, "number"))
        key_text = cell_text(cell(index, "key_task"))
        title_text = cell_text(cell(index, "title")) if "title" in mapping else ""
        if "title" not in mapping:  # a one-level sheet: the key task column holds the task itself
            title_text, key_text = key_text, ""
        level = title_level(title_text) if levelled else 0
        if level == 1 and not cell_word(cell(index, "lead")) and (key_text or heading_key_task):
            levels.reset()  # 一、 inside the key task the column names: a heading, not a task
            heading_key_task = strip_number(key_text) if key_text else heading_key_task
            planned.append(PlannedRow(grid.sheet, index + 1, "skip", [Message(
                "“{text}”是重点任务下的分组标题，不作为任务导入；其下的任务归入所在的重点任务。",
                text=title_text[:20])]))
            continue
        heading = HEADING.match(number) or NUMERAL.fullmatch(number) \
            or (not number and not title_text and HEADING.match(key_text or first)) \
            or (not number and HEADING.match(title_text) and not cell_word(cell(index, "lead")))
        if heading:  # a 一、… row heading the tasks below it: their key task
            heading_key_task, group, last_top = heading_name(title_text or key_text or first), None, None
            sub_headings_key = False
            continue
        if _SUB_HEADING_NUMBER.fullmatch(number) and not cell_word(cell(index, "lead")) \
                and not cell_word(cell(index, "co")):  # （一） in 序号 over rows of its own, naming no unit
            name = COUNT_SUFFIX.sub("", strip_number(title_text or key_text)).rstrip(_TITLE_END)
            if sub_headings_key or not heading_key_task:  # no 一、 above it: （一） is the level of 一、
                heading_key_task, group, last_top, sub_headings_key = name, None, None, True
                continue
            group = PlannedRow(grid.sheet, index + 1, key_task=heading_key_task, title=name)  # under an 一、
            group.warn("分组标题行，作为一项任务导入，下面各行为它的子任务。")
            planned.append(group)
            last_top, top_sub_numbered = group, False
            continue
        row = PlannedRow(grid.sheet, index + 1)
        if key_text:  # and the rows below with the key task cell left blank (not merged) come under it too
            heading_key_task = strip_number(key_text)
        row.key_task = heading_key_task
        row.title = strip_number(title_text) if _NUMBERED.match(title_text) or level else title_text
        row.title = row.title.rstrip(_TITLE_END)  # "完成城镇老旧小区改造12个。": as the Word import reads it
        if not row.title:
            row.fail("没有任务内容。")
        for what, text, limit in (("任务内容", row.title, MAX_TEXT), ("重点任务", row.key_task, MAX_KEY_TASK)):
            if len(text) > limit:
                row.fail("{what}太长：{count} 个字，最多 {limit} 个字。", what=what, count=len(text), limit=limit)
        duty = cells_duty(_cell_str(cell(index, "lead")), _cell_str(cell(index, "co")))
        if not (duty.lead or duty.co) and row.title:  # the duty written in the task cell, the unit cells blank:
            # "推进棚户区改造（责任单位：区住建局）", "……【牵头单位：X；配合单位：Y；完成时限：9月底前】"
            title, said, rule = split_duty(row.title, rule)
            if said is not None and (said.lead or said.co or said.leaders or said.deadline):
                row.title, duty = title.rstrip(_TITLE_END), _with_deadline(said, duty.deadline)
        row.lead_section = duty.lead.rstrip(_AFTER_A_NAME)
        row.co_sections = [name for name in (n.rstrip(_AFTER_A_NAME) for n in duty.co) if name != row.lead_section]
        if not row.lead_section:
            row.warn("没有牵头科室。")
        leaders = names(cell(index, "leader")) or duty.leaders  # 李明、王建国: two people
        row.leader = leaders[0] if leaders else ""
        if len(leaders) > 1:
            row.warn("分管领导有{count}位（{names}），台账记第一位，其余记入备注。", count=len(leaders),
                     names="、".join(leaders))
            row.note = "；".join(part for part in (row.note, f"共同分管：{'、'.join(leaders[1:])}") if part)
        row.owner = clean_name(cell_word(cell(index, "owner")))
        for what, name in (("牵头科室", row.lead_section), ("分管领导", row.leader), ("责任人", row.owner),
                           *(("配合科室", co_name) for co_name in row.co_sections)):
            if len(name) > MAX_NAME:
                row.fail("{what}“{name}……”太长：名称最多 {limit} 个字。", what=what, name=name[:20], limit=MAX_NAME)
        if status_word := cell_word(cell(index, "status")):
            if status_of_word(status_word) is None:
                row.warn("办理状态“{word}”不认识，按未启动导入。", word=status_word[:20])
            else:
                row.status_word = status_word
        for column, period in reported:
            if report := cell_text(grid.value(index, column)):
                row.reports.append((period, report))
                if len(report) > MAX_TEXT:
                    row.fail("进展情况太长：{count} 个字，最多 {limit} 个字。", count=len(report), limit=MAX_TEXT)
        row.measures = str(cell(index, "measures") or "").strip()
        if len(row.measures) > MAX_TEXT:
            row.fail("{what}太长：{count} 个字，最多 {limit} 个字。", what="具体措施", count=len(row.measures),
                     limit=MAX_TEXT)
        note = cell_text(cell(index, "note"))
        row.note = "；".join(part for part in (row.note, note) if part)
        if len(row.note) > MAX_TEXT:
            row.fail("备注太长：{count} 个字，最多 {limit} 个字。", count=len(row.note), limit=MAX_TEXT)
        raw = cell(index, "deadline")
        deadline = parse_deadline(raw, year)
        if deadline.kind == DeadlineKind.NONE and duty.deadline:
            raw = duty.deadline  # said beside the units: "县人社局（持续推进）", "（…；完成时限：9月底前）"
            deadline = parse_deadline(raw, year)
        # No deadline given: "……，6月底前完成", "年内轮训全覆盖", "每季度调度一次" in the task itself.
        if deadline.kind == DeadlineKind.NONE and (written_in := deadline_in_text(row.title, year)) is not None:
            raw = written_in.text
            deadline = parse_deadline(raw, year)
        row.deadline_value = raw
        row.deadline_kind, row.due_date = deadline.kind.value, deadline.due
        row.deadline_text = deadline.display
        if deadline.kind == DeadlineKind.UNPARSED:
            row.warn("完成时限“{text}”未能识别为日期，将原样保存，按月反馈。", text=deadline.text)
        elif deadline.kind == DeadlineKind.NONE:
            row.warn("没有完成时限。")
        sub_numbered = bool(SUB_NUMBER.match(number))
        if SUB_HEADING.match(number):  # a （一） measure with its own units: the （一） heading before it is done
            group = None
        if level:  # beside a 重点任务 column, the task column's numbering draws the tree
            levels.place(row, level)
        elif sub_numbered and last_top is not None and not top_sub_numbered:  # (1) under a 1.
            row.parent_row = last_top.row
            row.key_task = last_top.key_task
        elif group is not None and row.status != "error":
            row.parent_row, row.key_task = group.row, group.key_task
        elif row.status != "error":  # a top-level task; (1) (2) with no 1. above them are siblings
            last_top, top_sub_numbered = row, sub_numbered
        planned.append(row)
    if not any(row.status != "skip" for row in planned) and header is not None:  # "共 0 行" alone: why?
        planned.append(PlannedRow(grid.sheet, header.row + 1, "skip", [Message(
            "表头下面没有任务行（只有合并整行的标题或说明），这张表没有可导入的任务。")]))
    return planned


def _cell_str(value: Cell) -> str:
    return "" if value is None else str(value)


def _with_deadline(duty: Duty, deadline: str) -> Duty:
    duty.deadline = duty.deadline or deadline
    return duty


def plan_file(path: Path, year: int, columns: dict[str, int] | None = None) -> list[PlannedRow]:
    """Every sheet of the workbook (a sheet per section is one ledger), checked row by row.

    `columns` (field → column index) corrects the mapping found from the header, for every sheet."""
    return plan_grids(read_document(path), year, columns)


def plan_grids(grids: list[Grid], year: int, columns: dict[str, int] | None = None) -> list[PlannedRow]:
    """The sheets of a document already read, checked row by row (the window reads once, plans again)."""
    rows: list[PlannedRow] = []
    for grid in grids:
        if any(any(value is not None for value in cells) for cells in grid.rows):
            rows.extend(plan_sheet(grid, year, columns))
    return rows


def plan_text(text: str, year: int) -> list[PlannedRow]:
    """A 分工方案 pasted from Word: its numbered lines, checked like a sheet."""
    return plan_sheet(grid_from_lines(text.splitlines()), year)


def read_document(path: Path) -> list[Grid]:
    """A workbook's sheets, or a Word document's tables and numbered paragraphs."""
    check_plain_file(path)
    return read_word(path) if is_word_document(path) else read_grids(path)


def header_of(path: Path) -> tuple[list[str], dict[str, int]]:
    """The first sheet's header cells (for choosing columns by hand) and the mapping found from them."""
    return header_of_grids(read_document(path))


def header_of_grids(grids: list[Grid]) -> tuple[list[str], dict[str, int]]:
    """`header_of` for a document already read."""
    for grid in grids:
        header = find_header(grid)
        if header is not None:
            cells = grid.rows[header.row - 1] if header.row > 0 and header.row - 1 < len(grid.rows) else []
            labels = [str(grid.value(header.row, c) or (cells[c] if c < len(cells) else "") or "")
                      for c in range(max(len(r) for r in grid.rows))]
            found = dict(header.columns)
            if "key_task" in found and "title" not in found:  # one level: its key task column holds the tasks,
                found["title"] = found.pop("key_task")  # as _plan_rows reads it, so the dialog says what is read
            return labels, found
    return [], {}


def _headless(grid: Grid) -> PlannedRow:
    """Why a sheet with no header among its first rows is not read: a 整改台账, a header further down, or prose."""
    words = {cell_word(value) for cells in grid.rows[:HEADER_SCAN] for value in cells}
    if len(words & RECTIFICATION_WORDS) >= 2:
        return PlannedRow(grid.sheet, 1, "error", [Message(
            "这张表是整改台账（表头有“{words}”），不是任务分解表：请用“导入整改台账”（命令行 main.py import-problems）"
            "导入。", words="、".join(sorted(words & RECTIFICATION_WORDS)[:3]))])
    deeper = find_header(grid, DEEPER_SCAN)
    if deeper is not None:
        return PlannedRow(grid.sheet, deeper.row + 1, "error", [Message(
            "表头在第 {row} 行，只在前 {scan} 行里找表头：请删去表头上面的说明文字后再导入。", row=deeper.row + 1,
            scan=HEADER_SCAN)])
    if _is_prose(grid):
        return PlannedRow(grid.sheet, 1, "skip", [Message(
            "这张表是说明文字（前 {scan} 行里没有表头），已跳过。", scan=HEADER_SCAN)])
    return PlannedRow(grid.sheet, 1, "error", [Message(
        "没有找到表头行（如“序号、重点任务、具体措施、牵头科室…”，在前 {scan} 行里找）。", scan=HEADER_SCAN)])


def _unplaced(grid: Grid, header: Header, reported: list[tuple[int, str]]) -> list[PlannedRow]:
    """A note for each header column the import cannot place (its cells would go nowhere without a word)."""
    placed = set(header.columns.values()) | {column for column, _ in reported}
    top = grid.rows[header.row - 1] if header.row > 0 else []
    placed_words = {cell_word(grid.value(header.row, column)) for column in placed}
    notes: list[PlannedRow] = []
    for column, value in enumerate(grid.rows[header.row]):
        word = cell_word(value) or (cell_word(top[column]) if column < len(top) else "")
        if not word or column in placed or word in placed_words:
            continue  # blank, placed, or a header cell merged over a placed column
        if not any(cell_word(grid.value(index, column)) for index in range(header.row + 1, len(grid.rows))):
            continue  # nothing under it to lose
        notes.append(PlannedRow(grid.sheet, header.row + 1, "skip", [Message(
            "{letter}列“{word}”对应不上任务的哪一项，这一列没有导入（可在“列对应”中指定）。",
            letter=_letter(column), word=word[:20])]))
    return notes


def _letter(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _is_prose(grid: Grid) -> bool:
    """A sheet of explanations (填表说明), by its name or by how it begins."""
    if "说明" in grid.sheet:
        return True
    first = next((str(value) for cells in grid.rows for value in cells if value is not None), "")
    return bool(re.match(r"(填表说明|填报说明|说明|注)\s*[：:]?", first))
