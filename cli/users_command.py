"""`main.py users add|list|disable`: the people who log in to a server ledger under their own accounts."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO

from changes.people import add_person, disable_person, parse_role, people
from cli.places import open_cli_ledger
from models.domain.deadlines import chinese_date
from models.domain.rights import ROLE_LABELS
from models.errors import RuleError

OK = 0


def add_parser(commands: Any, ledger_place: Any, db_help: str) -> None:
    users = commands.add_parser(
        "users", help="服务器台账的账号：添加、列出、停用（由信息管理员用台账所有者的地址运行）",
        description="每人一个服务器账号，按角色授权：督查（督查室，全部操作）、科室:科室名称（本科室牵头或配合任务的"
                    "进展和佐证、本科室问题的整改）、分管领导（查看和打印，以本人名义审批延期申请、退回重办、"
                    "记录批示）、只读（领导查看和打印）。修改记录写的是登录的账号。")
    verbs = users.add_subparsers(dest="verb", required=True, metavar="操作")
    add = verbs.add_parser("add", help="添加账号", description="在服务器上建立登录账号并授权（只授予本台账的表）。")
    add.add_argument("name", help="账号名：字母、数字、下划线或汉字")
    add.add_argument("--role", required=True, help="督查、分管领导、只读，或 科室:科室名称（如 科室:组织科）")
    add.add_argument("--password-stdin", action="store_true",
                     help="从标准输入读新账号的密码（第一行），供脚本使用；不加时在终端上输入两次")
    listing = verbs.add_parser("list", help="列出账号")
    disable = verbs.add_parser("disable", help="停用账号（不能再登录，修改记录保留）")
    disable.add_argument("name", help="账号名")
    for verb in (add, listing, disable):
        verb.add_argument("--db", type=ledger_place, required=True, help=db_help)


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise RuleError("请在终端里运行以输入新账号的密码，或加 --password-stdin 从标准输入读入。")
    first = getpass.getpass(f"账号 {args.name} 的密码：")
    if getpass.getpass("再输入一次：") != first:
        raise RuleError("两次输入的密码不一样，没有添加账号。")
    return first


def run(args: argparse.Namespace, out: TextIO) -> int:
    role = parse_role(args.role) if args.verb == "add" else None  # a wrong role is told before anything opens
    password = _new_password(args) if args.verb == "add" else None
    ledger = open_cli_ledger(args.db, auto_backup=False)
    try:
        if args.verb == "add" and role is not None:
            made = add_person(ledger, args.name, role[0], role[1], password)
            print(f"已添加账号 {args.name.strip()}（{ROLE_LABELS[role[0]]}{'：' + role[1] if role[1] else ''}）。"
                  f"登录地址中的用户名写 {args.name.strip()}。", file=out)
            if not made:
                print(f"注意：服务器上原已有 {args.name.strip()} 这个账号（如用于别的台账），它的密码没有改动，"
                      "仍用原来的密码登录。", file=out)
        elif args.verb == "disable":
            disable_person(ledger, args.name)
            print(f"已停用账号 {args.name.strip()}：不能再登录，修改记录中仍保留其姓名。", file=out)
        else:
            rows = people(ledger)
            if not rows:
                print("还没有账号：所有电脑都用同一个账号登录。用 main.py users add 添加。", file=out)
            for row in rows:
                role_text = ROLE_LABELS[row.role] + (f"：{row.section}" if row.section else "")
                state = "（已停用）" if row.disabled else ""
                print(f"{row.login}\t{role_text}{state}\t{chinese_date(row.added_on)} 由 {row.added_by} 添加", file=out)
    finally:
        ledger.close()
    return OK
