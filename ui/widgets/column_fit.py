"""Lists whose wide text column gives way, so the short columns after it (时限, 灯, 状态) stay in sight."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeView

MIN_TEXT_WIDTH = 110  # a text column elided narrower than this reads as nothing; its tooltip has it whole


class ResizingTreeView(QTreeView):
    """A tree view that says when its width changes."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


def fit_text_column(header: QHeaderView, width: int, text_column: int, key_columns: Collection[int],
                    wanted: int) -> int | None:
    """The width `text_column` should have: `wanted`, but no more than leaves every key column (in the order
    the user sees them) inside `width`, and not under MIN_TEXT_WIDTH. None when it is hidden."""
    if header.isSectionHidden(text_column):
        return None
    shown = [c for c in (header.logicalIndex(v) for v in range(header.count())) if not header.isSectionHidden(c)]
    keys = [position for position, c in enumerate(shown) if c in key_columns]
    others = sum(header.sectionSize(c) for c in shown[:max(keys) + 1] if c != text_column) if keys else 0
    return max(MIN_TEXT_WIDTH, min(wanted, width - others))


def key_columns_need(header: QHeaderView, text_column: int, key_columns: Collection[int]) -> int:
    """The width the key columns take with the text column at its least: what the view must have."""
    shown = [c for c in (header.logicalIndex(v) for v in range(header.count())) if not header.isSectionHidden(c)]
    keys = [position for position, c in enumerate(shown) if c in key_columns]
    if not keys:
        return 0
    return sum(header.sectionSize(c) for c in shown[:max(keys) + 1] if c != text_column) + MIN_TEXT_WIDTH


def narrow_key_columns(header: QHeaderView, width: int, text_column: int, compact: dict[int, int]) -> bool:
    """When even the text column at its least leaves the key columns past `width` (widths left at 100% and
    opened at 150%), each key column wider than its compact width is made that: True when one changed."""
    shown = [c for c in (header.logicalIndex(v) for v in range(header.count())) if not header.isSectionHidden(c)]
    keys = [position for position, c in enumerate(shown) if c in compact or c == text_column]
    if not keys:
        return False
    needed = sum(header.sectionSize(c) for c in shown[:max(keys) + 1] if c != text_column) + MIN_TEXT_WIDTH
    if needed <= width:
        return False
    changed = False
    for column, narrow in compact.items():
        if not header.isSectionHidden(column) and header.sectionSize(column) > narrow:
            header.resizeSection(column, narrow)
            changed = True
    return changed
