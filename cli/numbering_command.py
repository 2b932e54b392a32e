"""`main.py renumber`: 重新编号, as 设置 → 重点任务 → 重新编号… does it: every change listed, made only when asked."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TextIO

from changes.directory import renumber_year
from cli.places import open_cli_ledger
from models.domain.numbering import tree_numbers

OK = 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, auto_backup=args.apply, read_only=not args.apply)
    try:
        year = ledger.settings().year_for(args.year, date.today().year)
        with ledger.reading() as session:
            coming = tree_numbers(session, year)
        if not coming:
            print(f"{year}年的任务已按现在的顺序编号，不需要重新编号。", file=out)
            return OK
        for change in coming:
            print(f"{change.old or '—'} → {change.new}　{change.title}", file=out)
        if not args.apply:
            print(f"共 {len(coming)} 个编号会改变（没有改动台账；确认后加 --apply 执行）。", file=out)
            return OK
        done = renumber_year(ledger, year)
    finally:
        ledger.close()
    print(f"已重新编号：{len(done)} 个编号（修改记录中可查原编号）。", file=out)
    return OK
