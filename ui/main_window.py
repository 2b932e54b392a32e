"""The main window: navigation and year on the left, the task tree, the editor; meeting and statistics pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.domain.deadlines import chinese_date
from models.domain.enums import Light
from models.domain.lights import LightRules
from models.file.drafts import DraftStore, drafts_path
from models.file.ledger import Ledger
from models.read import lookups
from models.read.queries import TaskRow, merge_rows, task_rows
from models.read.task_views import TaskView
from ui import ui_state
from ui.controller import LedgerController
from ui.editor_drafts import EditorDrafts
from ui.meeting_page import MeetingPage
from ui.stats_page import StatsPage
from ui.task_editor import TaskEditor
from ui.task_list_pane import TaskListPane
from ui.window_actions import build_actions
from ui.window_files import FileActionsMixin
from ui.window_tasks import TaskActionsMixin

MEETING_PAGE, STATS_PAGE = "meeting", "stats"


class MainWindow(TaskActionsMixin, FileActionsMixin, QMainWindow):
    def __init__(self, ledger: Ledger, as_of: date | None = None) -> None:
        super().__init__()
        self.ledger = ledger
        self.as_of = as_of or date.today()
        self.year = 0
        self.rows: list[TaskRow] = []
        self.last_error = ""
        self.remember_layout = True  # off for --screenshot, which must not change the user's layout
        self.owns_ledger = False  # the window started by the app closes its ledger when it closes
        self.replacement: MainWindow | None = None
        # Dialogs and questions go through these so tests can answer them without a blocking exec().
        self.dialog_runner: Callable[[QDialog], bool] = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.ask_path: Callable[[bool], Path | None] = self._ask_path
        self.ask_org: Callable[[str], str | None] = self._ask_org
        self.controller = self._make_controller(ledger)
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.nav = QListWidget()
        for view in TaskView:
            self._nav_item(self.tr(view.label), view.value)
        self._nav_item(self.tr("会议录入"), MEETING_PAGE)
        self._nav_item(self.tr("统计"), STATS_PAGE)
        self.nav.setCurrentRow(0)
        self.nav.currentItemChanged.connect(self._nav_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        left_layout.addWidget(QLabel(self.tr("年度")))
        left_layout.addWidget(self.year_combo)
        left_layout.addWidget(QLabel(self.tr("视图")))
        left_layout.addWidget(self.nav, 1)
        self.list_pane = TaskListPane()
        self.list_pane.task_selected.connect(self._task_selected)
        self.list_pane.shown_changed.connect(self._update_status)
        self.editor = TaskEditor()
        self.editor.read_only = ledger.read_only
        # One drafts file per ledger, shared by the editor and the meeting page (each writes it whole).
        self.drafts = DraftStore(drafts_path(ledger.path))
        self.editor_drafts = EditorDrafts(self.editor, self.drafts)
        self.editor.save_requested.connect(self.save_task)
        self.editor.action_requested.connect(self.run_task_action)
        self.editor.setMinimumWidth(300)
        self.task_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.task_splitter.addWidget(self.list_pane)
        self.task_splitter.addWidget(self.editor)
        self.task_splitter.setStretchFactor(0, 3)
        self.task_splitter.setStretchFactor(1, 2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.task_splitter)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([130, 1200])
        self.task_splitter.setSizes([820, 420])
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }")
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.banner)
        layout.addWidget(self.main_splitter)
        self.setCentralWidget(central)
        stack = self.controller.undo_stack
        self.actions = build_actions(self, stack.createUndoAction(self, self.tr("撤销")),
                                     stack.createRedoAction(self, self.tr("重做")))
        self._connect_actions()
        ui_state.restore_window(self, self._splitters())
        self.reload()
        self.meeting_page = MeetingPage(self)
        self.pages.addWidget(self.meeting_page)
        self.stats_page = StatsPage(self)
        self.pages.addWidget(self.stats_page)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "tasks": self.task_splitter, "editor": self.editor.splitter}

    def _make_controller(self, ledger: Ledger) -> LedgerController:
        controller = LedgerController(ledger, self)
        controller.changed.connect(self.reload)
        controller.tasks_changed.connect(self.refresh_tasks)
        controller.failed.connect(self.report_error)
        return controller

    def _nav_item(self, text: str, key: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def _connect_actions(self) -> None:
        a = self.actions
        a.new_task.triggered.connect(self.new_task)
        a.new_subtask.triggered.connect(lambda: self.run_task_action("subtask"))
        a.save_task.triggered.connect(self.save_task)
        a.progress.triggered.connect(lambda: self.run_task_action("progress"))
        a.find.triggered.connect(self._focus_search)
        a.refresh.triggered.connect(self.reload)
        a.meeting.triggered.connect(lambda: self.show_page(MEETING_PAGE))
        a.stats.triggered.connect(lambda: self.show_page(STATS_PAGE))
        a.quit.triggered.connect(self.close)
        a.new_ledger.triggered.connect(self.new_ledger)
        a.open_ledger.triggered.connect(self.open_ledger)
        a.backup.triggered.connect(self.backup_now)
        a.data_safety.triggered.connect(self.open_data_safety)
        a.settings.triggered.connect(self.open_settings)
        a.recycle_bin.triggered.connect(self.open_recycle_bin)
        a.rollover.triggered.connect(self.roll_over)
        a.import_xlsx.triggered.connect(self.open_import)
        a.print_sheet.triggered.connect(self.open_reports)
        for action in (a.new_task, a.new_subtask, a.save_task, a.progress, a.settings, a.rollover, a.import_xlsx):
            action.setEnabled(not self.ledger.read_only)

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        settings = self.ledger.settings()
        self.year = self.year or settings.current_year or self.as_of.year
        # Kept for the pages and for refreshes after a save; settings only change through actions that reload.
        self.rules = LightRules(settings.warning_days, settings.schedule_gap)
        with self.ledger.reading() as session:
            self.rows = task_rows(session, self.year, self.as_of, self.rules)
            self.sections = lookups.sections(session)
            self.people = lookups.people(session)
            self.key_tasks = lookups.key_tasks(session, self.year)
            years = lookups.years(session, settings.current_year or self.as_of.year)
        self._fill_years(years)
        leaders = sorted({row.leader for row in self.rows if row.leader})
        self.list_pane.set_rows(self.rows, [s.name for s in self.sections], leaders)
        read_only = self.tr("（只读）") if self.ledger.read_only else ""
        # Qt appends the application's display name (落实台账) to the title itself.
        self.setWindowTitle(self.tr("{org} — {file}{ro}").format(
            org=settings.org_name, file=self.ledger.path.name, ro=read_only))
        if not self.editor.is_dirty():
            self._load_editor(self.list_pane.selected_task_id())
        page = self.pages.currentWidget()
        if page is not self.task_splitter:
            page.refresh()  # type: ignore[attr-defined]

    def refresh_tasks(self, task_ids: list[int]) -> None:
        """After a change to a few tasks: read just those again. A 20,000-task ledger would otherwise be
        read whole after every Enter in a meeting. Anything that moves tasks in the tree reads it all."""
        with self.ledger.reading() as session:
            fresh = task_rows(session, self.year, self.as_of, self.rules, only=task_ids)
            self.sections = lookups.sections(session)
            self.people = lookups.people(session)
            self.key_tasks = lookups.key_tasks(session, self.year)
        merged = merge_rows(self.rows, fresh, task_ids)
        if merged is None:
            self.reload()
            return
        self.rows = merged
        by_id = {row.id: row for row in fresh}
        self.list_pane.update_rows(self.rows, [row for row in self.rows if row.id in by_id])
        if not self.editor.is_dirty():
            self._load_editor(self.list_pane.selected_task_id())
        page = self.pages.currentWidget()
        if page is self.meeting_page:
            self.meeting_page.update_tasks(task_ids)
        elif page is not self.task_splitter:
            page.refresh()  # type: ignore[attr-defined]

    def _fill_years(self, years: list[int]) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(self.tr("{year}年").format(year=year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self.year)))
        self.year_combo.blockSignals(False)

    def _year_changed(self, _index: int) -> None:
        if self.save_task():
            self.year = int(self.year_combo.currentData())
            self.reload()
            self.meeting_page.reload_meetings()

    def _update_status(self) -> None:
        shown = self.list_pane.model.shown_tasks()
        overdue = yellow = silent = 0
        for row in shown:  # one pass: this runs after every save, over up to tens of thousands of rows
            overdue += row.overdue
            yellow += row.light == Light.YELLOW
            silent += row.status.is_active and not row.feedback_this_period
        self.statusBar().showMessage(self.tr(
            "{year}年 显示{count}项（共{total}项）· 逾期{overdue} · 黄灯{yellow} · 本期未反馈{silent} · 截至{day}"
        ).format(
            year=self.year, count=len(shown), total=len(self.rows), overdue=overdue, yellow=yellow,
            silent=silent, day=chinese_date(self.as_of)))

    # --- navigation ------------------------------------------------------------------------
    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        key = str(current.data(Qt.ItemDataRole.UserRole))  # Qt hands enum values back as plain str
        if key in TaskView.__members__.values():
            self.pages.setCurrentIndex(0)
            self.list_pane.set_view(TaskView(key))
        else:
            self.show_page(key)

    def show_page(self, key: str) -> None:
        """Hook for the meeting and statistics pages (added by their own modules)."""
        if not self.save_task():
            return
        page = self.findChild(QWidget, f"page_{key}")
        if page is not None:
            self.pages.setCurrentWidget(page)  # each page rebuilds itself in its showEvent
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def show_task_ids(self, task_ids: frozenset[int], label: str) -> None:
        """From the statistics: show exactly these tasks in the tree, with a chip saying why."""
        self.list_pane.search_edit.clear()
        self.select_view(TaskView.ALL, task_ids, label)

    def select_view(self, view: TaskView, task_ids: frozenset[int] | None = None, label: str = "") -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == view.value:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        self.pages.setCurrentIndex(0)
        self.list_pane.set_view(view, task_ids, label)

    def _focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.list_pane.search_edit.setFocus()
        self.list_pane.search_edit.selectAll()

    # --- the editor ------------------------------------------------------------------------
    def open_reports(self) -> None:
        """Ctrl+P: the report dialog, on what the window shows (year, selected task for a 督办单)."""
        if not self.save_task():
            return
        selected = self.list_pane.selected_task_id()
        row = self.list_pane.model.task_row(selected) if selected is not None else None
        from ui.report_dialog import ReportDialog  # ReportLab loads on first print, not at every start

        self.report_dialog = ReportDialog(
            self.ledger, self.year, self.as_of, sections=[s.name for s in self.sections],
            key_tasks=[k.name for k in self.key_tasks], leaders=sorted({r.leader for r in self.rows if r.leader}),
            task_code=row.code if row else "", parent=self)
        self.dialog_runner(self.report_dialog)

    # --- messages --------------------------------------------------------------------------
    def report_error(self, message: str) -> None:
        self.last_error = message
        self.editor.show_error(message)
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("未能保存"), message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the clerk's typing is never blocked by a nested event loop

    def _ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def show_notices(self, notices: list[str]) -> None:
        """Things the user must see after opening (read-only, migrated, backup failed)."""
        if notices:
            self.banner.setText("\n".join(notices))
            self.banner.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_task():
            event.ignore()
            return
        if self.remember_layout:
            ui_state.save_window(self, self._splitters())
            self.list_pane.save_layout()
        if self.owns_ledger:
            self.ledger.close()
        super().closeEvent(event)
