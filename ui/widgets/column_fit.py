"""Lists whose wide text column gives way, so the short columns after it (时限, 灯, 状态) stay in sight, and
whose cells cut short say their whole text when hovered."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionViewItem, QToolTip, QTreeView

MIN_TEXT_WIDTH = 110  # a text column elided narrower than this reads as nothing; its tooltip has it whole


def cell_width(view: QAbstractItemView, text: str) -> int:
    """The width a cell of `view` needs to show `text` whole, its margins included, at the view's font."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.text = text
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    return view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view).width()


class ResizingTreeView(QTreeView):
    """A tree view that says when its width changes, and shows a cell's whole text as its tooltip when the
    column cuts it ("2027年1…"), unless the model gives the cell a tooltip of its own."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            whole = self.cut_text(index)
            if whole:
                QToolTip.showText(event.globalPos(), whole, self.viewport(), self.visualRect(index))
                return True
        return super().viewportEvent(event)

    def cut_text(self, index: QModelIndex) -> str:
        """The cell's whole text when its column is too narrow to show it and it has no tooltip, else ""."""
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return ""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return ""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        needed = self.itemDelegateForIndex(index).sizeHint(option, index).width()
        return text if needed > option.rect.width() else ""


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


def widen_key_columns(header: QHeaderView, width: int, text_column: int, wanted: dict[int, int]) -> bool:
    """Give the key columns back their `wanted` widths once they fit inside `width` with the text column at its
    least (a narrow moment narrowed them, and it has passed): True when one changed."""
    shown = [c for c in (header.logicalIndex(v) for v in range(header.count())) if not header.isSectionHidden(c)]
    keys = [position for position, c in enumerate(shown) if c in wanted or c == text_column]
    if not keys:
        return False
    needed = sum(wanted.get(c, header.sectionSize(c)) for c in shown[:max(keys) + 1] if c != text_column)
    if needed + MIN_TEXT_WIDTH > width:
        return False
    changed = False
    for column, wide in wanted.items():
        if not header.isSectionHidden(column) and header.sectionSize(column) < wide:
            header.resizeSection(column, wide)
            changed = True
    return changed
