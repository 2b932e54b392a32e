"""会议录入: walk section by section, task by task, typing this period's progress; Enter saves and moves on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import changes.year
from changes.progress import ProgressDraft
from models.domain.enums import Status
from models.domain.lights import period_of
from models.domain.rights import Act
from models.domain.tasks import TaskDraft
from models.domain.workflow import can_transition
from models.read import lookups
from models.read.meetings import (
    MeetingInfo,
    entered_at_meeting,
    entries_in_meeting,
    meeting_info,
    meeting_summary,
    previous_progress,
    walk_rows,
)
from models.read.queries import TaskRow, merge_rows, task_rows
from ui.dialogs.dialog_parts import error_line
from ui.dialogs.meeting_dialogs import MeetingSummaryDialog, NewMeetingDialog
from ui.dialogs.task_dialogs import NewTaskDialog
from ui.item_models.task_columns import COLUMN
from ui.item_models.task_tree_model import TaskTreeModel
from ui.item_models.timeline_model import report_heading
from ui.labels import label, shown_date
from ui.month_freezing import MonthFreezer
from ui.pages.page_refresh import follow_rows
from ui.pages.task_list_pane import EXPAND_ALL_LIMIT
from ui.rights_view import grey, refusals
from ui.widgets.entry_edit import EnterSubmits, EntryEdit

if TYPE_CHECKING:
    from datetime import date

    from ui.dialog_host import DialogHost
    from ui.window_context import WindowContext


WALK_COLUMNS = {COLUMN[key] for key in ("code", "title", "status", "light")}


class MeetingPage(QWidget):
    def __init__(self, context: WindowContext, dialogs: DialogHost) -> None:
        super().__init__()
        self.setObjectName("page_meeting")
        self.context = context
        follow_rows(self, context, self.rows_read_again)
        self.dialogs = dialogs
        self._saving = False  # while this page's own save runs, a refusal belongs under its entry box
        self.entered_here: tuple[int, str] | None = None  # the shown task's report at this meeting (id, words)
        context.error_reported.connect(self._show_error)
        self.meeting: MeetingInfo | None = None
        self.rows: dict[int, TaskRow] = {}
        self.order: list[int] = []
        self._entry_counts: dict[int, int] = {}  # entries per meeting, as the meeting list shows them
        self.drafts = context.drafts
        self.meeting_combo = QComboBox()
        self.meeting_combo.setMinimumWidth(220)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        new_button = QPushButton(self.tr("开始新会议…"))
        new_button.clicked.connect(self.new_meeting)
        # A 科室's account reports on its own tasks here; the meeting and new 交办 are the office's.
        self.account_may_not = refusals(context.ledger, [Act.EDIT]) if not context.read_only else {}
        grey(new_button, not context.read_only, self.account_may_not.get(Act.EDIT, ""))
        self.finish_button = QPushButton(self.tr("结束会议并查看小结"))
        self.finish_button.clicked.connect(self.finish)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #e8f4fd; padding: 4px; }")
        self.notice.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("会议：")))
        bar.addWidget(self.meeting_combo)
        bar.addWidget(new_button)
        bar.addStretch(1)
        bar.addWidget(self.finish_button)
        self.model = TaskTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)
        for column in range(self.model.columnCount()):
            self.tree.setColumnHidden(column, column not in WALK_COLUMNS)
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 300)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.last_time = QLabel()
        self.last_time.setWordWrap(True)
        self.last_time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.this_time = QLabel()
        self.this_time.setWordWrap(True)
        self.this_time.setStyleSheet("color: #2e7d32;")
        self.entry = EntryEdit()
        self.entry.setPlaceholderText(self.tr("本期进展：回车保存并转到下一项，Shift+回车换行，Esc 撤回本次输入"))
        self.entry.submitted.connect(self.save_and_next)
        self.entry.cancelled.connect(self.cancel_entry)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(300)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.entry.textChanged.connect(self._draft_timer.start)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix("%")
        self.status_combo = QComboBox()
        self._enter_submits = EnterSubmits(self)
        self._enter_submits.watch(self.percent_spin, self.status_combo)
        self._enter_submits.submitted.connect(self.save_and_next)
        self.error_label = error_line()
        save_button = self.save_button = QPushButton(self.tr("保存并下一项（回车）"))
        save_button.clicked.connect(self.save_and_next)
        skip_button = QPushButton(self.tr("跳过"))
        skip_button.clicked.connect(self.move_next)
        assign_button = QPushButton(self.tr("交办新事项（Ctrl+N）"))
        assign_button.clicked.connect(self.assign_new)
        grey(assign_button, True, self.account_may_not.get(Act.EDIT, ""))
        form = QFormLayout()
        form.addRow(self.tr("上期进展"), self.last_time)
        form.addRow(self.tr("本次已录"), self.this_time)
        form.addRow(self.tr("本期进展"), self.entry)
        form.addRow(self.tr("进度"), self.percent_spin)
        form.addRow(self.tr("状态"), self.status_combo)
        buttons = QHBoxLayout()
        for button in (save_button, skip_button, assign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.facts)
        card_layout.addLayout(form)
        card_layout.addWidget(self.error_label)
        card_layout.addLayout(buttons)
        card_layout.addStretch(1)
        self.card = card
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(card)
        splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.reload_meetings()

    # --- meetings --------------------------------------------------------------------------
    def reload_meetings(self, select: int | None = None, *, walk: bool = True) -> None:
        """Refill the meeting list (with entry counts); `walk=False` keeps the walk as it is."""
        current = select if select is not None else (self.meeting.id if self.meeting else None)
        with self.context.ledger.reading() as session:
            found = lookups.meetings(session, self.context.year)
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for item in found:
            self.meeting_combo.addItem(self._meeting_label(item.title, item.held_on, item.entries), item.id)
        self._entry_counts = {item.id: item.entries for item in found}
        index = self.meeting_combo.findData(current) if current is not None else 0
        self.meeting_combo.setCurrentIndex(max(0, index))
        self.meeting_combo.blockSignals(False)
        if walk:
            self._meeting_changed()

    def _meeting_label(self, title: str, held_on: date, entries: int) -> str:
        return self.tr("{title}（{day}，已录{n}条）").format(title=title, day=shown_date(held_on), n=entries)

    def _count_entry(self) -> None:
        """One more entry in the current meeting: its name in the list says so, without counting them all
        again (a year of entries takes a noticeable moment to count after every Enter)."""
        meeting, index = self.meeting, self.meeting_combo.currentIndex()
        if meeting is None or index < 0:
            return
        self._entry_counts[meeting.id] = self._entry_counts.get(meeting.id, 0) + 1
        self.meeting_combo.setItemText(index, self._meeting_label(meeting.title, meeting.held_on,
                                                                  self._entry_counts[meeting.id]))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the walk is built when the page is first shown, not while the window opens
        super().showEvent(event)

    def new_meeting(self) -> None:
        with self.context.ledger.reading() as session:
            taken = [item.title for item in lookups.meetings(session, self.context.year)]
        dialog = NewMeetingDialog(self.context.as_of, taken, self)
        if not self.dialogs.run(dialog):
            return
        created = self.context.controller.perform(self.tr("开始新会议"), lambda: changes.year.start_meeting(
            self.context.ledger, dialog.held_on(), dialog.meeting_title()))
        if created is not None:
            self.reload_meetings(created)
            self.entry.setFocus()

    def _meeting_changed(self, _index: int = 0) -> None:
        meeting_id = self.meeting_combo.currentData()
        self.meeting = None
        if isinstance(meeting_id, int):
            with self.context.ledger.reading() as session:
                self.meeting = meeting_info(session, meeting_id)
        if self.isVisible():
            self.refresh()

    # --- the walk --------------------------------------------------------------------------
    def rows_read_again(self, task_ids: list[int] | None) -> None:
        if task_ids is None:
            self.refresh()
        else:
            self.update_tasks(task_ids)

    def refresh(self) -> None:
        """Reload the tasks for the meeting's period, staying on the current task."""
        current = self.current_task_id()
        self.card.setEnabled(self.meeting is not None and not self.context.read_only)
        self.finish_button.setEnabled(self.meeting is not None)
        if self.meeting is None:
            self.model.set_rows([], [])
            self.heading.setText(self.tr("请先选择会议，或点“开始新会议…”"))
            return
        context = self.context
        with context.ledger.reading() as session:
            rows = task_rows(session, context.year, self.meeting.held_on, context.rules)
            self.entered = entries_in_meeting(session, self.meeting.id)
        walked = walk_rows(rows)
        self.rows = {row.id: row for row in walked}
        self.model.set_rows(walked, [s.name for s in context.sections])
        self.model.set_marked(self.entered)
        if len(walked) <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        else:
            for row in range(self.model.rowCount()):
                self.tree.setExpanded(self.model.index(row, 0), True)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.order = self.model.task_ids_in_order()
        waiting = [k for k in self.drafts.keys(self._draft_prefix()) if int(k.rsplit(":", 1)[1]) in self.rows]
        self.notice.setText(self.drafts.problem or self.tr(
            "找回了 {n} 条上次没有保存的录入：走到该项时会放回输入框，按回车保存。").format(n=len(waiting)))
        self.notice.setVisible(bool(waiting) or bool(self.drafts.problem))
        target = current if current in self.rows else (self.order[0] if self.order else None)
        if target is not None:
            self.go_to(target)

    def update_tasks(self, task_ids: list[int]) -> None:
        """After a save: read those tasks again (as of the meeting) and put them in place in the walk."""
        meeting, context = self.meeting, self.context
        if meeting is None:
            return
        with context.ledger.reading() as session:
            fresh = task_rows(session, context.year, meeting.held_on, context.rules, only=task_ids)
            entered = entries_in_meeting(session, meeting.id, task_ids)
        walked = {row.id for row in walk_rows(fresh)}
        merged = merge_rows(list(self.rows.values()), fresh, task_ids)
        if merged is None or walked != set(task_ids) or not self.model.update_rows(
                [row for row in merged if row.id in walked]):
            self.refresh()  # a task joined or left the walk, or moved: build the walk again
            return
        self.rows = {row.id: row for row in merged}
        for task_id in task_ids:
            self.entered.pop(task_id, None)
        self.entered.update(entered)
        self.model.set_marked(self.entered)

    def current_task_id(self) -> int | None:
        return self.model.task_id(self.tree.currentIndex())

    def go_to(self, task_id: int) -> None:
        index = self.model.index_of_task(task_id)
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_card(task_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # What was typed belongs to the task on the card, wherever the selection was (a 科室 row between).
        shown = getattr(self, "shown_id", None)
        task_id = self.model.task_id(current)
        if shown is not None and shown != task_id:
            self.keep_draft(shown)
        if task_id is not None:
            self._show_card(task_id)

    def _show_card(self, task_id: int) -> None:
        row, meeting = self.rows.get(task_id), self.meeting
        if row is None or meeting is None:
            return
        self.shown_id = task_id
        self.heading.setText(f"{row.code}  {row.title}")
        self.facts.setText(self.tr("牵头：{section}　责任人：{owner}　时限：{deadline}　{light}　{status}").format(
            section=row.lead_section or "—", owner=row.owner or "—", deadline=row.deadline_display or "—",
            light=label(row.light), status=label(row.status)))
        with self.context.ledger.reading() as session:
            last = previous_progress(session, task_id, meeting.period)
            self.entered_here = entered_at_meeting(session, meeting.id, task_id)
        self.last_time.setText(self.tr("（{period}）{text}").format(
            period=report_heading(last.period, last.pace), text=last.text) if last else self.tr("（无）"))
        self.this_time.setText("\n".join(self.entered.get(task_id, [])) + (
            "\n" + self.tr("（回车保存即修改这一条，不会再记一条）") if self.entered_here else ""))
        self.this_time.setVisible(bool(self.entered.get(task_id)))
        draft = self.drafts.get(self._draft_key(task_id))
        self.entry.blockSignals(True)
        # Already reported at this meeting: the box holds that report, to correct rather than to say twice.
        self.entry.setPlainText(draft.text if draft else self.entered_here[1] if self.entered_here else "")
        self.entry.blockSignals(False)
        self.percent_spin.setValue(draft.percent if draft and draft.percent is not None else row.percent)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("保持「{status}」").format(status=label(row.status)), None)
        for status in (Status.IN_PROGRESS, Status.COMPLETED, Status.SUSPENDED):
            if can_transition(row.status, status):
                self.status_combo.addItem(self.tr("改为「{status}」").format(status=label(status)),
                                          status.value)
        self.error_label.clear()
        # Another section's task, for a 科室's account: shown, not typed into, and the reason said at once.
        why = refusals(self.context.ledger, [Act.REPORT], task_id=task_id).get(Act.REPORT, "")
        self.entry.setReadOnly(bool(why))
        grey(self.save_button, True, why)
        if why:
            self.error_label.setText(why)
        self.entry.moveCursor(self.entry.textCursor().MoveOperation.End)
        self.entry.setFocus()

    def move_next(self) -> None:
        current = self.current_task_id()
        if current in self.order:
            position = self.order.index(current)
            if position + 1 < len(self.order):
                self.go_to(self.order[position + 1])

    # --- entering ---------------------------------------------------------------------------
    def _draft_prefix(self) -> str:
        return f"meeting:{self.meeting.id if self.meeting else 0}:task:"

    def _draft_key(self, task_id: int) -> str:
        return f"{self._draft_prefix()}{task_id}"

    def keep_draft(self, task_id: int | None = None) -> None:
        task_id = task_id if isinstance(task_id, int) else self.current_task_id()
        if task_id is not None and self.meeting is not None and getattr(self, "shown_id", None) == task_id:
            text = self.entry.toPlainText()
            if self.entered_here is not None and text == self.entered_here[1]:
                self.drafts.discard(self._draft_key(task_id))  # the saved report shown again: nothing unsaved
            else:
                self.drafts.put(self._draft_key(task_id), text, self.percent_spin.value())

    def _show_error(self, message: str) -> None:
        if self._saving:
            self.error_label.setText(message)

    def save_and_next(self) -> None:
        # The card's task: a 科室 row clicked meanwhile leaves the card, and what is typed is for its task.
        task_id, meeting = self.current_task_id() or getattr(self, "shown_id", None), self.meeting
        text = self.entry.toPlainText().strip()
        if task_id is None or meeting is None:
            return
        if not text:
            self.move_next()  # an empty Enter just walks on, like skipping
            return
        status_value = self.status_combo.currentData()
        status = Status(status_value) if status_value else None
        row = self.rows.get(task_id)
        # A percentage left as the task had it is not a report of one (a report stored 0% the clerk never said).
        percent = None if row is not None and self.percent_spin.value() == row.percent else self.percent_spin.value()
        self._saving = True
        here = self.entered_here if getattr(self, "shown_id", None) == task_id else None
        if here is not None:  # reported at this meeting already: Enter corrects that report
            saved = self.context.controller.revise_progress(task_id, here[0], text, seen=here[1],
                                                           percent=self.percent_spin.value(), status=status,
                                                           on=meeting.held_on)
        else:
            saved = self.context.controller.add_progress(task_id, ProgressDraft(
                text, period=meeting.period, percent=percent, meeting_id=meeting.id, entry_date=meeting.held_on,
                status=status, seen=row.status if row is not None else None))
        self._saving = False
        if not saved:
            return
        self._draft_timer.stop()
        self.drafts.discard(self._draft_key(task_id))
        if here is None:  # a correction is no new entry: the meeting's count stays
            self._count_entry()
        if self.isVisible():
            self.go_to(task_id)  # the window already brought the walk up to date after the save
        else:
            self.refresh()
        self.move_next()

    def cancel_entry(self) -> None:
        """Esc: the box goes back to empty and the draft is dropped; nothing saved is touched. Emptied as an edit
        of the box (clear() would drop its undo history), so Ctrl+Z brings a report wiped by a slip back."""
        task_id = self.current_task_id()
        self._draft_timer.stop()
        if task_id is not None:
            self.drafts.discard(self._draft_key(task_id))
        self.entry.blockSignals(True)
        cursor = self.entry.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        self.entry.setTextCursor(cursor)
        self.entry.blockSignals(False)

    def assign_new(self) -> None:
        """交办: a new item for the current section, marked as coming from this meeting."""
        meeting = self.meeting
        if Act.EDIT in self.account_may_not:  # Ctrl+N as the greyed button: said, not typed in vain
            self.error_label.setText(self.account_may_not[Act.EDIT])
            return
        if meeting is None:
            return
        context = self.context
        row = self.rows.get(self.current_task_id() or -1)
        dialog = NewTaskDialog(self.tr("交办新事项"), context.year, [(s.id, s.name) for s in context.sections],
                               row.lead_section_id if row else None, self, today=context.as_of)
        if self.dialogs.run(dialog):
            draft = TaskDraft(context.year, dialog.task_title(), lead_section_id=dialog.section_id(),
                              deadline=dialog.deadline(), source_meeting_id=meeting.id, source_text=meeting.title)
            created = context.controller.create(draft)
            if created is not None:
                self.refresh()
                self.go_to(created)

    def finish(self) -> None:
        if self.meeting is None:
            return
        self.keep_draft()
        context = self.context
        with context.ledger.reading() as session:
            rows = task_rows(session, context.year, self.meeting.held_on, context.rules)
            summary = meeting_summary(session, self.meeting.id, rows)
        self.last_summary = MeetingSummaryDialog(summary, context.org_name, context.ledger.settings().report_font,
                                                 self, self.dialogs)
        self.dialogs.run(self.last_summary)
        # The meeting's month frozen as it stands: its 通报, 统计 and 考核 read the same ever after (ui/month_freezing).
        MonthFreezer(context, self.dialogs, self).freeze(period_of(self.meeting.held_on), quiet=True)
