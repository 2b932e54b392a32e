"""`main.py task instruct` (a leader's 批示, and the 交办 it starts) and `report instruction` (its 呈报单, PDF or
Word), through the window's use case and report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from models.errors import RuleError
from models.ledger import Ledger
from models.read.queries import TaskRow

OK = 0
Found = Callable[[list[TaskRow], str, int], TaskRow]
Said = Callable[[Ledger, int, int, str, TextIO], int]
Reads = Callable[[str | None, int], Any]


def add_instruct_parser(actions: argparse._SubParsersAction[argparse.ArgumentParser],
                        iso_date: Callable[[str], date]) -> argparse.ArgumentParser:
    """`task instruct`: returned so the caller gives it --db, --year and --user as the other verbs have."""
    instruct = actions.add_parser(
        "instruct", help="记录领导批示（可据此交办新任务）",
        description="把领导批示记在一项任务上（进入它的进展记录），或不写编号、用 --assign 据批示交办一项新任务；"
                    "写了编号又用 --assign 时，新任务作为这项任务的子任务交办。")
    instruct.add_argument("number", metavar="编号", nargs="?", help="批示所在的任务编号，如 3.2（据批示新交办时不写）")
    instruct.add_argument("--leader", required=True, help="批示领导，如 王建国")
    instruct.add_argument("--on", type=iso_date, required=True, help="批示日期，如 2026-11-20")
    instruct.add_argument("--text", required=True, help="批示内容")
    instruct.add_argument("--document", default="", help="批示载体，如 “市委办《信息专报》第12期”")
    instruct.add_argument("--assign", metavar="任务内容", help="据批示交办的新任务")
    instruct.add_argument("--section", default="", help="新任务的牵头科室（不存在时新建）")
    instruct.add_argument("--deadline", help="新任务的完成时限，如 2026-12-31、12月底前")
    return instruct


def run_instruct(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO, *,
                 find: Found, said: Said, deadline: Reads) -> int:
    import changes.instructions
    from changes.instructions import NamedAssignment
    from models.domain.instructions import InstructionDraft

    row = find(rows, args.number, year) if args.number else None
    if row is None and not args.assign:
        raise RuleError("请写明批示所在的任务编号，或用 --assign 写明据批示交办的新任务。")
    if args.section and not args.assign:
        raise RuleError("--section 是新交办任务的牵头科室，须与 --assign 一起用。")
    assign = NamedAssignment(args.assign, args.section, deadline(args.deadline, year)) if args.assign else None
    draft = InstructionDraft(args.leader, args.on, args.text, args.document)
    change = changes.instructions.instruct(ledger, year, row.id if row else None, draft, assign)
    if row is not None:
        said(ledger, row.id, year, "已记录领导批示", out)
    if change.outcome.created_tasks:
        said(ledger, change.outcome.created_tasks[0], year, "已据批示交办", out)
    return OK


def instructions_json(ledger: Ledger, task_id: int) -> dict[str, Any]:
    """The 批示 as `task show --json` gives them."""
    from models.read.instructions import instructions_of

    with ledger.reading() as session:
        found = instructions_of(session, task_id)
    return {"instructions": [
        {"leader": i.leader, "date": i.given_on.isoformat(), "document": i.document or None, "text": i.text,
         "on_task": i.on_code or None, "assigned_task": i.assigned_code or None} for i in found]}


def instruction_lines(ledger: Ledger, task_id: int) -> list[str]:
    """The same for a person reading `task show`."""
    from models.read.instructions import instructions_of

    with ledger.reading() as session:
        found = instructions_of(session, task_id)
    return [f"领导批示：{i.words()}" + (f"（交办 {i.assigned_code}）" if i.assigned_code
                                   and i.assigned_task_id != task_id else "") for i in found]


def add_report_parser(kinds: Any) -> argparse.ArgumentParser:
    report: argparse.ArgumentParser = kinds.add_parser(
        "instruction", help="批示件办理情况报告（呈报单，PDF 或 Word）",
        description="一项任务的领导批示办理情况报告，一页：批示领导、日期、载体和内容，批示以来的办理情况（过长的取最近部分，"
                    "全文见台账），承办科室负责人签字和督查室审核栏。--out 以 .docx 结尾时写成 Word 文档。（只读）")
    report.add_argument("--task", required=True, metavar="编号", help="任务编号，如 3.2")
    return report


def run_instruction_report(args: argparse.Namespace, out: TextIO) -> int:
    # Loaded when it runs: the parser reads this module at every start.
    from cli.places import open_cli_ledger
    from models.read.instructions import instruction_report
    from models.read.queries import find_task_by_code, task_rows
    from reports.fonts import setup_fonts
    from reports.instruction_report import write_instruction_docx, write_instruction_pdf
    from reports.output import write_atomically

    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        year = settings.year_for(args.year, date.today().year)
        with ledger.reading() as session:
            row = find_task_by_code(task_rows(session, year, date.today(), settings.light_rules), args.task)
            if row is None:
                raise RuleError("{year}年没有编号为“{code}”的任务。", year=year, code=args.task)
            report = instruction_report(session, row.id)
    finally:
        ledger.close()
    said = f"{report.code} {report.instruction.leader}批示，批示以来办理情况{len(report.done)}条"
    if args.out.suffix.lower() == ".docx":
        write_atomically(args.out, lambda path: write_instruction_docx(report, settings.org_name, path),
                         suffix=".docx")
        print(f"已生成：{args.out_shown}（{said}，Word 文档）", file=out)
        return OK
    fonts = setup_fonts(settings.report_font)
    if fonts.notice:
        print(f"注意：{fonts.notice}", file=sys.stderr)
    pages = write_atomically(args.out, lambda path: write_instruction_pdf(report, settings.org_name, fonts, path))
    print(f"已生成：{args.out_shown}（{said}，{pages} 页）", file=out)
    return OK
