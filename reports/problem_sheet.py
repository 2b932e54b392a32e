"""问题整改清单: the year's problems grouped by responsible section or by source, with a count line and sign-off,
on the page rules of the other sheets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.enums import Light
from models.domain.numerals import chinese_number
from models.domain.settings import load_settings
from models.domain.text import clause
from models.errors import RuleError
from models.read.lookups import sections
from models.read.problems import ProblemRow, ProblemStats, problem_rows, problem_stats
from models.read.stats import UNASSIGNED_SECTION
from reports.cell import natural_width, text_cell
from reports.fonts import FontSetup
from reports.grid_table import HEADING_FILL, PADDING, GridRow, GridTable, continued_cell
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import SignOff, Stack, org_and_date_line, sign_off_block
from reports.text import para

GROUPINGS = ("section", "source")
CHOICES = ("all", "open", "overdue", "due")  # every problem, not yet put right, 整改 overdue, overdue or 临期
UNCUT = frozenset({1, 3, 4, 6, 8})  # 编号, 来源 (or 责任科室), 责任人, 整改时限, 状态: never cut between pages
ONLY_WORDS = {"open": "未完成整改的问题", "overdue": "整改逾期的问题", "due": "整改逾期及临期的问题"}


@dataclass(frozen=True)
class ProblemSheetOptions:
    as_of: date
    year: int = 0  # 0: the ledger's current year
    group_by: str = "section"
    only: str = "all"
    section: str = ""  # one responsible section, or all


@dataclass
class ProblemSheetData:
    title: str
    org: str
    as_of: date
    group_by: str
    groups: list[tuple[str, list[ProblemRow]]]
    totals: ProblemStats
    sign_off: SignOff
    printed_on: date = field(default_factory=date.today)
    only: str = "all"  # which problems are listed: the subtitle says so, as the progress sheet does

    @property
    def summary(self) -> str:
        t = self.totals
        rate = "—" if t.rate is None else f"{t.rate * 100:.1f}%"
        # 完成整改: 已整改 and 已销号 together — a status word never names a sum
        return (f"共{t.found}个问题，完成整改{t.solved}个（其中已销号{t.closed}个），整改率{rate}；"
                f"整改逾期{t.overdue}个，临期{t.due_soon}个")

    @property
    def subtitle(self) -> str:
        listed = ONLY_WORDS.get(self.only, "")
        return f"（{listed + ' · ' if listed else ''}截至{chinese_date(self.as_of)}）"


def _wanted(row: ProblemRow, only: str) -> bool:
    if only == "open":
        return row.status.is_open
    if only == "overdue":
        return row.light is Light.RED
    if only == "due":
        return row.light in (Light.RED, Light.YELLOW)
    return True


def problem_sheet_data(session: Session, options: ProblemSheetOptions,
                       today: date | None = None) -> ProblemSheetData:
    if options.group_by not in GROUPINGS or options.only not in CHOICES:
        raise ValueError((options.group_by, options.only))
    settings = load_settings(session)
    year = settings.year_for(options.year, options.as_of.year)
    units = sections(session, include_inactive=True)
    if options.section and options.section not in {u.name for u in units}:
        raise RuleError("台账中没有科室“{section}”。", section=options.section)
    rows = [r for r in problem_rows(session, year, options.as_of, settings.light_rules, on_the_day=True)
            if _wanted(r, options.only) and (not options.section or r.section == options.section)]
    _, totals = problem_stats(rows, units)
    groups: dict[str, list[ProblemRow]] = {}
    if options.group_by == "section":
        for unit in units:  # in the sections' own order
            groups[unit.name] = []
    for row in rows:
        key = (row.section or UNASSIGNED_SECTION) if options.group_by == "section" else row.source
        groups.setdefault(key, []).append(row)
    title = f"{year}年问题整改清单" + (f"（{options.section}）" if options.section else "")
    return ProblemSheetData(title, SignOff.of(settings).org, options.as_of, options.group_by,
                            [(name, found) for name, found in groups.items() if found], totals,
                            SignOff.of(settings), today or date.today(), options.only)


def _state(row: ProblemRow) -> str:
    """The status on the sheet's day; one put right after its 整改时限 says by how many days."""
    parts = [row.status.label if row.status.is_open or row.days_late is None
             else f"{row.status.label}（逾期{row.days_late}天）"]
    if row.light is Light.RED and row.days_late is not None:
        parts.append(f"逾期{row.days_late}天")
    elif row.light is Light.YELLOW:
        parts.append("临期")
    if row.closed_on is not None:
        parts.append(f"{chinese_date(row.closed_on)}\n销号")
    elif row.rectified_on is not None:
        parts.append(f"{chinese_date(row.rectified_on)}\n整改完成")
    return "\n".join(parts)


def _progress(row: ProblemRow) -> str:
    if row.closed_note:
        if row.report:
            return f"{row.report}\n销号意见：{clause(row.closed_note)}（{row.closed_by}）"
        return row.closed_note
    if row.report and row.report_date is not None:
        return f"{row.report}（{chinese_date(row.report_date)}）"
    return "尚未报送整改情况"


def sheet_story(data: ProblemSheetData, fonts: FontSetup, width: float) -> list[Flowable]:
    other = ("来源", "source") if data.group_by == "section" else ("责任科室", "section")
    # 序号 counts the rows as printed; 编号 is the problem's own number in the year's list, the one the 问题清单
    # page and `main.py problem` know it by, so a section replying about a problem names it unmistakably.
    columns = ("序号", "编号", "问题描述", other[0], "责任人", "整改措施", "整改时限", "整改进展", "状态")
    shares = [10, 45, 34, 17, 40, 22, 44, 36]  # 状态 holds 已整改（逾期10天） on one line
    # 序号 as wide as （续）, which it shows over the number where a row goes on to the next page.
    first = natural_width("（续）", fonts, BODY_SIZE) + 2 * PADDING + 1
    widths = [first, *((width - first) * share / sum(shares) for share in shares)]
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(columns, widths, strict=True)]
    rows: list[GridRow] = []
    printed = 0
    for number, (name, found) in enumerate(data.groups, start=1):
        overdue = sum(1 for r in found if r.light is Light.RED)
        solved = sum(1 for r in found if r.solved)
        heading = f"{chinese_number(number)}、{name}（{len(found)}个，完成整改{solved}个" + (
            f"，逾期{overdue}个）" if overdue else "）")
        rows.append(GridRow([text_cell(heading, fonts, width - 2 * PADDING, BODY_SIZE, bold=True)], spans=True,
                            kept_with_next=True, fill=HEADING_FILL))
        for row in found:
            printed += 1
            values = (str(printed), str(row.number), row.description,
                      row.source if other[1] == "source" else row.section or "—", row.owner or "—",
                      row.measures or "—", row.deadline or "—", _progress(row), _state(row))
            cells = [text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, bold=i == 8 and row.light is Light.RED,
                               align="centre" if i in (0, 1, 4, 6, 8) else "left")
                     for i, (v, w) in enumerate(zip(values, widths, strict=True))]
            # A problem's row turns the page whole (its 来源 and 状态 are never cut), unless one alone is taller.
            rows.append(GridRow(cells, continued=continued_cell(str(printed), fonts, widths[0] - 2 * PADDING, BODY_SIZE,
                                                                align="centre"), whole=True, uncut=UNCUT))
    if not rows:
        nothing = text_cell("（没有符合条件的问题）", fonts, width - 2 * PADDING, BODY_SIZE, align="centre")
        rows.append(GridRow([nothing], spans=True))
    org_line = org_and_date_line(data.org, data.printed_on, fonts, width)
    note = para("说明：完成整改指已整改和已销号的问题；整改率 = 完成整改 ÷ 问题总数；"
                "整改逾期指超过整改时限仍未整改完成；临期指距整改时限不足预警天数；已整改、已销号后括注的逾期天数，指超过整改时限后才整改完成；"
                "编号为问题在本年度问题清单中的编号。", fonts, BODY_SIZE)
    closing = Stack([Spacer(1, 3 * mm), note, Spacer(1, 4 * mm), sign_off_block(data.sign_off, fonts, width)])
    return [para(data.title, fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 2 * mm),
            para(data.subtitle, fonts, 12, align="centre"), Spacer(1, 2 * mm),
            para(data.summary, fonts, BODY_SIZE, align="centre"), Spacer(1, 3 * mm), org_line, Spacer(1, 2 * mm),
            GridTable(widths, header, rows, closing=closing)]


def write_problem_sheet(data: ProblemSheetData, fonts: FontSetup, out: Path) -> int:
    """Write the sheet; returns its number of pages."""
    width = landscape(A4)[0] - 2 * MARGIN
    return build_pdf(out, sheet_story(data, fonts, width), fonts, title=data.title, footer_left=data.org)
