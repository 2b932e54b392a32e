"""考核汇总表: each section's yearly score, the figures it rests on and how its closings came, ranked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.enums import ClosingTiming
from models.domain.settings import load_settings
from models.read.assessment import AssessmentReport, SectionScore, assessment
from models.read.lookups import sections
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import SignOff, Stack, sign_off_block
from reports.text import para

HEADERS = ("排名", "科室", "任务数", "按时完成率", "销号评价均分", "评价分布", "销号情况", "问题整改率", "复命率",
           "考核得分")
SHARES = (8, 20, 10, 14, 16, 22, 30, 14, 24, 13)  # 92.3%（24/26期） and 销号评价均分 on one line


def assessment_report(session: Session, as_of: date, year: int = 0) -> tuple[AssessmentReport, SignOff]:
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    return assessment(session, year, as_of, settings, sections(session)), SignOff.of(settings)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _points(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _values(item: SectionScore) -> tuple[str, ...]:
    ratings = "、".join(f"{word}{count}个" for word, count in item.ratings.items()) or "—"
    closings = "、".join(f"{timing.label}{item.timings[timing]}项" for timing in ClosingTiming
                         if item.timings.get(timing)) or "—"
    reports = f"{_rate(item.report_rate)}（{item.reported}/{item.expected}期）" if item.expected else "—"
    return (str(item.rank or "—"), item.section, str(item.tasks), _rate(item.on_time_rate),
            _points(item.rating_average), ratings, closings, _rate(item.problem_rate), reports, _points(item.score))


def write_assessment_sheet(report: AssessmentReport, sign_off: SignOff, fonts: FontSetup, out: Path,
                           today: date | None = None) -> int:
    width = landscape(A4)[0] - 2 * MARGIN
    widths = [width * share / sum(SHARES) for share in SHARES]
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(HEADERS, widths, strict=True)]
    ordered = sorted(report.sections, key=lambda s: (s.rank is None, s.rank or 0))
    rows = [GridRow([text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, bold=i == 9,
                               align="left" if i in (1, 5, 6) else "centre")
                     for i, (v, w) in enumerate(zip(_values(item), widths, strict=True))]) for item in ordered]
    if not rows:
        rows.append(GridRow([text_cell("（本年度没有可考核的科室任务）", fonts, width - 2 * PADDING, BODY_SIZE,
                                       align="centre")], spans=True))
    w = report.weights
    scale = "、".join(f"{word}{points}分" for word, points in report.scale)
    note = para(f"说明：考核得分 =（按时完成率×{w.on_time} + 销号评价均分÷100×{w.rating} + 问题整改率×{w.problems}"
                f" + 复命率×{w.reports}）÷ 参与计算的权重之和 × 100；科室没有的项（如没有销号的任务、没有发现问题）"
                f"不计入。评价等次：{scale}。复命率按各项任务每期（月度，定期任务按其周期）是否报送进展计算。"
                "按时完成率按有明确日期的任务计算。", fonts, BODY_SIZE)
    closing = Stack([Spacer(1, 3 * mm), note, Spacer(1, 4 * mm), sign_off_block(sign_off, fonts, width)])
    title = f"{report.year}年度科室考核汇总表"
    story: list[Flowable] = [
        para(title, fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 2 * mm),
        para(f"（截至{chinese_date(report.as_of)}）", fonts, 12, align="centre"), Spacer(1, 3 * mm),
        para(f"{sign_off.org}　　打印日期：{chinese_date(today or date.today())}", fonts, BODY_SIZE),
        Spacer(1, 2 * mm), GridTable(widths, header, rows, closing=closing)]
    return build_pdf(out, story, fonts, title=title, footer_left=sign_off.org)
