"""统计表: per-section counts and rates with totals, rank and a bar chart of completion rates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.settings import load_settings
from models.read.counting import COUNTING_RULE
from models.read.monthly import stats_that_stood
from models.read.stats import SectionStats, StatsReport, ranks
from reports.cell import TextCell, natural_width, text_cell
from reports.fonts import FontSetup
from reports.grid_table import HEADING_FILL, PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import SignOff, org_and_date_line, sign_off_block
from reports.text import para, table_style

# 任务总数 is the sum of the five status columns after it: every status has its column, so a row adds up.
# A heading breaks between words, never one character onto a line of its own (未启/动).
HEADERS = ["科室", "任务\n总数", "未启动", "推进中", "已办结", "已销号", "暂缓", "逾期", "本期\n未反馈", "完成率",
           "按时\n完成率", "排名"]


def stats_report(session: Session, as_of: date, year: int = 0) -> tuple[StatsReport, SignOff]:
    """The statistics of the day, each task as it stood at its end (a 销号 made later is 已办结 on a sheet of a day
    before it) — the count the month's 通报 and `stats --month` make of its last day — and who signs the sheet."""
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    return stats_that_stood(session, year, as_of, settings)[1], SignOff.of(settings)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _row(item: SectionStats, rank: str) -> list[str]:
    return [item.label, str(item.total), str(item.not_started), str(item.in_progress), str(item.completed),
            str(item.closed), str(item.suspended), str(item.overdue), str(item.no_feedback),
            _rate(item.completion_rate), _rate(item.on_time_rate), rank]


SIDE_BY_SIDE = 14  # up to this many sections the chart stands beside the table, on the first page


def _chart(report: StatsReport, fonts: FontSetup, width: float, height: float = 0.0) -> Drawing:
    shown = [s for s in report.sections if s.total and not s.outside]  # the department's own sections
    height = max(height, 80.0, 14.0 * len(shown) + 40)
    drawing = Drawing(width, height, initialFontName=fonts.body)  # not Helvetica, which would go unembedded
    drawing.add(String(0, height - 12, "各科室完成率（%）", fontName=fonts.bold, fontSize=11))
    if not shown:
        drawing.add(String(0, height - 32, "暂无可统计的任务", fontName=fonts.body, fontSize=10))
        return drawing
    chart = HorizontalBarChart()
    label_width = max(stringWidth(s.section, fonts.body, 9) for s in shown) + 8
    chart.x, chart.y, chart.width, chart.height = int(label_width), 16, int(width - label_width - 40), int(height - 44)
    chart.data = [[round((s.completion_rate or 0) * 100, 1) for s in reversed(shown)]]
    chart.categoryAxis.categoryNames = [s.section for s in reversed(shown)]
    chart.categoryAxis.labels.fontName = fonts.body
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.body
    chart.bars[0].fillColor = colors.HexColor("#4a7fb5")
    chart.barLabels.fontName = fonts.body
    chart.barLabels.fontSize = 8
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.nudge = 14
    drawing.add(chart)
    return drawing


def write_stats_sheet(report: StatsReport, sign_off: SignOff, fonts: FontSetup, out: Path,
                      today: date | None = None) -> int:
    org = sign_off.org
    width = landscape(A4)[0] - 2 * MARGIN
    rank_of = ranks(report.sections)
    side_by_side = len(report.sections) <= SIDE_BY_SIDE
    # 科室, eight counts (a three-character heading on one line), two rates ("100.0%" on one line) and the
    # rank: 185 mm, the chart has the rest.
    widths = [28 * mm] + [14 * mm] * 8 + [17 * mm] * 2 + [11 * mm]
    # A font wider than ours widens a column rather than put one character of its heading on a line alone.
    widths = [max(w, max(natural_width(line, fonts, BODY_SIZE, bold=True) for line in h.split("\n")) + 2 * PADDING + 1)
              for h, w in zip(HEADERS, widths, strict=True)]
    if not side_by_side:
        widths = [w * width / sum(widths) for w in widths]

    def cells(values: list[str], *, bold: bool = False) -> list[TextCell]:
        return [text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, bold=bold, align="left" if i == 0 else "right")
                for i, (v, w) in enumerate(zip(values, widths, strict=True))]
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(HEADERS, widths, strict=True)]
    rows = [GridRow(cells(_row(item, str(rank_of.get(item.section, "—"))))) for item in report.sections]
    rows.append(GridRow(cells(_row(report.totals, ""), bold=True), fill=HEADING_FILL, bold_rule=True))
    table = GridTable(widths, header, rows)
    note = para(f"说明：按牵头科室统计。{COUNTING_RULE}；完成率 =（已办结 + 已销号）÷ 任务总数；"
                "按时完成率按有明确日期的任务计算；排名按完成率、按时完成率。", fonts, BODY_SIZE)
    head: list[Flowable] = [
        para(f"{report.year}年重点工作任务统计表", fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 1 * mm),
        para(f"（截至{chinese_date(report.as_of)}）", fonts, 12, align="centre"), Spacer(1, 2 * mm),
        org_and_date_line(org, today or date.today(), fonts, width), Spacer(1, 1 * mm)]
    if side_by_side:  # the chart beside the table: both on the first page, however the fonts grow
        table_width = sum(widths)
        table_height = table.wrap(table_width, 1e6)[1]
        chart = _chart(report, fonts, width - table_width - 6 * mm, table_height)
        pair = Table([[table, chart]], colWidths=[table_width + 6 * mm, width - table_width - 6 * mm])
        pair.setStyle(table_style(fonts, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))
        story = [*head, pair, Spacer(1, 2 * mm),
                 KeepTogether([note, Spacer(1, 2 * mm), sign_off_block(sign_off, fonts, width)])]
    else:
        closing = [_chart(report, fonts, width), Spacer(1, 6 * mm), sign_off_block(sign_off, fonts, width)]
        story = [*head, table, Spacer(1, 3 * mm), note, Spacer(1, 6 * mm), KeepTogether(closing)]
    return build_pdf(out, story, fonts, title=f"{report.year}年重点工作任务统计表", footer_left=org)
