"""`main.py import FILE.xlsx`: bring a task breakdown into a ledger, or preview it with --dry-run."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TextIO

from changes.imports import NothingToImport, check_breakdown, check_return, import_reports, import_tasks
from cli.places import is_server, open_cli_ledger
from cli.preview_lines import row_said
from importers.breakdown import columns_from_text, plan_file
from importers.progress_return import read_return
from models.apply.breakdown import CREATED_KINDS, ImportResult
from models.errors import LedgerError, RuleError
from models.file.ledger import create_ledger

OK, FAILED = 0, 1
STATUS_WORDS = {"ok": "正常", "warning": "提示", "error": "错误", "skip": "跳过", "same": "不变"}
def run(args: argparse.Namespace, out: TextIO) -> int:
    if not is_server(args.db) and not args.db.exists():
        if not args.create or args.dry_run:
            raise LedgerError(f"找不到台账文件：{args.db}。要从这份分解表开始一个新台账，请先运行 "
                              f"main.py new --db \"{args.db}\"，或在导入时加 --create。")
        create_ledger(args.db, year=args.year or date.today().year).close()
    ledger = open_cli_ledger(args.db, auto_backup=not args.dry_run, read_only=args.dry_run)
    try:
        year = ledger.settings().year_for(args.year, date.today().year)
        columns = columns_from_text(args.columns) if args.columns else None
        rows = plan_file(args.file, year, columns)  # the file is read before the ledger's transaction begins
        if args.dry_run:
            result = check_breakdown(ledger, rows, year, args.file.name)
        else:
            try:
                result = import_tasks(ledger, rows, year, args.file.name)  # all or nothing
            except NothingToImport as nothing:
                headless = any("没有找到表头行" in m for r in nothing.result.rows for m in r.messages)
                hint = "表头认不出：可以用 --columns 指定各列，如 --columns 任务内容=B,牵头科室=D。" if headless else ""
                raise RuleError(f"{nothing}{hint}") from nothing
    finally:
        ledger.close()
    if args.json:
        json.dump(result.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print_result(result, args.dry_run, out)
    return FAILED if not result.importable else OK


def run_progress(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, auto_backup=not args.dry_run, read_only=args.dry_run)
    as_of = args.as_of or date.today()
    try:
        year = ledger.settings().year_for(args.year, as_of.year)
        lines = read_return(args.file)
        if args.dry_run:
            result = check_return(ledger, lines, year, args.period, as_of)
        else:
            result = import_reports(ledger, lines, year, args.period, as_of)
    finally:
        ledger.close()
    matched = len(result.rows) - len(result.unmatched)
    if args.json:
        json.dump(result.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK if matched else FAILED
    for row in result.rows:
        if row.status != "ok":
            print(row_said(STATUS_WORDS[row.status], row.sheet, row.row, row.title, row.messages), file=out)
    print(f"共 {len(result.rows)} 行：对应到任务 {matched} 行，对不上 {len(result.unmatched)} 行（未导入）。", file=out)
    if same := sum(1 for row in result.rows if row.status == "same"):
        print(f"其中 {same} 行台账中已有（已导入过），不变。", file=out)
    if not matched:
        print("错误：没有一行能对应到台账中的任务，什么也没有录入。请检查年度、编号和任务内容。", file=sys.stderr)
        return FAILED
    print("这是预览（--dry-run），没有写入台账。" if args.dry_run
          else f"已录入 {result.entered} 条 {args.period} 的复命记录。", file=out)
    return OK


def print_result(result: ImportResult, dry_run: bool, out: TextIO) -> None:
    for row in result.rows:
        if row.status != "ok":
            print(row_said(STATUS_WORDS[row.status], row.sheet, row.row, row.title, row.messages), file=out)
    counts = {name: sum(1 for r in result.rows if r.status == name) for name in STATUS_WORDS}
    created = "；".join(f"{label}：{'、'.join(result.created.get(key, []))}"
                       for key, label in CREATED_KINDS
                       if result.created.get(key))
    skipped = f"，跳过 {counts['skip']}（合计行、说明）" if counts["skip"] else ""
    print(f"共 {len(result.rows)} 行：正常 {counts['ok']}，提示 {counts['warning']}，"
          f"错误 {counts['error']}（不导入）{skipped}。", file=out)
    if created:
        print(("将新建" if dry_run else "已新建") + f"——{created}", file=out)
    if dry_run:
        print("这是预览（--dry-run），没有写入台账。", file=out)
    else:
        reports = f"，记入表中原有进展 {result.reported} 条" if result.reported else ""
        print(f"已导入 {result.imported} 项新任务，更新 {result.updated} 项已有任务，"
              f"{result.unchanged} 项与台账相同未改动{reports}。", file=out)
