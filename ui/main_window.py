"""The main window: navigation and year on the left, the task tree, the editor; meeting and statistics pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
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

from models.domain.enums import UnitKind
from models.domain.rights import Act
from models.ledger import Ledger
from models.read.task_views import TaskView
from ui import ui_state
from ui.change_watcher import ChangeWatcher
from ui.dialog_host import DialogHost
from ui.editor_drafts import EditorDrafts
from ui.export_commands import ExportCommands
from ui.file_commands import FileCommands
from ui.labels import count_words, label, shown_date
from ui.pages.meeting_page import MeetingPage
from ui.pages.oversight_page import OversightPage
from ui.pages.projector_link import ProjectorLink
from ui.pages.start_panel import StartPanel
from ui.pages.stats_page import StatsPage
from ui.pages.task_editor import TaskEditor
from ui.pages.task_list_pane import TaskListPane
from ui.rights_view import account_words, grey, refusals
from ui.supervision_commands import SupervisionCommands
from ui.task_commands import TaskCommands
from ui.widgets.connection_note import ConnectionNote
from ui.window_actions import build_actions
from ui.window_context import WindowContext
from ui.window_geometry import KeptGeometry, RemembersGeometry

if TYPE_CHECKING:
    from models.ledger import Ledger
    from ui.window_host import WindowHost

MEETING_PAGE, STATS_PAGE, PROBLEMS_PAGE = "meeting", "stats", "problems"


class MainWindow(RemembersGeometry, QMainWindow):
    geometry_keeper: KeptGeometry  # always kept: set in __init__
    # Where a window given no host asks its questions (tests answer them all through their own host).
    default_host: Callable[[], DialogHost] = DialogHost

    def __init__(self, ledger: Ledger, as_of: date | None = None, *, dialogs: DialogHost | None = None) -> None:
        super().__init__()
        self.context = WindowContext(ledger, as_of, self)
        self.dialogs = dialogs or type(self).default_host()
        self.dialogs.parent = self  # a replacement window takes over the host, and with it any answers set
        self.remember_layout = True  # off for --screenshot, which must not change the user's layout
        self.owns_ledger = False  # the window started by the app closes its ledger when it closes
        self.replacement: MainWindow | None = None
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.nav = QListWidget()
        for view in TaskView:
            self._nav_item(label(view), view.value)
        self._nav_item(self.tr("会议录入"), MEETING_PAGE)
        self._nav_item(self.tr("统计"), STATS_PAGE)
        self._nav_item(self.tr("问题清单"), PROBLEMS_PAGE)
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
        self.editor = TaskEditor()
        self.editor.read_only = ledger.read_only
        self.editor_drafts = EditorDrafts(self.editor, self.context.drafts)
        self.editor.setMinimumWidth(240)
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
        self.registry = build_actions(self, self.context.controller.undo_stack)
        self.task_commands = TaskCommands(self)
        self.file_commands = FileCommands(self)
        self.export_commands = ExportCommands(self)
        self.editor.bind_actions({
            "progress": self.registry.progress, "extend": self.registry.extend, "complete": self.registry.complete,
            "close": self.registry.close_task, "reopen": self.registry.reopen, "evidence": self.registry.evidence,
            "subtask": self.registry.new_subtask, "delete": self.registry.delete_task,
            "supervise": self.registry.supervise})
        self._connect_actions()
        self.list_pane.task_selected.connect(self.task_commands.task_selected)
        self.list_pane.shown_changed.connect(self._update_status)
        self.pages.currentChanged.connect(lambda _page: self._update_status())
        self.list_pane.too_narrow.connect(self._widen_list)
        self.editor.save_requested.connect(self.task_commands.save_task)
        self.context.error_reported.connect(self.report_error)
        self.context.controller.lasting.connect(self._said_lasting)
        ui_state.restore_splitters(self._splitters())
        self.geometry_keeper = self.keep_geometry("main", 1366, 768)  # the office screen, or what this one has
        self.geometry_keeper.maximise_when_cramped = True
        self.context.reload()  # the pages below start on the year this reads
        self.meeting_page = MeetingPage(self.context, self.dialogs)
        self.pages.addWidget(self.meeting_page)
        self.context.year_changed.connect(lambda _year: self.meeting_page.reload_meetings())
        self.projector = ProjectorLink(self.meeting_page, self.pages, self.registry, self)  # F5 there
        self.stats_page = StatsPage(self.context, self.dialogs)
        self.stats_page.tasks_requested.connect(self.show_task_ids)
        # 设置 → 每月几日冻结上月数字: last month frozen once the day has come, said once the window stands.
        self.stats_page.freezer.freeze_due_soon()
        self.pages.addWidget(self.stats_page)
        self.problems_page = OversightPage(self.context, self.dialogs)
        self.problems_page.print_requested.connect(self.file_commands.open_reports)
        self.pages.addWidget(self.problems_page)
        self.start_panel = StartPanel()
        self.start_panel.import_requested.connect(self.registry.import_xlsx.trigger)
        self.start_panel.new_task_requested.connect(self.registry.new_task.trigger)
        self.start_panel.demo_requested.connect(self.file_commands.open_demo)
        self.list_pane.set_start_panel(self.start_panel)
        self.context.rows_changed.connect(self._rows_changed)
        self._rows_changed(None)
        # Others may write this ledger (other PCs on a server; the window holding a file this one reads).
        watched = self.context.ledger.is_server or self.context.read_only
        self.change_watcher = ChangeWatcher(self.context, self) if watched else None
        self.connection_note = ConnectionNote()
        self.statusBar().addPermanentWidget(self.connection_note)
        account, may = account_words(self.context.ledger)
        if account:  # a person's own account on a server: why some buttons are grey, said once for good
            self.account_label = QLabel(account)
            self.account_label.setToolTip(may)
            self.statusBar().addPermanentWidget(self.account_label)
        if self.change_watcher is not None:
            self.change_watcher.connection_lost.connect(self.connection_note.show_lost)
            self.change_watcher.connection_back.connect(self.connection_note.clear)
            self.connection_note.retry_requested.connect(self.change_watcher.look_soon)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "tasks": self.task_splitter, "editor": self.editor.splitter}

    def _nav_item(self, text: str, key: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def _connect_actions(self) -> None:
        a, tasks, files = self.registry, self.task_commands, self.file_commands
        a.new_task.triggered.connect(self._new_task)
        a.new_subtask.triggered.connect(tasks.new_subtask)
        a.save_task.triggered.connect(tasks.save_task)
        a.progress.triggered.connect(tasks.add_progress)
        a.extend.triggered.connect(tasks.extend)
        a.complete.triggered.connect(tasks.complete)
        a.close_task.triggered.connect(tasks.close_task)
        a.reopen.triggered.connect(tasks.reopen)
        a.evidence.triggered.connect(tasks.evidence)
        a.instruct.triggered.connect(tasks.instruct)
        a.instruction_report.triggered.connect(tasks.save_instruction_report)
        a.delete_task.triggered.connect(tasks.delete_task)
        steps = self.supervision_commands = SupervisionCommands(self, tasks.current)
        a.sign.triggered.connect(steps.sign)
        a.ask_extension.triggered.connect(steps.ask_extension)
        a.decide_extension.triggered.connect(steps.decide_extension)
        a.return_task.triggered.connect(steps.return_task)
        a.remind.triggered.connect(steps.remind)
        a.find.triggered.connect(self._focus_search)
        a.refresh.triggered.connect(self.context.reload)
        a.meeting.triggered.connect(lambda: self.show_page(MEETING_PAGE))
        a.stats.triggered.connect(lambda: self.show_page(STATS_PAGE))
        a.quit.triggered.connect(self.close)
        a.new_ledger.triggered.connect(files.new_ledger)
        a.open_ledger.triggered.connect(files.open_ledger)
        a.connect_server.triggered.connect(files.connect_server)
        a.backup.triggered.connect(files.backup_now)
        a.data_safety.triggered.connect(files.open_data_safety)
        a.settings.triggered.connect(files.open_settings)
        a.recycle_bin.triggered.connect(files.open_recycle_bin)
        a.rollover.triggered.connect(files.roll_over)
        a.import_xlsx.triggered.connect(files.open_import)
        a.import_returns.triggered.connect(lambda: files.open_import(returns=True))
        a.print_sheet.triggered.connect(lambda: files.open_reports())
        a.export_xlsx.triggered.connect(self.export_commands.export_xlsx)
        a.feedback_forms.triggered.connect(self.export_commands.feedback_forms)
        writable = not self.context.read_only
        why = refusals(self.context.ledger, [Act.EDIT, Act.SETTINGS, Act.DELETE]) if writable else {}
        for action in (a.new_task, a.save_task, a.import_xlsx, a.import_returns):
            grey(action, writable, why.get(Act.EDIT, ""))
        for action in (a.settings, a.rollover):
            grey(action, writable, why.get(Act.SETTINGS, ""))
        grey(a.recycle_bin, True, why.get(Act.DELETE, ""))
        # A 科室's account reports; the task's own fields are the office's to change.
        self.editor.read_only = self.context.read_only or Act.EDIT in why
        tasks.update_actions(None)

    def _new_task(self) -> None:
        if self.pages.currentWidget() is self.meeting_page:
            self.meeting_page.assign_new()  # Ctrl+N in a meeting assigns a new item (交办)
        else:
            self.task_commands.new_task()

    # --- loading ---------------------------------------------------------------------------
    def _rows_changed(self, task_ids: list[int] | None) -> None:
        """The context read the ledger again: everything (None) or just these tasks."""
        context = self.context
        shown = self.editor.detail.id if self.editor.detail is not None else None
        if task_ids is None:
            self._fill_years(context.years)
            outside = frozenset(unit.name for unit in context.sections if unit.kind != UnitKind.SECTION)
            self.list_pane.set_rows(context.rows, context.section_names(), context.leaders(), outside)
            read_only = self.tr("（只读）") if context.read_only else ""
            # Qt appends the application's display name (落实台账) to the title itself.
            self.setWindowTitle(self.tr("{org} — {file}{ro}").format(
                org=context.org_name, file=context.ledger.name, ro=read_only))
        else:
            touched = set(task_ids)
            self.list_pane.update_rows(context.rows, [row for row in context.rows if row.id in touched])
        if not self.editor.is_dirty():
            self.task_commands.load_editor(self.list_pane.selected_task_id())
            # A step that takes the task shown out of the view (签收 in 待签收) leaves it shown, and says so.
            kept = self.task_commands.keep_shown(shown) if task_ids is not None and shown is not None \
                and self.editor.detail is None else None
            if kept is not None:
                self.tell(self.tr("{code} 已不在当前视图中，右侧仍显示它").format(code=kept.code))
        empty = not context.rows
        if empty:
            self.start_panel.show_for(context.year, context.read_only)
        self.list_pane.show_start(empty)  # the other pages follow the context's rows themselves (page_refresh)

    def _fill_years(self, years: list[int]) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(self.tr("{year}年").format(year=year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self.context.year)))
        self.year_combo.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        if self.task_commands.save_task():
            self.context.set_year(int(self.year_combo.currentData()))

    def _update_status(self) -> None:
        """The counts of what the list shows, by the rule the statistics and the sheets use; on another page,
        the year's, since the list's filter is not what that page shows."""
        counting = self.list_pane.counting
        total = counting.tally(self.context.rows)
        context = self.context
        if self.pages.currentIndex() != 0:
            self.statusBar().showMessage(self.tr(
                "{year}年 共{total} · 逾期{overdue} · 黄灯{yellow} · 本期未反馈{silent} · 截至{day}").format(
                year=context.year, total=count_words(total), overdue=total.overdue, yellow=total.yellow,
                silent=total.no_feedback, day=shown_date(context.as_of)))
            return
        shown = counting.tally(self.list_pane.model.shown_tasks())
        self.statusBar().showMessage(self.tr(
            "{year}年 显示{count}（共{total}项）· 逾期{overdue} · 黄灯{yellow} · 本期未反馈{silent} · 截至{day}"
        ).format(
            year=context.year, count=count_words(shown, in_brackets=True), total=total.tasks, overdue=shown.overdue,
            yellow=shown.yellow, silent=shown.no_feedback, day=shown_date(context.as_of)))

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
        """Show the meeting or statistics page (each rebuilds itself in its showEvent)."""
        if not self.task_commands.save_task():
            return
        page = self.findChild(QWidget, f"page_{key}")
        if page is not None:
            self.pages.setCurrentWidget(page)
        self._mark_nav(key)

    def _mark_nav(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def show_task_ids(self, task_ids: frozenset[int], label: str) -> None:
        """From the statistics: show exactly these tasks in the tree, with a chip saying why."""
        self.select_view(TaskView.ALL, task_ids, label)

    def select_view(self, view: TaskView, task_ids: frozenset[int] | None = None, label: str = "") -> None:
        self._mark_nav(view.value)
        self.pages.setCurrentIndex(0)
        self.list_pane.set_view(view, task_ids, label)

    def shows_tasks(self) -> bool:
        return self.pages.currentIndex() == 0

    def save_edits(self) -> bool:
        return self.task_commands.save_task()

    def _focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.list_pane.search_edit.setFocus()
        self.list_pane.search_edit.selectAll()

    # --- messages --------------------------------------------------------------------------
    def report_error(self, message: str) -> None:
        self.editor.show_error(message)
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("未能保存"), message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the clerk's typing is never blocked by a nested event loop

    def tell(self, message: str, milliseconds: int = 15000) -> None:
        self.statusBar().showMessage(message, milliseconds)

    def _said_lasting(self, action: str) -> None:
        """A change 撤销 cannot take back: the user is told at once, not when Ctrl+Z undoes an older one."""
        self.tell(self.tr("“{action}”已完成。这项修改不能用“撤销”退回。").format(action=action), 10000)

    def _widen_list(self, short: int) -> None:
        """The list's key columns lack `short` pixels (150% on 1366×768): the editor gives them, down to its
        least width; it can be dragged narrower still, or closed, by its splitter."""
        list_width, editor_width = self.task_splitter.sizes()
        given = min(short, editor_width - self.editor.minimumWidth())
        if given > 0:
            self.task_splitter.setSizes([list_width + given, editor_width - given])

    def show_notices(self, notices: list[str]) -> None:
        """Things the user must see after opening (read-only, migrated, backup failed)."""
        if notices:
            self.banner.setText("\n".join(notices))
            self.banner.show()

    def built_on(self, ledger: Ledger) -> MainWindow:
        return type(self)(ledger, self.context.as_of, dialogs=self.dialogs)

    def give_way_to(self, replacement: WindowHost, notices: list[str]) -> None:
        assert isinstance(replacement, MainWindow)  # built by built_on
        replacement.owns_ledger = True
        replacement.show_notices(notices)
        replacement.show()
        replacement.setGeometry(self.geometry())  # where this window was, not where it was last closed
        self.replacement = replacement
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.task_commands.save_task():
            event.ignore()
            return
        self.geometry_keeper.remember = self.remember_layout
        if self.remember_layout:
            ui_state.save_splitters(self._splitters())
            self.list_pane.save_layout()
        if self.change_watcher is not None:
            self.change_watcher.stop()
        if self.owns_ledger:
            self.context.ledger.close()
        for box in self.findChildren(QMessageBox):  # an error still shown goes with its window, not left modal
            box.close()
        super().closeEvent(event)
