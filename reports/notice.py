"""督办单 as they go out: which tasks get one, the notices issued, and what each prints (the page: notice_form)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from models.domain.entities import Notice, Task
from models.domain.enums import NoticeLevel
from models.domain.notices import (
    LATE_OPINION,
    REMIND_OPINION,
    USUAL_OPINION,
    IssuedNotice,
    cited_notices,
    notice_level,
    notice_number,
    notice_source,
    open_notice,
)
from models.domain.settings import LedgerSettings, load_settings
from models.errors import RuleError, said
from models.read.lookups import sections
from models.read.notice_targets import NOTICE_CHOICES, ListedSubtask, NoticeTarget, NoticeTargets
from models.read.queries import TaskRow, find_task_by_code, task_rows
from models.read.task_detail import TaskDetail, task_detail
from reports.sign_off import printed_org


@dataclass(frozen=True)
class FormDetails:
    """What a notice says beyond the task: the office's 文号 code, 事项来源, and 联系人 and 电话 (设置)."""

    code: str = "督"  # shown on a preview before the number is given
    source: str = "会议"  # 事项来源: 会议, 批示 or 督查
    source_text: str = ""  # the task's own words on where it came from (年初任务分解, a meeting's title)
    contact: str = ""  # blank lines to fill in when not set
    phone: str = ""


@dataclass(frozen=True)
class NoticeData:
    org: str
    row: TaskRow  # the top-level task the notice goes to
    detail: TaskDetail
    as_of: date
    number: str = ""  # 组督〔2026〕12号; empty on a preview before the notice is issued
    reply_by: date | None = None  # 反馈时限
    matter: str = ""  # 督办事项
    opinion: str = ""  # 督办意见
    subtasks: tuple[ListedSubtask, ...] = ()  # its late or silent subtasks
    issued_on: date | None = None  # the day it went out (a reprint keeps it); None on a preview
    cites: str = ""  # a 催办: 前已于11月5日发出督〔2026〕1号督办单……
    new: bool = True  # False: a notice already out (open), shown or reprinted under its own number
    form: FormDetails = FormDetails()
    level: NoticeLevel = NoticeLevel.YELLOW  # 提醒函 (blue, never numbered), 督办单 or 红色督办单
    reason: str = ""  # what triggered the level, as the level line says it ("逾期12天")

    @property
    def days_late(self) -> int | None:
        """How many days the task itself is past its deadline (逾期N天); None when it is not late."""
        if not self.row.overdue or self.row.due_date is None:
            return None
        return max((self.as_of - self.row.due_date).days, 0)


def _form(session: Session, task_id: int, settings: LedgerSettings) -> FormDetails:
    task = session.get(Task, task_id)
    source_text = task.source_text if task is not None else ""
    from_meeting = task is not None and task.source_meeting_id is not None
    return FormDetails(settings.notice_code.strip() or "督", notice_source(source_text, from_meeting), source_text,
                       settings.notice_contact.strip(), settings.notice_phone.strip())


def _targets(session: Session, as_of: date, year: int) -> tuple[NoticeTargets, int]:
    settings = load_settings(session)
    year = settings.year_for(year, as_of.year)
    return NoticeTargets(task_rows(session, year, as_of, settings.light_rules), as_of, settings.notice_trigger), year


def target_for_notice(session: Session, code: str, as_of: date, year: int = 0) -> tuple[NoticeTarget, TaskRow]:
    """The notice for the task shown as `code` in 编号, which goes to its top-level task (a subtask is listed on
    its task's notice); with the task named. A clear message when there is none."""
    targets, year = _targets(session, as_of, year)
    row = find_task_by_code(targets.rows, code)
    if row is None:
        raise RuleError(f"{year}年没有编号为“{code}”的任务。")
    target = targets.target(row)
    if not target.row.status.is_active and not target.overdue and not target.subtasks:
        # 已办结, 已销号 or 已撤销 with nothing under it still owed: there is nothing to 督办
        raise RuleError("“{code}”{status}，不需要督办。", code=target.row.code, status=said(target.row.status.label))
    return target, row


def targets_for_notices(session: Session, as_of: date, *, only: str = "overdue", section: str = "",
                        year: int = 0) -> list[NoticeTarget]:
    """The tasks a batch of notices goes to, counted as the sheets count: one per top-level task that is late
    (逾期), red, or without a report this period, itself or through a subtask; one section."""
    if only not in NOTICE_CHOICES:
        raise ValueError(only)
    targets, year = _targets(session, as_of, year)
    if section and section not in {s.name for s in sections(session, include_inactive=True)}:
        raise RuleError(f"{year}年台账中没有科室“{section}”。")
    return targets.chosen(only, section)


@dataclass(frozen=True)
class Batch:
    """The tasks a batch of notices goes to, each at its level, and how many the trigger named no notice for."""

    targets: list[NoticeTarget]  # by the tree, as 编号 runs
    levels: dict[int, NoticeLevel]  # task id → its level in this batch (blue: a 提醒, recorded, never numbered)
    left_out: int = 0  # chosen by 列出 but, by the trigger, owed no notice (on track, or made this month)


def notice_batch(session: Session, as_of: date, *, only: str = "overdue", section: str = "", year: int = 0,
                 level: NoticeLevel | None = None) -> Batch:
    """The batch the window's 批量督办单 and `report notices` both send: the tasks `only` and `section` choose
    (targets_for_notices), each at `level`, or by the office's trigger when None — then a task the trigger names no
    notice for gets none (counted in `left_out`), and one it names a 提醒 gets a 提醒函."""
    chosen = targets_for_notices(session, as_of, only=only, section=section, year=year)
    kept = chosen if level is not None else [target for target in chosen if target.triggered]
    return Batch(kept, notice_levels(kept, level, batch=True), len(chosen) - len(kept))


def notice_levels(targets: list[NoticeTarget], level: NoticeLevel | None = None, *,
                  batch: bool = False) -> dict[int, NoticeLevel]:
    """Each target's level: `level` when one is asked for (a 提醒 for all is recorded, never numbered); else the
    trigger's, which in a `batch` stands as it is and for a notice asked for by hand is a 督办单 at least."""
    if level is not None:
        return {target.row.id: level for target in targets}
    if batch:
        return {target.row.id: target.level for target in targets}
    return {target.row.id: max(target.level, NoticeLevel.YELLOW, key=lambda item: item.rank) for target in targets}


def _cites(chain: list[Notice]) -> str:
    """What a 催办 cites: "前已于11月5日发出督〔2026〕1号督办单，11月20日又发出督〔2026〕5号，现再次督办。"""
    if not chain:
        return ""
    first, *later = chain
    first_number = notice_number(first.year, first.number, first.code)
    words = f"前已于{first.issued_on.month}月{first.issued_on.day}日发出{first_number}督办单"
    words += "".join(f"，{n.issued_on.month}月{n.issued_on.day}日又发出{notice_number(n.year, n.number, n.code)}"
                     for n in later)
    return words + "，现再次督办。"


def preview_notices(session: Session, targets: list[NoticeTarget], as_of: date, *, again: bool = False,
                    level: NoticeLevel | None = None, levels: Mapping[int, NoticeLevel] | None = None,
                    reply_days: int | None = None, opinion: str = "") -> list[NoticeData]:
    """The notices `targets` would get, before any is issued, each at its level (`levels`, a batch's; else `level`
    or its target's as asked by hand, notice_levels): a task's open notice as it stands (numbered) when it is at
    that level or above, otherwise an unnumbered one (with `again` or a higher level, a 催办 citing the open one).
    A 提醒函 (blue) is never numbered. Its reason is printed when the level is the one the trigger named.
    A new one is dated and worded as issuing would date and word it: `reply_days` after `as_of` (the settings'
    days when not given) and with the `opinion` given (the standard one when blank)."""
    settings = load_settings(session)
    org = printed_org(settings.org_name)
    reply_by = as_of + timedelta(days=settings.notice_reply_days if reply_days is None else reply_days)
    opinion = opinion if opinion.strip() else ""
    if levels is None:
        levels = notice_levels(targets, level)
    found = []
    for target in targets:
        wanted = levels[target.row.id]
        standing = open_notice(session, target.row.id, as_of) if wanted is not NoticeLevel.BLUE else None
        if standing is not None and not again and wanted.rank <= notice_level(standing).rank:
            found.extend(issued_notices(session, [standing.id], as_of))
            continue
        chain = [*cited_notices(session, standing), standing] if standing is not None else []
        found.append(NoticeData(org, target.row, task_detail(session, target.row.id), as_of,
                                reply_by=reply_by, matter=target.row.title,
                                opinion=(REMIND_OPINION if wanted is NoticeLevel.BLUE else
                                         opinion or (LATE_OPINION if target.overdue else USUAL_OPINION)),
                                subtasks=target.subtasks, cites=_cites(chain),
                                form=_form(session, target.row.id, settings), level=wanted,
                                reason=target.reason if target.triggered and wanted is target.level else ""))
    return found


def sent_notices(session: Session, batch: Batch, issued: list[IssuedNotice], as_of: date,
                 reply_days: int | None = None) -> list[NoticeData]:
    """A batch as it went out, in its order: the numbered notices `issued` for it (one per task not at blue, in
    the batch's order, as changes.year.send_notices gives them) and the 提醒函 of those at blue (`reply_days`: the
    days the batch was sent with, the settings' when not given)."""
    numbered = [target for target in batch.targets if batch.levels[target.row.id] is not NoticeLevel.BLUE]
    if len(numbered) != len(issued):
        raise ValueError("the notices issued are not this batch's")
    printed = dict(zip((target.row.id for target in numbered), issued_notices(
        session, [notice.id for notice in issued], as_of, new=frozenset(n.id for n in issued if n.new)),
        strict=True))
    reminders = [target for target in batch.targets if target.row.id not in printed]
    printed |= {data.row.id: data for data in preview_notices(session, reminders, as_of, levels=batch.levels,
                                                              reply_days=reply_days)}
    return [printed[target.row.id] for target in batch.targets]


def notice_data(session: Session, code: str, as_of: date, year: int = 0, *, again: bool = False,
                level: NoticeLevel | None = None) -> NoticeData:
    """The notice for the task `code` as it would go out: its open one, or a preview before it is numbered."""
    target, _named = target_for_notice(session, code, as_of, year)
    return preview_notices(session, [target], as_of, again=again, level=level)[0]


def issued_notices(session: Session, notice_ids: list[int], as_of: date, *,
                   new: frozenset[int] = frozenset()) -> list[NoticeData]:
    """Issued notices as printed: number, dates, matter, opinion and what they cite as stored, the task and its
    late or silent subtasks as of `as_of`. `new`: those just issued (the rest were out already)."""
    settings = load_settings(session)
    rules = settings.light_rules
    by_year: dict[int, NoticeTargets] = {}  # the whole year is read once: a task's 编号 needs its tree
    found = []
    for notice_id in notice_ids:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise RuleError(f"没有这张督办单（{notice_id}）。")
        if notice.year not in by_year:
            by_year[notice.year] = NoticeTargets(task_rows(session, notice.year, as_of, rules), as_of,
                                                 settings.notice_trigger)
        targets = by_year[notice.year]
        row = targets.by_id[notice.task_id]
        target = targets.target(row)
        subtasks = target.subtasks if row.parent_id is None else ()  # one issued for a subtask once
        level = notice_level(notice)
        found.append(NoticeData(printed_org(settings.org_name), row, task_detail(session, notice.task_id),
                                as_of, notice_number(notice.year, notice.number, notice.code),
                                notice.reply_by, notice.matter, notice.opinion, subtasks, notice.issued_on,
                                _cites(cited_notices(session, notice)), notice.id in new,
                                form=_form(session, notice.task_id, settings), level=level,
                                reason=target.reason if target.triggered and target.level is level else ""))
    return found
