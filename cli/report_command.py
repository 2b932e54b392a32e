"""`main.py report ...`: write a PDF report from a ledger, read-only, with a clear word on fonts."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from models.ledger import open_ledger
from reports.fonts import setup_fonts
from reports.notice import notice_data, write_notice
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from reports.stats_sheet import stats_report, write_stats_sheet

OK = 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    as_of = args.as_of or date.today()
    ledger = open_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            if args.report == "progress":
                options = ProgressSheetOptions(
                    as_of=as_of, year=args.year or 0, section=args.section, key_task=args.key_task,
                    leader=args.leader, group_by=args.group_by.replace("-", "_"),
                    only=(args.only or "all").replace("-", "_"))
                sheet = progress_sheet_data(session, options)
                summary = f"{sheet.task_count} 项任务"
            elif args.report == "stats":
                report, org = stats_report(session, as_of, args.year or 0)
                summary = f"{len(report.sections)} 个科室"
            else:
                notice = notice_data(session, args.task, as_of, args.year or 0)
                summary = f"任务 {notice.row.code}"
    finally:
        ledger.close()
    fonts = setup_fonts(settings.report_font)
    if fonts.notice:
        print(f"注意：{fonts.notice}", file=sys.stderr)
    writers: dict[str, Callable[[Path], int]] = {
        "progress": lambda path: write_progress_sheet(sheet, fonts, path),
        "stats": lambda path: write_stats_sheet(report, org, fonts, path),
        "notice": lambda path: write_notice(notice, fonts, path),
    }
    pages = write_atomically(args.out, writers[args.report])
    print(f"已生成：{args.out}（{summary}，{pages} 页）", file=out)
    return OK


def write_atomically(target: Path, write: Callable[[Path], int]) -> int:
    """Write beside the target and rename over it, so a failure never leaves half a PDF behind."""
    folder = target.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=".luoshi-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        result = write(Path(temporary))
        os.replace(temporary, target)
        return result
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
