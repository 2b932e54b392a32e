"""考核汇总表: the sections ranked by the year's 考核办法, the rules printed beneath, and a 加减分明细 page per
section whose lines add up to its score."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy.orm import Session

from models.domain.assessment_rules import WEIGHTED
from models.domain.deadlines import chinese_date
from models.domain.settings import load_settings
from models.read.assessment import (
    FIGURES_NOTE,
    NOT_RANKED,
    AssessmentReport,
    SectionScore,
    assessment,
    points_text,
    signed,
)
from models.read.lookups import sections
from reports.cell import TextCell, text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import SignOff, Stack, org_and_date_line, sign_off_block
from reports.text import para

HEADERS = ("排名", "科室", "牵头任务", "配合任务", "基础分", "加分", "减分", "考核得分", "等次", "到期按时率", "复命率")
SHARES = (7, 20, 10, 10, 9, 9, 9, 11, 20, 13, 28)  # 100.0%（14/14期） on one line
DETAIL_HEADERS = ("序号", "日期", "编号", "任务或问题", "加减分事项", "情况", "分值")
DETAIL_SHARES = (7, 21, 9, 45, 40, 40, 9)  # 2026年12月25日, 序号 and 减分-12.5 on one line


def assessment_report(session: Session, as_of: date, year: int = 0) -> tuple[AssessmentReport, SignOff]:
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    return assessment(session, year, as_of, settings, sections(session)), SignOff.of(settings)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def tier_text(item: SectionScore) -> str:
    if item.not_ranked:
        return f"{NOT_RANKED}（{item.not_ranked}）"
    return item.tier + (f"（{item.tier_note}）" if item.tier_note else "")


def ranking_values(item: SectionScore, weighted: bool) -> tuple[str, ...]:
    reports = f"{_rate(item.report_rate)}（{item.reported}/{item.expected}期）" if item.expected else "—"
    return (str(item.rank or "—"), item.section, str(item.tasks), str(item.co_tasks),
            "—" if weighted or item.not_ranked else points_text(item.base),
            "—" if item.not_ranked else signed(item.added), "—" if item.not_ranked else signed(item.taken),
            points_text(item.score), tier_text(item), _rate(item.on_time_rate), reports)


def in_order(report: AssessmentReport) -> list[SectionScore]:
    return report.ranked + [s for s in report.sections if s.rank is None]


def write_assessment_sheet(report: AssessmentReport, sign_off: SignOff, fonts: FontSetup, out: Path,
                           today: date | None = None) -> int:
    width = landscape(A4)[0] - 2 * MARGIN
    widths = [width * share / sum(SHARES) for share in SHARES]
    weighted = report.rules.method == WEIGHTED

    def cells(values: tuple[str, ...], bold: bool = False) -> list[TextCell]:
        return [text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, bold=bold or i == 7,
                          align="left" if i in (1, 8) else "centre")
                for i, (v, w) in enumerate(zip(values, widths, strict=True))]
    header = cells(HEADERS, bold=True)
    rows = [GridRow(cells(ranking_values(item, weighted))) for item in in_order(report)]
    if not rows:
        rows.append(GridRow([text_cell("（本年度没有可考核的科室）", fonts, width - 2 * PADDING, BODY_SIZE,
                                       align="centre")], spans=True))
    rules = "；".join(report.rules.describe())
    kept = f"{report.rules_year}年设置" if report.rules_year else "程序默认"
    note = para(f"考核办法：{report.rules.name}（{kept}）。{rules}。考核得分 = 基础分 + 加分 + 减分，"
                f"每一分见后附各科室加减分明细。任务按一级任务计（子任务计入所属任务）。{FIGURES_NOTE}。", fonts,
                BODY_SIZE)
    closing = Stack([Spacer(1, 3 * mm), note, Spacer(1, 4 * mm), sign_off_block(sign_off, fonts, width)])
    title = f"{report.year}年度科室考核汇总表"
    story: list[Flowable] = [
        para(title, fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 2 * mm),
        para(f"（截至{chinese_date(report.as_of)}）", fonts, 12, align="centre"), Spacer(1, 3 * mm),
        org_and_date_line(sign_off.org, today or date.today(), fonts, width),
        Spacer(1, 2 * mm), GridTable(widths, header, rows, closing=closing)]
    # The 明细 run on from a new page, several sections to a page: each section's kept together where it fits.
    details = [_detail_page(report, item, fonts, width) for item in in_order(report) if not item.not_ranked]
    for n, detail in enumerate(details):
        story.extend([PageBreak()] if n == 0 else [Spacer(1, 8 * mm)])
        story.append(KeepTogether(detail))
    return build_pdf(out, story, fonts, title=title, footer_left=sign_off.org)


def detail_lines(item: SectionScore) -> list[tuple[str, ...]]:
    """The section's 加减分明细 as printed rows, the base first and the total last."""
    rows: list[tuple[str, ...]] = [("", "", "", "", "基础分", "", points_text(item.base))] if item.base else []
    rows += [(str(n), chinese_date(line.day) if line.day else "", line.code or "", line.title, line.rule, line.note,
              signed(line.points)) for n, line in enumerate(item.lines, start=1)]
    if not item.lines:
        rows.append(("", "", "", "（本年度截至当日没有加减分的事项）", "", "", ""))
    rows.append(("", "", "", "", "考核得分", f"基础分{points_text(item.base)}，加分{signed(item.added)}，"
                 f"减分{signed(item.taken)}", points_text(item.score)))
    return rows


def _detail_page(report: AssessmentReport, item: SectionScore, fonts: FontSetup, width: float) -> list[Flowable]:
    widths = [width * share / sum(DETAIL_SHARES) for share in DETAIL_SHARES]

    def cells(values: tuple[str, ...], bold: bool = False) -> list[TextCell]:
        return [text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, bold=bold,
                          align="left" if i in (3, 4, 5) else "centre")
                for i, (v, w) in enumerate(zip(values, widths, strict=True))]
    lines = detail_lines(item)
    rows = [GridRow(cells(values, bold=n == len(lines) - 1), bold_rule=n == len(lines) - 1)
            for n, values in enumerate(lines)]
    heading = f"{item.section}加减分明细（第{item.rank}名，{tier_text(item)}）"
    return [para(heading, fonts, 14, bold=True, align="centre"), Spacer(1, 2 * mm),
            para(f"{report.year}年，截至{chinese_date(report.as_of)}；牵头任务{item.tasks}项，配合任务{item.co_tasks}项，"
                 f"问题{item.problems}个", fonts, BODY_SIZE, align="centre"), Spacer(1, 2 * mm),
            GridTable(widths, cells(DETAIL_HEADERS, bold=True), rows)]
