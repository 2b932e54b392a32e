"""`main.py report minutes`: a meeting's 会议纪要, named by its number or its date, as PDF or Word by the name given."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import Any, TextIO

from models.domain.deadlines import chinese_date

OK = 0
_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def meeting_key(text: str) -> str:
    """argparse type of --meeting: a meeting's number (12) or the day it was held (2026-11-28)."""
    text = text.strip()
    if text.isdigit() and int(text) > 0:
        return text
    if _DAY.fullmatch(text):
        try:
            year, month, day = (int(part) for part in text.split("-"))
            return date(year, month, day).isoformat()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"会议应写成编号（如 12）或会议日期（如 2026-11-28），收到的是“{text}”")


def add_parser(kinds: Any) -> argparse.ArgumentParser:
    minutes: argparse.ArgumentParser = kinds.add_parser(
        "minutes", help="会议纪要（PDF 或 Word）",
        description="一次会议的纪要：时间、地点、主持、参加人员、记录，本次会议听取的进展，本期仍未反馈的任务，"
                    "会议议定事项（会上交办的事项，含牵头、配合科室和完成时限），末尾留主持人、记录人签字和审核栏。"
                    "与窗口“结束会议 → 另存为会议纪要”相同（只读）。--out 以 .docx 结尾时写成 Word 文档。")
    minutes.add_argument("--meeting", type=meeting_key, required=True, metavar="编号或日期",
                         help="会议编号，或会议日期如 2026-11-28（这一天开过几次会时请用编号）")
    minutes.add_argument("--place", default="", metavar="地点",
                         help="会议地点，如 “部机关三楼会议室”（不填则留空白线）")
    minutes.add_argument("--chair", default="", metavar="姓名", help="主持人（不填则留空白线，打印后手写）")
    minutes.add_argument("--attendees", default="", metavar="人员",
                         help="参加人员，如 “王部长、李副部长，各科室负责人”")
    minutes.add_argument("--recorder", default="", metavar="姓名", help="记录人")
    return minutes


def run_minutes(args: argparse.Namespace, out: TextIO) -> int:
    # Loaded when it runs: the parser reads this module at every start, the window's too.
    from cli.places import open_cli_ledger
    from models.read.meetings import meeting_named, meeting_summary
    from models.read.queries import task_rows
    from reports.fonts import setup_fonts
    from reports.meeting_minutes import MinutesFields, write_minutes, write_minutes_docx
    from reports.output import write_atomically

    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            meeting = meeting_named(session, args.meeting)
            # As the window's 结束会议 reads it: the tasks as of the meeting's day, so 未反馈 means that period
            # (the year's tasks the meeting was held in: a past year's meeting speaks of that year's tasks).
            rows = task_rows(session, meeting.held_on.year, meeting.held_on, settings.light_rules)
            summary = meeting_summary(session, meeting.id, rows)
    finally:
        ledger.close()
    fields = MinutesFields(settings.org_name, args.chair.strip(), args.attendees.strip(), args.recorder.strip(),
                           args.place.strip())
    said = (f"{chinese_date(meeting.held_on)} {meeting.title}，听取进展{len(summary.entries)}条，"
            f"仍未反馈{len(summary.silent)}项，议定事项{summary.assigned_tally.words(in_brackets=True)}")
    if args.out.suffix.lower() == ".docx":
        write_atomically(args.out, lambda path: write_minutes_docx(summary, fields, path), suffix=".docx")
        print(f"已生成：{args.out_shown}（{said}，Word 文档）", file=out)
        return OK
    fonts = setup_fonts(settings.report_font)
    if fonts.notice:
        print(f"注意：{fonts.notice}", file=sys.stderr)
    pages = write_atomically(args.out, lambda path: write_minutes(summary, fields, fonts, path))
    print(f"已生成：{args.out_shown}（{said}，{pages} 页）", file=out)
    return OK
