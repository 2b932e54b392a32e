"""`main.py import-problems FILE` and `export-problems --out FILE.xlsx`: the 整改台账 in and out of the 问题清单."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from changes.problem_ledger import NoProblemsToImport, check_problems, import_problems
from cli.places import open_cli_ledger
from cli.preview_lines import row_said
from models.apply.problem_ledger import CREATED_KINDS, ProblemImportResult
from models.domain.text import readable_text

OK, FAILED = 0, 1
STATUS_WORDS = {"ok": "正常", "warning": "提示", "error": "错误", "skip": "跳过"}
OUTCOME_WORDS = {"new": "新增", "update": "更新", "same": "不变", "": ""}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], ledger_place: Callable[[str], object],
               year_number: Callable[[str], int], db_help: str) -> None:
    reading = commands.add_parser(
        "import-problems", help="导入整改台账（巡察、审计、督查反馈问题的整改台账）",
        description="读取整改台账（.xlsx、.xls、.et 或 Word 表格）：序号、问题类别、存在问题、整改措施、责任领导、"
                    "责任单位、责任人、整改时限、整改进展、完成情况，列入问题清单，归在来源（督查记录）之下；来源默认取表格的标题行，"
                    "没有标题行时取文件名。整个导入在一次事务中完成；同一份台账再次导入会更新原有问题而不会重复。")
    reading.add_argument("file", type=Path, metavar="FILE.xlsx", help="整改台账文件")
    reading.add_argument("--db", type=ledger_place, required=True, help=db_help)
    reading.add_argument("--source", default="", type=readable_text,
                         help="来源（督查记录的标题），如 “2026年巡察反馈”（默认：表格标题行或文件名）")
    reading.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    reading.add_argument("--dry-run", dest="dry_run", action="store_true", help="只检查、预览，不写入")
    reading.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")
    writing = commands.add_parser(
        "export-problems", help="导出整改台账（.xlsx）",
        description="把问题清单按来源（每条督查记录一张工作表）写成整改台账，横向打印、每页重复表头；"
                    "发给科室填写后可用 import-problems 导回。")
    writing.add_argument("--db", type=ledger_place, required=True, help=db_help)
    writing.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="要写入的 Excel 文件")
    writing.add_argument("--source", default="", type=readable_text, help="只导出这个来源（督查记录的标题）")
    writing.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")


def run_import(args: argparse.Namespace, out: TextIO) -> int:
    from importers.problem_ledger import read_problem_ledger  # openpyxl loads when a file is read, not at start

    ledger = open_cli_ledger(args.db, auto_backup=not args.dry_run, read_only=args.dry_run)
    today = date.today()
    try:
        year = ledger.settings().year_for(args.year, today.year)
        lines = read_problem_ledger(args.file, year, args.source)  # read before the transaction begins
        name = readable_text(args.file.name)
        if args.dry_run:
            result = check_problems(ledger, lines, year, name, today)
        else:
            try:
                result = import_problems(ledger, lines, year, name, today)
            except NoProblemsToImport as nothing:
                print_result(nothing.result, True, out)
                raise
    finally:
        ledger.close()
    if args.json:
        json.dump(result.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print_result(result, args.dry_run, out)
    return OK if result.importable else FAILED


def print_result(result: ProblemImportResult, dry_run: bool, out: TextIO) -> None:
    for line in result.lines:
        if line.status != "ok":
            print(row_said(STATUS_WORDS[line.status], line.sheet, line.row, line.description, line.messages), file=out)
    counts = {name: sum(1 for line in result.lines if line.status == name) for name in STATUS_WORDS}
    print(f"共 {len(result.lines)} 行：正常 {counts['ok']}，提示 {counts['warning']}，"
          f"错误 {counts['error']}（不导入）。", file=out)
    created = "；".join(f"{label}：{'、'.join(result.created[key])}" for key, label in CREATED_KINDS
                       if result.created.get(key))
    if created:
        print(("将新建" if dry_run else "已新建") + f"——{created}", file=out)
    reports = f"，记入整改进展 {result.reported} 条" if result.reported else ""
    if dry_run:
        print(f"将新增 {result.imported} 个问题，更新 {result.updated} 个已有问题，{result.unchanged} 个不变{reports}。"
              "这是预览（--dry-run），没有写入台账。", file=out)
    else:
        print(f"已导入 {result.imported} 个新问题，更新 {result.updated} 个已有问题，{result.unchanged} 个不变"
              f"{reports}。", file=out)


def run_export(args: argparse.Namespace, out: TextIO) -> int:
    from reports.output import check_output, write_atomically  # openpyxl loads when a file is written
    from reports.problem_ledger_export import export_problems

    check_output(args.out, ".xlsx")
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            written, left_out = write_atomically(args.out, lambda path: export_problems(
                session, path, year=args.year or 0, source=args.source), suffix=".xlsx")
    finally:
        ledger.close()
    print(f"已导出整改台账：{args.out}（问题 {written} 个）", file=out)
    if left_out:
        print(f"另有 {left_out} 个问题没有来源（督查记录），未导出：请在问题清单中为它们选定来源。", file=out)
    return OK
