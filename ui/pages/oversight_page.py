"""问题清单: the year's problems by responsible section or by source (督查 record), with the record or problem
chosen shown in full and the actions of 整改 beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from changes.concurrency import CURRENT, changed_since, edited
from models.domain.deadlines import Deadline
from models.domain.enums import Light, ProblemStatus
from models.domain.problems import PROBLEM_TRANSITIONS, ProblemDraft
from models.domain.rights import Act
from models.read.evidence import problem_attachments
from models.read.problems import (
    InspectionRow,
    ProblemRow,
    inspection_form_fields,
    inspection_rows,
    problem_form_fields,
    problem_reports,
    problem_rows,
    problem_stats,
)
from ui.dialog_host import DialogHost
from ui.dialogs.oversight_dialogs import (
    InspectionDialog,
    ProblemCloseDialog,
    ProblemDialog,
    ProblemReportDialog,
    TaskChoice,
)
from ui.i18n import error_text
from ui.item_models.problem_tree_model import BY_SECTION, BY_SOURCE, COLUMN, ITEM_ROLE, ProblemTreeModel
from ui.oversight_actions import OversightActions
from ui.pages.oversight_detail import problem_html, record_html
from ui.pages.page_refresh import follow_rows
from ui.problem_ledger_actions import ProblemLedgerActions
from ui.rights_view import grey, refusals
from ui.widgets.column_fit import ResizingTreeView, fit_text_column

# The list's columns by key (problem_tree_model.HEADERS): 编号 问题 责任科室/来源 整改时限 状态 最新整改情况.
TEXT_COLUMN, SECTION_COLUMN = COLUMN["problem"], COLUMN["beside"]
DEADLINE_COLUMN, STATE_COLUMN = COLUMN["deadline"], COLUMN["state"]
PROBLEM_WIDTH = 270

if TYPE_CHECKING:
    from ui.window_context import WindowContext

SHOWN: dict[str, Callable[[ProblemRow], bool]] = {"all": lambda p: True, "open": lambda p: p.status.is_open,
         "due": lambda p: p.light in (Light.RED, Light.YELLOW), "overdue": lambda p: p.light is Light.RED,
         "closed": lambda p: p.status is ProblemStatus.CLOSED}


# What each button does, as an account's rights tell it apart (printing and opening evidence are for all).
_BUTTON_ACTS = {"edit": Act.EDIT, "report": Act.RECTIFY, "rectified": Act.RECTIFY, "close": Act.CLOSE,
                "reopen": Act.REOPEN, "from_record": Act.EDIT, "delete": Act.DELETE}

class OversightPage(QWidget):
    print_requested = Signal(str, int)  # "problems" or "bulletin", and the record's id for a 通报

    def __init__(self, context: WindowContext, dialogs: DialogHost) -> None:
        super().__init__()
        self.setObjectName("page_problems")
        self.context, self.dialogs = context, dialogs
        follow_rows(self, context, self.rows_read_again)
        self.changes = OversightActions(context.controller, self)
        self.changes.changed.connect(self.refresh)
        self.problems: list[ProblemRow] = []
        self.evidence_dialog: QDialog | None = None
        self.records: list[InspectionRow] = []
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("按责任科室"), BY_SECTION)
        self.group_combo.addItem(self.tr("按来源（督查记录）"), BY_SOURCE)
        self.shown_combo = QComboBox()
        for text, key in ((self.tr("全部问题"), "all"), (self.tr("未整改完成"), "open"),
                          (self.tr("逾期及临期"), "due"), (self.tr("整改逾期"), "overdue"),
                          (self.tr("已销号"), "closed")):
            self.shown_combo.addItem(text, key)
        for combo in (self.group_combo, self.shown_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.new_record_button = QPushButton(self.tr("新建督查记录…"))
        self.new_problem_button = QPushButton(self.tr("新建问题…"))
        self.print_button = QPushButton(self.tr("打印问题整改清单…"))
        self.new_record_button.clicked.connect(self.new_record)
        self.new_problem_button.clicked.connect(lambda: self.new_problem())
        self.print_button.clicked.connect(lambda: self.print_requested.emit("problems", 0))
        self.ledger_actions = ProblemLedgerActions(context, dialogs, self)  # 整改台账: 导入… and 导出…
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("分组")), self.group_combo, QLabel(self.tr("显示")), self.shown_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.new_record_button, self.new_problem_button, self.print_button):
            bar.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemTreeModel(self)
        self.tree = ResizingTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(lambda _index: self.edit_current())
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.buttons: dict[str, QPushButton] = {}
        self.button_grid = QGridLayout()  # four to a row: the page fits an office screen at 150%
        for key, text, slot in (
                ("edit", self.tr("修改…"), self.edit_current), ("report", self.tr("整改进展…"), self.add_report),
                ("rectified", self.tr("已整改"), lambda: self.set_status(ProblemStatus.RECTIFIED)),
                ("close", self.tr("销号…"), self.close_problem),
                ("evidence", self.tr("佐证材料…"), self.open_evidence),
                ("reopen", self.tr("重新整改"), lambda: self.set_status(ProblemStatus.RECTIFYING)),
                ("from_record", self.tr("列为问题…"), self.problem_from_record),
                ("bulletin", self.tr("打印督查通报…"), self.print_bulletin),
                ("delete", self.tr("删除"), self.delete_current)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(self.button_grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setSizes([800, 400])
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self._widths_set = False
        self.problem_width, self._fitting = PROBLEM_WIDTH, False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        summary_row = QHBoxLayout()  # beside the counts: the bar above has no room left at 150%
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.ledger_actions.button)
        layout.addLayout(summary_row)
        layout.addWidget(self.splitter, 1)
        read_only = context.read_only
        why = refusals(context.ledger, [Act.EDIT]) if not read_only else {}
        for button in (self.new_record_button, self.new_problem_button):
            grey(button, not read_only, why.get(Act.EDIT, ""))
        self._update_buttons()

    # --- reading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def rows_read_again(self, task_ids: list[int] | None) -> None:
        if task_ids is None:  # a task's own change leaves the problems as they were
            self.refresh()

    def refresh(self) -> None:
        context = self.context
        chosen = self.current_item()
        with context.ledger.reading() as session:
            self.problems = problem_rows(session, context.year, context.as_of, context.rules)
            self.records = inspection_rows(session, context.year)
        units = context.sections  # read with the window's rows
        wanted = SHOWN[str(self.shown_combo.currentData())]
        shown = [p for p in self.problems if wanted(p)]
        group_by = str(self.group_combo.currentData())
        records = self.records if self.shown_combo.currentData() == "all" else [
            r for r in self.records if any(p.inspection_id == r.id for p in shown)]
        self.model.set_rows(shown, records, group_by, [u.name for u in units])
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if not self._widths_set:  # once: after that the user's own widths stand
            self._widths_set = True
            for column, width in enumerate((64, PROBLEM_WIDTH, 150, 90, 100)):  # 编号 sits after the indent
                self.tree.setColumnWidth(column, width)
            header = self.tree.header()  # 整改时限 and 状态 before the section or source: what is late comes first
            for column in (DEADLINE_COLUMN, STATE_COLUMN):
                header.moveSection(header.visualIndex(column), header.visualIndex(SECTION_COLUMN))
            header.sectionResized.connect(self._column_resized)
            self.tree.resized.connect(self._fit_columns)
            self._fit_columns()
        _, totals = problem_stats(self.problems, units)
        rate = "—" if totals.rate is None else f"{totals.rate * 100:.1f}%"
        self.summary.setText(self.tr(
            "{year}年：督查/调研记录{records}条，问题{found}个，完成整改{solved}个（其中已销号{closed}个），整改率{rate}；"
            "整改逾期{overdue}个，临期{due}个").format(
            year=context.year, records=len(self.records), found=totals.found, solved=totals.solved,
            closed=totals.closed, rate=rate, overdue=totals.overdue, due=totals.due_soon))
        if chosen is not None:
            index = self.model.index_of(*chosen)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._show_current()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == TEXT_COLUMN and not self._fitting:
            self.problem_width = new

    def _fit_columns(self) -> None:
        """问题 gives way so 整改时限 and 状态 stay in sight (at 150% the list has some 430 pixels)."""
        width = fit_text_column(self.tree.header(), self.tree.viewport().width(), TEXT_COLUMN,
                                (0, TEXT_COLUMN, DEADLINE_COLUMN, STATE_COLUMN), self.problem_width)
        if width is not None and width != self.tree.header().sectionSize(TEXT_COLUMN):
            self._fitting = True
            self.tree.header().resizeSection(TEXT_COLUMN, width)
            self._fitting = False

    def current_item(self) -> tuple[str, int] | None:
        value = self.tree.currentIndex().data(ITEM_ROLE) if self.tree.currentIndex().isValid() else None
        return (str(value[0]), int(value[1])) if value and value[1] is not None else None

    def current_problem(self) -> ProblemRow | None:
        item = self.current_item()
        return next((p for p in self.problems if p.id == item[1]), None) if item and item[0] == "problem" else None

    def current_record(self) -> InspectionRow | None:
        item = self.current_item()
        return next((r for r in self.records if r.id == item[1]), None) if item and item[0] == "record" else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        problem, record = self.current_problem(), self.current_record()
        if problem is not None:
            with self.context.ledger.reading() as session:
                reports = problem_reports(session, problem.id)
                evidence = problem_attachments(session, problem.id)
            self.detail.setHtml(problem_html(problem, reports, evidence))
        elif record is not None:
            self.detail.setHtml(record_html(record, [p for p in self.problems if p.inspection_id == record.id]))
        else:
            self.detail.setHtml(self.tr("<p style='color:#777'>选中左侧的问题或督查记录，在这里查看详情。</p>"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        problem, record = self.current_problem(), self.current_record()
        writable = not self.context.read_only
        allowed = PROBLEM_TRANSITIONS[problem.status] if problem else frozenset()
        states = {
            "edit": problem is not None or record is not None, "report": problem is not None,
            "rectified": ProblemStatus.RECTIFIED in allowed, "close": ProblemStatus.CLOSED in allowed,
            "reopen": ProblemStatus.RECTIFYING in allowed and problem is not None and not problem.status.is_open,
            "from_record": record is not None, "bulletin": record is not None, "evidence": problem is not None,
            "delete": problem is not None or record is not None}
        shown = [key for key in self.buttons if states[key] or key in ("edit", "delete")]
        # On a server a 科室's account reports its own problems' 整改; the rest is the office's.
        why = refusals(self.context.ledger, list(set(_BUTTON_ACTS.values())),
                       problem_id=problem.id if problem else None) if writable else {}
        for key, button in self.buttons.items():
            self.button_grid.removeWidget(button)
            button.hide()
            act = _BUTTON_ACTS.get(key)
            grey(button, states[key] and (writable or key in ("bulletin", "evidence")),
                 why.get(act, "") if act else "")
        for position, key in enumerate(shown):  # the buttons that apply, packed four to a row
            button = self.buttons[key]
            self.button_grid.addWidget(button, position // 4, position % 4)
            button.show()

    # --- changing --------------------------------------------------------------------------
    def _task_choices(self) -> list[TaskChoice]:
        return [(row.id, row.code, row.title) for row in self.context.rows]

    def _task_sections(self) -> dict[int, int | None]:
        return {row.id: row.lead_section_id for row in self.context.rows}

    def _select(self, kind: str, item_id: int | None) -> None:
        if item_id is not None:
            index = self.model.index_of(kind, item_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)

    def new_record(self) -> None:
        dialog = InspectionDialog(self.context.as_of, self.context.sections, self._task_choices(), parent=self)
        if self.dialogs.run(dialog):
            self.group_combo.setCurrentIndex(self.group_combo.findData(BY_SOURCE))
            self._select("record", self.changes.save_record(dialog.draft()))

    def new_problem(self, record: InspectionRow | None = None) -> None:
        """新建问题…, or 列为问题… on a record: then the record's findings, checked task and section start it."""
        context = self.context
        dialog = ProblemDialog(context.year, context.sections, [p.name for p in context.people], self.records,
                               self._task_choices(), parent=self, today=context.as_of,
                               task_sections=self._task_sections(), found_in=record)
        if self.dialogs.run(dialog):
            self._select("problem", self.changes.save_problem(self._draft(dialog), dialog.owner_edit.text()))

    def problem_from_record(self) -> None:
        record = self.current_record()
        if record is not None:
            self.new_problem(record)

    def _draft(self, dialog: ProblemDialog) -> ProblemDraft:
        return ProblemDraft(self.context.year, dialog.description(), dialog.chosen(dialog.source_combo),
                            dialog.chosen(dialog.task_combo), dialog.chosen(dialog.section_combo), None,
                            dialog.measures_edit.toPlainText().strip(), dialog.deadline())

    def edit_current(self) -> None:
        problem, record, context = self.current_problem(), self.current_record(), self.context
        if context.read_only:
            return
        if record is not None:
            seen = self._fields_now("inspection", record.id)
            dialog = InspectionDialog(context.as_of, context.sections, self._task_choices(), record, parent=self)
            dialog.stale = lambda: self._stale("inspection", record.id, seen, inspection_form_fields(dialog.draft()))
            if self.dialogs.run(dialog):
                self.changes.save_record(dialog.draft(), record.id, seen)
        elif problem is not None:
            seen = self._fields_now("problem", problem.id)
            saved = seen["deadline"]
            problem_dialog = ProblemDialog(context.year, context.sections, [p.name for p in context.people],
                                           self.records, self._task_choices(), problem, parent=self,
                                           today=context.as_of, task_sections=self._task_sections(),
                                           saved_deadline=saved if isinstance(saved, Deadline) else None)
            problem_dialog.stale = lambda: self._stale("problem", problem.id, seen, problem_form_fields(
                self._draft(problem_dialog), problem_dialog.owner_edit.text()))
            if self.dialogs.run(problem_dialog):
                self.changes.save_problem(self._draft(problem_dialog), problem_dialog.owner_edit.text(), problem.id,
                                          problem_dialog.reason_edit.text().strip(), seen)

    def _fields_now(self, entity: str, item_id: int) -> dict[str, object]:
        with self.context.ledger.reading() as session:
            return CURRENT[entity][1](session, item_id)

    def _stale(self, entity: str, item_id: int, seen: dict[str, object], form: dict[str, object]) -> str:
        """Said in the form before it closes, so what the user typed is still there to keep."""
        with self.context.ledger.reading() as session:
            error = changed_since(session, entity, item_id, seen, edited(seen, form))
        return error_text(error) if error is not None else ""

    def add_report(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        can_finish = ProblemStatus.RECTIFIED in PROBLEM_TRANSITIONS[problem.status] or problem.status.is_open
        dialog = ProblemReportDialog(problem.description, self.context.as_of, can_finish, parent=self,
                                     dialogs=self.dialogs)
        if self.dialogs.run(dialog):
            self.changes.add_report(problem.id, dialog.text(), dialog.entry_date(), dialog.finished_check.isChecked(),
                                    dialog.picker.files)

    def set_status(self, status: ProblemStatus) -> None:
        problem = self.current_problem()
        if problem is not None:
            self.changes.set_status(problem.id, status, seen=problem.status)

    def close_problem(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        dialog = ProblemCloseDialog(problem.description, parent=self)
        if self.dialogs.run(dialog):
            self.changes.set_status(problem.id, ProblemStatus.CLOSED, dialog.note(), dialog.approver_edit.text(),
                                    seen=problem.status)

    def delete_current(self) -> None:
        problem, record = self.current_problem(), self.current_record()
        question = self.tr("删除问题 {n}？它的整改进展和佐证材料一并删除；修改记录中会留下它的内容。")
        if problem is not None and self.dialogs.confirm(self.tr("删除问题"), question.format(n=problem.number)):
            self.changes.delete_problem(problem.id)
        elif record is not None and self.dialogs.confirm(
                self.tr("删除督查记录"), self.tr("删除督查记录“{title}”？").format(title=record.title)):
            self.changes.delete_record(record.id)

    def open_evidence(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        from ui.dialogs.evidence_dialog import EvidenceDialog

        self.evidence_dialog = EvidenceDialog(self.context.controller, problem.description, problem_id=problem.id,
                                              parent=self, dialogs=self.dialogs)
        self.dialogs.run(self.evidence_dialog)

    def print_bulletin(self) -> None:
        record = self.current_record()
        if record is not None:
            self.print_requested.emit("bulletin", record.id)
