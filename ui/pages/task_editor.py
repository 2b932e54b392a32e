"""The selected task's editor: every field with validation, the action buttons, and its progress timeline."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.domain.deadlines import Deadline
from models.domain.enums import EvidencePurpose, Light
from models.domain.text import clause, normalise_text
from models.read.evidence import names
from models.read.lookups import Choice
from models.read.task_detail import TaskDetail
from ui.dialogs.dialog_parts import error_line
from ui.item_models.history_model import HistoryModel
from ui.item_models.task_tree_model import LIGHT_COLOURS
from ui.item_models.timeline_model import TEXT_COLUMN, TimelineModel
from ui.labels import label, shown_date
from ui.widgets.milestones_field import MilestonesField
from ui.widgets.saved_deadline import SavedDeadlineField
from ui.widgets.section_picker import SectionPicker
from ui.widgets.wrapped_label import WrappedLabel

# The buttons under the heading, in order; the window binds each to its action of the same name.
TASK_ACTIONS = ("progress", "extend", "complete", "close", "reopen", "evidence", "subtask", "delete", "supervise")


class TaskEditor(QWidget):
    """Shows one task; `save_requested` and the action signals are handled by the main window."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: TaskDetail | None = None
        self.today: date | None = None  # the window's day: 下周五前 typed here means the Friday after it
        self.read_only = False  # a second window on the same file shows tasks but cannot change them
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self._code, self._light = "", Light.NONE
        self.title_edit = QPlainTextEdit()
        self.title_edit.setFixedHeight(64)
        self.key_task_combo = QComboBox()
        self.lead_combo = QComboBox()
        self.co_picker = SectionPicker()
        self.leader_combo = self._person_combo()
        self.owner_combo = self._person_combo()
        self.deadline_field = SavedDeadlineField()
        self.deadline_edit, self.deadline_hint = self.deadline_field.edit, self.deadline_field.hint
        self.history_label = WrappedLabel()
        self.history_label.setStyleSheet("color: #555;")
        self.measures_edit = QPlainTextEdit()
        self.measures_edit.setFixedHeight(64)
        self.target_edit = QPlainTextEdit()
        self.target_edit.setFixedHeight(44)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(44)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix("%")
        self.milestones_edit = MilestonesField()  # 序时进度; the newest report's class shows beside the progress
        self.error_label = error_line()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("任务内容"), self.title_edit)
        form.addRow(self.tr("重点任务"), self.key_task_combo)
        form.addRow(self.tr("牵头科室"), self.lead_combo)
        form.addRow(self.tr("配合科室"), self.co_picker)
        form.addRow(self.tr("分管领导"), self.leader_combo)
        form.addRow(self.tr("责任人"), self.owner_combo)
        form.addRow(self.tr("完成时限"), self.deadline_field)
        form.addRow("", self.history_label)
        form.addRow(self.tr("具体措施"), self.measures_edit)
        form.addRow(self.tr("工作目标"), self.target_edit)
        form.addRow(self.tr("备注"), self.note_edit)
        form.addRow(self.tr("进度"), self.milestones_edit.beside(self.percent_spin))
        form.addRow(self.tr("序时进度"), self.milestones_edit)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.revert_button = QPushButton(self.tr("放弃修改"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.revert_button.clicked.connect(self.revert)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.revert_button)
        save_row.addStretch(1)
        # The task actions' buttons: each shows one of the window's actions (bind_actions), and is on or off with it.
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        for position, name in enumerate(TASK_ACTIONS):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[name] = button
            grid.addWidget(button, position // 3, position % 3)  # nine: three rows of three
        self.timeline_model = TimelineModel(self)
        self.timeline = QTreeView()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setModel(self.timeline_model)
        self.timeline.setMinimumHeight(80)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.timeline.header().setStretchLastSection(False)
        for column in (3, 4, 5):  # 日期, 录入人, 会议: in the line under the list, the text gets their room
            self.timeline.setColumnHidden(column, True)
        # The chosen entry (the newest at first) whole under the list: a line of the list cuts a report short.
        # The chosen entry whole, scrolling within its share of the height: a wrapped label asked for the height
        # of the whole report and, on a short screen (150%), was drawn over the table above it.
        self.entry_text = QPlainTextEdit()
        self.entry_text.setReadOnly(True)
        self.entry_text.setFrameShape(QFrame.Shape.NoFrame)
        self.entry_text.setMinimumHeight(40)
        self.timeline.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_entry(current.row()))
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.timeline, 3)
        timeline_layout.addWidget(self.entry_text, 2)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 4, 0)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        scroll = self.fields_scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The fields scroll; the message and 保存修改/放弃修改 stay under them, never scrolled out of sight.
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addWidget(scroll, 1)
        editing_layout.addWidget(self.error_label)
        editing_layout.addLayout(save_row)
        self.history_model = HistoryModel(self)
        self.history_view = QTreeView()
        self.history_view.setRootIsDecorated(False)
        self.history_view.setModel(self.history_model)
        self.history_view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.header().setStretchLastSection(True)
        history = QTabWidget()
        history.addTab(timeline_page, self.tr("进展记录（新的在前）"))
        history.addTab(self.history_view, self.tr("修改记录"))
        history.setTabToolTip(1, self.tr("这项任务的每一次修改：谁、什么时候、从什么改成什么"))
        self.history_tabs = history
        # Fields and timeline share the height; on a 1366×768 screen both stay in sight.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(editing)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(grid)  # the actions stay in sight however long the fields get
        layout.addWidget(self.splitter, 1)
        self.show_task(None, [], [], [], 0)

    def bind_actions(self, actions: dict[str, QAction]) -> None:
        """Show the window's task actions on the buttons, one each by its name in TASK_ACTIONS."""
        for name, button in self.buttons.items():
            button.setDefaultAction(actions[name])
            if actions[name].menu() is not None:  # 督办: its steps open at a click
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    @staticmethod
    def _person_combo() -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    # --- showing ---------------------------------------------------------------------------
    def show_task(self, detail: TaskDetail | None, sections: list[Choice], people: list[Choice],
                  key_tasks: list[Choice], year: int, code: str = "", light: Light = Light.NONE) -> None:
        another = detail is None or self.detail is None or detail.id != self.detail.id
        self.detail, self.year, self._light = detail, year, light
        self._sections, self._people, self._key_tasks, self._code = sections, people, key_tasks, code
        self.error_label.clear()
        self.revert()
        if another:  # a new task is read from its top (任务内容), not where the last one was scrolled to
            self.fields_scroll.verticalScrollBar().setValue(0)

    def _heading_html(self, detail: TaskDetail) -> str:
        """Code, status and the light in its colour: an overdue task says so where the clerk is typing; then where
        the 督办 cycle has it: 待签收 since the day it was assigned, and how often it was 退回重办."""
        text = html.escape(self.tr("{code} {status}").format(code=self._code, status=label(detail.status)))
        if self._light != Light.NONE:
            colour = LIGHT_COLOURS[self._light].name()
            text += f' <span style="color:{colour}">● {html.escape(label(self._light))}</span>'
        cycle = []
        if detail.awaiting_since is not None:
            days, day = (self._today() - detail.awaiting_since).days, shown_date(detail.awaiting_since)
            cycle.append(self.tr("待签收（今天交办）") if days == 0
                         else self.tr("待签收（{day}交办，已{days}天）").format(day=day, days=days) if days > 0
                         else self.tr("待签收（{day}交办）").format(day=day))  # after the day the window is on
        if detail.returns:
            cycle.append(self.tr("已退回重办{n}次").format(n=detail.returns))
        return text + "".join(f" · {html.escape(words)}" for words in cycle)

    def revert(self) -> None:
        """Put back the saved values (放弃修改)."""
        detail = self.detail
        editable = detail is not None
        action_buttons = set(self.buttons.values())  # on or off with their actions, not with the fields
        for widget in self.findChildren(QWidget):
            if widget is not self.heading and widget not in action_buttons:
                widget.setEnabled(editable)
        self.heading.setText(self.tr("请在左侧选择一项任务") if detail is None else self._heading_html(detail))
        self.error_label.clear()
        self._fill_combo(self.key_task_combo, self._key_tasks, detail.key_task_id if detail else None)
        self._fill_combo(self.lead_combo, self._sections, detail.lead_section_id if detail else None)
        self.co_picker.set_choices(self._sections, detail.co_section_ids if detail else ())
        for combo, name in ((self.leader_combo, detail.leader if detail else ""),
                            (self.owner_combo, detail.owner if detail else "")):
            combo.clear()
            combo.addItems([""] + [p.name for p in self._people])
            combo.setCurrentText(name)
        self.title_edit.setPlainText(detail.title if detail else "")
        self.deadline_field.show_saved(detail.deadline if detail else None, self.year or self._today().year,
                                       self._today(), movable=detail is not None and detail.status.is_active
                                       and not self.read_only)
        self.history_label.setText(self._history_text(detail))
        self.history_label.setVisible(bool(self.history_label.text()))
        self.measures_edit.setPlainText(detail.measures if detail else "")
        self.target_edit.setPlainText(detail.target if detail else "")
        self.note_edit.setPlainText(detail.note if detail else "")
        self.percent_spin.setValue(detail.percent if detail else 0)
        self.milestones_edit.show_task(detail)
        self.timeline_model.replace_rows(list(detail.timeline) if detail else [])
        self._show_entry(0)
        self.history_model.replace_rows(list(detail.history) if detail else [])
        if self.read_only:
            for button in (self.save_button, self.revert_button):
                button.setEnabled(False)
            for edit in (self.title_edit, self.measures_edit, self.target_edit, self.note_edit, self.milestones_edit):
                edit.setReadOnly(True)

    def _history_text(self, detail: TaskDetail | None) -> str:
        if detail is None:
            return ""
        lines = [self.tr("原时限 {old} → {new}（{reason}）").format(old=x.old or self.tr("未填"), new=x.new,
                                                                   reason=clause(x.reason)) for x in detail.extensions]
        if detail.closed_on:
            lines.append(self.tr("已销号：{note}（{by}）").format(note=clause(detail.closed_note), by=detail.closed_by))
            if detail.closed_timing is not None:
                lines.append(label(detail.closed_timing))
            if detail.rating:
                lines.append(self.tr("评价：{rating}　{note}").format(rating=detail.rating, note=detail.rating_note))
        closing = names(list(detail.evidence), EvidencePurpose.CLOSING)
        if closing:
            lines.append(self.tr("销号佐证：{names}").format(names=closing))
        if detail.evidence:
            lines.append(self.tr("佐证材料 {n} 份（任务 → 佐证材料…）").format(n=len(detail.evidence)))
        open_problems = [text for text, status in detail.problems if status.is_open]
        if detail.problems:
            lines.append(self.tr("督查发现的问题 {n} 个，未整改完成 {open} 个（见问题清单）").format(
                n=len(detail.problems), open=len(open_problems)))
        return "\n".join(lines)

    def _fill_combo(self, combo: QComboBox, choices: list[Choice], current: int | None) -> None:
        combo.clear()
        combo.addItem(self.tr("（无）"), None)
        for choice in choices:
            combo.addItem(choice.name, choice.id)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(self.tr("（已停用的条目）"), current)  # keep an inactive choice as it is
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _today(self) -> date:
        return self.today or date.today()

    # --- reading the edits -------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """Plain field changes against the saved task (names and deadline are read separately)."""
        detail = self.detail
        if detail is None:
            return {}
        current: dict[str, object] = {
            "title": self.title_edit.toPlainText().strip(), "measures": self.measures_edit.toPlainText(),
            "target": self.target_edit.toPlainText(), "note": self.note_edit.toPlainText(),
            "percent": self.percent_spin.value(),
            "key_task_id": self.key_task_combo.currentData(), "lead_section_id": self.lead_combo.currentData(),
        }
        def saved(name: str) -> object:  # as the edit box would show it, so an old "\r\n" is no change
            value = getattr(detail, name)
            return normalise_text(value) if isinstance(value, str) else value
        return {name: value for name, value in current.items() if saved(name) != value}

    def co_section_ids(self) -> list[int] | None:
        ids = self.co_picker.checked_ids()
        return None if self.detail is None or tuple(sorted(ids)) == tuple(sorted(self.detail.co_section_ids)) \
            else ids

    def person_change(self, which: str) -> str | None:
        combo = self.leader_combo if which == "leader" else self.owner_combo
        saved = getattr(self.detail, which, "")
        text = combo.currentText().strip()
        return None if text == saved else text

    def new_deadline(self) -> Deadline | None:
        return None if self.detail is None else self.deadline_field.changed()

    def _show_entry(self, row: int) -> None:
        shown = 0 <= row < self.timeline_model.rowCount()
        self.entry_text.setPlainText(self.timeline_model.full_text(row) if shown else "")
        self.entry_text.setVisible(shown)

    def edited_fields(self) -> dict[str, object]:
        """Every field the user changed, named as TaskDetail names it, with what they typed or chose."""
        fields = dict(self.changes())
        co = self.co_section_ids()
        if co is not None:
            fields["co_section_ids"] = tuple(co)
        for which in ("leader", "owner"):
            person = self.person_change(which)
            if person is not None:
                fields[which] = person
        if self.new_deadline() is not None:
            fields["deadline_display"] = self.deadline_edit.text().strip()
        fields.update(self.milestones_edit.edited())
        return fields

    def is_dirty(self) -> bool:
        return bool(self.changes() or self.co_section_ids() is not None or self.person_change("leader") is not None
                    or self.person_change("owner") is not None or self.new_deadline() is not None
                    or self.milestones_edit.is_changed())

    def validate(self) -> str:
        if self.detail is not None and not self.title_edit.toPlainText().strip():
            return self.tr("任务内容不能为空。")
        return self.milestones_edit.problem()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
