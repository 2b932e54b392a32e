"""How far a long reading has got, and a way to stop it: 取消 in the window reaches the readers' loops."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Told the rows read so far, about ten times a second; answers whether to go on.
Listener = Callable[[int], bool]
_INTERVAL = 0.1


class ReadingCancelled(BaseException):
    """The user asked to stop; nothing read is kept. A BaseException, as asyncio's CancelledError is, so the
    readers' `except Exception` (a broken file fails in many ways) lets it through."""


class _Watch:
    def __init__(self, listener: Listener) -> None:
        self.listener = listener
        self.rows = 0
        self.told = time.monotonic()


_watch: ContextVar[_Watch | None] = ContextVar("reading_watch", default=None)


@contextmanager
def reported_to(listener: Listener) -> Iterator[None]:
    """Within the block (in this thread), the readers tell `listener` how far they are."""
    token = _watch.set(_Watch(listener))
    try:
        yield
    finally:
        _watch.reset(token)


def advance(rows: int = 1) -> None:
    """Count `rows` more read; now and then tell the listener, and stop if it says so. Nothing when no one
    listens (the command line)."""
    watch = _watch.get()
    if watch is None:
        return
    watch.rows += rows
    now = time.monotonic()
    if now - watch.told >= _INTERVAL:
        watch.told = now
        if not watch.listener(watch.rows):
            raise ReadingCancelled
