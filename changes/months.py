"""The month frozen as use cases: its figures frozen (结束会议, `month freeze`), frozen again, or let go — the
督查室's act, one transaction each, in the change history."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from models.domain.frozen_months import Frozen, freeze, frozen_month, month_words, unfreeze
from models.domain.rights import Act, refusal, require
from models.domain.settings import load_settings
from models.errors import RuleError
from models.ledger import Ledger
from models.read.monthly import previous_month
from models.read.months import figures_changed, month_snapshot, read_view


class Freezing(NamedTuple):
    frozen: Frozen  # the month as now kept
    before: Frozen | None  # as it was kept before (None: frozen now for the first time)
    changed: list[str]  # what the new figures change of the old, a line each ([]: nothing, or the first time)


def check_month_over_or_running(month: str, today: date) -> None:
    """A month not yet begun has no figures to freeze."""
    if month > f"{today.year}-{today.month:02d}":
        raise RuleError("{month}还没有到，没有可冻结的数字。", month=month_words(month))


def freeze_month(ledger: Ledger, month: str, today: date, *, again: bool = False) -> Freezing:
    """Keep the month's figures as they stand at its end (or today, before it ends). A month frozen already is
    taken again only with `again`, and the answer says what that changed."""
    check_month_over_or_running(month, today)
    with ledger.begin() as session:
        require(session, Act.FREEZE)
        kept = frozen_month(session, month)
        if kept is not None and not again:
            raise RuleError("{month}的数字{words}；要重新冻结，请确认（命令行加 --again）。", month=month_words(month),
                            words=kept.words())
        as_of, figures = month_snapshot(session, month, today, load_settings(session))
        before = freeze(session, ledger.actor, month, as_of, figures, again=again)
        now = frozen_month(session, month)
    assert now is not None
    changed = figures_changed(read_view(month, before.figures), read_view(month, figures)) if before else []
    return Freezing(now, before, changed)


def freeze_due(ledger: Ledger, today: date) -> Freezing | None:
    """设置 → 每月几日冻结上月数字: from that day of the month on, last month frozen if it is not yet (None: not
    due, frozen already, or an account that may not freeze). Two PCs opening at once: one freezes it."""
    day = ledger.settings().freeze_day
    month = previous_month(f"{today.year}-{today.month:02d}")
    if not day or today.day < day:
        return None
    with ledger.reading() as session:
        if frozen_month(session, month) is not None or refusal(session, Act.FREEZE):
            return None
    try:
        return freeze_month(ledger, month, today)
    except RuleError:
        return None  # frozen on another PC meanwhile


def what_refreezing_changes(ledger: Ledger, month: str, today: date) -> list[str]:
    """What freezing the month again would change, read without writing: what the window asks with."""
    with ledger.reading() as session:
        kept = frozen_month(session, month)
        if kept is None:
            return []
        figures = month_snapshot(session, month, today, load_settings(session))[1]
    return figures_changed(read_view(month, kept.figures), read_view(month, figures))


def unfreeze_month(ledger: Ledger, month: str) -> Frozen:
    """Let the month's figures go: its 通报, 统计 and 考核 are computed as the ledger stands again."""
    with ledger.begin() as session:
        require(session, Act.FREEZE)
        return unfreeze(session, ledger.actor, month)
