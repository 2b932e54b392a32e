"""`main.py task milestones 编号 2026-03=30 2026-06=60:完成初稿 …` (or `--clear`): a task's 序时进度, through the
editor's own save; and how `task show` gives the milestones and the newest report's class."""

from __future__ import annotations

import argparse
import re
from typing import Any

from models.domain import milestones as schedule
from models.errors import RuleError
from models.ledger import Ledger
from models.read.queries import TaskRow
from models.read.task_detail import TaskDetail

USAGE = "2026-03=30 2026-06=60:完成初稿 2026-12=100"
_ARGUMENT_FORM = re.compile(r"\d{4}-\d|.*=")  # 2026-06=60 rather than the editor's 6月60%


def set_milestones(ledger: Ledger, args: argparse.Namespace, row: TaskRow, year: int) -> str:
    """The milestones given (the command line's 2026-06=60:完成初稿, or the editor's 6月60%（完成初稿）), or none
    with --clear; one save through the same use case as the editor's."""
    import changes.tasks

    if args.clear and args.milestones:
        raise RuleError("--clear 与节点不能同时给出：清除就不要再写节点。")
    if not args.clear and not args.milestones:
        raise RuleError("请写出节点，如 {usage}；要清除请用 --clear。", usage=USAGE)
    given: schedule.Milestones = ()
    if args.milestones:
        written = [arg for arg in args.milestones if arg.strip()]
        given = (schedule.from_args(written) if any(_ARGUMENT_FORM.match(arg.strip()) for arg in written)
                 else schedule.from_text("、".join(written), year))
    change = changes.tasks.edit_task(ledger, row.id, changes.tasks.TaskEdit(milestones=given))
    if change.changed_nothing():
        return "序时进度没有改动"
    return f"已设定序时进度（{schedule.as_text(given, year)}）" if given else "已清除序时进度"


def milestones_json(detail: TaskDetail) -> dict[str, Any]:
    """The milestones and the newest report's class as `task show --json` gives them."""
    standing = detail.standing
    return {
        "milestones": [{"month": m.period, "percent": m.percent, "name": m.name} for m in detail.milestones],
        "pace": None if standing is None else {
            "class": standing.pace.value, "label": standing.pace.label, "period": standing.period,
            "percent": standing.percent, "target": {"month": standing.target.period,
                                                    "percent": standing.target.percent,
                                                    "name": standing.target.name}},
    }


def milestone_lines(detail: TaskDetail) -> list[str]:
    """The same for a person reading `task show`."""
    if not detail.milestones:
        return []
    lines = [f"序时进度：{schedule.as_text(detail.milestones, detail.year)}"]
    if detail.standing is not None:
        lines.append(f"最近报告（{schedule.month_words(detail.standing.period, detail.year)}）："
                     f"{detail.standing.words(detail.year)}")
    return lines


def add_milestones_parser(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """The verb's parser; returned so the caller gives it --db, --year and --user as the others have."""
    parser = actions.add_parser(
        "milestones", help="设定序时进度（按月的节点目标），或用 --clear 清除",
        description="每个节点写成 年-月=百分比，可带节点名称：" + USAGE + "；也可写成“3月30%、6月60%（完成初稿）”。"
        "每月报告对照当月或之前最近一个节点：高出10个百分点及以上为超进度，达到为达进度，低于为欠进度。")
    parser.add_argument("number", metavar="编号", help="任务编号，如 3.2")
    parser.add_argument("milestones", nargs="*", metavar="节点", help="如 2026-06=60 或 2026-06=60:完成初稿")
    parser.add_argument("--clear", action="store_true", help="清除这项任务的序时进度")
    parser.set_defaults(collects_words=("milestones", str))  # cli.parser.COLLECTS_WORDS: wherever --db stands
    return parser
