"""年度工作台账: the year's account — planned, done, extended or carried over, problems and ratings — as a PDF
and as a Word document the office edits into its 年度总结."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from models.domain.assessment_rules import WEIGHTED
from models.domain.deadlines import chinese_date
from models.domain.enums import ClosingTiming, InspectionKind
from models.domain.numerals import chinese_number
from models.read.assessment import FIGURES_NOTE
from models.read.year_account import INSPECTING, AccountTask, YearAccount
from reports.assessment_sheet import in_order, ranking_values
from reports.blocks import WIDE_POINTS, Block, Closing, Grid, Heading, Text, fitted_shares
from reports.blocks_pdf import blocks_story
from reports.fonts import FontSetup
from reports.gongwen_docx import write_docx
from reports.page import MARGIN, build_pdf
from reports.sign_off import SignOff, printed_org, signer_words
from reports.text import latest_part

_OPENING = re.compile(r"【[^】]{1,12}】|[^：]{0,16}销号：")
DONE_CHARS = 360  # a 完成情况 longer is cut to its latest part (全文见台账): a row of it fits a page in Word too


def _rate(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def title_of(account: YearAccount) -> str:
    return f"{printed_org(account.org)}{account.year}年度重点工作任务落实台账"


def _overview(account: YearAccount) -> str:
    tally, totals = account.tally, account.problem_totals
    timings = "、".join(f"{timing.label}{account.timings[timing]}项" for timing in ClosingTiming
                        if account.timings.get(timing))
    ratings = "、".join(f"“{word}”{count}项" for word, count in account.ratings.items())
    text = (f"{account.year}年共分解重点任务{len([k for k in account.key_tasks if k.tasks])}项，"
            f"具体任务{account.top_level}项（另有子任务{tally.subtasks}项）。截至{chinese_date(account.as_of)}，"
            f"已完成{account.finished}项，完成率{_rate(account.finished, account.top_level)}，"
            f"其中已销号{account.closed}项")
    text += f"（{timings}）" if timings else ""
    text += f"；经批准延期{account.extended}项；尚未完成{len(account.unfinished)}项"
    if account.year_ended:
        text += "，结转下年继续推进。"
    else:  # the year still running: only what is late or due after it is to be carried
        carried = len(account.carried_on)
        text += f"，其中拟结转下年{carried}项。" if carried else "。"
    if ratings:
        text += f"销号评价：{ratings}。"
    kinds = [record.kind for record in account.inspections]
    each = "、".join(f"{kind.label}{kinds.count(kind)}次" for kind in INSPECTING if kind in kinds)
    text += f"全年开展督查调研{len(kinds)}次" + (f"（{each}）" if each else "")
    patrols = sum(1 for record in account.records if record.kind is InspectionKind.PATROL)
    text += f"，收到巡察反馈{patrols}次" if patrols else ""
    text += f"，召开月例会{account.meetings}次" if account.meetings else ""
    text += (f"，共发现问题{totals.found}个，已整改{totals.solved}个"
             f"（已销号{totals.closed}个），整改率{_rate(totals.solved, totals.found)}，"
             f"仍在整改{totals.found - totals.solved}个（其中逾期{totals.overdue}个）。")
    return text


def _task_values(task: AccountTask, planned: bool = True) -> tuple[str, ...]:
    """A task's row; where no task of its table has a plan (`planned` false) the column is its deadline alone."""
    if planned:
        plan = "\n".join(part for part in (task.plan, f"时限：{task.deadline}" if task.deadline else "") if part)
    else:
        plan = task.deadline
    carry = task.carry.replace("，", "，\n")  # 逾期8天， over 拟结转: each whole in a narrow column
    changes = "\n".join([*task.extensions, carry] if carry else task.extensions) or "—"
    verdict = "\n".join(part for part in (task.status.label, task.timing.label if task.timing else "",
                                          f"评价：{task.rating}" if task.rating else "") if part)
    return (task.code, task.title, task.section or "—", plan or "—", _latest(task.done), changes, verdict)


def _latest(done: str) -> str:
    """The 完成情况 cut to its latest part, what it opens with kept in front: the report's month (【2026年12月】),
    or the day it was closed (2026年12月6日销号：)."""
    opening = _OPENING.match(done)
    kept = opening.group(0) if opening else ""
    return kept + latest_part(done[len(kept):], DONE_CHARS - len(kept))


def account_blocks(account: YearAccount) -> list[Block]:
    blocks: list[Block] = [Heading(title_of(account), 0), Text(f"（截至{chinese_date(account.as_of)}）", centred=True),
                           Heading("一、总体情况", 1), Text(_overview(account)), Heading("二、重点任务落实情况", 1)]
    for number, key_task in enumerate((k for k in account.key_tasks if k.tasks), start=1):
        blocks.append(Heading(f"（{chinese_number(number)}）{key_task.title}", 2))
        # A column of plans where a task has one (its header broken where it reads well), else of deadlines as
        # wide as they are, 完成情况 given the room; 编号, 牵头科室 and 状态与评价 as wide as their words.
        planned = any(t.plan for t in key_task.tasks)
        headers = ("编号", "任务", "牵头科室", "计划\n（措施、目标、时限）" if planned else "完成时限", "完成情况",
                   "延期/结转", "状态与评价")
        rows = [_task_values(t, planned) for t in key_task.tasks]
        whole = frozenset({0, 2, 6} | (set() if planned else {3}) |
                          (set() if any(t.extensions for t in key_task.tasks) else {5}))
        blocks.append(Grid(headers, rows, fitted_shares(headers, rows, (7, 21, 12, 20, 30, 15, 11), whole,
                                                        WIDE_POINTS), frozenset({0, 2})))
    blocks.append(Heading("三、各科室落实及考核情况", 1))
    scores = account.scores
    kept = f"{scores.rules_year}年设置" if scores.rules_year else "程序默认"
    blocks.append(Text(f"按{scores.rules.name}（{kept}）考核：" + "；".join(scores.rules.describe()) + "。"
                       + f"{FIGURES_NOTE}。", small=True))
    weighted = scores.rules.method == WEIGHTED
    score_headers = ("排名", "科室", "牵头任务", "配合任务", "基础分", "加分", "减分", "考核得分", "等次", "到期按时率")
    blocks.append(Grid(score_headers, [ranking_values(s, weighted)[:10] for s in in_order(scores)],
                       (6, 14, 8, 8, 8, 8, 8, 9, 16, 10), frozenset({0, 2, 3, 4, 5, 6, 7, 9})))
    blocks.append(Heading("四、督查调研和问题整改情况", 1))
    blocks.append(Grid(("日期", "类别", "督查调研", "到访科室/单位", "问题数"), [
        (chinese_date(r.held_on), r.kind.label, r.title, "、".join(r.units) or "—", str(r.problems))
        for r in sorted(account.records, key=lambda r: r.held_on)], (14, 10, 30, 30, 8), frozenset({0, 1, 4}),
        "（本年度没有督查调研记录）"))
    blocks.append(Text("尚未整改完成的问题：", small=True))
    problem_headers = ("编号", "问题", "责任科室", "整改时限", "状态")
    problems: list[tuple[str, ...]] = [  # 编号: the problem's in the year's list
        (str(p.number), p.description, p.section or "—", p.deadline or "—",
         p.status.label + (f"（逾期{p.days_late}天）" if p.overdue else "")) for p in account.open_problems]
    centred = frozenset({0, 2, 3, 4})
    blocks.append(Grid(problem_headers, problems, fitted_shares(problem_headers, problems, (6, 42, 14, 14, 16),
                                                                centred, WIDE_POINTS),
                       centred, "（问题均已整改）"))
    blocks.append(Heading("五、结转下年的任务" if account.year_ended else "五、拟结转下年的任务", 1))
    carried_headers = ("编号", "任务", "牵头科室", "目前进展")
    carried: list[tuple[str, ...]] = [(t.code, t.title, t.section or "—", _latest(t.done))
                                      for t in account.carried_on]
    blocks.append(Grid(carried_headers, carried, fitted_shares(carried_headers, carried, (7, 35, 12, 40),
                                                               frozenset({0, 2}), WIDE_POINTS),
                       frozenset({0, 2}), "（全部任务均已完成）" if not account.unfinished else "（暂无拟结转的任务）"))
    return blocks


def account_closing(account: YearAccount) -> Closing:
    """The signers the settings name, then the org that compiled the account and its day, as a 公文's 落款."""
    org = printed_org(account.org)
    return Closing(org, chinese_date(account.as_of), signer_words(SignOff(org, *account.signers)))


def write_account_pdf(account: YearAccount, fonts: FontSetup, out: Path,
                      progress: Callable[[int], None] | None = None) -> int:
    """The account as a PDF; `progress` hears each page laid out (a big year is hundreds of pages)."""
    width = landscape(A4)[0] - 2 * MARGIN
    story = blocks_story(account_blocks(account), fonts, width, account_closing(account))
    return build_pdf(out, story, fonts, title=title_of(account), footer_left=printed_org(account.org),
                     progress=progress)


def write_account_docx(account: YearAccount, out: Path) -> int:
    """The Word copy in the 公文 styles, landscape so that 牵头科室 and 1.4.1 keep to one line in the tables, its
    pages footed as the PDF's: the org, 第 N 页 共 M 页."""
    return write_docx(out, account_blocks(account), title_of(account), wide=True,
                      closing=account_closing(account), footer_left=printed_org(account.org))
