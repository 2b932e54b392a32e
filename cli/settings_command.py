"""`main.py settings`: the ledger's settings shown and set as the 设置 dialog's 保存 sets them, and its 科室 and 人员
tabs' lists (names_command.py)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from changes.directory import save_settings
from cli import names_command
from cli.places import open_cli_ledger
from cli.setting_values import EDITED, TAB_OF, TABS, allowed, label, read_assignments, shown
from models.errors import RuleError

OK = 0


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], ledger_place: Callable[[str], object],
               year_number: Callable[[str], int], db_help: str) -> None:
    settings = commands.add_parser(
        "settings", help="台账设置：查看和修改（与窗口“设置”相同），科室、人员和重点任务名单",
        description="窗口“设置”对话框中的各项：单位名称、当前年度、黄灯和督办单的天数、通报的下步要求、报表字体、"
                    "备份文件夹、评价等次等，以及“科室”“人员”“重点任务”各页的名单。"
                    "考核办法用 main.py assessment --rules 查看、--set-rules 设置；重新编号用 main.py renumber。")
    verbs = settings.add_subparsers(dest="verb", title="操作", metavar="操作", required=True)
    showing = verbs.add_parser("show", help="列出每项设置的名称和值",
                               description="按设置对话框的各页列出每项设置：中文名称、英文名称和现在的值。")
    showing.add_argument("--json", action="store_true",
                         help="输出 JSON：settings 列表，每项有 key、label、tab、value、allowed")
    setting = verbs.add_parser(
        "set", help="修改设置：名称=值 …（一次保存，记入修改记录）",
        description="一次修改一项或几项设置，与设置对话框的“保存”相同：一起保存、逐项记入修改记录；有一项不合要求"
                    "就说明原因，一项也不改。名称可以写中文（如 签收期限）或英文（如 sign_days）。"
                    "下步要求一条一行，如 下步要求=\"$(cat 要求.txt)\"。改好后列出每项的 旧值 → 新值。",
        epilog="可以修改的设置（中文名称 英文名称：可取的值）：\n" + "\n".join(
            f"  {label(name)} {name}：{allowed(name)}" for name in EDITED),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    setting.add_argument("assignments", nargs="+", metavar="名称=值", help="如 sign_days=5、欠进度亮黄灯=是")
    setting.set_defaults(collects_words=("assignments", str))  # cli.parser.COLLECTS_WORDS: wherever --db stands
    setting.add_argument("--user", help="录入人（写入修改记录），默认是操作系统用户名")
    for verb in (showing, setting):
        verb.add_argument("--db", type=ledger_place, required=True, help=db_help)
    names_command.add_parsers(verbs, ledger_place, year_number, db_help)


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.verb == "show":
        return _show(args, out)
    if args.verb == "set":
        return _set(args, out)
    return names_command.run(args, out)


def _show(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, read_only=True, auto_backup=False)
    try:
        settings = ledger.settings()
    finally:
        ledger.close()
    if args.json:
        rows = [{"key": name, "label": label(name), "tab": TAB_OF[name], "value": getattr(settings, name),
                 "allowed": allowed(name)} for name in EDITED]
        json.dump({"settings": rows}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    for tab, names in TABS.items():
        print(f"【{tab}】", file=out)
        for name in names:
            value = getattr(settings, name)
            print(f"  {label(name)}（{name}）：{shown(name, value)}", file=out)
            if name == "monthly_requirements":
                for line in str(value).splitlines():
                    print(f"    {line}", file=out)
    print("考核办法用 main.py assessment --rules 查看；科室名单用 main.py settings units 查看。", file=out)
    return OK


def _set(args: argparse.Namespace, out: TextIO) -> int:
    try:  # every value checked before the ledger is opened for writing
        values = read_assignments(args.assignments)
    except RuleError as error:
        raise RuleError(f"{error}一项设置也没有改。") from None
    ledger = open_cli_ledger(args.db, actor=args.user)
    try:
        before = ledger.settings()
        changed = {name: value for name, value in values.items() if getattr(before, name) != value}
        # What was read is what this change is made against: another PC's save since is refused, not overwritten.
        seen = {name: getattr(before, name) for name in changed}
        saved = save_settings(ledger, changed, seen=seen) if changed else []
    finally:
        ledger.close()
    if not saved:
        print("没有变化：设置本来就是这样。", file=out)
        return OK
    print(f"已保存设置（{len(saved)}项）：", file=out)
    for name in saved:
        print(f"  {label(name)}：{shown(name, getattr(before, name))} → {shown(name, changed[name])}", file=out)
        if name == "monthly_requirements":
            for line in str(changed[name]).splitlines():
                print(f"    {line}", file=out)
    return OK
