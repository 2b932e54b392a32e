"""Importing a 整改台账: each row a problem under its source record, matched on a second import by the record and
the row's description or 序号, so the same 台账 again updates the problems instead of listing them twice."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.apply.new_ids import one_import_at_a_time
from models.apply.problem_rows import STATUS_WORDS, ProblemLine
from models.domain import directory
from models.domain.deadlines import Deadline, own_words, parse_deadline
from models.domain.entities import Inspection, Person, Problem, ProblemReport, Section
from models.domain.enums import DeadlineKind, InspectionKind, ProblemStatus, UnitKind
from models.domain.helper_units import one_separator
from models.domain.inspections import InspectionDraft, create_inspection
from models.domain.problems import (
    ProblemDraft,
    add_problem_report,
    change_problem_status,
    create_problem,
    set_problem_deadline,
    update_problem,
)
from models.domain.settings import org_name
from models.domain.text import clean_name, fold_full_width
from models.domain.units import listed_name

# How far along a status is: an import moves a problem forward only (a 台账 sent out last month says less).
_RANK = {ProblemStatus.PENDING: 0, ProblemStatus.RECTIFYING: 1, ProblemStatus.RECTIFIED: 2, ProblemStatus.CLOSED: 3}
_CUT = "（全文见台账）"  # an exported report cut to its latest part ends so (reports/text.py)
CREATED_KINDS = (("sources", "新来源（督查记录）"), ("sections", "新科室"), ("outside", "新部外单位"),
                 ("everyone", "泛指"), ("people", "新人员"))


@dataclass
class ProblemImportResult:
    lines: list[ProblemLine]
    created: dict[str, list[str]] = field(default_factory=dict)
    imported: int = 0  # new problems
    updated: int = 0  # problems already there that the 台账 changes
    unchanged: int = 0  # problems already there, as the 台账 says
    reported: int = 0  # 整改进展 added as reports

    @property
    def importable(self) -> list[ProblemLine]:
        return [line for line in self.lines if line.importable]

    def to_dict(self) -> dict[str, object]:
        return {"rows": [line.to_dict() for line in self.lines], "created": self.created,
                "imported": self.imported, "updated": self.updated, "unchanged": self.unchanged,
                "reported": self.reported}


def key(text: str) -> str:
    """A text as compared: spaces, line breaks and full-width letters do not make two problems."""
    return re.sub(r"\s+", "", fold_full_width(text or ""))


def kind_of(source: str) -> InspectionKind:
    """The record's kind from its name: 巡察/巡视 → 巡察反馈, 调研 → 大调研, 专项 and 审计 → 专项督查, 督查 → 大督查."""
    for words, kind in ((("巡察", "巡视"), InspectionKind.PATROL), (("调研",), InspectionKind.RESEARCH),
                        (("专项", "审计"), InspectionKind.SPECIAL), (("督查", "督导"), InspectionKind.SUPERVISION)):
        if any(word in source for word in words):
            return kind
    return InspectionKind.SPECIAL


def import_problem_ledger(session: Session, actor: str, lines: list[ProblemLine], year: int, file_name: str,
                          today: date, *, dry_run: bool = False) -> ProblemImportResult:
    """Check every importable line against the ledger (each line's `outcome`), and unless `dry_run` write them."""
    result = ProblemImportResult(lines)
    if not dry_run:
        one_import_at_a_time(session)
    rows = result.importable
    records = _records(session, year, {line.source for line in rows})
    result.created = _new_names(session, rows, records)
    org = org_name(session)  # 市委组织部干部一科 is the 干部一科 a problem has on a 组织部's ledger
    held_on = min(max(today, date(year, 1, 1)), date(year, 12, 31))
    by_record: dict[str, list[Problem]] = {source: _problems(session, record_id)
                                           for source, record_id in records.items()}
    repeated = Counter((line.source, line.number) for line in rows if line.number)
    for line in rows:
        candidates = by_record.setdefault(line.source, [])
        found = _match(candidates, line, repeated[(line.source, line.number)] == 1)
        if found is not None:
            candidates.remove(found)
        deadline = parse_deadline(line.deadline_value, year)
        changes = _changes(found, line, deadline, org) if found is not None else {}
        report = _new_report(session, found, line.progress)
        status = _status_step(found, line, bool(report))
        line.outcome = "new" if found is None else "update" if changes or report or status else "same"
        result.imported += found is None
        result.updated += line.outcome == "update"
        result.unchanged += line.outcome == "same"
        result.reported += bool(report)
        if dry_run or line.outcome == "same":
            continue
        if line.source not in records:
            records[line.source] = create_inspection(session, actor, InspectionDraft(
                held_on, kind_of(line.source), line.source)).id
        problem_id = _write(session, actor, found, line, year, records[line.source], deadline, changes, file_name)
        if report:
            add_problem_report(session, actor, problem_id, report, entry_date=today)
        if status is not None:
            change_problem_status(session, actor, problem_id, status, on=today)
    return result


def _records(session: Session, year: int, sources: set[str]) -> dict[str, int]:
    """The records already in the ledger named as the lines' sources (the first, where two share a name)."""
    query = (select(Inspection.title, Inspection.id).where(
        Inspection.year == year, Inspection.title.in_(sources), Inspection.deleted_at.is_(None))
        .order_by(Inspection.id.desc()))
    return {title: record_id for title, record_id in session.execute(query)}


def _problems(session: Session, record_id: int) -> list[Problem]:
    return list(session.scalars(select(Problem).where(
        Problem.inspection_id == record_id, Problem.deleted_at.is_(None)).order_by(Problem.sort_order)))


def _new_names(session: Session, rows: list[ProblemLine], records: dict[str, int]) -> dict[str, list[str]]:
    kinds = directory.new_units(session, {clean_name(line.section) for line in rows if line.section})
    people = {clean_name(name) for line in rows for name in (line.leader, line.owner) if name}
    return {"sources": list(dict.fromkeys(line.source for line in rows if line.source not in records)),
            "sections": [name for name, kind in kinds.items() if kind == UnitKind.SECTION],
            "outside": [name for name, kind in kinds.items() if kind == UnitKind.OUTSIDE],
            "everyone": [name for name, kind in kinds.items() if kind == UnitKind.EVERYONE],
            "people": sorted(people - set(session.scalars(select(Person.name))))}


def _match(candidates: list[Problem], line: ProblemLine, number_is_unique: bool) -> Problem | None:
    """The same description first; else the same 序号, where the 台账 gives each row its own."""
    wanted = key(line.description)
    found = next((problem for problem in candidates if key(problem.description) == wanted), None)
    if found is None and line.number and number_is_unique:
        found = next((problem for problem in candidates if problem.number == line.number), None)
    return found


def _name(person: Person | Section | None) -> str:
    return person.name if person is not None else ""


def _changes(problem: Problem, line: ProblemLine, deadline: Deadline, org: str) -> dict[str, Any]:
    """What the line says differently from the problem; a blank cell says nothing (it never empties a field)."""
    changes: dict[str, Any] = {}
    for name, text in (("description", line.description), ("measures", line.measures),
                       ("category", line.category)):
        # 配合单位：A、B (an exported 台账 read back) is the 配合单位：A，B its own 台账 listed
        same = one_separator if name == "measures" else str
        if text and key(same(text)) != key(same(getattr(problem, name))):
            changes[name] = text
    if line.number and problem.number and line.number != problem.number:
        changes["number"] = line.number
    for name, said, now in (("section", listed_name(clean_name(line.section), org), problem.section),
                            ("owner", line.owner, problem.owner), ("leader", line.leader, problem.leader)):
        if said and clean_name(said) != _name(now):
            changes[name] = said
    if deadline.kind != DeadlineKind.NONE and (
            (problem.deadline_kind, problem.due_date, own_words(problem.deadline_text)) != (
                deadline.kind, deadline.due, deadline.text)):
        changes["deadline"] = deadline
    return changes


def _new_report(session: Session, problem: Problem | None, text: str) -> str:
    """整改进展 as a report, unless the problem holds it already (the whole, or the part an export printed)."""
    text = text.strip()
    if not text or problem is None:
        return text
    held = [key(report) for report in session.scalars(
        select(ProblemReport.text).where(ProblemReport.problem_id == problem.id))]
    said = key(text)
    if said in held:
        return ""
    if said.endswith(_CUT) and any(report.endswith(said.removeprefix("……").removesuffix(_CUT)) for report in held):
        return ""
    return text


def _status_step(problem: Problem | None, line: ProblemLine, reported: bool) -> ProblemStatus | None:
    """Where 完成情况 moves the problem, forward only; a word behind the ledger is noted, not followed."""
    now = problem.status if problem is not None else ProblemStatus.PENDING
    if reported and now is ProblemStatus.PENDING:
        now = ProblemStatus.RECTIFYING  # the report itself moves it
    wanted = line.wanted
    if wanted is None or _RANK[wanted] == _RANK[now] or (wanted, now) == (ProblemStatus.RECTIFIED,
                                                                           ProblemStatus.CLOSED):
        return None
    if _RANK[wanted] < _RANK[now]:
        said = "台账中这个问题已是「{now}」，表中写的是“{word}”：不改回。"
        if not any(getattr(message, "template", "") == said for message in line.messages):  # checked, then imported
            line.warn(said, now=STATUS_WORDS[now], word=line.state_word)
        return None
    return wanted


def _write(session: Session, actor: str, problem: Problem | None, line: ProblemLine, year: int, record_id: int,
           deadline: Deadline, changes: dict[str, Any], file_name: str) -> int:
    def person_id(name: str) -> int | None:
        return directory.person(session, actor, name).id if name else None

    if problem is None:
        section = directory.section(session, actor, line.section).id if line.section else None
        return create_problem(session, actor, ProblemDraft(
            year, line.description, record_id, None, section, person_id(line.owner), line.measures, deadline,
            line.number, line.category, person_id(line.leader))).id
    fields = {name: value for name, value in changes.items() if name in ("description", "measures", "category",
                                                                         "number")}
    if "section" in changes:
        fields["section_id"] = directory.section(session, actor, changes["section"]).id
    for name in ("owner", "leader"):
        if name in changes:
            fields[f"{name}_id"] = person_id(changes[name])
    if line.number and not problem.number:
        fields["number"] = line.number  # a problem entered by hand takes the 序号 the 台账 gave it
    if fields:
        update_problem(session, actor, problem.id, **fields)
    if "deadline" in changes:
        set_problem_deadline(session, actor, problem.id, deadline, f"按《{file_name}》重新导入")
    return problem.id
