"""`main.py task list|show|add|edit|progress|extend|complete|close|reopen|delete` and the 督办 steps: every action
the window has on a task, by its 编号, through the same changes/ functions and with the same rules and messages."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

import changes.progress
import changes.tasks
from changes.progress import ProgressDraft
from changes.tasks import NamedTask, StatusChange, TaskEdit
from cli.instruction_commands import add_instruct_parser, instruction_lines, instructions_json, run_instruct
from cli.milestone_command import add_milestones_parser, milestone_lines, milestones_json, set_milestones
from cli.places import open_cli_ledger
from cli.task_cycle_commands import CYCLE_WRITES, add_cycle_parsers, cycle_json, cycle_lines, run_cycle
from models.domain.deadlines import chinese_date
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.domain.frozen_months import month_words
from models.domain.lights import LightRules, period_of
from models.domain.relative_deadlines import typed_deadline
from models.domain.workflow import REOPENABLE
from models.errors import RuleError
from models.ledger import Ledger
from models.read.counting import Counting
from models.read.lookups import sections
from models.read.queries import TaskRow, find_task_by_code, task_rows
from models.read.task_detail import task_detail

OK = 0
WRITES = ("add", "edit", "progress", "extend", "complete", "close", "reopen", "delete", "instruct", "milestones",
          *CYCLE_WRITES)


def run(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, read_only=args.action not in WRITES, actor=args.user)
    try:
        settings = ledger.settings()
        year = settings.year_for(args.year, date.today().year)
        as_of = getattr(args, "as_of", None) or date.today()
        with ledger.reading() as session:
            rows = task_rows(session, year, as_of, settings.light_rules)
        return ACTIONS[args.action](ledger, args, rows, year, out)
    finally:
        ledger.close()


def _task(rows: list[TaskRow], code: str, year: int) -> TaskRow:
    row = find_task_by_code(rows, code)
    if row is None:
        raise RuleError("{year}年没有编号为“{code}”的任务。", year=year, code=code)
    return row


def _as_json(row: TaskRow) -> dict[str, Any]:
    """A task as `task list --json` gives it: English keys and status values, stable for scripts."""
    return {"number": row.code, "title": row.title, "section": row.lead_section, "status": row.status.value,
            "due_date": row.due_date.isoformat() if row.due_date else None, "deadline": row.deadline_display,
            "light": row.light.value, "percent": row.percent}


def _list(_ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    shown = [row for row in rows if (not args.section or row.lead_section == args.section)
             and (args.only != "overdue" or row.overdue)
             and (args.only != "unfinished" or row.status not in (Status.COMPLETED, Status.CLOSED))]
    if args.json:
        print(json.dumps([_as_json(row) for row in shown], ensure_ascii=False, indent=2), file=out)
        return OK
    print(f"{year}年任务{Counting(rows).tally(shown).words()}", file=out)  # counted as every sheet counts
    for row in shown:
        print(f"{row.code:<8} {row.status.label:<4} {row.light.label} {row.deadline_display:<12} "
              f"{row.lead_section or '（无牵头科室）'}  {row.title}", file=out)
    return OK


def _show(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    with ledger.reading() as session:
        detail = task_detail(session, row.id)
    timeline = [{"date": entry.entry_date.isoformat(), "period": entry.period, "kind": entry.kind.value,
                 "text": entry.text, "percent": entry.percent, "author": entry.author,
                 "pace": entry.pace.value if entry.pace else None} for entry in detail.timeline]
    if args.json:
        shown = {**_as_json(row), "key_task": row.key_task_title, "co_sections": list(row.co_sections),
                 "leader": row.leader, "owner": row.owner, "measures": detail.measures, "note": detail.note,
                 "timeline": timeline, **cycle_json(detail), **instructions_json(ledger, row.id),
                 **milestones_json(detail)}
        print(json.dumps(shown, ensure_ascii=False, indent=2), file=out)
        return OK
    print(f"{row.code} {row.title}", file=out)
    for label, value in (("状态", row.status.label), ("完成时限", row.deadline_display),
                         ("牵头科室", row.lead_section), ("配合科室", "、".join(row.co_sections)),
                         ("重点任务", row.key_task_title), ("分管领导", row.leader), ("责任人", row.owner),
                         ("具体措施", detail.measures), ("备注", detail.note)):
        if value:
            print(f"  {label}：{value}", file=out)
    for line in cycle_lines(detail) + instruction_lines(ledger, row.id) + milestone_lines(detail):
        print(f"  {line}", file=out)
    print(f"  进展记录 {len(timeline)} 条", file=out)
    for entry in detail.timeline:
        print(f"    {chinese_date(entry.entry_date)} {month_words(entry.period)} {entry.text}", file=out)
    return OK


def _deadline(text: str | None, year: int, args: argparse.Namespace) -> Any:
    """A deadline given to a command, read as the window reads one typed on its day (下周五前, 1月底前 in
    December): the step's --on, else --as-of, else today."""
    if text is None:
        return None
    written_on = getattr(args, "on", None) or getattr(args, "as_of", None) or date.today()
    deadline = typed_deadline(text, year, written_on)
    if deadline.kind == DeadlineKind.UNPARSED:
        raise RuleError("完成时限“{text}”看不懂：请写成 2026-06-30、6月底前、第三季度或“长期坚持”。", text=text)
    return deadline


def _add(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    parent = _task(rows, args.parent, year).id if args.parent else None
    named = NamedTask(year, args.title, args.section or "", _names(args.co), args.key_task or "", parent,
                      _deadline(args.deadline, year, args), args.leader or "", args.owner or "", args.measures or "",
                      args.note or "")
    made = changes.tasks.new_named_task(ledger, named)
    return _said(ledger, made.outcome.created_tasks[0], year, "已新建任务", out)


def _edit(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    fields = {name: value for name, value in (("title", args.title), ("measures", args.measures),
                                              ("note", args.note)) if value is not None}
    edit = TaskEdit(fields, deadline=_deadline(args.deadline, year, args), leader=args.leader, owner=args.owner,
                    lead_section=args.section)
    if args.co is not None:
        with ledger.reading() as session:
            known = {choice.name: choice.id for choice in sections(session)}
        missing = [name for name in _names(args.co) if name not in known]
        if missing:
            raise RuleError("没有名为“{name}”的科室：请先用 task add 或在窗口中建立。", name=missing[0])
        edit.co_section_ids = [known[name] for name in _names(args.co)]
    change = changes.tasks.edit_task(ledger, row.id, edit)
    return _said(ledger, row.id, year, "没有改动" if change.changed_nothing() else "已修改", out)


def _progress(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    changes.progress.enter_progress(ledger, row.id, ProgressDraft(args.text, args.period, args.percent))
    return _said(ledger, row.id, year, "已录入进展", out)


def _extend(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    changes.tasks.extend(ledger, row.id, _deadline(args.deadline, year, args), args.reason, args.approved_by or "",
                         seen=row.status)
    return _said(ledger, row.id, year, "已延期", out, moved=True)


def _complete(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    """办结 as the window does it: what was done is reported (a 复命 at 100%) and the status changes with it."""
    row = _task(rows, args.number, year)
    day = args.on or date.today()
    changes.progress.enter_progress(ledger, row.id, ProgressDraft(
        args.report, period_of(day), 100, ProgressKind.FEEDBACK, entry_date=day, status=Status.COMPLETED,
        seen=row.status))
    return _said(ledger, row.id, year, "已办结", out)


def _close(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    changes.tasks.set_status(ledger, row.id, StatusChange(Status.CLOSED, args.note or "", args.approver,
                                                          args.on or date.today(), args.rating or "",
                                                          seen=row.status))
    return _said(ledger, row.id, year, "已销号", out)


def _reopen(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    if row.status not in REOPENABLE:
        raise RuleError("只有已办结、已销号、暂缓或已撤销的任务才能重新打开；“{code}”是「{status}」。", code=row.code,
                        status=row.status.label)
    changes.tasks.set_status(ledger, row.id, StatusChange(Status.IN_PROGRESS, on=date.today(), seen=row.status))
    return _said(ledger, row.id, year, "已重新打开", out)


def _delete(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    removed = changes.tasks.delete(ledger, row.id)
    print(f"已删除（移入回收站）：{row.code} {row.title}" + (f"，连同子任务 {len(removed.task_ids) - 1} 项"
                                                         if len(removed.task_ids) > 1 else ""), file=out)
    return OK


def _said(ledger: Ledger, task_id: int, year: int, what: str, out: TextIO, *, moved: bool = False) -> int:
    """`what` was done to the task, said with its 编号, title and status; `moved`: and the deadline it now has."""
    with ledger.reading() as session:
        row = next((r for r in task_rows(session, year, date.today(), LightRules()) if r.id == task_id), None)
    if row is None:
        print(f"{what}。", file=out)
        return OK
    deadline = f"，完成时限改为{row.deadline_display}" if moved else ""
    print(f"{what}：{row.code} {row.title}（{row.status.label}）{deadline}", file=out)
    return OK


def _milestones(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    row = _task(rows, args.number, year)
    return _said(ledger, row.id, year, set_milestones(ledger, args, row, year), out)


def _cycle(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    return run_cycle(ledger, args, rows, year, out, find=_task, said=_said,
                     deadline=lambda text, year: _deadline(text, year, args))


def _instruct(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO) -> int:
    return run_instruct(ledger, args, rows, year, out, find=_task, said=_said,
                        deadline=lambda text, year: _deadline(text, year, args))


def _names(text: str | None) -> list[str]:
    return [name.strip() for name in (text or "").replace(",", "、").replace("，", "、").split("、") if name.strip()]


ACTIONS: dict[str, Callable[[Ledger, argparse.Namespace, list[TaskRow], int, TextIO], int]] = {
    "list": _list, "show": _show, "add": _add, "edit": _edit, "progress": _progress, "extend": _extend,
    "complete": _complete, "close": _close, "reopen": _reopen, "delete": _delete, "instruct": _instruct,
    "milestones": _milestones,
    **dict.fromkeys(CYCLE_WRITES, _cycle)}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], ledger_place: Callable[[str], object],
               year_number: Callable[[str], int], iso_date: Callable[[str], date], period_text: Callable[[str], str],
               db_help: str) -> None:
    task = commands.add_parser("task", help="一项任务：列出、查看、新建、修改、进展、签收、延期、办结、销号、批示……",
                               description="窗口中对任务的每个操作，按编号（如 3.2）进行，规则和提示与窗口相同。")
    actions = task.add_subparsers(dest="action", title="操作", metavar="操作", required=True)
    listing = actions.add_parser("list", help="列出任务")
    listing.add_argument("--section", help="只列这个牵头科室的")
    listing.add_argument("--only", choices=["unfinished", "overdue"], help="只列未办结的，或逾期的")
    listing.add_argument("--as-of", type=iso_date, help="按哪一天判断红黄绿灯（默认今天）")
    showing = actions.add_parser("show", help="查看一项任务及其进展记录")
    showing.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    adding = actions.add_parser("add", help="新建任务（科室、人员不存在时新建）")
    adding.add_argument("--title", required=True, help="任务内容")
    adding.add_argument("--parent", metavar="编号", help="作为这项任务的子任务")
    editing = actions.add_parser("edit", help="修改任务（只改给出的项）")
    editing.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    for action in (adding, editing):
        if action is editing:
            action.add_argument("--title", help="任务内容")
        action.add_argument("--section", help="牵头科室")
        action.add_argument("--co", help="配合科室，用顿号或逗号分隔")
        action.add_argument("--deadline", help="完成时限，如 2026-06-30、6月底前")
        action.add_argument("--leader", help="分管领导")
        action.add_argument("--owner", help="责任人")
        action.add_argument("--measures", help="具体措施")
        action.add_argument("--note", help="备注")
    adding.add_argument("--key-task", help="重点任务（不存在时新建）")
    reporting = actions.add_parser("progress", help="录入一条进展（复命）")
    reporting.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    reporting.add_argument("text", help="进展情况")
    reporting.add_argument("--period", type=period_text, help="期次，如 2026-03（默认本月）")
    reporting.add_argument("--percent", type=int, help="完成进度 0–100")
    extending = actions.add_parser("extend", help="延期")
    extending.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    extending.add_argument("--deadline", required=True, help="新的完成时限")
    extending.add_argument("--reason", required=True, help="延期理由")
    extending.add_argument("--approved-by", help="批准人")
    for action in (adding, editing, extending):
        action.add_argument("--as-of", type=iso_date,
                            help="完成时限是哪天写的：“下周五前”“1月底前”按这一天理解（默认今天）")
    completing = actions.add_parser("complete", help="办结：报告完成情况（复命，进度 100%%）")
    completing.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    completing.add_argument("report", help="完成情况")
    closing = actions.add_parser("close", help="销号（须已办结）")
    closing.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    closing.add_argument("--approver", required=True, help="审核人")
    closing.add_argument("--note", help="销号意见")
    closing.add_argument("--rating", help="考核评价，如 好、较好、一般、差")
    for action in (completing, closing):
        action.add_argument("--on", type=iso_date, help="日期（默认今天）")
    reopening = actions.add_parser("reopen", help="重新打开（回到推进中）")
    reopening.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    deleting = actions.add_parser("delete", help="删除（移入回收站，连同子任务）")
    deleting.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    numbered = (showing, editing, reporting, extending, completing, closing, reopening, deleting,
                add_milestones_parser(actions), *add_cycle_parsers(actions, iso_date))
    for action in (listing, *numbered, adding, add_instruct_parser(actions, iso_date)):
        action.add_argument("--db", type=ledger_place, required=True, help=db_help)
        action.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
        action.add_argument("--user", help="录入人（写入修改记录），默认是操作系统用户名")
    for action in (listing, showing):
        action.add_argument("--json", action="store_true", help="以 JSON 输出（键名为英文，便于脚本处理）")
