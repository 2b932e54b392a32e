"""`main.py month …`: a month's figures frozen, frozen again, let go, listed, and two months compared by section."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO

from cli.monthly_command import month_text

OK = 0


def add_parser(commands: Any, ledger_place: Callable[[str], Any], iso_date: Callable[[str], date],
               db_help: str) -> None:
    month = commands.add_parser(
        "month", help="冻结月度数字、列出冻结的月份、比较两个月",
        description="冻结一个月的统计、月度通报和考核数字（按月底的情况；会议录入的“结束会议”也会冻结会议所在的月份）："
                    "以后再出这个月的通报、统计或考核，数字与冻结时相同，不论之后改了什么。")
    actions = month.add_subparsers(dest="month_action", title="操作", metavar="操作", required=True)
    freeze = actions.add_parser("freeze", help="冻结一个月的数字", description="冻结这个月的数字（督查室办理）。")
    freeze.add_argument("month", type=month_text, metavar="2026-11", help="月份")
    freeze.add_argument("--again", action="store_true", help="这个月已冻结时重新冻结，并列出数字的变化")
    unfreeze = actions.add_parser("unfreeze", help="解除冻结",
                                  description="解除一个月的冻结：这个月的通报、统计和考核又按台账现在的情况计算。")
    unfreeze.add_argument("month", type=month_text, metavar="2026-11", help="月份")
    listing = actions.add_parser("list", help="列出冻结的月份", description="列出冻结的月份：截至哪天、何时由谁冻结。")
    listing.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")
    compare = actions.add_parser("compare", help="比较两个月（按科室：完成率、逾期、未反馈、考核得分）",
                                 description="按科室列出两个月的完成率、逾期、未反馈和考核得分，标出进步或退步"
                                             "（按考核得分比较，不参与排名的按完成率）。冻结的月份用冻结的数字。")
    compare.add_argument("first", type=month_text, metavar="2026-10", help="前一个月")
    compare.add_argument("second", type=month_text, metavar="2026-11", help="后一个月")
    compare.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")
    for action in (freeze, unfreeze, listing, compare):
        action.add_argument("--db", type=ledger_place, required=True, help=db_help)
        action.add_argument("--as-of", type=iso_date, dest="as_of", help="今天按哪一天算，如 2026-12-01（默认：今天）")


def run(args: argparse.Namespace, out: TextIO) -> int:
    from cli.places import open_cli_ledger

    today = args.as_of or date.today()
    action = args.month_action
    ledger = open_cli_ledger(args.db, auto_backup=action in ("freeze", "unfreeze"),
                             read_only=action in ("list", "compare"))
    try:
        if action == "freeze":
            return _freeze(ledger, args, today, out)
        if action == "unfreeze":
            from changes.months import unfreeze_month
            from models.domain.frozen_months import month_words

            unfreeze_month(ledger, args.month)
            print(f"已解除{month_words(args.month)}的冻结：这个月的通报、统计和考核按台账现在的情况计算。", file=out)
            return OK
        if action == "list":
            return _list(ledger, args, out)
        return _compare(ledger, args, today, out)
    finally:
        ledger.close()


def _freeze(ledger: Any, args: argparse.Namespace, today: date, out: TextIO) -> int:
    from changes.months import freeze_month
    from models.domain.frozen_months import month_words
    from models.read.months import read_view

    done = freeze_month(ledger, args.month, today, again=args.again)
    figures = read_view(args.month, done.frozen.figures).figures
    day = done.frozen.as_of
    print(f"{done.frozen.words()}：{month_words(args.month)}的数字（截至{day.month}月{day.day}日）任务{figures.tasks}项，"
          f"已完成{figures.finished}项，逾期{figures.overdue}项，未反馈{figures.no_feedback}项", file=out)
    if args.month >= f"{today.year}-{today.month:02d}":  # as the window asks before it freezes a running month
        print(f"{month_words(args.month)}还没有结束：之后录入的进展不再计入这个月的通报、统计和考核，"
              "除非重新冻结（--again）或解除冻结（month unfreeze）。", file=out)
    if done.before is not None:
        print("与上次冻结相比：" + ("没有变化" if not done.changed else ""), file=out)
        for line in done.changed:
            print(f"  {line}", file=out)
    return OK


def _list(ledger: Any, args: argparse.Namespace, out: TextIO) -> int:
    from models.domain.frozen_months import frozen_list, month_words

    with ledger.reading() as session:
        found = frozen_list(session)
    if args.json:
        json.dump([{"month": month, "as_of": as_of.isoformat(), "frozen_at": at.isoformat(timespec="seconds"),
                    "frozen_by": by} for month, as_of, at, by in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    if not found:
        print("还没有冻结的月份（会议录入的“结束会议”或 main.py month freeze 2026-11 冻结）。", file=out)
    for month, as_of, at, by in found:
        print(f"{month_words(month)}  截至{as_of.month}月{as_of.day}日  "
              f"冻结于{at.year}年{at.month}月{at.day}日 {at:%H:%M}  {by}", file=out)
    return OK


def _compare(ledger: Any, args: argparse.Namespace, today: date, out: TextIO) -> int:
    from changes.months import check_month_over_or_running
    from models.domain.frozen_months import month_words
    from models.read.assessment import points_text
    from models.read.months import compare, month_view, rate_text

    first, second = sorted((args.first, args.second))
    for month in (first, second):
        check_month_over_or_running(month, today)
    settings = ledger.settings()
    with ledger.reading() as session:
        views = [month_view(session, month, today, settings) for month in (first, second)]
    rows = compare(*views)
    if args.json:
        json.dump({"months": [first, second],
                   "frozen": [view.frozen.frozen_at.isoformat(timespec="seconds") if view.frozen else None
                              for view in views],
                   "sections": [row.to_dict() for row in rows]}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    for view in views:
        state = view.frozen.words() if view.frozen else "未冻结，按台账现在的情况计算"
        print(f"{month_words(view.month)}：{state}", file=out)
    a, b = (f"{int(month[5:])}月" for month in (first, second))
    table = [["科室", f"完成率{a}", f"完成率{b}", f"逾期{a}", f"逾期{b}", f"未反馈{a}", f"未反馈{b}",
              f"得分{a}", f"得分{b}", "比较"]]
    for row in rows:
        table.append([row.section, rate_text(row.rates[0]), rate_text(row.rates[1]), str(row.overdue[0]),
                      str(row.overdue[1]), str(row.no_feedback[0]), str(row.no_feedback[1]),
                      points_text(row.scores[0]), points_text(row.scores[1]), row.verdict])
    _print_table(table, out)
    print("进步、退步按考核得分比较；不参与考核排名的科室按完成率比较。", file=out)
    return OK


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _print_table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) if i in (0, len(row) - 1)
                 else " " * (widths[i] - _width(cell)) + cell for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip(), file=out)
