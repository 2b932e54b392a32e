"""The 问题清单 and 督查记录 as plain rows: light, source, newest report; per-section counts and 整改率."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models.domain.deadlines import Deadline, chinese_date, deadline_words
from models.domain.entities import (
    Inspection,
    Person,
    Problem,
    ProblemReport,
    Section,
    Task,
    inspection_criticism,
    inspection_praise,
    inspection_task,
    inspection_unit,
)
from models.domain.enums import DeadlineKind, InspectionKind, Light, ProblemStatus, UnitKind
from models.domain.inspections import InspectionDraft, default_title, get_inspection
from models.domain.lights import LightRules
from models.domain.problems import ProblemDraft, get_problem
from models.read.lookups import Choice
from models.read.stats import UNASSIGNED_SECTION

NO_SOURCE = "未注明来源"  # a problem entered without a record: found at a desk, or told by phone


class ProblemRow(NamedTuple):
    id: int
    number: int  # its place in the year's list: 问题 1, 2, 3 ...
    year: int
    description: str
    section: str  # responsible section, "" when none
    owner: str
    measures: str
    deadline: str  # as the office wrote it, or the date the Chinese way
    due_date: date | None
    status: ProblemStatus
    light: Light  # red: 整改 overdue; yellow: due within the warning days
    inspection_id: int | None
    source: str  # the record: "2026年3月18日 大督查：……", or NO_SOURCE
    task_id: int | None
    task_title: str
    report: str  # the newest 整改 report
    report_date: date | None
    rectified_on: date | None
    closed_on: date | None
    closed_note: str
    closed_by: str
    # Calendar days past a dated 整改时限: an open problem's on the as-of day, a put-right one's on the day it was
    # put right; None when in time or without a date.
    days_late: int | None = None

    @property
    def overdue(self) -> bool:
        return self.light is Light.RED

    @property
    def put_right_on(self) -> date | None:
        return self.rectified_on or self.closed_on

    @property
    def solved(self) -> bool:
        return not self.status.is_open


class InspectionRow(NamedTuple):
    id: int
    held_on: date
    kind: InspectionKind
    title: str
    team: str
    findings: str
    units: tuple[str, ...]
    task_ids: tuple[int, ...]
    task_titles: tuple[str, ...]
    problems: int
    task_codes: tuple[str, ...] = ()  # each checked task's 编号, as every sheet names it
    praised: tuple[str, ...] = ()  # sections the 通报 praises (通报表扬)
    criticised: tuple[str, ...] = ()  # and criticises (通报批评)

    @property
    def source(self) -> str:
        return source_name(self.held_on, self.kind, self.title)


def source_name(held_on: date, kind: InspectionKind, title: str) -> str:
    return f"{chinese_date(held_on)} {kind.label}：{title}"


def problem_light(status: ProblemStatus, kind: DeadlineKind, due: date | None, as_of: date,
                  rules: LightRules) -> Light:
    """Red when the 整改时限 has passed with the problem still open; yellow within the warning days."""
    if not status.is_open:
        return Light.NONE
    if kind is not DeadlineKind.DATE or due is None:
        return Light.GREEN
    if due < as_of:
        return Light.RED
    return Light.YELLOW if (due - as_of).days <= rules.warning_days else Light.GREEN


def problem_rows(session: Session, year: int, as_of: date, rules: LightRules, *,
                 on_the_day: bool = False) -> list[ProblemRow]:
    """The year's problems in the order they were listed, each numbered in that order.

    With `on_the_day`, each as it stood on `as_of`, for a paper dated that day: a 整改, a 销号 or a report
    dated after it had not happened yet."""
    reports = select(ProblemReport.problem_id, func.count().label("written"))
    if on_the_day:
        reports = reports.add_columns(
            func.max(case((ProblemReport.entry_date <= as_of, ProblemReport.id))).label("report_id"))
    else:
        reports = reports.add_columns(func.max(ProblemReport.id).label("report_id"))
    newest = reports.group_by(ProblemReport.problem_id).subquery()
    query = (select(Problem, Section.name, Person.name, Inspection, Task.title, ProblemReport.text,
                    ProblemReport.entry_date, newest.c.written)
             .outerjoin(Section, Section.id == Problem.section_id)
             .outerjoin(Person, Person.id == Problem.owner_id)
             .outerjoin(Inspection, Inspection.id == Problem.inspection_id)
             .outerjoin(Task, Task.id == Problem.task_id)
             .outerjoin(newest, newest.c.problem_id == Problem.id)
             .outerjoin(ProblemReport, ProblemReport.id == newest.c.report_id)
             .where(Problem.year == year, Problem.deleted_at.is_(None))
             .order_by(Problem.sort_order, Problem.id))
    rows = []
    for number, (problem, section, owner, record, task_title, report, report_date, written) in enumerate(
            session.execute(query), start=1):
        deadline = deadline_words(problem.deadline_text, problem.due_date)
        source = source_name(record.held_on, record.kind, record.title) if record is not None else NO_SOURCE
        status, rectified_on = problem.status, problem.rectified_on
        closed_on, closed_note, closed_by = problem.closed_on, problem.closed_note, problem.closed_by
        if on_the_day:
            status = status_on(status, rectified_on, closed_on, bool(written), report_date is not None, as_of)
            if status is not ProblemStatus.CLOSED:
                closed_on, closed_note, closed_by = None, "", ""
            if status.is_open:
                rectified_on = None
        due = problem.due_date if problem.deadline_kind is DeadlineKind.DATE else None
        rows.append(ProblemRow(
            problem.id, number, problem.year, problem.description, section or "", owner or "", problem.measures,
            deadline, problem.due_date, status,
            problem_light(status, problem.deadline_kind, problem.due_date, as_of, rules),
            problem.inspection_id, source, problem.task_id, task_title or "", report or "", report_date,
            rectified_on, closed_on, closed_note, closed_by,
            days_late(status, due, rectified_on or closed_on, as_of)))
    return rows


def status_on(status: ProblemStatus, rectified_on: date | None, closed_on: date | None, reported: bool,
              reported_by_then: bool, day: date) -> ProblemStatus:
    """The status a problem had on `day`, from its dates: a 销号 or 整改 dated later had not happened, and one
    whose reports all came later was still 待整改. Where no date says otherwise, the status it has now."""
    if status is ProblemStatus.CLOSED and closed_on is not None and closed_on > day:
        status = ProblemStatus.RECTIFIED
    if status is ProblemStatus.RECTIFIED and rectified_on is not None and rectified_on > day:
        return ProblemStatus.RECTIFYING if reported_by_then else ProblemStatus.PENDING
    if status is ProblemStatus.RECTIFYING and reported and not reported_by_then:
        return ProblemStatus.PENDING  # its first report moved it to 整改中, and that came later
    return status


def days_late(status: ProblemStatus, due: date | None, put_right_on: date | None, as_of: date) -> int | None:
    """Calendar days past the 整改时限: to `as_of` while the problem is open, to the day it was put right after."""
    if due is None:
        return None
    if status.is_open:
        return (as_of - due).days if due < as_of else None
    if put_right_on is not None and put_right_on > due:
        return (put_right_on - due).days
    return None


def inspection_rows(session: Session, year: int) -> list[InspectionRow]:
    """The year's records, newest first, with the units visited, the tasks checked and their problem counts."""
    records = list(session.scalars(select(Inspection).where(Inspection.year == year, Inspection.deleted_at.is_(None))
                                   .order_by(Inspection.held_on.desc(), Inspection.id.desc())))
    ids = [record.id for record in records]
    units: dict[int, list[str]] = {}
    visited, checked = inspection_unit.c, inspection_task.c
    for record_id, name in session.execute(
            select(visited.inspection_id, Section.name).join(Section, Section.id == visited.section_id)
            .where(visited.inspection_id.in_(ids)).order_by(Section.sort_order, Section.id)):
        units.setdefault(record_id, []).append(name)
    mentioned: dict[tuple[int, str], list[str]] = {}
    for kind, table in (("praised", inspection_praise), ("criticised", inspection_criticism)):
        for record_id, name in session.execute(
                select(table.c.inspection_id, Section.name).join(Section, Section.id == table.c.section_id)
                .where(table.c.inspection_id.in_(ids)).order_by(Section.sort_order, Section.id)):
            mentioned.setdefault((record_id, kind), []).append(name)
    tasks: dict[int, list[tuple[int, str, str]]] = {}
    for record_id, task_id, title, code in session.execute(
            select(checked.inspection_id, Task.id, Task.title, Task.code).join(Task, Task.id == checked.task_id)
            .where(checked.inspection_id.in_(ids), Task.deleted_at.is_(None)).order_by(Task.sort_order)):
        tasks.setdefault(record_id, []).append((task_id, title, code or ""))
    counts: dict[int | None, int] = dict(session.execute(
        select(Problem.inspection_id, func.count()).where(Problem.inspection_id.in_(ids), Problem.deleted_at.is_(None))
        .group_by(Problem.inspection_id)).all())
    return [InspectionRow(r.id, r.held_on, r.kind, r.title, r.team, r.findings, tuple(units.get(r.id, [])),
                          tuple(t[0] for t in tasks.get(r.id, [])), tuple(t[1] for t in tasks.get(r.id, [])),
                          counts.get(r.id, 0), tuple(t[2] for t in tasks.get(r.id, [])),
                          tuple(mentioned.get((r.id, "praised"), [])), tuple(mentioned.get((r.id, "criticised"), [])))
            for r in records]


@dataclass(frozen=True)
class ReportRow:
    id: int
    entry_date: date
    text: str
    author: str


def problem_reports(session: Session, problem_id: int) -> list[ReportRow]:
    """A problem's 整改 reports, newest first."""
    query = (select(ProblemReport).where(ProblemReport.problem_id == problem_id)
             .order_by(ProblemReport.entry_date.desc(), ProblemReport.id.desc()))
    return [ReportRow(r.id, r.entry_date, r.text, r.author) for r in session.scalars(query)]


@dataclass
class ProblemStats:
    """One section's problems: found, solved (已整改 or 已销号), overdue, due soon, and its 整改率."""

    section: str
    outside: bool = False
    found: int = 0
    solved: int = 0
    closed: int = 0
    overdue: int = 0
    due_soon: int = 0

    @property
    def rate(self) -> float | None:
        return round(self.solved / self.found, 4) if self.found else None

    def add(self, row: ProblemRow) -> None:
        self.found += 1
        self.solved += row.solved
        self.closed += row.status is ProblemStatus.CLOSED
        self.overdue += row.light is Light.RED
        self.due_soon += row.light is Light.YELLOW


def problem_stats(rows: Sequence[ProblemRow], units: Sequence[Choice]) -> tuple[list[ProblemStats], ProblemStats]:
    """Per responsible section, in the sections' order (only those with problems), and the totals."""
    by_name = {unit.name: ProblemStats(unit.name, unit.kind != UnitKind.SECTION) for unit in units}
    totals = ProblemStats("合计")
    for row in rows:
        name = row.section or UNASSIGNED_SECTION
        by_name.setdefault(name, ProblemStats(name)).add(row)
        totals.add(row)
    return [stats for stats in by_name.values() if stats.found], totals


# A problem's and a record's fields as their forms show them: what another PC's save is compared by
# (changes/concurrency.py), the same names from the ledger and from a filled-in form.
def problem_draft(session: Session, problem_id: int) -> tuple[ProblemDraft, str]:
    """A problem as its form holds it, and its owner by name."""
    problem = get_problem(session, problem_id)
    return ProblemDraft(
        problem.year, problem.description, problem.inspection_id, problem.task_id, problem.section_id,
        problem.owner_id, problem.measures, Deadline(problem.deadline_kind, problem.due_date, problem.deadline_text),
    ), problem.owner.name if problem.owner is not None else ""


def problem_fields(session: Session, problem_id: int) -> dict[str, object]:
    return problem_form_fields(*problem_draft(session, problem_id))


def problem_form_fields(draft: ProblemDraft, owner: str) -> dict[str, object]:
    return {"description": draft.description, "measures": draft.measures, "inspection_id": draft.inspection_id,
            "task_id": draft.task_id, "section_id": draft.section_id, "owner": owner.strip(),
            "deadline": draft.deadline}


def inspection_draft(session: Session, inspection_id: int) -> InspectionDraft:
    record = get_inspection(session, inspection_id)
    return InspectionDraft(record.held_on, record.kind, record.title, record.team, record.findings,
                           [unit.id for unit in record.units], [task.id for task in record.tasks],
                           [unit.id for unit in record.praised], [unit.id for unit in record.criticised])


def inspection_fields(session: Session, inspection_id: int) -> dict[str, object]:
    return inspection_form_fields(inspection_draft(session, inspection_id))


def inspection_form_fields(draft: InspectionDraft) -> dict[str, object]:
    title = draft.title.strip() or default_title(draft.held_on, draft.kind)
    return {"held_on": draft.held_on, "kind": draft.kind, "title": title,
            "team": draft.team, "findings": draft.findings, "unit_ids": tuple(sorted(draft.unit_ids)),
            "task_ids": tuple(sorted(draft.task_ids)), "praised_ids": tuple(sorted(draft.praised_ids)),
            "criticised_ids": tuple(sorted(draft.criticised_ids))}
