"""`main.py inspections` and `main.py problems`: the 督查记录 and the 问题清单 read headlessly, as text or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TextIO

from cli.places import open_cli_ledger
from models.domain.deadlines import chinese_date
from models.read.lookups import sections
from models.read.problems import inspection_rows, problem_rows, problem_stats
from reports.problem_sheet import ProblemSheetOptions, problem_sheet_data

OK = 0


def inspections(args: argparse.Namespace, out: TextIO) -> int:
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        year = ledger.settings().year_for(args.year, date.today().year)
        with ledger.reading() as session:
            rows = inspection_rows(session, year)
    finally:
        ledger.close()
    if args.json:
        json.dump([{"id": r.id, "held_on": r.held_on.isoformat(), "kind": r.kind.value, "title": r.title,
                    "team": r.team, "units": list(r.units), "tasks_checked": list(r.task_titles),
                    "findings": r.findings, "problems": r.problems, "praised": list(r.praised),
                    "criticised": list(r.criticised)} for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    print(f"{year}年督查/调研记录 {len(rows)} 条（用“编号”打印督查通报：report bulletin --record 编号）", file=out)
    for r in rows:
        mentioned = "".join(f"　{words}：{'、'.join(names)}" for words, names in (("表扬", r.praised),
                                                                                  ("批评", r.criticised)) if names)
        print(f"[{r.id}] {chinese_date(r.held_on)} {r.kind.label}：{r.title}　"
              f"单位：{'、'.join(r.units) or '—'}　问题 {r.problems} 个{mentioned}", file=out)
    return OK


def problems(args: argparse.Namespace, out: TextIO) -> int:
    as_of = args.as_of or date.today()
    ledger = open_cli_ledger(args.db, auto_backup=False, read_only=True)
    try:
        settings = ledger.settings()
        year = settings.year_for(args.year, as_of.year)
        with ledger.reading() as session:
            if args.section or args.only:  # the sheet's own choice of rows, so both list the same problems
                sheet = problem_sheet_data(session, ProblemSheetOptions(
                    as_of, year, only=args.only or "all", section=args.section))
                rows = [row for _, found in sheet.groups for row in found]
            else:
                rows = problem_rows(session, year, as_of, settings.light_rules)
            units = sections(session, include_inactive=True)
    finally:
        ledger.close()
    per_section, totals = problem_stats(rows, units)
    if args.json:
        json.dump({"year": year, "as_of": as_of.isoformat(), "problems": [
            {"number": r.number, "description": r.description, "section": r.section, "owner": r.owner,
             "measures": r.measures, "deadline": r.deadline, "due_date": r.due_date and r.due_date.isoformat(),
             "status": r.status.value, "light": r.light.value, "source": r.source, "task": r.task_title,
             "report": r.report} for r in sorted(rows, key=lambda r: r.number)],
            "sections": [{"section": s.section, "found": s.found, "solved": s.solved, "closed": s.closed,
                          "overdue": s.overdue, "due_soon": s.due_soon, "rate": s.rate}
                         for s in [*per_section, totals]]}, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return OK
    print(f"{year}年问题清单（截至{as_of.year}年{as_of.month}月{as_of.day}日）：{len(rows)} 个", file=out)
    for r in sorted(rows, key=lambda r: r.number):
        late = "　逾期" if r.overdue else ""
        print(f"{r.number:>3}. [{r.status.label}{late}] {r.section or '未指定科室'}　时限：{r.deadline or '—'}　"
              f"{r.description}", file=out)
    for s in [*per_section, totals]:
        rate = "—" if s.rate is None else f"{s.rate * 100:.1f}%"
        print(f"{s.section}：发现 {s.found}，完成整改 {s.solved}，逾期 {s.overdue}，整改率 {rate}", file=out)
    return OK

