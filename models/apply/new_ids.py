"""Ids for rows an import writes in bulk, and one import at a time on a server: another PC's rows never meet them."""

from __future__ import annotations

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from models.domain.numbering import one_numbering_at_a_time


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def one_import_at_a_time(session: Session) -> None:
    """On a server, wait until no other PC is importing, for the rest of the caller's transaction. Two imports
    at once each read the ledger before the other wrote: both would make the same task (the same file sent
    twice) and give the same 编号. After the wait this import reads what the other wrote, as if run after it.
    A file has one writer at a time already (its lock)."""
    one_numbering_at_a_time(session)  # the same turn a new task's number waits for


class NewIds:
    """Ids for one table's new rows, in order. On a server they come from the table's own sequence, which
    hands a number out once whoever asks (a task made meanwhile on another PC takes the next; an id counted on
    from the largest would clash with it, and the sequence, left behind, would clash with every task made after
    the import). Drawn in blocks: an unused id is a gap, which costs nothing. In a file, after the largest."""

    def __init__(self, session: Session, table: Table) -> None:
        self.session, self.table = session, table
        self.ready: list[int] = []
        self.after_largest: int | None = None

    def next(self, likely: int = 1) -> int:
        """One id; `likely` says how many this import may still want, so a server's block is one query."""
        if not self.ready:
            self.ready = self._draw(max(likely, 1))
        return self.ready.pop(0)

    def _draw(self, count: int) -> list[int]:
        if on_server(self.session):
            drawn = self.session.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"),
                {"table": self.table.name, "count": count})
            return sorted(int(value) for value in drawn)
        if self.after_largest is None:
            self.after_largest = int(self.session.scalar(select(func.max(self.table.c.id))) or 0)
        self.after_largest += 1  # counted here, one at a time: no query after the first
        return [self.after_largest]
