"""The 问题清单 as 整改台账 sheets, one per source record: each problem as the 台账's row says it."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models.domain.deadlines import own_words
from models.domain.entities import Inspection, Person, Problem, ProblemReport, Section
from models.domain.enums import DeadlineKind, ProblemStatus
from models.domain.helper_units import split_helpers, units_cell
from models.errors import RuleError

STATE_WORDS = {ProblemStatus.PENDING: "未整改", ProblemStatus.RECTIFYING: "整改中",
               ProblemStatus.RECTIFIED: "已整改", ProblemStatus.CLOSED: "已销号"}


class LedgerRow(NamedTuple):
    number: str  # 序号 as the 台账 gave it, else the problem's place in its sheet
    category: str
    description: str
    measures: str
    leader: str
    section: str  # 责任单位: the responsible section, then the others the 台账 named (配合单位)
    owner: str
    deadline: str | date  # a bare date stays a date: written as text it would read back as words
    report: str  # the newest 整改 report
    state: str  # 完成情况


class LedgerSheet(NamedTuple):
    title: str  # the source record's title, the sheet's title row
    rows: list[LedgerRow]


def ledger_sheets(session: Session, year: int, source: str = "") -> tuple[list[LedgerSheet], int]:
    """Each record of `year` with problems (only `source`, when named), and how many problems have no source."""
    records = list(session.scalars(select(Inspection).where(
        Inspection.year == year, Inspection.deleted_at.is_(None)).order_by(Inspection.held_on, Inspection.id)))
    if source:
        chosen = [record for record in records if record.title == source.strip()]
        if not chosen:
            titles = "、".join(f"“{record.title}”" for record in records) or "无"
            raise RuleError("{year}年没有名为“{source}”的督查记录；现有：{titles}。", year=year, source=source,
                            titles=titles)
        records = chosen
    newest = (select(ProblemReport.problem_id, func.max(ProblemReport.id).label("report_id"))
              .group_by(ProblemReport.problem_id).subquery())
    leader, owner = aliased(Person), aliased(Person)
    query = (select(Problem, Section.name, leader.name, owner.name, ProblemReport.text)
             .outerjoin(Section, Section.id == Problem.section_id)
             .outerjoin(leader, leader.id == Problem.leader_id)
             .outerjoin(owner, owner.id == Problem.owner_id)
             .outerjoin(newest, newest.c.problem_id == Problem.id)
             .outerjoin(ProblemReport, ProblemReport.id == newest.c.report_id)
             .where(Problem.year == year, Problem.deleted_at.is_(None))
             .order_by(Problem.sort_order, Problem.id))
    by_record: dict[int | None, list[LedgerRow]] = {}
    for problem, section, leader_name, owner_name, report in session.execute(query):
        rows = by_record.setdefault(problem.inspection_id, [])
        deadline: str | date = own_words(problem.deadline_text) or (
            problem.due_date if problem.deadline_kind == DeadlineKind.DATE and problem.due_date else "")
        measures, helpers = split_helpers(problem.measures)  # the other 责任单位 go back beside the section
        rows.append(LedgerRow(problem.number or str(len(rows) + 1), problem.category, problem.description,
                              measures, leader_name or "", units_cell(section or "", helpers), owner_name or "",
                              deadline, report or "", STATE_WORDS[problem.status]))
    sheets = [LedgerSheet(record.title, by_record[record.id]) for record in records if record.id in by_record]
    return sheets, len(by_record.get(None, [])) if not source else 0
