"""`main.py assessment`: the sections' 考核 by the year's rule set, every point listed; the rule set shown or set."""

from __future__ import annotations

import argparse
import json
import unicodedata
from datetime import date
from typing import TextIO

from changes.directory import save_settings
from cli.places import open_cli_ledger
from models.domain.assessment_rules import METHODS, rules_for_year, rules_from_json, rules_to_json
from models.errors import RuleError, os_error_words
from models.read.assessment import AssessmentReport, assessment, points_text, signed
from models.read.lookups import sections
from reports.assessment_sheet import detail_lines, in_order, tier_text

OK = 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.set_rules:
        return _set_rules(args, out)
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        as_of = args.as_of or date.today()
        year = settings.year_for(args.year, as_of.year)
        with ledger.reading() as session:
            if args.rules:
                rules, kept = rules_for_year(session, year)
                if args.json:
                    out.write(rules_to_json(rules) + "\n")
                else:
                    source = f"{kept}年设置" if kept else "程序默认"
                    print(f"{year}年考核办法：{rules.name}（{METHODS[rules.method]}，{source}）", file=out)
                    for line in rules.describe():
                        print(f"  {line}", file=out)
                return OK
            frozen = None
            if args.month:  # as the month's 通报 was frozen with, or to its end
                from changes.months import check_month_over_or_running
                from models.read.months import month_view

                check_month_over_or_running(args.month, as_of)
                view = month_view(session, args.month, as_of, settings)
                report, frozen = view.scores, view.frozen
            else:
                report = assessment(session, year, as_of, settings, sections(session))
    finally:
        ledger.close()
    if args.json:
        data = report.to_dict()
        if args.month:
            data["frozen"] = None if frozen is None else {"at": frozen.frozen_at.isoformat(timespec="seconds"),
                                                          "by": frozen.frozen_by}
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print_ranking(report, out, details=args.details)
        if frozen is not None:
            print(f"{frozen.words()}，之后的修改不计入。", file=out)
    return OK


def _set_rules(args: argparse.Namespace, out: TextIO) -> int:
    try:
        with open(args.set_rules, encoding="utf-8-sig") as source:
            text = source.read()
    except OSError as error:
        raise RuleError("读不了考核办法文件 {path}：{reason}", path=args.set_rules,
                        reason=os_error_words(error)) from None
    except UnicodeDecodeError:
        raise RuleError("考核办法文件 {path} 不是 UTF-8 文本。", path=args.set_rules) from None
    rules = rules_from_json(text)
    ledger = open_cli_ledger(args.db)
    try:
        year = ledger.settings().year_for(args.year, (args.as_of or date.today()).year)
        with ledger.reading() as session:
            read = rules_for_year(session, year)[0]
        # Set against what was read, as the dialog's 保存 against what it showed: another PC's set since is refused.
        changed = save_settings(ledger, {}, assessment=(year, rules), seen_rules=read)
    finally:
        ledger.close()
    said = "已设置" if changed else "没有变化："
    print(f"{said}{year}年考核办法“{rules.name}”（从{year}年起适用，直到哪一年另有设置）", file=out)
    return OK


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: list[list[str]], out: TextIO, left: frozenset[int]) -> None:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) if i in left else " " * (widths[i] - _width(cell)) + cell
                 for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip(), file=out)


def print_ranking(report: AssessmentReport, out: TextIO, *, details: bool = False) -> None:
    print(f"{report.year}年科室考核（截至{report.as_of.year}年{report.as_of.month}月{report.as_of.day}日）："
          f"{report.rules.name}", file=out)
    rows = [["排名", "科室", "基础分", "加分", "减分", "得分", "等次"]]
    for item in in_order(report):
        plain = bool(item.not_ranked)
        rows.append([str(item.rank or "—"), item.section, "—" if plain else points_text(item.base),
                     "—" if plain else signed(item.added), "—" if plain else signed(item.taken),
                     points_text(item.score), tier_text(item)])
    _table(rows, out, frozenset({1, 6}))
    if not details:
        return
    for item in in_order(report):
        if item.not_ranked:
            continue
        print(f"\n{item.section}加减分明细：", file=out)
        _table([["序号", "日期", "编号", "任务或问题", "事项", "情况", "分值"], *map(list, detail_lines(item))], out,
               frozenset({3, 4, 5}))
