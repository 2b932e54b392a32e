"""The month frozen: its figures kept once taken (结束会议, `month freeze`), taken again only when asked, and let go
by the 督查室 — each an audited change of the frozen_month table."""

from __future__ import annotations

import base64
import json
import zlib
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import FrozenMonth
from models.errors import RuleError

_PACKED = "zlib:"  # figures kept compressed: a month of 20,000 tasks is 12 MB of JSON, a tenth of it packed
FREEZING_LOCK = 7_300_024  # pg_advisory_xact_lock key: one PC at a time freezes a month (a file has one writer)


class Frozen(NamedTuple):
    """A frozen month as the ledger keeps it: when, by whom, and its figures (models.read.months reads them)."""

    month: str
    as_of: date
    frozen_at: datetime
    frozen_by: str
    figures: dict[str, Any]

    def words(self) -> str:
        """"已冻结于2026年12月1日 09:30（张三）": what every page and command says of a frozen month's figures."""
        at = self.frozen_at
        by = f"（{self.frozen_by}）" if self.frozen_by else ""
        return f"已冻结于{at.year}年{at.month}月{at.day}日 {at:%H:%M}{by}"


def month_words(month: str) -> str:
    """"2026年11月"."""
    return f"{month[:4]}年{int(month[5:])}月"


def packed(figures: dict[str, Any]) -> str:
    """The figures as the frozen_month row keeps them: JSON, compressed, in base64 so the column stays text."""
    data = json.dumps(figures, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return _PACKED + base64.b64encode(zlib.compress(data, 6)).decode("ascii")


def unpacked(kept: str) -> dict[str, Any]:
    """What `packed` made, or a month frozen before figures were packed (plain JSON)."""
    if kept.startswith(_PACKED):
        kept = zlib.decompress(base64.b64decode(kept[len(_PACKED):])).decode()
    figures: dict[str, Any] = json.loads(kept)
    return figures


def _kept(row: FrozenMonth) -> Frozen:
    return Frozen(row.month, row.as_of, row.frozen_at, row.frozen_by, unpacked(row.figures))


def frozen_month(session: Session, month: str) -> Frozen | None:
    """The month's frozen figures, or None: then they are computed as the ledger stands."""
    row = session.scalars(select(FrozenMonth).where(FrozenMonth.month == month)).first()
    return _kept(row) if row is not None else None


def frozen_months(session: Session) -> list[Frozen]:
    """Every frozen month, newest first."""
    return [_kept(row) for row in session.scalars(select(FrozenMonth).order_by(FrozenMonth.month.desc()))]


def frozen_list(session: Session) -> list[tuple[str, date, datetime, str]]:
    """The frozen months without their figures (month, as of, when, by whom), newest first: what a list shows."""
    query = select(FrozenMonth.month, FrozenMonth.as_of, FrozenMonth.frozen_at, FrozenMonth.frozen_by)
    found = session.execute(query.order_by(FrozenMonth.month.desc()))
    return [(month, as_of, at, by) for month, as_of, at, by in found]


def freeze(session: Session, actor: str, month: str, as_of: date, figures: dict[str, Any], *,
           again: bool = False, at: datetime | None = None) -> Frozen | None:
    """Keep `figures` as the month's. A month frozen already is taken again only with `again` (else RuleError,
    naming when it was frozen); returns what it held before (None: it was not frozen). Two PCs freezing a month at
    once take turns: the second finds it frozen."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FREEZING_LOCK})
    row = session.scalars(select(FrozenMonth).where(FrozenMonth.month == month).with_for_update()).first()
    before = _kept(row) if row is not None else None
    if before is not None and not again:
        raise RuleError("{month}的数字{words}；要重新冻结，请确认（命令行加 --again）。", month=month_words(month),
                        words=before.words())
    moment = at or datetime.now()
    written = packed(figures)
    if row is None:
        row = FrozenMonth(month=month, as_of=as_of, frozen_at=moment, frozen_by=actor[:64], figures=written)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "frozen_month", row.id, "month", None, month)
    else:
        row.as_of, row.frozen_at, row.frozen_by, row.figures = as_of, moment, actor[:64], written
        audit.record(session, actor, "update", "frozen_month", row.id, "frozen_at",
                     before.frozen_at if before else None, moment)
    return before


def unfreeze(session: Session, actor: str, month: str) -> Frozen:
    """Let the month's figures go: its 通报, 统计 and 考核 are computed as the ledger stands again."""
    row = session.scalars(select(FrozenMonth).where(FrozenMonth.month == month).with_for_update()).first()
    if row is None:
        raise RuleError("{month}没有冻结。", month=month_words(month))
    kept = _kept(row)
    audit.record(session, actor, "delete", "frozen_month", row.id, "month", month, None)
    session.delete(row)
    return kept
