"""`main.py report ...`: write a PDF report from a ledger, read-only, with a clear word on fonts."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from changes.year import send_notices
from cli.bulletin_command import run_bulletin
from cli.instruction_commands import run_instruction_report
from cli.minutes_command import run_minutes
from cli.monthly_command import run_monthly
from cli.places import open_cli_ledger
from models.domain.enums import NoticeLevel
from models.domain.reminders import level_of
from models.errors import RuleError
from models.read.lookups import sections
from models.read.year_account import year_account
from reports.assessment_sheet import assessment_report, write_assessment_sheet
from reports.feedback_form import feedback_form
from reports.fonts import setup_fonts
from reports.notice import (
    Batch,
    NoticeData,
    notice_batch,
    notice_levels,
    preview_notices,
    sent_notices,
    target_for_notice,
)
from reports.notice_form import write_notices
from reports.output import check_output, write_atomically
from reports.problem_sheet import ProblemSheetOptions, problem_sheet_data, write_problem_sheet
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from reports.stats_sheet import stats_report, write_stats_sheet
from reports.xlsx_export import export_ledger
from reports.year_account import write_account_docx, write_account_pdf

if TYPE_CHECKING:
    from printing.printers import Printer

OK = 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Write the sheet to --out, send it to the printer (--print, --printer), or both."""
    printing = args.send_to_printer or args.printer is not None
    write = {"notice": run_notices, "notices": run_notices, "bulletin": run_bulletin,
             "monthly": run_monthly, "minutes": run_minutes,
             "instruction": run_instruction_report}.get(args.report, run_sheet)
    if args.out is None and not printing:
        raise RuleError("请用 --out 指定要写入的文件，或用 --print 直接打印。")
    if printing and args.out is not None and args.out.suffix.lower() != ".pdf":
        raise RuleError("只有 PDF 能直接打印：--out 用 .pdf 结尾，或去掉 --print。")
    if args.out is not None:  # before the ledger is read, and before a 督办单 is numbered for nothing
        word = args.report in ("year", "bulletin", "monthly", "minutes", "instruction") \
            and args.out.suffix.lower() == ".docx"
        check_output(args.out, ".docx" if word else ".pdf")
    if not printing:
        args.out_shown = str(args.out)
        return write(args, out)
    from printing.printers import PrinterError, printer_named  # Qt's printing, loaded only for this

    try:
        printer = printer_named(args.printer)  # before anything is written or numbered: a wrong name costs nothing
    except PrinterError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    if args.out is not None:
        args.out_shown = str(args.out)
        return write(args, out) or send_to_printer(args, printer, out)
    with tempfile.TemporaryDirectory(prefix="luoshi-print-") as folder:
        args.out, args.out_shown = Path(folder) / f"{args.report}.pdf", "直接打印，未另存"
        return write(args, out) or send_to_printer(args, printer, out)


def send_to_printer(args: argparse.Namespace, printer: Printer, out: TextIO) -> int:
    """The finished PDF through the same printing as the window's 打印."""
    from printing.pdf_pages import PDF_ERRORS
    from printing.printers import print_file

    try:
        printed = print_file(args.out, printer, args.copies)
    except PDF_ERRORS as error:
        print(f"错误：没有能打印：{error}", file=sys.stderr)
        return 1
    if not printed.pages:
        print(f"错误：打印机“{args.printer or '默认打印机'}”没有接受打印任务。", file=sys.stderr)
        return 1
    print(f"已送打印：{args.printer or '默认打印机'}，{printed.pages} 页", file=out)
    return OK


def run_sheet(args: argparse.Namespace, out: TextIO) -> int:
    as_of = args.as_of or date.today()
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            if args.report == "progress":
                options = ProgressSheetOptions(
                    as_of=as_of, year=args.year or 0, section=args.section, key_task=args.key_task,
                    leader=args.leader, group_by=args.group_by.replace("-", "_"),
                    only=(args.only or "all").replace("-", "_"), binding=args.binding)
                sheet = progress_sheet_data(session, options)
                summary = f"任务{sheet.tally.words(in_brackets=True)}"
            elif args.report == "problems":
                problems = problem_sheet_data(session, ProblemSheetOptions(
                    as_of, args.year or 0, args.group_by, args.only or "all", args.section))
                summary = f"{problems.totals.found} 个问题"
            elif args.report == "year":
                account = year_account(session, settings.year_for(args.year, as_of.year), as_of)
                counted = account.tally.words(in_brackets=True)
                summary = f"{account.year}年，任务{counted}，{account.problem_totals.found} 个问题"
            elif args.report == "assessment":
                scores, sign_off = assessment_report(session, as_of, args.year or 0)
                summary = f"{len(scores.sections)} 个科室"
            else:
                report, sign_off = stats_report(session, as_of, args.year or 0)
                summary = f"{len(report.sections)} 个科室"
    finally:
        ledger.close()
    fonts = setup_fonts(settings.report_font)
    if fonts.notice:
        print(f"注意：{fonts.notice}", file=sys.stderr)
    writers: dict[str, Callable[[Path], int]] = {
        "progress": lambda path: write_progress_sheet(sheet, fonts, path),
        "stats": lambda path: write_stats_sheet(report, sign_off, fonts, path),
        "problems": lambda path: write_problem_sheet(problems, fonts, path),
        "assessment": lambda path: write_assessment_sheet(scores, sign_off, fonts, path),
        "year": lambda path: write_account_pdf(account, fonts, path),
    }
    if args.report == "year" and args.out.suffix.lower() == ".docx":  # the Word copy the office edits
        write_atomically(args.out, lambda path: write_account_docx(account, path), suffix=".docx")
        print(f"已生成：{args.out_shown}（{summary}，Word 文档）", file=out)
        return OK
    pages = write_atomically(args.out, writers[args.report])
    print(f"已生成：{args.out_shown}（{summary}，{pages} 页）", file=out)
    return OK


def run_notices(args: argparse.Namespace, out: TextIO) -> int:
    """`report notice` and `report notices`: one notice per top-level task, its late or silent subtasks listed in
    it; a task whose notice is still open gets that notice again (same number), a new one (催办) only with
    --again. The batch is the window's (notice_batch): by the trigger unless --level says, a task it names no
    notice for left out, one it names a 提醒 sent a 提醒函. Issuing is one transaction; then they are printed."""
    as_of = args.as_of or date.today()
    chosen = level_of(args.level) if args.level else None
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=args.dry_run)
    try:
        settings = ledger.settings()
        with ledger.reading() as session:
            if args.report == "notice":
                target, named = target_for_notice(session, args.task, as_of, args.year or 0)
                if named.id != target.row.id:
                    print(f"{named.code} 是 {target.row.code} 的子任务：督办单发给 {target.row.code}，"
                          f"子任务列在单中。", file=out)
                batch = Batch([target], notice_levels([target], chosen))  # asked for by hand: a 督办单 at least
            else:
                batch = notice_batch(session, as_of, only=args.only.replace("-", "_"), section=args.section,
                                     year=args.year or 0, level=chosen)
        reply_days = settings.notice_reply_days if args.reply_days is None else args.reply_days
        if args.dry_run:  # dated and worded as the real run would issue them
            with ledger.reading() as session:
                notices = preview_notices(session, batch.targets, as_of, again=args.again, levels=batch.levels,
                                          reply_days=reply_days, opinion=args.opinion)
        else:
            issued = send_notices(ledger, batch.levels, as_of, reply_days, opinion=args.opinion, again=args.again,
                                  late={target.row.id for target in batch.targets if target.overdue})
            with ledger.reading() as session:
                notices = sent_notices(session, batch, issued, as_of, reply_days)
    finally:
        ledger.close()
    fonts = setup_fonts(settings.report_font)
    if fonts.notice:
        print(f"注意：{fonts.notice}", file=sys.stderr)
    pages = write_atomically(args.out, lambda path: write_notices(notices, fonts, path))
    print(f"已生成：{args.out_shown}（{notice_words(notices, args.dry_run, batch.left_out)}；{pages} 页）", file=out)
    return OK


def notice_words(notices: list[NoticeData], dry_run: bool, left_out: int = 0) -> str:
    """"督办单 6 张：督〔2026〕1号、…，其中 2 张是未办结的原单（编号不变）"; a preview says which are not numbered;
    the 提醒函 beside them, and the tasks the trigger named no notice for."""
    spared = f"；另有 {left_out} 项按触发条件无需督办，未发" if left_out else ""
    if not notices:
        return "没有符合条件的任务，未发督办单" + spared
    reminders = sum(1 for n in notices if n.level is NoticeLevel.BLUE)
    recorded = "" if dry_run else "，已记入催办记录"
    if reminders == len(notices):
        return f"提醒函 {reminders} 张（提醒不编号{recorded}）{spared}"
    numbered = [n for n in notices if n.level is not NoticeLevel.BLUE]
    numbers = "、".join(n.number for n in numbered if n.number)
    kept = sum(1 for n in numbered if n.number and not n.new)
    red = sum(1 for n in numbered if n.level is NoticeLevel.RED)
    if red:
        numbers += f"（其中红色督办单 {red} 张）"
    also = f"；另提醒函 {reminders} 张（提醒不编号{recorded}）" if reminders else ""
    if dry_run:
        waiting = sum(1 for n in numbered if not n.number)
        words = f"督办单 {len(numbered)} 张，预览：{waiting} 张未编号"
        return words + (f"，{kept} 张是未办结的原单：{numbers}" if kept else "") + also + spared
    words = f"督办单 {len(numbered)} 张：{numbers}"
    return words + (f"；其中 {kept} 张是未办结的原单，编号不变（另发催办加 --again）" if kept else "") + also + spared


def run_export(args: argparse.Namespace, out: TextIO) -> int:
    """`export-xlsx` and `feedback-form`: spreadsheets written beside the target and renamed into place."""
    check_output(args.out, ".xlsx")
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        with ledger.reading() as session:
            if args.command == "export-xlsx":
                held = write_atomically(args.out, lambda path: export_ledger(session, path, year=args.year or 0),
                                        suffix=".xlsx")
                print(f"已导出：{args.out}（任务{held.words(in_brackets=True)}）", file=out)
            else:
                known = {choice.name for choice in sections(session, include_inactive=True)}
                if args.section not in known:
                    raise RuleError(f"没有名为“{args.section}”的科室；现有科室：{'、'.join(sorted(known)) or '无'}。")
                listed = write_atomically(args.out, lambda path: feedback_form(
                    session, path, args.section, args.period, year=args.year or 0), suffix=".xlsx")
                print(f"已生成反馈表：{args.out}（{args.section}，未完成任务{listed.words(in_brackets=True)}）",
                      file=out)
    finally:
        ledger.close()
    return OK

