"""督查通报 for one record: what was inspected, by whom, what was found, and the problems assigned with their
deadlines and how each stands on the day it is dated — the document the office circulates after a 督查 or 调研."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table
from sqlalchemy.orm import Session

from models.domain.deadlines import chinese_date
from models.domain.enums import ProblemStatus
from models.domain.inspections import get_inspection
from models.domain.settings import load_settings
from models.errors import RuleError
from models.read.problems import InspectionRow, ProblemRow, inspection_rows, problem_rows
from reports.cell import text_cell
from reports.fonts import FontSetup
from reports.grid_table import PADDING, GridRow, GridTable
from reports.page import BODY_SIZE, MARGIN, TITLE_SIZE, build_pdf
from reports.sign_off import Stack, printed_org
from reports.text import para, table_style

REQUIREMENTS = ("请各责任科室对照问题清单，逐项制定整改措施，于整改时限前完成整改，并及时报送整改情况；"
                "整改完成后提出销号申请，经审核同意后销号。对整改不力、逾期未改的，将予以督办并在月例会上通报。")
_CHASED = "对整改不力、逾期未改的，将予以督办并在月例会上通报。"


@dataclass(frozen=True)
class BulletinData:
    org: str
    record: InspectionRow
    problems: list[ProblemRow]
    issued_on: date


def bulletin_data(session: Session, inspection_id: int, as_of: date) -> BulletinData:
    year = get_inspection(session, inspection_id).year
    record = next((r for r in inspection_rows(session, year) if r.id == inspection_id), None)
    if record is None:
        raise RuleError("找不到这条督查记录（可能已被删除）。")
    settings = load_settings(session)
    problems = [p for p in problem_rows(session, year, as_of, settings.light_rules, on_the_day=True)
                if p.inspection_id == inspection_id]
    return BulletinData(printed_org(settings.org_name), record, problems, as_of)


def _opening(record: InspectionRow) -> str:
    team = f"{record.team}等同志" if record.team else "部督查组"
    units = "、".join(record.units) or "有关科室和单位"
    text = f"{chinese_date(record.held_on)}，{team}对{units}开展{record.kind.label}"
    if record.task_titles:
        text += f"，重点检查了{len(record.task_titles)}项任务的落实情况：" + "；".join(
            f"{code or n}　{t}" for n, (t, code) in enumerate(
                zip(record.task_titles, record.task_codes or ("",) * len(record.task_titles), strict=True),
                start=1)) + "。"  # each by its 编号, as on every other sheet
    else:
        text += "。"
    if record.praised:
        text += f"对{'、'.join(record.praised)}予以通报表扬。"
    if record.criticised:
        text += f"对{'、'.join(record.criticised)}予以通报批评。"
    return text


def standing(problem: ProblemRow) -> str:
    """How a problem stands on the 通报's day: its status, and the days past its 整改时限 where it is late."""
    if problem.days_late is None:
        return problem.status.label
    if problem.status.is_open:
        return f"{problem.status.label}\n已逾期{problem.days_late}天"
    return f"{problem.status.label}\n（逾期{problem.days_late}天）"  # put right, but after its deadline


def _numbers(numbers: list[int]) -> str:
    return "第" + "、".join(str(n) for n in numbers) + "个问题"


def requirements(problems: list[ProblemRow]) -> str:
    """四、有关要求 as things stand on the day: a deadline still ahead is to be kept, one already passed asks for
    the 整改 at once, and a problem already put right is asked for nothing but its 销号."""
    numbered = list(enumerate(problems, start=1))
    ahead = [n for n, p in numbered if p.status.is_open and not p.overdue]
    late = [n for n, p in numbered if p.overdue]
    rectified = [n for n, p in numbered if p.status is ProblemStatus.RECTIFIED]
    closed = [n for n, p in numbered if p.status is ProblemStatus.CLOSED]
    if not problems or len(ahead) == len(problems):
        return REQUIREMENTS
    text = ""
    if ahead or late:
        asked = ([f"{_numbers(ahead)}于整改时限前完成整改"] if ahead else []) + (
            [f"{_numbers(late)}已超过整改时限，须立即整改到位，并书面说明逾期原因"] if late else [])
        text += ("请各责任科室对照问题清单，逐项落实整改措施，及时报送整改情况：" + "；".join(asked) +
                 "。整改完成后提出销号申请，经审核同意后销号。")
    if rectified:
        text += f"{_numbers(rectified)}已整改，请及时提出销号申请，经审核同意后销号。"
    if closed:
        text += f"{_numbers(closed)}已整改销号。"
    return text + (_CHASED if ahead or late else "")


def write_bulletin(data: BulletinData, fonts: FontSetup, out: Path) -> int:
    """The 通报 as a PDF (A4 portrait); returns the number of pages."""
    width = A4[0] - 2 * MARGIN
    record = data.record
    columns = ("序号", "问题", "责任科室", "责任人", "整改措施", "整改时限", "整改情况")
    shares = [9, 34, 18, 12, 33, 19, 20]  # 序号, 干部监督科, 11月28日前 and 已逾期100天 each on one line
    widths = [width * s / sum(shares) for s in shares]
    header = [text_cell(h, fonts, w - 2 * PADDING, BODY_SIZE, bold=True, align="centre")
              for h, w in zip(columns, widths, strict=True)]
    rows = []
    for number, problem in enumerate(data.problems, start=1):
        values = (str(number), problem.description, problem.section or "—", problem.owner or "—",
                  problem.measures or "—", problem.deadline or "—", standing(problem))
        rows.append(GridRow([text_cell(v, fonts, w - 2 * PADDING, BODY_SIZE, align="centre" if i in (0, 2, 3, 5, 6)
                                       else "left") for i, (v, w) in enumerate(zip(values, widths, strict=True))],
                            continued=text_cell(f"{number}（续）", fonts, widths[0] - 2 * PADDING, BODY_SIZE)))
    if not rows:
        rows.append(GridRow([text_cell("（本次未列出需整改的问题）", fonts, width - 2 * PADDING, BODY_SIZE,
                                       align="centre")], spans=True))
    signature = Table([[para(data.org or "　", fonts, 12, align="right")],
                       [para(chinese_date(data.issued_on), fonts, 12, align="right")]], colWidths=[width])
    signature.setStyle(table_style(fonts, ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    closing = Stack([Spacer(1, 4 * mm), para("四、有关要求", fonts, 12, bold=True), Spacer(1, 2 * mm),
                     para(requirements(data.problems), fonts, 12), Spacer(1, 10 * mm), signature])
    story: list[Flowable] = [
        para("督　查　通　报", fonts, TITLE_SIZE, bold=True, align="centre"), Spacer(1, 4 * mm),
        para(record.title, fonts, 15, bold=True, align="centre"), Spacer(1, 6 * mm),
        para("一、基本情况", fonts, 12, bold=True), Spacer(1, 2 * mm), para(_opening(record), fonts, 12),
        Spacer(1, 4 * mm), para("二、发现的问题", fonts, 12, bold=True), Spacer(1, 2 * mm),
        para(record.findings or "本次未发现需通报的问题。", fonts, 12), Spacer(1, 4 * mm),
        para(f"三、问题整改清单（{len(data.problems)}个）", fonts, 12, bold=True), Spacer(1, 2 * mm),
        GridTable(widths, header, rows, closing=closing, closing_gap=0),
    ]
    return build_pdf(out, story, fonts, title=f"督查通报：{record.title}", wide=False, footer_left=data.org)
