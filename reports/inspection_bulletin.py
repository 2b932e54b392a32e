"""督查通报 for one record, in the 公文 form (红头, 第N期, 版记): what was inspected, by whom, what was found, and the
problems assigned with their deadlines and how each stands on the day it is dated — the document the office
circulates after a 督查 or 调研."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from models.domain.bulletins import numbered_issue, record_subject
from models.domain.deadlines import chinese_date
from models.domain.enums import ProblemStatus
from models.domain.inspections import get_inspection
from models.domain.settings import load_settings
from models.errors import RuleError
from models.read.problems import InspectionRow, ProblemRow, inspection_rows, problem_rows
from reports.blocks import PORTRAIT_POINTS, Block, Grid, Heading, Text, fitted_shares
from reports.fonts import FontSetup
from reports.gongwen import GongwenFrame
from reports.gongwen_frame_docx import gongwen_docx
from reports.gongwen_pdf import gongwen_pdf
from reports.sign_off import printed_org

KIND = "督查通报"
EDITOR = "督查室"  # who edits it: the left of the 编发 line
ADDRESSEE = "各科室"
COPY_TO = ("部领导",)
REQUIREMENTS = ("请各责任科室对照问题清单，逐项制定整改措施，于整改时限前完成整改，并及时报送整改情况；"
                "整改完成后提出销号申请，经审核同意后销号。对整改不力、逾期未改的，将予以督办并在月例会上通报。")
_CHASED = "对整改不力、逾期未改的，将予以督办并在月例会上通报。"


@dataclass(frozen=True)
class BulletinData:
    org: str
    record: InspectionRow
    problems: list[ProblemRow]
    issued_on: date
    year: int = 0
    issue_number: int = 0  # 第N期 once issued (changes.bulletins.issue_bulletin_number); 0: a preview, 第　期


def bulletin_data(session: Session, inspection_id: int, as_of: date) -> BulletinData:
    year = get_inspection(session, inspection_id).year
    record = next((r for r in inspection_rows(session, year) if r.id == inspection_id), None)
    if record is None:
        raise RuleError("找不到这条督查记录（可能已被删除）。")
    settings = load_settings(session)
    problems = [p for p in problem_rows(session, year, as_of, settings.light_rules, on_the_day=True)
                if p.inspection_id == inspection_id]
    issued = numbered_issue(session, record_subject(inspection_id))
    return BulletinData(printed_org(settings.org_name), record, problems, as_of,
                        issued.year if issued else year, issued.number if issued else 0)


def bulletin_title(record: InspectionRow) -> str:
    """"关于2026年6月巡察反馈情况的通报": what the 通报 is about, in the words a 公文 title uses."""
    return record.title if record.title.endswith("通报") else f"关于{record.title}情况的通报"


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


PROBLEM_COLUMNS = ("序号", "问题", "责任科室", "责任人", "整改措施", "整改时限", "整改情况")
PROBLEM_SHARES = (29, 95, 60, 39, 95, 62, 62)  # the texts' parts of what the whole columns leave
WHOLE = frozenset({0, 2, 3, 5, 6})  # 序号, 人才工作科, 责任人, 11月28日前 and 已逾期5天 each on one line


def bulletin_frame(data: BulletinData) -> GongwenFrame:
    return GongwenFrame(organ=data.org, kind=KIND, issue_number=data.issue_number, year=data.year,
                        issued_by=EDITOR, issued_on=data.issued_on, addressee=ADDRESSEE, copy_to=COPY_TO,
                        printed_by=f"{data.org}{EDITOR}" if data.org else EDITOR, printed_on=data.issued_on)


def bulletin_blocks(data: BulletinData) -> list[Block]:
    rows: list[tuple[str, ...]] = [
        (str(number), problem.description, problem.section or "—", problem.owner or "—", problem.measures or "—",
         problem.deadline or "—", standing(problem)) for number, problem in enumerate(data.problems, start=1)]
    return [Heading(bulletin_title(data.record), 0),
            Heading("一、基本情况", 1), Text(_opening(data.record)),
            Heading("二、发现的问题", 1), Text(data.record.findings or "本次未发现需通报的问题。"),
            Heading(f"三、问题整改清单（{len(data.problems)}个）", 1),
            Grid(PROBLEM_COLUMNS, rows, fitted_shares(PROBLEM_COLUMNS, rows, PROBLEM_SHARES, WHOLE, PORTRAIT_POINTS),
                 WHOLE, "（本次未列出需整改的问题）"),
            Heading("四、有关要求", 1), Text(requirements(data.problems))]


def write_bulletin(data: BulletinData, fonts: FontSetup, out: Path) -> int:
    """The 通报 as a PDF (A4 portrait, 公文 form); returns the number of pages."""
    return gongwen_pdf(out, bulletin_frame(data), bulletin_blocks(data), fonts)


def write_bulletin_docx(data: BulletinData, out: Path) -> int:
    """The 通报 as a Word document in the 公文 styles, for the office to finish; returns the blocks written."""
    return gongwen_docx(out, bulletin_frame(data), bulletin_blocks(data))
