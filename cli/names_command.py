"""`main.py settings units|people|key-tasks` and their verbs: the 设置 dialog's 科室 and 人员 lists — 添加, 改名,
停用/启用, 合并到, and a unit's 类别 — and the year's 重点任务 (添加, 改名), through the use cases its buttons call."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TextIO

import changes.directory
from changes.directory import Names
from cli.places import open_cli_ledger
from models.domain.enums import UnitKind
from models.domain.text import clean_name, normalise_text
from models.errors import RuleError
from models.ledger import Ledger
from models.read import lookups
from models.read.lookups import Choice

OK = 0
WHAT = {Names.UNITS: "科室", Names.PEOPLE: "人员"}
# A unit's kind as the dialog's 类别… offers it, or by its English name.
KIND_LABELS = {UnitKind.SECTION: "本部科室", UnitKind.OUTSIDE: "部外单位", UnitKind.EVERYONE: "泛指各科室"}
KIND_WORDS = {**{kind.value: kind for kind in UnitKind}, **{words: kind for kind, words in KIND_LABELS.items()},
              UnitKind.EVERYONE.label: UnitKind.EVERYONE}
KINDS_HELP = "section 本部科室、outside 部外单位（如市委党校，单独统计、不参加排名）、everyone 泛指各科室"
PREFIX = {Names.UNITS: "unit-", Names.PEOPLE: "person-"}


def unit_kind_word(text: str) -> UnitKind:
    kind = KIND_WORDS.get(text.strip().lower()) or KIND_WORDS.get(text.strip())
    if kind is None:
        raise argparse.ArgumentTypeError(f"类别应是 {KINDS_HELP} 之一，收到的是“{text}”")
    return kind


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser], ledger_place: Callable[[str], object],
                year_number: Callable[[str], int], db_help: str) -> None:
    for names, listing_name in ((Names.UNITS, "units"), (Names.PEOPLE, "people")):
        what, prefix = WHAT[names], PREFIX[names]
        listing = verbs.add_parser(listing_name, help=f"列出{what}（含已停用的）",
                                   description=f"按设置对话框“{what}”页的顺序列出{what}，已停用的注明。")
        listing.add_argument("--json", action="store_true", help=f"输出 JSON（键名为英文）：{listing_name} 列表")
        listing.add_argument("--db", type=ledger_place, required=True, help=db_help)
        adding = verbs.add_parser(f"{prefix}add", help=f"添加{what}",
                                  description=f"在{what}名单末尾添加一个；名单里已有的不再添加。")
        adding.add_argument("name", metavar="名称", help=f"{what}名称")
        if names is Names.UNITS:
            adding.add_argument("--kind", type=unit_kind_word, metavar="类别",
                                help=f"{KINDS_HELP}（默认：按名单里同类单位的类别判断）")
        renaming = verbs.add_parser(f"{prefix}rename", help=f"{what}改名（所有任务立即显示新名称）")
        renaming.add_argument("name", metavar="原名称", help=f"现在的{what}名称")
        renaming.add_argument("new_name", metavar="新名称", help="新的名称")
        stopping = verbs.add_parser(f"{prefix}off", help=f"停用{what}（保留在原有任务上，不再出现在新任务的选项里）")
        starting = verbs.add_parser(f"{prefix}on", help=f"重新启用停用的{what}")
        for verb in (stopping, starting):
            verb.add_argument("name", metavar="名称", help=f"{what}名称")
        why = "如机构调整后" if names is Names.UNITS else "如同一个人录成了两个名字"
        merging = verbs.add_parser(f"{prefix}merge", help=f"把一个{what}合并到另一个（{why}）",
                                   description=f"原{what}的任务都改到目标{what}名下，原{what}停用并注明“已合并”。")
        merging.add_argument("name", metavar="名称", help=f"要合并掉的{what}")
        merging.add_argument("into", metavar="合并到", help=f"目标{what}（须是在用的）")
        written = [adding, renaming, stopping, starting, merging]
        if names is Names.UNITS:
            kinding = verbs.add_parser("unit-kind", help="改单位的类别：本部科室、部外单位或泛指各科室",
                                       description="部外单位（如市委党校）牵头的任务在统计中单独列出，不参加科室排名。")
            kinding.add_argument("name", metavar="名称", help="单位名称")
            kinding.add_argument("kind", type=unit_kind_word, metavar="类别", help=KINDS_HELP)
            written.append(kinding)
        for verb in written:
            verb.add_argument("--db", type=ledger_place, required=True, help=db_help)
            verb.add_argument("--user", help="录入人（写入修改记录），默认是操作系统用户名")
    _add_key_task_parsers(verbs, ledger_place, year_number, db_help)


def _add_key_task_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser],
                          ledger_place: Callable[[str], object], year_number: Callable[[str], int],
                          db_help: str) -> None:
    listing = verbs.add_parser("key-tasks", help="列出一年的重点任务（编号按此顺序）",
                               description="按设置对话框“重点任务”页的顺序列出一年的重点任务，前面是它的序号。")
    listing.add_argument("--json", action="store_true", help="输出 JSON（键名为英文）：key_tasks 列表")
    adding = verbs.add_parser("key-task-add", help="添加重点任务（排在这一年的最后）")
    adding.add_argument("title", metavar="名称", help="重点任务名称")
    renaming = verbs.add_parser("key-task-rename", help="重点任务改名")
    renaming.add_argument("title", metavar="重点任务", help="现在的名称，或 key-tasks 列出的序号")
    renaming.add_argument("new_title", metavar="新名称", help="新的名称")
    for verb in (listing, adding, renaming):
        verb.add_argument("--db", type=ledger_place, required=True, help=db_help)
        verb.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    for verb in (adding, renaming):
        verb.add_argument("--user", help="录入人（写入修改记录），默认是操作系统用户名")



def _listed(ledger: Ledger, names: Names) -> list[Choice]:
    with ledger.reading() as session:
        if names is Names.UNITS:
            return lookups.sections(session, include_inactive=True)
        return lookups.people(session, include_inactive=True)


def _named(ledger: Ledger, names: Names, name: str) -> Choice:
    wanted = clean_name(name)
    found = next((choice for choice in _listed(ledger, names) if choice.name == wanted), None)
    if found is None:
        listing = "units" if names is Names.UNITS else "people"
        raise RuleError("没有叫“{name}”的{what}。用 main.py settings {listing} 列出名单。", name=name,
                        what=WHAT[names], listing=listing)
    return found


def _label(names: Names, choice: Choice) -> str:
    text = choice.name
    if names is Names.UNITS and choice.kind is not UnitKind.SECTION:
        text += f"（{KIND_LABELS[choice.kind]}）"
    return text + ("" if choice.active else "（已停用）")


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.verb in ("units", "people"):
        return _list(args, out)
    if args.verb.startswith("key-task"):
        return _key_tasks(args, out)
    names = Names.UNITS if args.verb.startswith("unit-") else Names.PEOPLE
    ledger = open_cli_ledger(args.db, actor=args.user)
    try:
        print(_change(ledger, names, args.verb.partition("-")[2], args), file=out)
    finally:
        ledger.close()
    return OK


def _list(args: argparse.Namespace, out: TextIO) -> int:
    names = Names.UNITS if args.verb == "units" else Names.PEOPLE
    ledger = open_cli_ledger(args.db, read_only=True, auto_backup=False)
    try:
        listed = _listed(ledger, names)
    finally:
        ledger.close()
    if args.json:
        rows = [{"name": c.name, "active": c.active, **({"kind": c.kind.value, "kind_label": KIND_LABELS[c.kind],
                                                         "leader": c.extra} if names is Names.UNITS
                                                        else {"title": c.extra})} for c in listed]
        json.dump({args.verb: rows}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    stopped = sum(not choice.active for choice in listed)
    print(f"{WHAT[names]}共{len(listed)}个" + (f"，其中已停用{stopped}个" if stopped else "") + "：", file=out)
    for choice in listed:
        print(f"  {_label(names, choice)}", file=out)
    return OK


def _change(ledger: Ledger, names: Names, verb: str, args: argparse.Namespace) -> str:
    """Does what the verb asks through the dialog's use case; returns what to say."""
    what = WHAT[names]
    if verb == "add":
        kind = getattr(args, "kind", None)
        if not changes.directory.add_name(ledger, names, args.name, kind):
            raise RuleError("已经有名为“{name}”的{what}，没有添加（已停用的用 main.py settings {verb} 启用）。",
                            name=clean_name(args.name), what=what, verb=f"{PREFIX[names]}on")
        return f"已添加{what}：{_label(names, _named(ledger, names, args.name))}"
    chosen = _named(ledger, names, args.name)
    if verb == "rename":
        changes.directory.rename(ledger, names, chosen.id, args.new_name)
        return f"已把{what}“{chosen.name}”改名为“{clean_name(args.new_name)}”：所有任务立即显示新名称。"
    if verb in ("off", "on"):
        if chosen.active == (verb == "on"):
            return f"{what}“{chosen.name}”本来就{'在用' if chosen.active else '已停用'}，没有改动。"
        changes.directory.set_active(ledger, names, chosen.id, verb == "on")
        if verb == "on":
            return f"已启用{what}“{chosen.name}”：新任务又可以选它了。"
        return f"已停用{what}“{chosen.name}”：它保留在原有任务上，但不再出现在新任务的选项里。"
    if verb == "merge":
        target = _named(ledger, names, args.into)
        if not target.active or target.id == chosen.id:  # the dialog offers only the others in use
            raise RuleError("只能合并到另一个在用的{what}，“{name}”不是。", what=what, name=target.name)
        moved = changes.directory.merge(ledger, names, chosen.id, target.id)
        return f"已把{what}“{chosen.name}”合并到“{target.name}”：{moved}项任务改到“{target.name}”名下，原{what}已停用。"
    if chosen.kind is args.kind:
        return f"“{chosen.name}”本来就是{KIND_LABELS[args.kind]}，没有改动。"
    changes.directory.set_unit_kind(ledger, chosen.id, args.kind)
    return f"已把“{chosen.name}”的类别改为{KIND_LABELS[args.kind]}。"


def _key_tasks(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, read_only=args.verb == "key-tasks", auto_backup=args.verb != "key-tasks",
                             actor=getattr(args, "user", None))
    try:
        year = ledger.settings().year_for(args.year, date.today().year)
        with ledger.reading() as session:
            listed = lookups.key_tasks(session, year)
        if args.verb == "key-tasks":
            if args.json:
                json.dump({"year": year, "key_tasks": [{"number": position, "title": choice.name}
                                                       for position, choice in enumerate(listed, start=1)]},
                          out, ensure_ascii=False, indent=2)
                out.write("\n")
            else:
                print(f"{year}年的重点任务共{len(listed)}项：" if listed else f"{year}年还没有重点任务。", file=out)
                for position, choice in enumerate(listed, start=1):
                    print(f"  {position}. {choice.name}", file=out)
        elif args.verb == "key-task-add":
            title = normalise_text(args.title).strip()
            if any(choice.name == title for choice in listed):
                raise RuleError("{year}年已经有重点任务“{title}”，没有添加。", year=year, title=title)
            changes.directory.add_key_task(ledger, year, title)
            print(f"已添加{year}年的重点任务：{len(listed) + 1}. {title}", file=out)
        else:
            chosen = _key_task(listed, args.title, year)
            changes.directory.rename_key_task(ledger, chosen.id, args.new_title)
            print(f"已把{year}年的重点任务“{chosen.name}”改名为“{normalise_text(args.new_title).strip()}”。", file=out)
    finally:
        ledger.close()
    return OK


def _key_task(listed: list[Choice], named: str, year: int) -> Choice:
    """A key task by its title, or by its number as `key-tasks` lists them."""
    named = normalise_text(named).strip()
    found = next((choice for choice in listed if choice.name == named), None)
    if found is None and named.isdigit() and 1 <= int(named) <= len(listed):
        found = listed[int(named) - 1]
    if found is None:
        raise RuleError("{year}年没有重点任务“{named}”。用 main.py settings key-tasks 列出名称和序号。",
                        year=year, named=named)
    return found
