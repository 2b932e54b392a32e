"""F5 on the 会议录入 page: the projector view opened on the clerk's section, following the clerk and each report."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSize
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from models.read.meetings import period_reports
from ui.item_models.projector_model import ProjectorRow
from ui.item_models.task_tree_model import GROUP_ROLE
from ui.labels import group_name, shown_date
from ui.pages.meeting_page import MeetingPage
from ui.pages.projector_view import ProjectorView, Section
from ui.window_actions import WindowActions

F5 = QKeySequence("F5")


class ProjectorLink(QObject):
    """Owns the projector view: F5 opens it (on the meeting page, where F5 is not 刷新), the clerk's moves and
    saves reach it, and Esc hands the keyboard back to the entry box."""

    def __init__(self, page: MeetingPage, pages: QStackedWidget, actions: WindowActions, window: QWidget) -> None:
        super().__init__(window)
        self.page, self.pages, self.window = page, pages, window
        self.refresh, self.meeting = actions.refresh, actions.meeting
        self.view: ProjectorView | None = None
        self.refresh_keys = self.refresh.shortcuts()
        self.action = QAction(self.tr("投影放映"), window)
        self.action.setStatusTip(self.tr("在会议室的大屏上全屏显示本次会议：逐个科室，方向键翻页，Esc 退出"))
        self.action.triggered.connect(lambda: self.start())
        window.addAction(self.action)
        for menu in self.refresh.associatedObjects():  # in the 视图 menu, before 刷新
            if isinstance(menu, QMenu):
                menu.insertAction(self.refresh, self.action)
        pages.currentChanged.connect(self._keys)
        page.tree.selectionModel().currentRowChanged.connect(self._clerk_moved)
        page.context.rows_changed.connect(self._read_again)
        page.model.modelReset.connect(lambda: self._read_again(None))  # another meeting chosen, the walk rebuilt
        self._keys()

    def _keys(self, _index: int = 0) -> None:
        """F5 is 投影放映 on the meeting page and 刷新 elsewhere: one key, one action at a time (the menu's
        投影放映 opens the meeting page first)."""
        on_meeting = self.pages.currentWidget() is self.page
        self.refresh.setShortcuts([key for key in self.refresh_keys if key != F5] if on_meeting
                                  else self.refresh_keys)
        self.action.setShortcut(F5 if on_meeting else QKeySequence())

    def start(self, size: QSize | None = None) -> ProjectorView | None:
        """Open the view full screen (or at `size`, for pictures) on the clerk's task."""
        if self.pages.currentWidget() is not self.page:
            self.meeting.trigger()  # as 会议录入 does: an edit still open is saved first, or nothing moves
            if self.pages.currentWidget() is not self.page:
                return None
        if self.view is None:
            self.view = ProjectorView(self.window)  # a window of its own, closed with the main window
            self.view.left.connect(self._left)
        view = self.view
        view.set_walk(self._title(), self._sections(), follow=self.page.current_task_id())
        if size is not None:
            view.resize(size)
            view.show()
        else:
            view.setGeometry(self._screen().geometry())
            view.showFullScreen()
        view.activateWindow()
        return view

    def is_open(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def _screen(self) -> QScreen:
        """A second screen when there is one (the projector beside the clerk's), else the window's own."""
        own = self.window.screen()
        return next((screen for screen in QGuiApplication.screens() if screen is not own), own)

    def _title(self) -> str:
        meeting = self.page.meeting
        if meeting is None:
            return self.tr("请先在“会议录入”选择会议")
        return self.tr("{title}　{day}").format(title=meeting.title, day=shown_date(meeting.held_on))

    def _sections(self) -> list[Section]:
        """The meeting page's walk by section, each task with its reports as of the meeting's period."""
        meeting, model = self.page.meeting, self.page.model
        if meeting is None:
            return []
        walk: list[tuple[str, list[tuple[int, int]]]] = []
        for number in range(model.rowCount()):
            group = model.index(number, 0)
            tasks: list[tuple[int, int]] = []
            self._collect(group, 0, tasks)
            walk.append((group_name(str(model.data(group, GROUP_ROLE))), tasks))
        ids = [task_id for _name, tasks in walk for task_id, _depth in tasks]
        with self.page.context.ledger.reading() as session:
            reports = period_reports(session, ids, meeting.period)
        sections: list[Section] = []
        for name, tasks in walk:
            rows = []
            for task_id, depth in tasks:
                task, said = self.page.rows[task_id], reports.get(task_id)
                rows.append(ProjectorRow(task_id, task.code, task.title, depth, task.deadline_display, task.light,
                                         said.last_period if said else "", said.last_text if said else "",
                                         "\n".join(said.this_period) if said else "",
                                         said.last_pace if said else None, said.this_pace if said else None))
            sections.append((name, rows))
        return sections

    def _collect(self, parent: QModelIndex, depth: int, into: list[tuple[int, int]]) -> None:
        model = self.page.model
        for number in range(model.rowCount(parent)):
            index = model.index(number, 0, parent)
            task_id = model.task_id(index)
            if task_id is not None and task_id in self.page.rows:
                into.append((task_id, depth))
            self._collect(index, depth + 1, into)

    def _clerk_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        task_id = self.page.model.task_id(current)
        if self.view is not None and self.is_open() and task_id is not None:
            self.view.follow(task_id)

    def _read_again(self, _task_ids: list[int] | None) -> None:
        """A report saved, undone or edited anywhere: the projector reads the walk again, staying where it is."""
        if self.view is not None and self.is_open():
            self.view.set_walk(self._title(), self._sections())

    def _left(self) -> None:
        self.window.activateWindow()
        self.page.entry.setFocus()
