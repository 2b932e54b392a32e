"""工作任务推进情况表: the progress sheet for the leaders, as data (no ReportLab) and as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.enums import Light, Status
from models.domain.lights import period_of
from models.domain.numerals import chinese_number
from models.domain.settings import load_settings
from models.errors import RuleError
from models.read.counting import COUNTING_RULE, Counting, Tally
from models.read.lookups import key_tasks, sections
from models.read.queries import TaskRow, reports_as_of, task_rows
from models.read.stats import UNASSIGNED_SECTION
from reports.cell import natural_width, text_cell
from reports.fonts import FontSetup
from reports.grid_table import HEADING_FILL, PADDING, GridRow, GridTable, continued_cell
from reports.page import BINDING, BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import SignOff, Stack, org_and_date_line, printed_org, sign_off_block
from reports.text import para

ONLY_CHOICES = ("all", "unfinished", "overdue", "no_feedback")
GROUP_CHOICES = ("section", "key_task")
# key: (header, narrowest and widest in mm): a column is as wide as its longest entry within those bounds.
# 任务内容 and 进展情况 (0, 0) share what is left, two parts to three.
COLUMNS: dict[str, tuple[str, float, float]] = {
    "number": ("序号", 14, 16), "code": ("编号", 14, 18),  # 14 mm: room for "（续）" on a line of its own
    "key_task": ("重点任务", 26, 40), "title": ("任务内容", 0, 0), "lead": ("牵头科室", 16, 30),
    "co": ("配合科室", 16, 32), "leader": ("分管领导", 16, 24), "owner": ("责任人", 14, 22),
    "deadline": ("完成时限", 18, 38), "progress": ("进展情况", 0, 0), "status": ("状态", 14, 18),
    "light": ("预警", 13, 22),
}
SHARES = {"title": 2.0, "progress": 3.0}
KEPT_EVEN_EMPTY = ("number", "code", "title", "progress")  # other columns with nothing in them are left out
# 编号 first: the task's own number (3.3, 2.2.2), the same on every sheet, notice and form; the running 序号
# within each group (1. （1）) stays a column to choose.
DEFAULT_COLUMNS = ("code", "title", "lead", "co", "owner", "deadline", "progress", "status", "light")


@dataclass(frozen=True)
class ProgressSheetOptions:
    as_of: date
    year: int = 0  # 0: the ledger's current year
    section: str = ""  # one section (as lead or co-section)
    key_task: str = ""  # one key task, by title or by its number
    leader: str = ""  # one 分管领导
    group_by: str = "section"
    only: str = "all"
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    binding: bool = False  # leave a binding edge (装订边) on the left


@dataclass
class SheetLine:
    label: str  # 1. / （1）
    depth: int
    task: TaskRow
    progress: str


@dataclass
class SheetGroup:
    title: str
    lines: list[SheetLine] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)


@dataclass
class SheetData:
    title: str
    subtitle: str
    org: str
    printed_on: date
    groups: list[SheetGroup]
    columns: tuple[str, ...]
    summary: str = ""  # 共X项，已完成Y项（办结与销号），逾期Z项，本期未反馈W项
    group_by: str = "section"
    binding: bool = False
    sign_off: SignOff = field(default_factory=SignOff)
    as_of: date | None = None  # for the days an overdue task is late
    tally: Tally = field(default_factory=Tally)  # what the sheet counts: "43项（另有子任务15项）"

    @property
    def task_count(self) -> int:
        return sum(len(g.lines) for g in self.groups)


def _wanted(options: ProgressSheetOptions, key_task_numbers: dict[str, int]) -> Callable[[TaskRow], bool]:
    def wanted(row: TaskRow) -> bool:
        if row.status == Status.CANCELLED:
            return False
        if options.section and options.section not in (row.lead_section, *row.co_sections):
            return False
        if options.leader and row.leader != options.leader:
            return False
        if options.key_task and options.key_task != row.key_task_title \
                and key_task_numbers.get(options.key_task.strip().rstrip(".")) != row.key_task_id:
            return False
        if options.only == "unfinished":
            return not row.status.is_finished
        if options.only == "overdue":
            return row.overdue or row.light in (Light.RED, Light.YELLOW)
        if options.only == "no_feedback":
            return row.status.is_active and not row.feedback_this_period
        return True
    return wanted


def _progress_text(report: tuple[str, str] | None, period: str) -> str:
    if report is None:
        return ""
    when, text = report
    if when == period:
        return text
    year, _, month = when.partition("-")
    return f"【{year}年{int(month)}月】{text}"  # an older report, marked so nobody reads it as this month's


def _check_choices(options: ProgressSheetOptions, session: Session, year: int, rows: list[TaskRow]) -> None:
    """A section, key task or leader the ledger does not have is named with the ones it has (a typo would
    otherwise print an empty sheet)."""
    def refuse(what: str, given: str, known: list[str]) -> None:
        listed = "、".join(known) if known else "（台账里还没有）"
        raise RuleError(f"{year}年台账中没有{what}“{given}”。可以选择：{listed}。")
    if options.section:
        known = [s.name for s in sections(session, include_inactive=True)]
        if options.section not in known:
            refuse("科室", options.section, known)
    if options.leader:
        leaders = sorted({row.leader for row in rows if row.leader})
        if options.leader not in leaders:
            refuse("分管领导", options.leader, leaders)
    if options.key_task:
        titles = [k.name for k in key_tasks(session, year)]
        number = options.key_task.strip().rstrip(".")
        if options.key_task not in titles and not (number.isdigit() and 1 <= int(number) <= len(titles)):
            refuse("重点任务", options.key_task, [f"{n}. {title}" for n, title in enumerate(titles, start=1)])


def progress_sheet_data(session: Session, options: ProgressSheetOptions, today: date | None = None) -> SheetData:
    """Choose, group and number the tasks for the sheet; no drawing here."""
    if options.only not in ONLY_CHOICES or options.group_by not in GROUP_CHOICES:
        raise ValueError(options)
    settings = load_settings(session)
    year = settings.year_for(options.year, options.as_of.year)
    rows = task_rows(session, year, options.as_of, settings.light_rules)
    reports = reports_as_of(session, year, options.as_of)
    numbers = {str(i): k.id for i, k in enumerate(key_tasks(session, year), start=1)}
    _check_choices(options, session, year, rows)
    wanted = _wanted(options, numbers)
    by_id = {row.id: row for row in rows}
    shown = {row.id for row in rows if wanted(row)}
    for task_id in list(shown):  # a chosen subtask brings its parents along, so it is read in context
        parent = by_id[task_id].parent_id
        while parent is not None and parent in by_id:
            shown.add(parent)
            parent = by_id[parent].parent_id
    if options.group_by == "key_task":
        order = [k.name for k in key_tasks(session, year)]
        group_of: Callable[[TaskRow], str] = lambda row: row.key_task_title or "其他工作"  # noqa: E731
    else:
        order = [s.name for s in sections(session, include_inactive=True)]
        group_of = lambda row: row.lead_section or UNASSIGNED_SECTION  # noqa: E731
    groups: dict[str, SheetGroup] = {name: SheetGroup(name) for name in order}
    period = period_of(options.as_of)
    counters: dict[tuple[str, int | None], int] = {}
    group_for_task: dict[int, str] = {}
    depth: dict[int, int] = {}
    for row in rows:  # tree order: parents before their subtasks
        if row.id not in shown:
            continue
        if row.parent_id is None or row.parent_id not in group_for_task:
            name, level = group_of(row), 0
        else:
            name, level = group_for_task[row.parent_id], depth[row.parent_id] + 1
        group_for_task[row.id], depth[row.id] = name, level
        key = (name, row.parent_id if level else None)
        counters[key] = counters.get(key, 0) + 1
        label = f"{counters[key]}." if level == 0 else f"（{counters[key]}）"
        groups.setdefault(name, SheetGroup(name)).lines.append(
            SheetLine(label, level, row, _progress_text(reports.get(row.id), period)))
    scope = "、".join(part for part in (options.section, options.key_task and f"重点任务{options.key_task}",
                                        options.leader) if part)
    only = {"unfinished": "未完成事项", "overdue": "逾期及临期事项",
            "no_feedback": "本期未反馈事项"}.get(options.only, "")
    extra = " · ".join(part for part in (scope, only) if part)
    subtitle = f"（{extra + ' · ' if extra else ''}截至{chinese_date(options.as_of)}）"
    columns = tuple(c for c in options.columns if c in COLUMNS) or DEFAULT_COLUMNS
    counting = Counting(rows)
    for group in groups.values():
        group.tally = counting.tally(line.task for line in group.lines)
    shown_rows = [line.task for group in groups.values() for line in group.lines]
    tally = counting.tally(shown_rows)
    finished = sum(1 for row in shown_rows if row.parent_id is None and row.status.is_finished)
    summary = (f"共{tally.words()}，已完成{finished}项，逾期{tally.overdue}项，本期未反馈{tally.no_feedback}项"
               if shown_rows else "无任务")
    return SheetData(f"{year}年重点工作任务推进情况表", subtitle, printed_org(settings.org_name),
                     today or date.today(), [g for g in groups.values() if g.lines], columns, summary,
                     options.group_by, options.binding, SignOff.of(settings), options.as_of, tally)


def column_widths(data: SheetData, fonts: FontSetup, total: float) -> tuple[tuple[str, ...], list[float]]:
    """The columns worth printing (an empty one is dropped) and their widths, measured from the content: a
    section name or a deadline stays on one line where the bounds allow, and the long texts share the rest."""
    values = [_values(line, data.as_of) for group in data.groups for line in group.lines]
    columns = tuple(c for c in data.columns if c in KEPT_EVEN_EMPTY or any(v[c].strip() for v in values))
    widths: dict[str, float] = {}
    for column in columns:
        header, narrowest, widest = COLUMNS[column]
        if column in SHARES:
            continue
        bold = column == "light"  # a red light is printed bold
        longest = max([natural_width(header, fonts, BODY_SIZE, bold=True),
                       *(natural_width(v[column], fonts, BODY_SIZE, bold=bold, parts_of=column == "co")
                         for v in values)])
        widths[column] = min(max(longest + 2 * PADDING + 1, narrowest * mm), widest * mm)
    flexible = [c for c in columns if c in SHARES]
    least = 40 * mm * len(flexible)
    if widths and sum(widths.values()) > total - least:  # too many wide columns: all of them give way
        scale = (total - least) / sum(widths.values())
        widths = {c: w * scale for c, w in widths.items()}
    rest = total - sum(widths.values())
    if not flexible:  # no long text column chosen: the others stretch
        return columns, [widths[c] * total / sum(widths.values()) for c in columns]
    share = sum(SHARES[c] for c in flexible)
    return columns, [widths[c] if c in widths else rest * SHARES[c] / share for c in columns]


def _values(line: SheetLine, as_of: date | None) -> dict[str, str]:
    task = line.task
    light = "" if task.light == Light.NONE else task.light.label
    if task.overdue and task.due_date is not None and as_of is not None and as_of > task.due_date:
        light += f"\n逾期{(as_of - task.due_date).days}天"
    return {
        "number": line.label, "code": task.code, "key_task": task.key_task_title,
        "title": "　" * line.depth + task.title,
        "lead": task.lead_section, "co": "、".join(task.co_sections), "leader": task.leader, "owner": task.owner,
        "deadline": task.deadline_display, "progress": line.progress, "status": task.status.label,
        "light": light,
    }


CENTRED = ("code", "status", "light", "lead", "owner", "leader")


def _task_row(line: SheetLine, columns: tuple[str, ...], widths: list[float], fonts: FontSetup,
              as_of: date | None) -> GridRow:
    values = _values(line, as_of)
    red = line.task.light == Light.RED
    cells = [text_cell(values[c], fonts, w - 2 * PADDING, BODY_SIZE, bold=c == "light" and red,
                       align="centre" if c in CENTRED else "left") for c, w in zip(columns, widths, strict=True)]
    first = values[columns[0]] if columns[0] in ("number", "code") else line.label
    continued = continued_cell(first, fonts, widths[0] - 2 * PADDING, BODY_SIZE)
    return GridRow(cells, continued=continued)


def header_text(column: str, columns: tuple[str, ...]) -> str:
    """A column's header; beside a 重点任务 column the office's own words: 具体措施, 推进情况."""
    if "key_task" in columns:
        return {"title": "具体措施", "progress": "推进情况"}.get(column, COLUMNS[column][0])
    return COLUMNS[column][0]


def sheet_story(data: SheetData, fonts: FontSetup, width: float) -> list[Flowable]:
    columns, widths = column_widths(data, fonts, width)
    header = [text_cell(header_text(c, columns), fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for c, w in zip(columns, widths, strict=True)]
    # Grouped by key task with a 重点任务 column, the office's own layout: the key task runs down its rows.
    merged = columns.index("key_task") if data.group_by == "key_task" and "key_task" in columns else None
    rows: list[GridRow] = []
    for number, group in enumerate(data.groups, start=1):
        heading = f"{chinese_number(number)}、{group.title}（{group.tally.words(in_brackets=True)}）"
        task_rows_ = [_task_row(line, columns, widths, fonts, data.as_of) for line in group.lines]
        if merged is None:
            rows.append(GridRow([text_cell(heading, fonts, width - 2 * PADDING, BODY_SIZE, bold=True)],
                                spans=True, kept_with_next=True, fill=HEADING_FILL))
            rows.extend(task_rows_)
            continue
        label = text_cell(f"{chinese_number(number)}、{group.title}", fonts, widths[merged] - 2 * PADDING,
                          BODY_SIZE, bold=True)
        again = text_cell(f"{chinese_number(number)}、{group.title}（续）", fonts, widths[merged] - 2 * PADDING,
                          BODY_SIZE, bold=True)
        empty = text_cell("", fonts, widths[merged] - 2 * PADDING, BODY_SIZE)
        for position, row in enumerate(task_rows_):
            cells = list(row.cells)
            cells[merged] = label if position == 0 else empty
            rows.append(replace(row, cells=cells, joins_above=position > 0, block_label=again))
    if not rows:
        nothing = text_cell("（没有符合条件的任务）", fonts, width - 2 * PADDING, BODY_SIZE, align="centre")
        rows.append(GridRow([nothing], spans=True))
    org_line = org_and_date_line(data.org, data.printed_on, fonts, width)
    note = para(f"说明：{COUNTING_RULE}。进展情况前标有【2026年10月】这类月份的，"
                "是那个月报送的往期进展（本期没有报送）。", fonts, BODY_SIZE)
    closing = Stack([Spacer(1, 3 * mm), note, Spacer(1, 4 * mm), sign_off_block(data.sign_off, fonts, width)])
    return [para(data.title, fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 2 * mm),
            para(data.subtitle, fonts, 12, align="centre"), Spacer(1, 2 * mm),
            para(data.summary, fonts, BODY_SIZE, align="centre"), Spacer(1, 3 * mm), org_line, Spacer(1, 2 * mm),
            GridTable(widths, header, rows, closing=closing, merged=merged)]


def write_progress_sheet(data: SheetData, fonts: FontSetup, out: Path,
                         progress: Callable[[int], None] | None = None) -> int:
    """Write the sheet; returns its number of pages."""
    binding = BINDING if data.binding else 0.0
    width = landscape(A4)[0] - 2 * MARGIN - binding
    return build_pdf(out, sheet_story(data, fonts, width), fonts, title=data.title, footer_left=data.org,
                     binding=binding, progress=progress)
