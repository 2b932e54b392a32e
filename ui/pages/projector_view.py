"""The 月例会 on the projector: full screen, type sized from the screen, a section at a time; keys page, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.item_models.projector_model import CODE, CUT, LAST, LIGHT, THIS, TITLE, ProjectorModel, ProjectorRow

Index = QModelIndex | QPersistentModelIndex
Section = tuple[str, list[ProjectorRow]]  # a section's name and its tasks in the meeting's order
SHARES = {TITLE: 0.24, 2: 0.12, LAST: 0.32, THIS: 0.32}  # of the width the 编号 and light columns leave
NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
SMALLEST = 0.55  # a row too tall for the screen is drawn down to this size before its reports are cut


def text_flags(metrics: QFontMetrics, width: int, text: str) -> int:
    """Wrapped at words, and anywhere only where one run of letters or digits is wider than the cell."""
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
    if metrics.boundingRect(QRect(0, 0, width, 100000), flags, text).width() > width:
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
    return flags


class CellDelegate(QStyledItemDelegate):
    """Draws a cell's words wrapped in the model's font, and says how tall they are at a width."""

    def __init__(self, model: ProjectorModel, parent: QObject) -> None:
        super().__init__(parent)
        self.model = model

    def padding(self) -> int:
        return max(3, self.model.font.pixelSize() // 4)

    def inner_width(self, width: int) -> int:
        """The words' width in a column `width` wide: less the grid line and a pixel to spare, so the lines
        measured are never fewer than the lines drawn."""
        return max(1, width - 2 * self.padding() - 2)

    def text_height(self, row: int, column: int, width: int) -> int:
        metrics = QFontMetrics(self.model.row_font(row, column))
        text, inner = self.model.text(row, column), self.inner_width(width)
        return metrics.boundingRect(QRect(0, 0, inner, 100000), text_flags(metrics, inner, text), text).height()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QColor):
            painter.fillRect(rect, background)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        painter.setPen(colour if isinstance(colour, QColor) else QColor("#000000"))
        font = self.model.row_font(index.row(), index.column())
        painter.setFont(font)
        pad, text = self.padding(), self.model.text(index.row(), index.column())
        inner = rect.adjusted(pad, pad, -pad, -pad)
        flags = text_flags(QFontMetrics(font), inner.width(), text)
        if index.column() == LIGHT:
            flags = (flags & ~int(Qt.AlignmentFlag.AlignLeft)) | int(Qt.AlignmentFlag.AlignHCenter)
        painter.drawText(inner, flags, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() + 1  # the cell less its grid line
        return QSize(width, self.text_height(index.row(), index.column(), width) + 2 * self.padding())


class ProjectorView(QWidget):
    """Shown full screen on the meeting room's screen; `left` when Esc closes it."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("月例会投影"))
        self.setStyleSheet("QWidget#projector { background: #ffffff; }")
        self.sections: list[Section] = []
        self.section = 0  # the section shown
        self.pages: list[tuple[int, int]] = []  # the section's pages: rows [start, end)
        self.page = 0
        self.followed: int | None = None  # the task the clerk is on
        self.model = ProjectorModel(self)
        self.delegate = CellDelegate(self.model, self)
        self.title = QLabel()
        self.heading = QLabel()
        self.where = QLabel()
        self.where.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.hint = QLabel(self.tr("→ 下一页　← 上一页　Esc 退出"))
        self.hint.setStyleSheet("color: #6b6b6b;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setStyleSheet("QTableView { gridline-color: #9e9e9e; border: none; }")
        self.table.viewport().installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.where)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.title)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.hint)

    # --- what is shown -----------------------------------------------------------------------
    def set_walk(self, title: str, sections: list[Section], follow: int | None = None) -> None:
        """The meeting's sections; stays on the section and page shown unless `follow` names a task."""
        shown = self.sections[self.section][0] if self.sections else None
        first = self.model.task_id(self.pages[self.page][0]) if self.pages and self.model.rows else None
        self.title.setText(title)
        self.sections = [section for section in sections if section[1]]
        names = [name for name, _rows in self.sections]
        self.section = names.index(shown) if shown in names else 0
        if follow is not None:
            self.followed = follow
            found = self._section_of(follow)
            self._show_section(self.section if found is None else found, at_task=follow)
        else:  # read again: the page shown stays, whoever is followed
            self._show_section(self.section, at_task=first)

    def follow(self, task_id: int) -> None:
        """The clerk moved to `task_id`: its section and the page it is on, the row marked."""
        self.followed = task_id
        found = self._section_of(task_id)
        if found is None:
            return
        if found != self.section or not self.model.rows:
            self._show_section(found, at_task=task_id)
        else:
            self.model.set_current(self.model.row_of(task_id))
            self._go_to_page(self._page_of(self.model.row_of(task_id)))

    def _section_of(self, task_id: int) -> int | None:
        return next((number for number, (_name, rows) in enumerate(self.sections)
                     if any(row.task_id == task_id for row in rows)), None)

    def _show_section(self, number: int, *, at_task: int | None = None, last_page: bool = False) -> None:
        if not self.sections:
            self.model.replace_rows([])
            self.heading.setText(self.tr("本次会议没有需要汇报的任务"))
            self.where.clear()
            self.pages, self.page = [], 0
            return
        self.section = max(0, min(number, len(self.sections) - 1))
        self.model.replace_rows(self.sections[self.section][1])
        self.model.set_current(self.model.row_of(self.followed) if self.followed is not None else -1)
        self.heading.setText(self.sections[self.section][0])
        self._paginate()
        row = self.model.row_of(at_task) if at_task is not None else -1
        self._go_to_page(len(self.pages) - 1 if last_page else self._page_of(row) if row >= 0 else 0)

    # --- pages ------------------------------------------------------------------------------
    def _paginate(self) -> None:
        """Rows into pages that fit the table's height, each row whole."""
        self._fit_columns()
        room = self.table.viewport().height()
        header = self.table.verticalHeader()
        self.pages, start, used = [], 0, 0
        for row in range(self.model.rowCount()):
            height = self._fit_row(row, room)
            header.resizeSection(row, height)
            if used + height > room and row > start:
                self.pages.append((start, row))
                start, used = row, 0
            used += height
        self.pages.append((start, self.model.rowCount()))

    def _row_height(self, row: int) -> int:
        pad = 2 * self.delegate.padding()
        return max(self.delegate.text_height(row, column, self.table.columnWidth(column)) + pad
                   for column in range(self.model.columnCount())) + 1  # the grid line

    def _fit_row(self, row: int, room: int) -> int:
        """A row taller than the page is drawn smaller, then its longer report cut, until it fits."""
        height, scale = self._row_height(row), 1.0
        while height > room and scale > SMALLEST:
            scale = round(scale - 0.05, 2)
            self.model.shrink(row, scale)
            height = self._row_height(row)
        while height > room:
            column = max((LAST, THIS), key=lambda c: len(self.model.text(row, c)))
            words = self.model.text(row, column).removesuffix(CUT)
            self.model.cut(row, column, words[:max(0, len(words) * 9 // 10 - 1)] + CUT)
            height = self._row_height(row)
            if not words:
                break
        return height

    def _fit_columns(self) -> None:
        width = self.table.viewport().width()
        pad = 2 * self.delegate.padding() + 4  # as inner_width takes, and a pixel more
        header = QFontMetrics(self.model.header_font())
        fixed = {}
        for column in (CODE, LIGHT):
            metrics = QFontMetrics(self.model.row_font(0, column))
            words = [self.model.full_text(row, column) for row in range(self.model.rowCount())]
            fixed[column] = max([header.horizontalAdvance(self.model.headers[column]) + pad,
                                 *(metrics.horizontalAdvance(word) + pad for word in words)])
            self.table.setColumnWidth(column, fixed[column])
        rest = max(0, width - sum(fixed.values()))
        widths = {column: int(rest * share) for column, share in SHARES.items()}
        widths[THIS] += rest - sum(widths.values())  # what rounding left goes to the last column
        for column, share in widths.items():
            self.table.setColumnWidth(column, share)

    def _page_of(self, row: int) -> int:
        return next((number for number, (start, end) in enumerate(self.pages) if start <= row < end), 0)

    def _go_to_page(self, page: int) -> None:
        self.page = max(0, min(page, len(self.pages) - 1))
        start, end = self.pages[self.page] if self.pages else (0, 0)
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, not start <= row < end)
        self.table.scrollToTop()
        self.where.setText(self.tr("科室 {section}/{sections}　第 {page}/{pages} 页").format(
            section=self.section + 1, sections=len(self.sections), page=self.page + 1, pages=max(1, len(self.pages))))

    def next_page(self) -> None:
        if self.page + 1 < len(self.pages):
            self._go_to_page(self.page + 1)
        elif self.section + 1 < len(self.sections):
            self._show_section(self.section + 1)

    def previous_page(self) -> None:
        if self.page > 0:
            self._go_to_page(self.page - 1)
        elif self.section > 0:
            self._show_section(self.section - 1, last_page=True)

    def shown_task_ids(self) -> list[int]:
        start, end = self.pages[self.page] if self.pages else (0, 0)
        return [row.task_id for row in self.model.rows[start:end]]

    def clipped(self) -> list[str]:
        """Words on screen that do not fit where they are drawn (for the checks): none, when all is well."""
        found, used = [], 0
        for row in (range(*self.pages[self.page]) if self.pages else ()):
            height = self.table.rowHeight(row) - 2 * self.delegate.padding() - 1
            used += self.table.rowHeight(row)
            for column in range(self.model.columnCount()):
                width = self.delegate.inner_width(self.table.columnWidth(column))
                metrics = QFontMetrics(self.model.row_font(row, column))
                text = self.model.text(row, column)
                box = metrics.boundingRect(QRect(0, 0, width, 100000), text_flags(metrics, width, text), text)
                if box.width() > width or box.height() > height:
                    found.append(f"{self.model.rows[row].code} {self.model.headers[column]}：{text[:20]}")
        if used > self.table.viewport().height():
            found.append(self.tr("本页超出屏幕"))
        return found

    # --- the screen -------------------------------------------------------------------------
    def _set_type(self) -> None:
        """Type from the screen this is shown on: about thirty lines to its height, never below 12 pixels."""
        size = max(12, min(self.height() // 30, self.width() // 50))
        body = QFont(self.font())
        body.setPixelSize(size)
        self.model.set_font(body)
        for label, scale, bold in ((self.title, 0.8, False), (self.heading, 1.5, True), (self.where, 0.9, False),
                                   (self.hint, 0.6, False)):
            font = QFont(body)
            font.setPixelSize(round(size * scale))
            font.setBold(bold)
            label.setFont(font)
        margin = size // 2
        self.layout_.setContentsMargins(margin, margin // 2, margin, margin // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._set_type()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.sections:
            first = self.model.task_id(self.pages[self.page][0]) if self.pages else None
            self._show_section(self.section, at_task=self.followed if self.followed in
                               {row.task_id for row in self.model.rows} else first)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT:
            self.next_page()
        elif key in BACK:
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self._show_section(0)
        elif key == Qt.Key.Key_End:
            self._show_section(len(self.sections) - 1, last_page=True)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.left.emit()
