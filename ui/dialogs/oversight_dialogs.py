"""The forms of 督查 work: a 督查/调研 record, a problem, a report on its 整改, and its 销号."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, InspectionKind, UnitKind
from models.domain.inspections import InspectionDraft, default_title
from models.domain.workflow import check_length, require_text
from models.read.lookups import Choice
from models.read.problems import InspectionRow, ProblemRow
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import to_date
from ui.dialogs.task_dialogs import FormDialog
from ui.labels import date_format, label
from ui.widgets.deadline_field import DeadlineField
from ui.widgets.evidence import EvidencePicker

TaskChoice = tuple[int, str, str]  # id, 编号, title


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def _text_edit(height: int, text: str = "", placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(height)
    edit.setPlaceholderText(placeholder)
    return edit


class CheckList(QWidget):
    """A short list of names to tick, with a filter line when it is long (the year's tasks)."""

    def __init__(self, items: list[tuple[int, str]], checked: set[int], height: int, filter_hint: str = "") -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setFixedHeight(height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.filter_edit: QLineEdit | None = None
        if filter_hint:
            self.filter_edit = QLineEdit()
            self.filter_edit.setPlaceholderText(filter_hint)
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.textChanged.connect(self._filter)
            layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        for item_id, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
            item.setToolTip(text)
            self.list.addItem(item)
        self.setFocusProxy(self.filter_edit or self.list)

    def tab_stops(self) -> list[QWidget]:
        return [self.filter_edit, self.list] if self.filter_edit is not None else [self.list]

    def _filter(self, text: str) -> None:
        needle = text.strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text() and item.checkState() != Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


class InspectionDialog(FormDialog):
    """A new or edited 督查/调研 record: when, what kind, who went, where, which tasks, what was found."""

    def __init__(self, today: date, units: list[Choice], tasks: list[TaskChoice],
                 record: InspectionRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改督查记录") if record else self.tr("新建督查记录"), parent)
        self.stale: Callable[[], str] = lambda: ""  # set by the page: another PC changed the record meanwhile
        self.date_edit = _date_edit(record.held_on if record else today)
        self.kind_combo = QComboBox()
        for kind in InspectionKind:
            self.kind_combo.addItem(label(kind), kind.value)
        if record is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(record.kind.value))
        self.title_edit = QLineEdit(record.title if record else "")
        self.title_edit.setMaxLength(128)
        self.team_edit = QLineEdit(record.team if record else "")
        self.team_edit.setPlaceholderText(self.tr("如：王建国、李明"))
        unit_names = set(record.units) if record else set()
        self.units = CheckList([(u.id, u.name) for u in units], {u.id for u in units if u.name in unit_names}, 64)
        own = [(u.id, u.name) for u in units if u.kind == UnitKind.SECTION]  # the sections the 考核 ranks
        self.praised = CheckList(own, {u.id for u in units if record and u.name in record.praised}, 44)
        self.criticised = CheckList(own, {u.id for u in units if record and u.name in record.criticised}, 44)
        mentions = QWidget()
        side_by_side = QHBoxLayout(mentions)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        for words, checks in ((self.tr("表扬"), self.praised), (self.tr("批评"), self.criticised)):
            side_by_side.addWidget(QLabel(words), 0, Qt.AlignmentFlag.AlignTop)
            side_by_side.addWidget(checks, 1)
        mentions.setToolTip(self.tr("通报中表扬或批评的科室：考核办法按次加减分"))
        self.tasks = CheckList([(i, f"{code} {title}") for i, code, title in tasks],
                               set(record.task_ids) if record else set(), 76, self.tr("输入文字筛选任务"))
        self.findings_edit = _text_edit(64, record.findings if record else "",
                                        self.tr("发现的问题，可逐条写；每条可再列为问题清单中的一个问题"))
        self.form.addRow(self.tr("日期："), self.date_edit)
        self.form.addRow(self.tr("类别："), self.kind_combo)
        self.form.addRow(self.tr("标题："), self.title_edit)
        self.form.addRow(self.tr("督查人员："), self.team_edit)
        self.form.addRow(self.tr("到访科室/单位："), self.units)
        self.form.addRow(self.tr("检查的任务："), self.tasks)
        self.form.addRow(self.tr("通报："), mentions)
        self.form.addRow(self.tr("发现的问题："), self.findings_edit)
        self._placeholder()
        self.date_edit.dateChanged.connect(self._placeholder)
        self.kind_combo.currentIndexChanged.connect(self._placeholder)

    def _placeholder(self) -> None:
        self.title_edit.setPlaceholderText(self.tr("不填则为“{title}”").format(
            title=default_title(to_date(self.date_edit.date()), self.kind())))

    def kind(self) -> InspectionKind:
        return InspectionKind(str(self.kind_combo.currentData()))

    def validate(self) -> str:
        """Refusals said here, before the form closes, so nothing typed is lost."""
        draft = self.draft()
        return self.stale() or self.rule(lambda: (check_length(draft.team, "督查人员"),
                                                  check_length(draft.findings, "发现的问题")))

    def draft(self) -> InspectionDraft:
        return InspectionDraft(to_date(self.date_edit.date()), self.kind(), self.title_edit.text().strip(),
                               self.team_edit.text().strip(), self.findings_edit.toPlainText().strip(),
                               self.units.checked_ids(), self.tasks.checked_ids(), self.praised.checked_ids(),
                               self.criticised.checked_ids())


def _filtered_combo(none: str, items: list[tuple[str, int]]) -> QComboBox:
    """A choice among many (the year's tasks) that narrows as one types any part of it: 编号 or words."""
    combo = QComboBox()
    combo.addItem(none, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo


class ProblemDialog(FormDialog):
    """A new or edited problem: what, from which record, for which task, who puts it right, how and by when."""

    def __init__(self, year: int, units: list[Choice], people: list[str], records: list[InspectionRow],
                 tasks: list[TaskChoice], problem: ProblemRow | None = None, *, record_id: int | None = None,
                 measures: str = "", parent: QWidget | None = None, today: date | None = None,
                 task_sections: dict[int, int | None] | None = None, found_in: InspectionRow | None = None,
                 saved_deadline: Deadline | None = None) -> None:
        """`found_in`: the record the problem is listed from, whose findings, checked task and visited section
        start the form; `task_sections`: each task's lead section, taken as 责任科室 when the task is chosen;
        `saved_deadline`: the problem's 整改时限 as stored, kept while its words are left as they are."""
        super().__init__(self.tr("修改问题") if problem else self.tr("新建问题"), parent)
        self.stale: Callable[[], str] = lambda: ""  # set by the page: another PC changed the problem meanwhile
        self.year, self.problem, self.task_sections = year, problem, task_sections or {}
        if found_in is not None:
            record_id = found_in.id
        self.description_edit = _text_edit(64, problem.description if problem else
                                           found_in.findings if found_in else "")
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("（未注明来源）"), None)
        for record in records:
            self.source_combo.addItem(f"{label(record.kind)}：{record.title}", record.id)
        source = problem.inspection_id if problem else record_id
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source)))
        self.task_combo = _filtered_combo(self.tr("（不关联任务）"), [(f"{code} {title[:60]}", task_id)
                                                                        for task_id, code, title in tasks])
        self.section_combo = QComboBox()
        self.section_combo.addItem(self.tr("（未指定）"), None)
        for unit in units:
            self.section_combo.addItem(unit.name, unit.id)
        task = problem.task_id if problem else found_in.task_ids[0] if found_in and found_in.task_ids else None
        self.task_combo.setCurrentIndex(max(0, self.task_combo.findData(task)))
        if problem is not None and problem.section:
            self.section_combo.setCurrentIndex(max(0, self.section_combo.findText(problem.section)))
        elif found_in is not None and len(visited := [u for u in found_in.units if
                                                      self.section_combo.findText(u) > 0]) == 1:
            self.section_combo.setCurrentIndex(self.section_combo.findText(visited[0]))
        else:
            self._task_chosen()
        self.task_combo.currentIndexChanged.connect(self._task_chosen)
        self.owner_edit = QLineEdit(problem.owner if problem else "")
        self.owner_edit.setMaxLength(64)
        self.owner_edit.setPlaceholderText("、".join(people[:3]))
        self.measures_edit = _text_edit(56, problem.measures if problem else measures)
        self.deadline_field = DeadlineField(year, today, self.tr("如：6月底前、2026年9月30日、下周五前、长期坚持"))
        self.deadline_edit, self.hint = self.deadline_field.edit, self.deadline_field.hint
        if saved_deadline is not None:
            self.deadline_field.show_stored(saved_deadline)
        else:
            self.deadline_edit.setText(problem.deadline if problem else "")
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("改动已有的整改时限时必填"))
        self.deadline_edit.textChanged.connect(self._deadline_changed)
        self.form.addRow(self.tr("问题描述："), self.description_edit)
        self.form.addRow(self.tr("来源："), self.source_combo)
        self.form.addRow(self.tr("关联任务："), self.task_combo)
        self.form.addRow(self.tr("责任科室："), self.section_combo)
        self.form.addRow(self.tr("责任人："), self.owner_edit)
        self.form.addRow(self.tr("整改措施："), self.measures_edit)
        self.form.addRow(self.tr("整改时限："), self.deadline_field)
        self.form.addRow(self.tr("调整理由："), self.reason_edit)
        self.form.setRowVisible(self.reason_edit, problem is not None and bool(problem.deadline))
        self._deadline_changed()

    def _task_chosen(self, _index: int = 0) -> None:
        """The task chosen names its lead section: that is who puts the problem right, unless the clerk says."""
        section = self.task_sections.get(self.chosen(self.task_combo) or 0)
        if section is not None and self.section_combo.findData(section) > 0:
            self.section_combo.setCurrentIndex(self.section_combo.findData(section))

    def _deadline_changed(self) -> None:
        self.reason_edit.setEnabled(self.moves_deadline())

    def moves_deadline(self) -> bool:
        """An existing deadline changed: the rule asks for a reason."""
        return bool(self.problem and self.problem.deadline and self.deadline_edit.text().strip()
                    != self.problem.deadline)

    def deadline(self) -> Deadline:
        return self.deadline_field.deadline()

    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    def chosen(self, combo: QComboBox) -> int | None:
        value = combo.currentData()
        return value if isinstance(value, int) else None

    def validate(self) -> str:
        if self.stale():
            return self.stale()
        if self.moves_deadline() and self.deadline().kind == DeadlineKind.NONE:
            return self.tr("整改时限不能改为空。")
        typed = self.problem is None or self.deadline_edit.text().strip() != self.problem.deadline
        if typed and self.deadline_field.problem():
            return self.deadline_field.problem()
        problem = self.rule(lambda: (require_text(self.description(), "问题描述"),
                                     check_length(self.measures_edit.toPlainText(), "整改措施")))
        if not problem and self.moves_deadline():
            problem = self.rule(lambda: require_text(self.reason_edit.text(), "调整整改时限的理由"))
        return problem


class ProblemReportDialog(FormDialog):
    """A report on the 整改; ticking 整改完成 also moves the problem to 已整改."""

    def __init__(self, description: str, today: date, can_finish: bool, parent: QWidget | None = None, *,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(self.tr("整改进展"), parent, dialogs)
        self.form.addRow(self.tr("问题："), QLabel(description[:80]))
        self.text_edit = _text_edit(90)
        self.date_edit = _date_edit(today)
        self.finished_check = QCheckBox(self.tr("整改已完成（改为“已整改”）"))
        self.finished_check.setEnabled(can_finish)
        self.picker = EvidencePicker(self.dialogs)
        self.form.addRow(self.tr("整改情况："), self.text_edit)
        self.form.addRow(self.tr("日期："), self.date_edit)
        self.form.addRow("", self.finished_check)
        self.form.addRow(self.tr("佐证材料："), self.picker)

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def entry_date(self) -> date:
        return to_date(self.date_edit.date())

    def validate(self) -> str:
        return self.rule(lambda: require_text(self.text(), "整改情况"))


class ProblemCloseDialog(FormDialog):
    """销号 of a problem put right: how it was checked, and who approved."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("问题销号"), parent)
        self.form.addRow(self.tr("问题："), QLabel(description[:80]))
        self.note_edit = _text_edit(80, placeholder=self.tr("如：经复查，整改到位，同意销号"))
        self.approver_edit = QLineEdit()
        self.approver_edit.setMaxLength(64)
        self.form.addRow(self.tr("销号说明："), self.note_edit)
        self.form.addRow(self.tr("审核人："), self.approver_edit)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def validate(self) -> str:
        return self.rule(lambda: require_text(self.note(), "销号说明"))
