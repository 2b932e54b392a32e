"""`main.py problem …` and `main.py record …`: the 问题清单 page's actions by number, as the window does them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import Any, TextIO

from changes import oversight
from cli.places import open_cli_ledger
from models.domain.deadlines import Deadline, parse_deadline
from models.domain.enums import DeadlineKind, InspectionKind, ProblemStatus
from models.domain.inspections import InspectionDraft
from models.domain.problems import ProblemDraft
from models.errors import RuleError
from models.ledger import Ledger
from models.read.lookups import sections
from models.read.problems import ProblemRow, inspection_draft, inspection_rows, problem_draft, problem_rows
from models.read.queries import TaskRow, find_task_by_code, task_rows

OK = 0
STATUS_WORDS = {status.value: status for status in ProblemStatus}
KIND_WORDS = {kind.value: kind for kind in InspectionKind}


class Found:
    """The year's problems, records, tasks and units, each read when an argument first names one of them."""

    def __init__(self, ledger: Ledger, year: int) -> None:
        self.ledger, self.year, self.rules = ledger, year, ledger.settings().light_rules

    @cached_property
    def problems(self) -> list[ProblemRow]:
        with self.ledger.reading() as session:
            return problem_rows(session, self.year, date.today(), self.rules)

    @cached_property
    def records(self) -> set[int]:
        with self.ledger.reading() as session:
            return {row.id for row in inspection_rows(session, self.year)}

    @cached_property
    def tasks(self) -> list[TaskRow]:
        with self.ledger.reading() as session:
            return task_rows(session, self.year, date.today(), self.rules)

    @cached_property
    def units(self) -> dict[str, int]:
        with self.ledger.reading() as session:
            return {unit.name: unit.id for unit in sections(session, include_inactive=True)}

    def problem(self, number: int) -> ProblemRow:
        found = next((row for row in self.problems if row.number == number), None)
        if found is None:
            raise RuleError("{year}年的问题清单里没有第 {number} 个问题。", year=self.year, number=number)
        return found

    def number_of(self, problem_id: int) -> int:
        """A problem's number in the list as it is now: read again, a new one in its place among the others."""
        self.__dict__.pop("problems", None)
        return next(row.number for row in self.problems if row.id == problem_id)

    def record(self, number: int | None) -> int | None:
        if number is not None and number not in self.records:
            raise RuleError("{year}年没有编号为 {number} 的督查记录（main.py inspections 列出编号）。",
                            year=self.year, number=number)
        return number

    def task(self, code: str | None) -> int | None:
        if not code:
            return None
        row = find_task_by_code(self.tasks, code)
        if row is None:
            raise RuleError("{year}年没有编号为“{code}”的任务。", year=self.year, code=code)
        return row.id

    def unit(self, name: str) -> int:
        if name.strip() not in self.units:
            raise RuleError("没有名为“{name}”的科室或单位（在 设置 → 科室 中添加）。", name=name.strip())
        return self.units[name.strip()]


def run(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, actor=args.user)
    try:
        year = ledger.settings().year_for(args.year, date.today().year)
        return ACTIONS[(args.command, args.action)](ledger, args, Found(ledger, year), out)
    finally:
        ledger.close()


def _deadline(text: str | None, year: int) -> Deadline:
    deadline = parse_deadline(text or "", year)
    if text and deadline.kind == DeadlineKind.UNPARSED:
        raise RuleError("整改时限“{text}”不是日期：请写成 2026-06-30 或“6月底前”。", text=text)
    return deadline


def _problem_add(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    draft = ProblemDraft(found.year, args.description, found.record(args.record), found.task(args.task),
                         found.unit(args.section) if args.section else None, None, args.measures or "",
                         _deadline(args.deadline, found.year))
    problem_id = oversight.save_problem(ledger, draft, args.owner or "")
    number = found.number_of(problem_id)
    print(f"已登记问题 {number}：{args.description}", file=out)
    return OK


def _problem_edit(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    row = found.problem(args.number)
    with ledger.reading() as session:
        now, owner = problem_draft(session, row.id)
    given: dict[str, Any] = {}
    for name, value in (("description", args.description), ("measures", args.measures)):
        if value is not None:
            given[name] = value
    if args.section is not None:
        given["section_id"] = found.unit(args.section) if args.section.strip() else None
    if args.task is not None:
        given["task_id"] = found.task(args.task)
    if args.record is not None:
        given["inspection_id"] = found.record(args.record)
    if args.deadline is not None:
        given["deadline"] = _deadline(args.deadline, found.year)
    draft = replace(now, **given)
    oversight.save_problem(ledger, draft, args.owner if args.owner is not None else owner, row.id, args.reason or "")
    print(f"已修改问题 {row.number}：{draft.description}", file=out)
    return OK


def _problem_report(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    row = found.problem(args.number)
    oversight.add_report(ledger, row.id, args.text, args.on or date.today(), args.finished)
    print(f"已录入问题 {row.number} 的整改进展" + ("，问题已整改" if args.finished else "") + "。", file=out)
    return OK


def _problem_status(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    row = found.problem(args.number)
    status = STATUS_WORDS[args.status]
    oversight.set_problem_status(ledger, row.id, status, args.note or "", args.approver or "", seen=row.status)
    print(f"问题 {row.number} 已改为「{status.label}」。", file=out)
    return OK


def _problem_delete(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    row = found.problem(args.number)
    oversight.remove_problem(ledger, row.id)
    print(f"已删除问题 {row.number}：{row.description}", file=out)
    return OK


def _record_add(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    draft = InspectionDraft(args.on or date.today(), KIND_WORDS[args.kind], args.title or "", args.team or "",
                            args.findings or "", [found.unit(name) for name in _names(args.units)],
                            [task for code in _names(args.tasks) if (task := found.task(code)) is not None],
                            [found.unit(name) for name in _names(args.praise)],
                            [found.unit(name) for name in _names(args.criticise)])
    record_id = oversight.save_record(ledger, draft)
    print(f"已登记督查记录 [{record_id}]。", file=out)
    return OK


def _record_edit(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    record_id = found.record(args.number)
    assert record_id is not None
    with ledger.reading() as session:
        now = inspection_draft(session, record_id)
    given: dict[str, Any] = {}
    for name, value in (("title", args.title), ("team", args.team), ("findings", args.findings)):
        if value is not None:
            given[name] = value
    if args.on is not None:
        given["held_on"] = args.on
    if args.kind is not None:
        given["kind"] = KIND_WORDS[args.kind]
    if args.units is not None:
        given["unit_ids"] = [found.unit(name) for name in _names(args.units)]
    if args.tasks is not None:
        given["task_ids"] = [task for code in _names(args.tasks) if (task := found.task(code)) is not None]
    for field, names in (("praised_ids", args.praise), ("criticised_ids", args.criticise)):
        if names is not None:  # "" clears the list
            given[field] = [found.unit(name) for name in _names(names)]
    oversight.save_record(ledger, replace(now, **given), record_id)
    print(f"已修改督查记录 [{record_id}]。", file=out)
    return OK


def _record_delete(ledger: Ledger, args: argparse.Namespace, found: Found, out: TextIO) -> int:
    record_id = found.record(args.number)
    assert record_id is not None
    oversight.delete_record(ledger, record_id)
    print(f"已删除督查记录 [{record_id}]。", file=out)
    return OK


def _names(text: str | None) -> list[str]:
    return [name.strip() for name in (text or "").replace(",", "、").replace("，", "、").split("、") if name.strip()]


ACTIONS: dict[tuple[str, str], Callable[[Ledger, argparse.Namespace, Found, TextIO], int]] = {
    ("problem", "add"): _problem_add, ("problem", "edit"): _problem_edit, ("problem", "report"): _problem_report,
    ("problem", "status"): _problem_status, ("problem", "delete"): _problem_delete,
    ("record", "add"): _record_add, ("record", "edit"): _record_edit, ("record", "delete"): _record_delete,
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], ledger_place: Callable[[str], object],
               year_number: Callable[[str], int], iso_date: Callable[[str], date], db_help: str) -> None:
    problem = commands.add_parser("problem", help="问题清单中的一个问题：登记、修改、整改进展、改状态、删除",
                                  description="问题清单页的每个操作，按问题编号（main.py problems 列出）进行。")
    actions = problem.add_subparsers(dest="action", title="操作", metavar="操作", required=True)
    adding = actions.add_parser("add", help="登记一个问题")
    adding.add_argument("description", help="问题描述")
    editing = actions.add_parser("edit", help="修改问题（只改给出的项）")
    editing.add_argument("number", type=int, metavar="编号", help="问题编号")
    editing.add_argument("--description", help="问题描述")
    editing.add_argument("--reason", help="调整整改时限的理由（改已有的时限时必填）")
    for action in (adding, editing):
        action.add_argument("--section", help="整改科室")
        action.add_argument("--owner", help="整改责任人")
        action.add_argument("--measures", help="整改措施")
        action.add_argument("--deadline", help="整改时限，如 2026-06-30、6月底前")
        action.add_argument("--record", type=int, metavar="记录编号", help="发现问题的督查记录")
        action.add_argument("--task", metavar="任务编号", help="涉及的任务，如 3.2")
    reporting = actions.add_parser("report", help="录入整改进展")
    reporting.add_argument("number", type=int, metavar="编号", help="问题编号")
    reporting.add_argument("text", help="整改情况")
    reporting.add_argument("--on", type=iso_date, help="日期（默认今天）")
    reporting.add_argument("--finished", action="store_true", help="整改已完成（问题改为已整改）")
    statuses = "、".join(f"{status.value} {status.label}" for status in ProblemStatus)
    status = actions.add_parser("status", help=f"改变问题状态：{statuses}")
    status.add_argument("number", type=int, metavar="编号", help="问题编号")
    status.add_argument("status", choices=sorted(STATUS_WORDS), help="新的状态")
    status.add_argument("--note", help="销号意见（销号时必填）")
    status.add_argument("--approver", help="审核人")
    deleting = actions.add_parser("delete", help="删除问题")
    deleting.add_argument("number", type=int, metavar="编号", help="问题编号")
    record = commands.add_parser("record", help="督查/调研记录：登记、修改、删除",
                                 description="问题清单页对督查记录的操作，按记录编号（main.py inspections 列出）进行。")
    record_actions = record.add_subparsers(dest="action", title="操作", metavar="操作", required=True)
    record_adding = record_actions.add_parser("add", help="登记一次督查或调研")
    kinds = "、".join(f"{kind.value} {kind.label}" for kind in InspectionKind)
    record_adding.add_argument("--kind", choices=sorted(KIND_WORDS), required=True, help=f"类别：{kinds}")
    record_editing = record_actions.add_parser("edit", help="修改督查记录（只改给出的项）")
    record_editing.add_argument("number", type=int, metavar="编号", help="记录编号")
    record_editing.add_argument("--kind", choices=sorted(KIND_WORDS), help="类别")
    for action in (record_adding, record_editing):
        action.add_argument("--on", type=iso_date, help="督查日期（新登记默认今天）")
        action.add_argument("--title", help="标题（不填按日期和类别，如“3月大督查”）")
        action.add_argument("--team", help="督查人员")
        action.add_argument("--findings", help="发现的情况")
        action.add_argument("--units", help="督查的单位，用顿号或逗号分隔")
        action.add_argument("--tasks", metavar="任务编号", help="督查的任务，如 3.2、4.1")
        action.add_argument("--praise", metavar="科室", help="通报表扬的科室，用顿号或逗号分隔（考核按次加分）")
        action.add_argument("--criticise", metavar="科室", help="通报批评的科室，用顿号或逗号分隔（考核按次减分）")
    record_deleting = record_actions.add_parser("delete", help="删除督查记录（还列着问题的不能删）")
    record_deleting.add_argument("number", type=int, metavar="编号", help="记录编号")
    for action in (adding, editing, reporting, status, deleting, record_adding, record_editing, record_deleting):
        action.add_argument("--db", type=ledger_place, required=True, help=db_help)
        action.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
        action.add_argument("--user", help="录入人（写入修改记录），默认是操作系统用户名")
