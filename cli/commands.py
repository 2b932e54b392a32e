"""The headless subcommands: each prints Chinese text and returns the process exit code."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TextIO

from cli import (
    assessment_command,
    evidence_commands,
    import_command,
    month_command,
    numbering_command,
    oversight_commands,
    problem_commands,
    problem_ledger_command,
    report_command,
    server_commands,
    settings_command,
    task_commands,
    users_command,
)
from cli.places import is_server, open_cli_ledger
from demo.ledger import create_demo_ledger
from models.domain.lights import LightRules
from models.errors import LedgerError, LedgerMissing, RuleError, os_error_words
from models.file.backup import make_backup, recovery_candidate, restore_backup
from models.file.commits import SQL_LAST_CHANGE, missing_changes
from models.file.ledger import create_ledger, refuse_planted_link
from models.file.lock import WriterLock
from models.file.schema import read_schema_state
from models.file.storage import has_sqlite_header, integrity_problems, read_only_connection
from models.read.counting import Counting
from models.read.queries import task_rows
from models.read.stats import StatsReport
from models.schema.revisions import head_revision

OK, FAILED = 0, 1


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    handlers = {"new": new, "demo": demo, "check": check, "backup": backup, "restore": restore, "stats": stats,
                "migrate": server_commands.migrate, "inspections": oversight_commands.inspections,
                "problems": oversight_commands.problems, "evidence": evidence_commands.run,
                "report": report_command.run, "import": import_command.run,
                "import-progress": import_command.run_progress, "export-xlsx": report_command.run_export,
                "feedback-form": report_command.run_export, "renumber": numbering_command.run,
                "task": task_commands.run, "assessment": assessment_command.run,
                "problem": problem_commands.run, "record": problem_commands.run, "users": users_command.run,
                "import-problems": problem_ledger_command.run_import, "month": month_command.run,
                "export-problems": problem_ledger_command.run_export, "settings": settings_command.run}
    try:
        return handlers[args.command](args, out or sys.stdout)
    except (LedgerError, RuleError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return FAILED
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; point stdout at nowhere so exit does not complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except OSError as error:
        where = f"（{error.filename}）" if error.filename else ""
        print(f"错误：{os_error_words(error)}{where}", file=sys.stderr)
        return FAILED


def new(args: argparse.Namespace, out: TextIO) -> int:
    if is_server(args.db):
        return server_commands.new_on_server(args, out)
    year = args.year or date.today().year
    create_ledger(args.db, org_name=args.org.strip(), year=year).close()
    print(f"已新建台账：{args.db}（{year}年）", file=out)
    return OK


def demo(args: argparse.Namespace, out: TextIO) -> int:
    if is_server(args.db):
        return server_commands.demo_on_server(args, out)
    ledger = create_demo_ledger(args.db)
    with ledger.reading() as session:
        rows = task_rows(session, date.today().year, date.today(), LightRules())
    ledger.close()
    counted = Counting(rows).tally(rows).words(in_brackets=True)  # counted as every sheet counts
    print(f"已生成示例台账：{args.db}（任务{counted}）", file=out)
    return OK


def check(args: argparse.Namespace, out: TextIO) -> int:
    """Read-only: opens the file with mode=ro and never writes a backup or leaves a file beside it."""
    if is_server(args.db):
        return server_commands.check_server(args, out)
    path = args.db
    if path.is_dir():
        print(f"错误：{path} 是一个文件夹，不是台账文件：请写出台账文件的路径（以 .sqlite 结尾）。", file=sys.stderr)
        return FAILED
    if not path.is_file():
        print(f"错误：{LedgerMissing(path, recovery_candidate(path))}", file=sys.stderr)
        return FAILED
    refuse_planted_link(path, companions_only=True)  # SQLite would read through it and call the ledger damaged
    if path.stat().st_size == 0 or not has_sqlite_header(path):
        print(f"错误：{path} 不是 SQLite 数据库，不是落实台账文件。{_recovery_hint(path)}", file=sys.stderr)
        return FAILED
    with _reading_untouched(path) as untouched:
        problems = integrity_problems(path, full=args.full, untouched=untouched)
        state = None if problems else read_schema_state(path, untouched=untouched)
        lost = "" if state is None or not state.is_current else missing_changes(path, _last_change(path, untouched))
    if lost:
        problems.append(lost)
        state = None
    label = "完整性检查（integrity_check）" if args.full else "快速检查（quick_check）"
    print(f"{label}及外键检查：{'通过' if not problems else '未通过'}", file=out)
    for problem in problems[:20]:
        print(f"  - {problem}", file=out)
    if state is None:
        hint = _recovery_hint(path)
        if hint:
            print(hint, file=out)
        return FAILED
    if not state.is_ours:
        print("数据结构版本：无（这不是落实台账文件）", file=out)
        return FAILED
    if not state.is_known:
        print(f"数据结构版本：{state.revision}（比本程序新，请升级程序）", file=out)
        return FAILED
    note = "最新" if state.is_current else f"较旧，打开时会先备份再升级到 {head_revision()}"
    print(f"数据结构版本：{state.revision}（{note}）", file=out)
    return OK


def _last_change(path: Path, untouched: bool) -> int:
    with read_only_connection(path, untouched=untouched) as connection:
        return int(connection.execute(SQL_LAST_CHANGE).fetchone()[0])


@contextmanager
def _reading_untouched(path: Path) -> Iterator[bool]:
    """True when the file can be read as immutable, leaving no -wal/-shm pair behind: it was closed cleanly
    (no log beside it) and no writer holds it (the lock is held meanwhile, if it was ever made)."""
    if any(path.with_name(path.name + extra).exists() for extra in ("-wal", "-shm", "-journal")):
        yield False
        return
    lock = WriterLock(path)
    if not lock.path.exists():  # no window of ours has ever written it
        yield True
        return
    if not lock.acquire(create=False):
        yield False  # being written now: read it the ordinary way
        return
    try:
        yield True
    finally:
        lock.release()


def _recovery_hint(path: Path) -> str:
    found = recovery_candidate(path)
    return f"最近一份完好的副本是 {found}，可以用 main.py restore \"{found}\" --db \"{path}\" 恢复。" if found else ""


def backup(args: argparse.Namespace, out: TextIO) -> int:
    if is_server(args.db):
        return server_commands.backup_server(args, out)
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        folder = args.to or ledger.backup_dir()
        keep = ledger.settings().backup_keep
    finally:
        ledger.close()
    target = make_backup(args.db, folder, keep=keep)
    print(f"已备份并校验：{target}", file=out)
    return OK


def restore(args: argparse.Namespace, out: TextIO) -> int:
    if is_server(args.db):
        return server_commands.restore_server(args, out)
    kept = restore_backup(args.backup, args.db)
    print(f"已从 {args.backup} 恢复到 {args.db}", file=out)
    if kept is not None:
        print(f"原来的文件保留为：{kept}", file=out)
    return OK


def stats(args: argparse.Namespace, out: TextIO) -> int:
    from models.read.monthly import stats_that_stood

    if args.month:
        return month_stats(args, out)
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        as_of = args.as_of or date.today()
        year = settings.year_for(args.year, as_of.year)
        with ledger.reading() as session:  # as the tasks stood that day, as the 统计表 and the 通报 count them
            report = stats_that_stood(session, year, as_of, settings)[1]
    finally:
        ledger.close()
    if args.json:
        json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print_stats_table(report, settings.org_name, out)
    return OK


def month_stats(args: argparse.Namespace, out: TextIO) -> int:
    """`stats --month`: the month's statistics as its 通报 counts them — frozen, or as they stood at its end."""
    from changes.months import check_month_over_or_running
    from models.read.months import month_stats as read_month_stats

    today = args.as_of or date.today()
    check_month_over_or_running(args.month, today)
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            report, frozen = read_month_stats(session, args.month, today, settings)
    finally:
        ledger.close()
    if args.json:
        data = report.to_dict()
        data["month"] = args.month
        data["frozen"] = None if frozen is None else {"at": frozen.frozen_at.isoformat(timespec="seconds"),
                                                      "by": frozen.frozen_by}
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    print_stats_table(report, settings.org_name, out)
    print(f"{frozen.words()}，之后的修改不计入。" if frozen else "本月未冻结：按台账现在的情况计算。", file=out)
    return OK


COLUMNS = [("科室", "section"), ("总数", "total"), ("未启动", "not_started"), ("推进中", "in_progress"),
           ("已办结", "completed"), ("已销号", "closed"), ("暂缓", "suspended"), ("逾期", "overdue"),
           ("黄灯", "yellow"), ("本期未反馈", "no_feedback"), ("欠进度", "behind"), ("完成率", "completion_rate"),
           ("按时率", "on_time_rate")]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value * 100:.1f}%"
    return str(value)


def print_stats_table(report: StatsReport, org_name: str, out: TextIO) -> None:
    print(f"{org_name}　{report.year}年任务统计（截至{report.as_of.year}年{report.as_of.month}月"
          f"{report.as_of.day}日，本期 {report.period}）", file=out)
    table = [[title for title, _ in COLUMNS]]
    for item in [*report.sections, report.totals]:
        data = item.to_dict()
        table.append([item.label] + [_cell(data[key]) for _, key in COLUMNS[1:]])
    widths = [max(_width(row[i]) for row in table) for i in range(len(COLUMNS))]
    for row in table:
        cells = [cell + " " * (widths[i] - _width(cell)) if i == 0 else " " * (widths[i] - _width(cell)) + cell
                 for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip(), file=out)
