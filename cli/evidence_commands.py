"""`main.py evidence list|add|save`: 佐证材料 headlessly — list a task's or a problem's files, attach files, and
write one out to a folder (never opened or run from here)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from changes.evidence import attach
from cli.places import open_cli_ledger
from models.domain.deadlines import chinese_date
from models.domain.enums import EvidencePurpose
from models.domain.evidence import check_file, check_room, megabytes, safe_name
from models.domain.lights import LightRules
from models.errors import RuleError
from models.file.paths import chosen_file_size, read_chosen_file, write_new_file
from models.ledger import Ledger
from models.read.evidence import (
    AttachmentRow,
    attachment_content,
    problem_attachments,
    stored_size,
    task_attachments,
)
from models.read.problems import problem_rows
from models.read.queries import find_task_by_code, task_rows

OK = 0


def _owner(ledger: Ledger, args: argparse.Namespace) -> tuple[int | None, int | None, str]:
    """The task (by its 编号) or the problem (by its number in the year's list) the command is about."""
    settings = ledger.settings()
    year = settings.year_for(args.year, date.today().year)
    with ledger.reading() as session:
        if args.task:
            row = find_task_by_code(task_rows(session, year, date.today(), LightRules()), args.task)
            if row is None:
                raise RuleError("{year}年没有编号为“{code}”的任务。", year=year, code=args.task)
            return row.id, None, f"任务 {row.code} {row.title}"
        problem = next((p for p in problem_rows(session, year, date.today(), LightRules())
                        if p.number == args.problem), None)
        if problem is None:
            raise RuleError("{year}年的问题清单中没有第 {number} 个问题。", year=year, number=args.problem)
        return None, problem.id, f"问题 {problem.number} {problem.description}"


def _listing(ledger: Ledger, task_id: int | None, problem_id: int | None) -> list[AttachmentRow]:
    with ledger.reading() as session:
        return task_attachments(session, task_id) if task_id is not None else problem_attachments(session,
                                                                                                   problem_id or 0)


def run(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, auto_backup=args.action == "add", read_only=args.action != "add")
    try:
        task_id, problem_id, what = _owner(ledger, args)
        if args.action == "add":
            paths = list(dict.fromkeys(args.files))  # the same file named twice is attached once
            sizes = [(check_file(path.name, size), size) for path in paths for size in [chosen_file_size(path)]]
            with ledger.reading() as session:
                check_room(sizes, stored_size(session))  # before a byte is read
            files = [read_chosen_file(path, check_file) for path in paths]
            purpose = EvidencePurpose(args.purpose or ("rectification" if problem_id else "closing"))
            attach(ledger, files, purpose, task_id=task_id, problem_id=problem_id)
            print(f"已附加到{what}：{'、'.join(name for name, _ in files)}", file=out)
            return OK
        rows = _listing(ledger, task_id, problem_id)
        if args.action == "list":
            print(f"{what}：佐证材料 {len(rows)} 份", file=out)
            for number, row in enumerate(rows, start=1):
                print(f"{number:>3}. {row.name}　{megabytes(row.size)}　{row.purpose.label}　{row.added_by}　"
                      f"{chinese_date(row.added_at)} {row.added_at:%H:%M}", file=out)
            return OK
        if not 1 <= args.number <= len(rows):
            raise RuleError("{what}没有第 {number} 份佐证材料（共 {count} 份）。", what=what, number=args.number,
                            count=len(rows))
        with ledger.reading() as session:
            name, content = attachment_content(session, rows[args.number - 1].id)
        target = args.to / safe_name(name)
        try:
            write_new_file(target, content)
        except FileExistsError:  # a file, or a link (dangling too) planted at the name: nothing written
            raise RuleError("{target} 已经存在（或是一个链接），没有覆盖。", target=target) from None
        print(f"已保存：{target}", file=out)
        return OK
    finally:
        ledger.close()


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], ledger_place: Callable[[str], object],
               year_number: Callable[[str], int], db_help: str) -> None:
    evidence = commands.add_parser("evidence", help="佐证材料：列出、附加、另存",
                                   description="一项任务（--task 编号）或一个问题（--problem 序号）的佐证材料。")
    actions = evidence.add_subparsers(dest="action", title="操作", metavar="操作", required=True)
    listing = actions.add_parser("list", help="列出佐证材料")
    adding = actions.add_parser("add", help="附加文件（PDF、Word、Excel、WPS、图片等，每个不超过 20 MB）")
    adding.add_argument("files", type=Path, nargs="+", metavar="FILE", help="要附加的文件")
    adding.set_defaults(collects_words=("files", Path))  # cli.parser.COLLECTS_WORDS: files on both sides of --task
    adding.add_argument("--purpose", choices=[p.value for p in EvidencePurpose],
                        help="用于：progress 进展、closing 销号（任务默认）、rectification 整改（问题默认）")
    saving = actions.add_parser("save", help="把一份佐证材料另存到文件夹")
    saving.add_argument("number", type=int, help="list 列出的序号")
    saving.add_argument("--to", type=Path, default=Path("."), help="保存到的文件夹（默认：当前文件夹）")
    for action in (listing, adding, saving):
        action.add_argument("--db", type=ledger_place, required=True, help=db_help)
        owner = action.add_mutually_exclusive_group(required=True)
        owner.add_argument("--task", metavar="编号", help="任务编号，如 3.2")
        owner.add_argument("--problem", type=int, metavar="序号", help="问题清单中的序号")
        action.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
