"""The centre pane: search box and filter combos over the task tree; keeps selection and layout."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.domain.enums import Light, Status
from models.read.counting import Counting
from models.read.queries import TaskRow
from models.read.task_views import SearchTexts, TaskFilter, TaskView, visible_rows
from ui import ui_state
from ui.item_models.task_columns import COLUMN, TASK_COLUMNS, in_sight
from ui.item_models.task_tree_model import GROUP_ROLE, TaskTreeModel
from ui.labels import label
from ui.widgets.column_fit import (
    ResizingTreeView,
    cell_width,
    fit_text_column,
    key_columns_need,
    narrow_key_columns,
    widen_key_columns,
)
from ui.window_geometry import available_area

EXPAND_ALL_LIMIT = 3000  # rows; beyond this, groups start folded so the tree appears at once
# At 1366×768 with the editor open the list is about 800 px wide: it starts with what a meeting needs
# (ui/task_columns.py); at 150% it has about 450 px: the narrow columns narrower, and 任务内容 gives way.
COMPACT_BELOW = 1100  # logical pixels of screen width
KEYS = [spec.key for spec in TASK_COLUMNS]
TITLE_COLUMN, KEY_COLUMNS = COLUMN["title"], in_sight()


FOLD_AFTER_MS = 300  # a moment after the window is on the screen

class TaskListPane(QWidget):
    """Emits `task_selected` with a task id (or None for a group row / nothing)."""

    task_selected = Signal(object)
    shown_changed = Signal()
    too_narrow = Signal(int)  # pixels the key columns lack, with 任务内容 at its least

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TaskTreeModel(self)
        self.rows: list[TaskRow] = []
        self.counting = Counting([])
        self.search_texts = SearchTexts()
        self.group_order: list[str] = []
        self.leading_units: frozenset[str] = frozenset()
        self.view = TaskView.BY_SECTION
        self.fixed_ids: frozenset[int] | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索任务、措施、责任人、进展（Ctrl+F）"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)  # filter once typing pauses, not on every key of a fast typist
        self._search_timer.timeout.connect(self.refilter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_combo = self._combo(self.tr("全部状态"), [(label(s), s) for s in Status])
        self.light_combo = self._combo(self.tr("全部灯色"), [(label(x), x) for x in Light if x != Light.NONE])
        self.section_combo = self._combo(self.tr("全部科室"), [])
        self.leader_combo = self._combo(self.tr("全部领导"), [])
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("列"))
        self.columns_button.setToolTip(self.tr("选择显示哪些列"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(QMenu(self.columns_button))
        self.fixed_chip = QToolButton()
        self.fixed_chip.setToolTip(self.tr("点击取消这个限定，显示全部任务"))
        self.fixed_chip.clicked.connect(lambda: self.set_view(self.view))
        self.fixed_chip.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.fixed_chip)
        bar.addWidget(self.search_edit, 3)
        for combo in (self.status_combo, self.light_combo, self.section_combo, self.leader_combo):
            bar.addWidget(combo, 1)
        bar.addWidget(self.columns_button)
        self.tree = ResizingTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setSortingEnabled(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort)
        compact = available_area(self).width() < COMPACT_BELOW
        for column, spec in enumerate(TASK_COLUMNS):
            self.tree.setColumnWidth(column, spec.compact_width if compact else spec.width)
            header.setSectionHidden(column, not spec.shown_at_first)
        header.moveSection(header.visualIndex(COLUMN["light"]), header.visualIndex(COLUMN["status"]))
        if ui_state.restore_columns("tasks", header, KEYS):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        # What the key columns are given back once a narrow moment passes (the window's first layout was 382 px
        # wide, and narrowed them for good): as left, and on a wide screen never under their longest usual text,
        # so 完成时限 shows next year's 2027年12月31日前 whole.
        self.key_widths = {column: header.sectionSize(column) if compact or not TASK_COLUMNS[column].widest else max(
            header.sectionSize(column), cell_width(self.tree, TASK_COLUMNS[column].widest))
            for column in KEY_COLUMNS if column != TITLE_COLUMN}
        for column, width in self.key_widths.items():
            header.resizeSection(column, width)
        # The width the user gave 任务内容 (or the default): what it grows back to when there is room again.
        self.title_width = (int(ui_state.remembered_text("tasks-title-width") or 0)
                            or TASK_COLUMNS[TITLE_COLUMN].width)
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.tree.resized.connect(self.fit_key_columns)
        self._build_column_menu()
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self._folding: dict[str, bool] = {}  # groups the user opened or closed, by name
        self._refolding = False
        self.tree.expanded.connect(lambda index: self._remember_folding(index, True))
        self.tree.collapsed.connect(lambda index: self._remember_folding(index, False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)

    def set_start_panel(self, panel: QWidget) -> None:
        """What shows instead of the list while the year has no tasks (ui/start_panel.py)."""
        self.start_panel = panel
        panel.hide()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(panel, 1, Qt.AlignmentFlag.AlignHCenter)

    def show_start(self, shown: bool) -> None:
        panel = getattr(self, "start_panel", None)
        if panel is not None:
            panel.setVisible(shown)
            self.tree.setVisible(not shown)

    def _combo(self, everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _index: self.refilter())
        return combo

    def _build_column_menu(self) -> None:
        menu = self.columns_button.menu()
        header = self.tree.header()
        for column in range(1, self.model.columnCount()):  # 编号 always stays
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))

    def _show_column(self, column: int, shown: bool) -> None:
        self.tree.header().setSectionHidden(column, not shown)
        self.fit_key_columns()
        self.save_layout()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if column == TITLE_COLUMN:  # the user dragged it: that is the width wanted
            self.title_width = new
            ui_state.remember_text("tasks-title-width", str(new))
        elif column in self.key_widths:
            self.key_widths[column] = new

    def fit_key_columns(self) -> None:
        """任务内容 as wide as wanted, but no wider than leaves 牵头科室, 完成时限, 灯 and 状态 in sight."""
        header = self.tree.header()
        room = self.tree.viewport().width()
        least = {column: TASK_COLUMNS[column].compact_width for column in KEY_COLUMNS if column != TITLE_COLUMN}
        self._fitting = True  # the widths set here are not the user's
        try:
            widen_key_columns(header, room, TITLE_COLUMN, self.key_widths)
            narrow_key_columns(header, room, TITLE_COLUMN, least)
            short = key_columns_need(header, TITLE_COLUMN, KEY_COLUMNS) - room
            if short > 0:
                self.too_narrow.emit(short)  # the window may give the list some of the editor's width
            width = fit_text_column(header, room, TITLE_COLUMN, KEY_COLUMNS, self.title_width)
            if width is not None and width != header.sectionSize(TITLE_COLUMN):
                header.resizeSection(TITLE_COLUMN, width)
        finally:
            self._fitting = False

    def save_layout(self) -> None:
        ui_state.save_columns("tasks", self.tree.header(), KEYS)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self.save_layout()

    # --- data ------------------------------------------------------------------------------
    def set_rows(self, rows: list[TaskRow], group_order: list[str], leaders: list[str],
                 outside: frozenset[str] = frozenset()) -> None:
        self.rows, self.group_order = rows, group_order
        self.leading_units = self._leading_units(rows)
        self.model.outside_units = outside
        self.counting = Counting(rows)
        self.search_texts = SearchTexts()
        # Fold the searchable texts after the window has painted (a zero timer could run before the first
        # paint and hold it back 0.1 s on a big ledger), so the first keystroke is as quick as the rest.
        QTimer.singleShot(FOLD_AFTER_MS, lambda texts=self.search_texts, rows=rows: texts.fill(rows))
        self._refill(self.section_combo, group_order)
        self._refill(self.leader_combo, leaders)
        self.refilter()

    @staticmethod
    def _leading_units(rows: list[TaskRow]) -> frozenset[str]:
        """The units that lead a task: worked out when the rows come, not on every keystroke of the search."""
        return frozenset(row.lead_section for row in rows if row.parent_id is None)

    def update_rows(self, rows: list[TaskRow], fresh: list[TaskRow]) -> None:
        """After a save: `rows` is the whole list again, `fresh` the tasks that changed in it."""
        self.rows = rows
        self.leading_units = self._leading_units(rows)
        self.counting = Counting(rows)
        self.search_texts.forget(row.id for row in fresh)
        everything = self.current_filter().is_empty and self.view in (
            TaskView.BY_SECTION, TaskView.BY_KEY_TASK, TaskView.BY_LEADER, TaskView.ALL)
        # With a filter or a narrowing view a change can take a task in or out: then show it all afresh.
        if everything and self.model.update_rows(fresh, self.counting):
            self.shown_changed.emit()
        else:
            self.refilter()

    def _refill(self, combo: QComboBox, names: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def set_view(self, view: TaskView, fixed_ids: frozenset[int] | None = None, label: str = "") -> None:
        """Show `view`; `fixed_ids` limits it to given tasks (from a click in the statistics), exactly those: a
        filter chosen earlier (a section, a light) would hide some of them while the chip says how many."""
        if fixed_ids is not None:
            self.search_edit.clear()
            for combo in (self.status_combo, self.light_combo, self.section_combo, self.leader_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self.view, self.fixed_ids = view, fixed_ids
        self.fixed_chip.setText(self.tr("{label}（{n}项） ✕").format(label=label, n=len(fixed_ids or ())))
        self.fixed_chip.setVisible(fixed_ids is not None)
        self.refilter()

    def current_filter(self) -> TaskFilter:
        def chosen(combo: QComboBox) -> frozenset:  # type: ignore[type-arg]
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})
        return TaskFilter(text=self.search_edit.text(), statuses=chosen(self.status_combo),
                          lights=chosen(self.light_combo), section=self.section_combo.currentData() or "",
                          leader=self.leader_combo.currentData() or "", task_ids=self.fixed_ids)

    def refilter(self) -> None:
        """Rebuild what is shown, keeping the selected task selected and the user's folded groups folded."""
        selected = self.selected_task_id()
        task_filter = self.current_filter()
        shown = visible_rows(self.rows, self.view, task_filter, self.search_texts)
        by_section = self.view not in (TaskView.BY_KEY_TASK, TaskView.BY_LEADER)
        everything = task_filter.is_empty and self.view == TaskView.BY_SECTION
        self._refolding = True
        # Sections keep the office's order; an empty section is listed only when nothing is filtered.
        # An empty group of one's own 科室 says "nothing here"; one of an outside unit (各科室（部外）0项) says nothing.
        order = [name for name in self.group_order
                 if name not in self.model.outside_units or name in self.leading_units]
        self.model.set_rows(shown.rows, order if by_section else [], view=self.view,
                            matched=None if everything else shown.matched, keep_empty_groups=everything,
                            counting=self.counting)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        # Thousands of rows start with groups folded (their counts show) so the tree appears at once;
        # a search always opens everything it found.
        small = len(shown.rows) <= EXPAND_ALL_LIMIT
        if small:
            self.tree.expandAll()  # one layout pass; expanding row by row is far slower
        else:
            self.tree.collapseAll()
        if not task_filter.text.strip():
            for row in range(self.model.rowCount()):
                group = self.model.index(row, 0)
                wanted = self._folding.get(self._group_name(group), small)
                if wanted != small:
                    self.tree.setExpanded(group, wanted)
        self._refolding = False
        if selected is not None:
            self.select_task(selected)
        self.shown_changed.emit()

    def _group_name(self, index: QModelIndex) -> str:
        return str(self.model.data(index, GROUP_ROLE))

    def _remember_folding(self, index: QModelIndex, expanded: bool) -> None:
        if not self._refolding and not index.parent().isValid():
            self._folding[self._group_name(index)] = expanded

    # --- selection -------------------------------------------------------------------------
    def selected_task_id(self) -> int | None:
        return self.model.task_id(self.tree.currentIndex())

    def select_task(self, task_id: int) -> bool:
        index = self.model.index_of_task(task_id)
        if not index.isValid():
            # No row left highlighted: a click on a row still current would change nothing, and show nothing.
            with QSignalBlocker(self.tree.selectionModel()):
                self.tree.selectionModel().clear()
            self.tree.viewport().update()
            self.task_selected.emit(None)
            return False
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.task_selected.emit(self.model.task_id(current))

    def selected_group(self) -> str:
        """The group (section, key task or leader) of the current row, for new tasks."""
        index = self.tree.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        return self._group_name(index) if index.isValid() else ""
