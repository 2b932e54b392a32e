"""The subcommands' server side: a new or example ledger on a server, its check, backup and restore, and migrate."""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TextIO

from changes.directory import save_settings
from cli.places import Place, open_cli_ledger, server_password
from models.errors import LedgerError, ServerLoginFailed
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.read.counting import Counting
from models.read.queries import task_rows
from models.schema.revisions import head_revision, known_revisions
from models.server.address import ServerAddress, parse_address
from models.server.ledger import ServerLedger
from models.server.restore import check_restore, restore_onto_server
from models.server.transfer import Progress, copy_to_address, copy_to_file, revision_at

OK, FAILED = 0, 1


def new_on_server(args: argparse.Namespace, out: TextIO) -> int:
    year = args.year or date.today().year
    ledger = open_cli_ledger(args.db, create=True)
    try:
        values: dict[str, str | int] = {"current_year": year}
        if args.org.strip():
            values["org_name"] = args.org.strip()
        save_settings(ledger, values)
    finally:
        ledger.close()
    print(f"已在服务器上新建台账：{ledger.place}（{year}年）", file=out)
    return OK


def demo_on_server(args: argparse.Namespace, out: TextIO) -> int:
    """The example ledger, made as a file in a scratch folder and moved to the server like any other."""
    from demo.ledger import create_demo_ledger

    with tempfile.TemporaryDirectory(prefix="luoshi-demo-") as scratch:
        source = create_demo_ledger(Path(scratch) / "示例台账.sqlite")
        try:
            _to_server(source, str(args.db))
            counted = _year_count(source)
        finally:
            source.close()
    print(f"已在服务器上生成示例台账：{args.db}（{counted}）", file=out)
    return OK


def _year_count(ledger: Ledger) -> str:
    """"2026年任务43项，另有子任务15项": the current year counted as every sheet counts."""
    settings = ledger.settings()
    year, today = settings.current_year, date.today()
    with ledger.reading() as session:
        rows = task_rows(session, year, today, settings.light_rules)
    return f"{year}年任务{Counting(rows).tally(rows).words(in_brackets=True)}"


def check_server(args: argparse.Namespace, out: TextIO) -> int:
    """Reads the schema version only: the server keeps its own pages whole."""
    address, password = parse_address(str(args.db))
    revision = _server_revision(address, password)
    print(f"已连接：{address.display}", file=out)
    if revision is None:
        print("数据库里还没有台账。", file=out)
        return FAILED
    if revision not in known_revisions():
        print(f"数据结构版本：{revision}（比本程序新，请升级程序）", file=out)
        return FAILED
    note = "最新" if revision == head_revision() else f"较旧，连接时会先备份再升级到 {head_revision()}"
    print(f"数据结构版本：{revision}（{note}）", file=out)
    return OK


def backup_server(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, read_only=True)
    try:
        target = ledger.backup_now(args.to, reason="manual")
    finally:
        ledger.close()
    print(f"已备份并核对：{target}", file=out)
    return OK


def restore_server(args: argparse.Namespace, out: TextIO) -> int:
    """The backup file in place of what the server's database holds, once the user has typed the database's
    name back (or given --yes) and no other PC is connected (or --force); what it held is first kept as a file."""
    source = open_ledger(args.backup, auto_backup=False, read_only=True)
    try:
        server = open_cli_ledger(args.db)
        try:
            assert isinstance(server, ServerLedger)  # is_server(args.db) brought us here
            other_ledger = check_restore(source, server, force=args.force)
            _confirm_restore(args, server, other_ledger)
            kept = restore_onto_server(source, server, force=args.force)
            place = server.place
        finally:
            server.close()
        counted = _year_count(source)  # what was copied is what the backup holds
    finally:
        source.close()
    print(f"已从 {args.backup} 恢复到 {place}（{counted}）", file=out)
    if other_ledger:
        print(f"注意：{other_ledger}", file=out)
    print(f"原来服务器上的内容已备份为：{kept}", file=out)
    return OK


def _confirm_restore(args: argparse.Namespace, server: ServerLedger, other_ledger: str) -> None:
    """The database's name typed back on a terminal; --yes for scripts. A restore replaces every PC's ledger."""
    database = server.address.database
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise LedgerError("恢复会替换服务器上数据库 {database} 的全部内容，需要确认：请在终端里运行本命令（会要求输入"
                          "数据库名），或在脚本里加 --yes。没有恢复。", database=database)
    print(f"将用 {args.backup} 替换服务器 {server.place} 上的整个台账，所有电脑看到的内容都会变成备份里的。",
          file=sys.stderr)
    if other_ledger:
        print(f"注意：{other_ledger}", file=sys.stderr)
    try:
        typed = input(f"确认恢复请输入数据库名 {database}：")
    except EOFError:
        typed = ""
    if typed.strip() != database:
        raise LedgerError("输入的不是数据库名 {database}，没有恢复。", database=database)


def migrate(args: argparse.Namespace, out: TextIO) -> int:
    """--from a file or server --to a new file or an empty server database, every table counted both sides."""
    source = open_cli_ledger(args.source, auto_backup=False)
    if source.read_only and not source.is_server:  # another window may be writing it while it is copied
        source.close()
        raise LedgerError("{place} 正在被使用（{reason}），搬移前请先关闭使用它的窗口。", place=source.place,
                          reason=source.read_only_reason)
    try:
        target = args.target
        told = CopyProgress()
        counts = (_to_server(source, target, told) if isinstance(target, str)
                  else copy_to_file(source, target, progress=told))
        told.finish()
    finally:
        source.close()
    print(f"已把 {_shown(args.source)} 复制到 {_shown(args.target)}，逐表核对行数一致：", file=out)
    for table, count in counts.items():
        print(f"  {table_words(table)}：{count} 行", file=out)
    return OK


def _to_server(source: Ledger, target: str, progress: Progress | None = None) -> dict[str, int]:
    address, password = parse_address(target)
    try:
        return copy_to_address(source, address, password, progress)
    except ServerLoginFailed as failure:
        if not failure.needs_password or password is not None:
            raise
    return copy_to_address(source, address, server_password(address), progress)


# The tables as a clerk knows what they hold (the table's own name follows, for IT).
TABLE_WORDS = {
    "setting": "设置", "person": "人员", "section": "科室和单位", "key_task": "重点任务", "meeting": "会议",
    "task": "任务", "task_co_section": "配合科室", "progress_entry": "进展和复命", "extension": "延期",
    "audit_entry": "修改记录", "notice": "督办单", "inspection": "督查记录", "inspection_unit": "督查的单位",
    "inspection_task": "督查的任务", "inspection_praise": "通报表扬", "inspection_criticism": "通报批评",
    "problem": "问题", "problem_report": "整改情况", "evidence_file": "佐证材料文件", "attachment": "佐证材料",
    "ledger_user": "账号", "bulletin_issue": "通报期号", "frozen_month": "冻结的月度数字",
}


def table_words(table: str) -> str:
    return f"{TABLE_WORDS[table]}（{table}）" if table in TABLE_WORDS else table


class CopyProgress:
    """How far a copy is, on standard error: one line rewritten on a terminal, a line per table in a log.
    Ctrl+C stops it; the copy is one transaction, so nothing half-copied is left."""

    def __init__(self) -> None:
        self.on_terminal = sys.stderr.isatty()
        self.table = ""

    def __call__(self, table: str, done: int, total: int) -> None:
        if self.on_terminal:
            print(f"\r正在复制 {table_words(table)}：{done}/{total} 行……", end="", file=sys.stderr, flush=True)
        elif table != self.table:
            print(f"正在复制 {table_words(table)}：{total} 行……", file=sys.stderr, flush=True)
        self.table = table

    def finish(self) -> None:
        if self.on_terminal and self.table:
            print(file=sys.stderr)


def _server_revision(address: ServerAddress, password: str | None) -> str | None:
    try:
        return revision_at(address, password)
    except ServerLoginFailed as failure:
        if failure.needs_password and password is None:
            return _server_revision(address, server_password(address))
        raise


def _shown(place: Place) -> str:
    return parse_address(place)[0].display if isinstance(place, str) else str(place)

