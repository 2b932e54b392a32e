"""`main.py task sign|extend-request|extend-approve|extend-refuse|return|remind`: the 督办 steps on a task by its 编号,
through the same changes/ functions as the window's buttons."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, time
from typing import Any, Protocol, TextIO

from cli.remind_command import add_remind_parser, remind, reminder_lines, reminders_json
from models.domain.deadlines import chinese_date
from models.domain.enums import DeadlineKind
from models.errors import RuleError
from models.ledger import Ledger
from models.read.queries import TaskRow
from models.read.task_detail import TaskDetail

CYCLE_WRITES = ("sign", "extend-request", "extend-approve", "extend-refuse", "return", "remind")
Found = Callable[[list[TaskRow], str, int], TaskRow]


class Said(Protocol):
    """Says what was done to the task (`what`), by its 编号, title and status; with `moved`, its deadline now."""

    def __call__(self, ledger: Ledger, task_id: int, year: int, what: str, out: TextIO, *,
                 moved: bool = False) -> int: ...


Reads = Callable[[str | None, int], Any]


def _sign(ledger: Ledger, args: argparse.Namespace, row: TaskRow, rows: list[TaskRow]) -> str:
    import changes.supervision

    others = [other.id for other in rows if args.with_section and other.awaiting_sign and other.id != row.id
              and other.lead_section_id is not None and other.lead_section_id == row.lead_section_id]
    changes.supervision.sign(ledger, row.id, by=args.by or "", on=args.on, seen=row.status, with_others=others)
    return f"已签收（连同{row.lead_section}其余 {len(others)} 项待签收任务）" if others else "已签收"


def _request(ledger: Ledger, args: argparse.Namespace, row: TaskRow, deadline: Any) -> str:
    import changes.supervision

    if deadline is None:
        raise RuleError("请用 --to 写明申请延至哪一天，如 2026-09-30。")
    changes.supervision.ask_extension(ledger, row.id, deadline, args.reason, on=args.on, seen=row.status,
                                      by=args.by or "")
    return "已提出延期申请（待审批，原完成时限不变）"


def _decide(ledger: Ledger, args: argparse.Namespace, row: TaskRow, approve: bool) -> str:
    import changes.supervision

    changes.supervision.decide_extension(ledger, row.id, approve, by=args.by or "",
                                         answer=(args.note if approve else args.reason) or "", on=args.on)
    return "已同意延期" if approve else "已不同意延期（完成时限不变）"


def _return(ledger: Ledger, args: argparse.Namespace, row: TaskRow, deadline: Any) -> str:
    import changes.supervision

    changes.supervision.return_task(ledger, row.id, args.reason, by=args.by or "", on=args.on, seen=row.status,
                                    deadline=deadline)
    if deadline is not None:
        return f"已退回重办，重办时限{deadline.display}"
    passed = row.deadline_kind == DeadlineKind.DATE and row.due_date is not None and row.due_date < (
        args.on or date.today())
    if passed:  # said, not refused: the office may mean it to count as late
        return f"已退回重办（原完成时限{row.deadline_display}已过，现为逾期；重办时限可用 --deadline 给出）"
    return "已退回重办"


def run_cycle(ledger: Ledger, args: argparse.Namespace, rows: list[TaskRow], year: int, out: TextIO, *,
              find: Found, said: Said, deadline: Reads) -> int:
    row = find(rows, args.number, year)
    action = args.action
    if action == "sign":
        what = _sign(ledger, args, row, rows)
    elif action == "extend-request":
        what = _request(ledger, args, row, deadline(args.to, year))
    elif action in ("extend-approve", "extend-refuse"):
        what = _decide(ledger, args, row, action == "extend-approve")
        return said(ledger, row.id, year, what, out, moved=action == "extend-approve")  # and to which day
    elif action == "remind":
        what = remind(ledger, args, row)
    else:
        what = _return(ledger, args, row, deadline(args.deadline, year))
    return said(ledger, row.id, year, what, out)


def cycle_json(detail: TaskDetail) -> dict[str, Any]:
    """签收, 延期申请 and 退回重办 as `task show --json` gives them."""
    return {
        "signed": {"by": detail.signed_by, "at": detail.signed_at.isoformat(timespec="minutes")}
        if detail.signed_at else None,
        "awaiting_sign": detail.awaiting_sign,
        "extension_requests": [
            {"asked_on": r.asked_on.isoformat(), "asked_by": r.asked_by, "to": r.due.isoformat() if r.due else None,
             "deadline": r.asked, "reason": r.reason,
             "late": r.late, "state": r.state, "decided_by": r.decided_by or None,
             "decided_on": r.decided_on.isoformat() if r.decided_on else None, "answer": r.answer or None}
            for r in detail.requests],
        "returns": [{"date": entry.entry_date.isoformat(), "text": entry.text, "by": entry.author}
                    for entry in detail.timeline if entry.kind.value == "return"],
        **reminders_json(detail),
    }


def cycle_lines(detail: TaskDetail) -> list[str]:
    """The same for a person reading `task show`."""
    lines = []
    if detail.awaiting_sign:
        lines.append("签收：待签收")
    elif detail.signed_at is not None:
        at = detail.signed_at
        hour = "" if at.time() == time() else f" {at:%H:%M}"  # a day off a form: no hour made up
        lines.append(f"签收：{detail.signed_by}，{chinese_date(at.date())}{hour}")
    lines += [f"延期申请：{request.words()}" for request in detail.requests]
    if detail.returns:
        lines.append(f"退回重办：{detail.returns} 次")
    return lines + reminder_lines(detail)


def add_cycle_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser],
                      iso_date: Callable[[str], date]) -> list[argparse.ArgumentParser]:
    """The verbs' parsers; returned so the caller gives each --db, --year and --user as the others have."""
    signing = actions.add_parser("sign", help="签收：牵头科室签收交办的任务")
    signing.add_argument("--by", help="签收人（默认是录入人）")
    signing.add_argument("--with-section", action="store_true",
                         help="同时签收该任务牵头科室其余待签收的任务（一个科室一并签收交办给它的任务）")
    asking = actions.add_parser("extend-request", help="申请延期（审批前原完成时限不变）")
    asking.add_argument("--to", required=True, help="申请延至，如 2026-09-30")
    asking.add_argument("--reason", required=True, help="延期理由")
    asking.add_argument("--by", help="申请人，如 李明（不写则只记牵头科室申请）")
    approving = actions.add_parser("extend-approve", help="同意待审批的延期申请")
    approving.add_argument("--note", help="审批意见")
    refusing = actions.add_parser("extend-refuse", help="不同意待审批的延期申请（完成时限不变）")
    refusing.add_argument("--reason", required=True, help="不同意的理由")
    returning = actions.add_parser("return", help="退回重办：已办结的任务退回推进中")
    returning.add_argument("--reason", required=True, help="退回理由")
    returning.add_argument("--deadline", help="重办时限，如 2026-12-31、12月底前（完成时限随之改到这一天，记为延期；"
                                              "不写则原完成时限不变，已过的就逾期）")
    made = [signing, asking, approving, refusing, returning, add_remind_parser(actions, iso_date)]
    for action in made:
        action.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    for action in (approving, refusing, returning):
        action.add_argument("--by", help="审批人或退回人，如分管领导（默认是录入人）")
    for action in (signing, asking, approving, refusing, returning):
        action.add_argument("--on", type=iso_date, help="日期（默认今天；签收、申请照回执所填，不能晚于今天）")
    return made
