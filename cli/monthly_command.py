"""`main.py report monthly`: the month's 通报 drafted from the ledger, in the 公文 form, as PDF or Word by the
name given; its 第N期 continues the 督查通报 series (issued when written, kept when written again)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import Any, TextIO

from models.errors import RuleError

OK = 0
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def month_text(text: str) -> str:
    """argparse type of --month: 2026-11 (or 2026-1), a real month."""
    found = _MONTH.fullmatch(text.strip())
    if not found or not 1 <= int(found[2]) <= 12:
        raise argparse.ArgumentTypeError(f"月份应写成 2026-11 这样的年-月，收到的是“{text}”")
    return f"{int(found[1])}-{int(found[2]):02d}"


def add_parser(kinds: Any) -> argparse.ArgumentParser:
    monthly: argparse.ArgumentParser = kinds.add_parser(
        "monthly", help="月度通报（公文格式，PDF 或 Word）",
        description="按台账起草当月的工作任务推进落实情况通报：总体情况（与上月比较）、进展较好的、存在的问题"
                    "（按科室列出逾期和未反馈的任务，含编号和逾期天数）、下步要求（设置中填写）和三个附件表。"
                    "期号与督查通报连续编排，写出时编号，重写时不变。--out 以 .docx 结尾时写成 Word 草稿。")
    monthly.add_argument("--month", type=month_text, required=True, metavar="2026-11", help="要通报的月份")
    monthly.add_argument("--dry-run", dest="dry_run", action="store_true", help="只生成预览，不编期号、不记入台账")
    return monthly


def run_monthly(args: argparse.Namespace, out: TextIO) -> int:
    # Loaded when it runs: the parser reads this module at every start, the window's too, and ReportLab and
    # python-docx cost a large part of that start.
    from changes.bulletins import issue_bulletin_number
    from cli.places import open_cli_ledger
    from models.domain.bulletins import issue_words, month_subject, numbered_issue
    from models.domain.frozen_months import frozen_month
    from models.read.monthly import monthly_bulletin
    from reports.fonts import gongwen_faces, setup_fonts
    from reports.monthly_bulletin import monthly_frame, title_of, write_monthly_docx, write_monthly_pdf
    from reports.output import write_atomically

    today = args.as_of or date.today()
    if args.month > f"{today.year}-{today.month:02d}":
        raise RuleError("{month} 还没有到，不能通报。", month=args.month)
    dry_run = getattr(args, "dry_run", False)
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=dry_run)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            bulletin = monthly_bulletin(session, args.month, today, settings)
            known = numbered_issue(session, month_subject(bulletin.year, int(args.month[5:])))
            frozen = frozen_month(session, args.month)
        if dry_run:
            number, numbered = (known.number, issue_words(known.year, known.number)) if known else (0, "预览，未编期号")
        else:
            issued = issue_bulletin_number(ledger, bulletin.year, month_subject(bulletin.year, int(args.month[5:])),
                                           title_of(bulletin), today)
            number = issued.number
            numbered = issue_words(issued.year, issued.number) + ("" if issued.new else "，期号不变")
    finally:
        ledger.close()
    frame = monthly_frame(bulletin, number, today)
    now = bulletin.now
    paced = f"欠进度{now.behind}项，" if now.paced else ""
    kept = f"，{frozen.words()}" if frozen else ""
    summary = f"任务{now.tasks}项，逾期{now.overdue}项，未反馈{now.no_feedback}项，{paced}{numbered}{kept}"
    if args.out.suffix.lower() == ".docx":  # the draft the office finishes in Word or WPS
        write_atomically(args.out, lambda path: write_monthly_docx(bulletin, frame, path), suffix=".docx")
        print(f"已生成：{args.out_shown}（{summary}，Word 文档）", file=out)
        return OK
    fonts = setup_fonts(settings.report_font)
    for notice in (fonts.notice, gongwen_faces(fonts).notice):
        if notice:
            print(f"注意：{notice}", file=sys.stderr)
    pages = write_atomically(args.out, lambda path: write_monthly_pdf(bulletin, frame, fonts, path))
    print(f"已生成：{args.out_shown}（{summary}，{pages} 页）", file=out)
    return OK
