"""`main.py report bulletin`: a record's 督查通报 in the 公文 form, as PDF or Word by the name given, its 第N期
issued when it is written (kept when it is written again), or left blank with --dry-run."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from changes.bulletins import issue_bulletin_number
from cli.places import open_cli_ledger
from models.domain.bulletins import issue_words, record_subject
from reports.fonts import gongwen_faces, setup_fonts
from reports.inspection_bulletin import bulletin_data, bulletin_title, write_bulletin, write_bulletin_docx
from reports.output import write_atomically

OK = 0


def run_bulletin(args: argparse.Namespace, out: TextIO) -> int:
    as_of = args.as_of or date.today()
    dry_run = getattr(args, "dry_run", False)
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=dry_run)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            data = bulletin_data(session, args.record, as_of)  # a record that is gone is refused before a number
        if not dry_run:
            issued = issue_bulletin_number(ledger, data.year, record_subject(args.record), bulletin_title(data.record),
                                           as_of)
            with ledger.reading() as session:
                data = bulletin_data(session, args.record, as_of)
            numbered = issue_words(issued.year, issued.number) + ("" if issued.new else "，期号不变")
        else:
            numbered = "预览，未编期号"
    finally:
        ledger.close()
    summary = f"{data.record.title}，{len(data.problems)} 个问题，{numbered}"
    if args.out.suffix.lower() == ".docx":  # the draft the office finishes in Word or WPS
        write_atomically(args.out, lambda path: write_bulletin_docx(data, path), suffix=".docx")
        print(f"已生成：{args.out_shown}（{summary}，Word 文档）", file=out)
        return OK
    fonts = setup_fonts(settings.report_font)
    for notice in (fonts.notice, gongwen_faces(fonts).notice):  # 楷体 for （一）, 黑体 for 一、: where they are
        if notice:
            print(f"注意：{notice}", file=sys.stderr)
    pages = write_atomically(args.out, lambda path: write_bulletin(data, fonts, path))
    print(f"已生成：{args.out_shown}（{summary}，{pages} 页）", file=out)
    return OK
