"""`main.py task remind N --level blue|yellow|red [--how 电话]` into the 催办记录, and that record in `task show`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from models.domain.deadlines import chinese_date
from models.ledger import Ledger
from models.read.queries import TaskRow
from models.read.task_detail import TaskDetail

LEVELS = ("blue", "yellow", "red")


def remind(ledger: Ledger, args: argparse.Namespace, row: TaskRow) -> str:
    """What the command did, in a few words."""
    import changes.year
    from models.domain.reminders import check_how, level_of
    from models.read.reminders import notice_title

    level, how = level_of(args.level), check_how(args.how or "")
    done = changes.year.remind(ledger, row.id, level, args.on or date.today(), how=how, late=row.overdue)
    if done.notice_id is None:
        return f"已记录提醒（{how}）" if done.recorded else f"当天已记录过这条提醒（{how}），未重复记录"
    with ledger.reading() as session:
        title = notice_title(session, done.notice_id)
    if done.new_notice:
        return f"已发出{title}（{how}），打印用 report notice --task {row.code}"
    if done.recorded:
        return f"{title}尚未办结，已记为{how}催办"
    return f"{title}当天已记录过（{how}），未重复记录"


def reminders_json(detail: TaskDetail) -> dict[str, Any]:
    """The 催办记录 as `task show --json` gives it."""
    return {"reminders": [{"date": r.sent_on.isoformat(), "level": r.level.value, "level_name": r.level.paper,
                           "how": r.how, "notice": r.number or None, "by": r.sent_by}
                          for r in detail.reminders]}


def reminder_lines(detail: TaskDetail) -> list[str]:
    return [f"催办记录：{chinese_date(r.sent_on)} {r.words()}" for r in detail.reminders]


def add_remind_parser(actions: argparse._SubParsersAction[argparse.ArgumentParser],
                      iso_date: Callable[[str], date]) -> argparse.ArgumentParser:
    reminding = actions.add_parser(
        "remind", help="催办：记入催办记录（blue 提醒只记录不编号；yellow、red 发出编号的督办单、红色督办单）",
        description="记一次催办：blue 提醒（临近完成时限，只记录，不编督办单号）；yellow 督办单、red 红色督办单"
                    "（发出编号的督办单；已有同级或更高级未办结督办单时记为对它的催办）。打印用 report notice。")
    reminding.add_argument("--level", required=True, choices=LEVELS,
                           help="blue 提醒（蓝）、yellow 督办单（黄）、red 红色督办单（红）")
    reminding.add_argument("--how", default="", help="发送方式：纸质（默认）、电话、短信、系统")
    reminding.add_argument("--on", type=iso_date, help="日期（默认今天）")
    return reminding
