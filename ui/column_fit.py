"""Lists whose wide text column gives way, so the short columns after it (时限, 灯, 状态) stay in sight."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeView

MIN_TEXT_WIDTH = 120  # a text column elided narrower than this reads as nothing; its tooltip has it whole


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
