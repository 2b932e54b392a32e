"""打印's left-hand form: which report, as of which day, and the choices that report takes, read as options."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QMenu, QToolButton, QWidget

from models.domain.enums import NoticeLevel
from reports.notice import NoticeData
from reports.problem_sheet import ProblemSheetOptions
from reports.progress_sheet import COLUMNS, DEFAULT_COLUMNS, ProgressSheetOptions
from ui.dialogs.dialog_parts import to_date
from ui.dialogs.monthly_part import MonthlyPart
from ui.labels import date_format

PROGRESS, STATS, NOTICE, NOTICES = "progress", "stats", "notice", "notices"
PROBLEMS, BULLETIN, ASSESSMENT, YEAR, MONTHLY = "problems", "bulletin", "assessment", "year", "monthly"
WORD_KINDS = (YEAR, BULLETIN, MONTHLY)  # the reports that can also be saved as a Word draft


class ReportChoices(QWidget):
    """The form; `changed` whenever a choice that changes the pages does."""

    changed = Signal()

    def __init__(self, monthly: MonthlyPart, year: int, as_of: date, *, sections: list[str], key_tasks: list[str],
                 leaders: list[str], task_code: str, record_id: int, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("工作任务推进情况表"), PROGRESS)
        self.kind_combo.addItem(self.tr("统计表"), STATS)
        self.kind_combo.addItem(self.tr("督办单（当前选中的任务 {code}）").format(code=task_code or "—"), NOTICE)
        self.kind_combo.addItem(self.tr("批量督办单（每项一页）"), NOTICES)
        self.kind_combo.addItem(self.tr("问题整改清单"), PROBLEMS)
        self.kind_combo.addItem(self.tr("督查通报（问题清单中选中的督查记录）"), BULLETIN)
        self.kind_combo.addItem(self.tr("考核汇总表"), ASSESSMENT)
        self.kind_combo.addItem(self.tr("年度工作台账（也可存为 Word）"), YEAR)
        self.kind_combo.addItem(self.tr("月度通报（公文格式，也可存为 Word）"), MONTHLY)
        if not task_code:
            self.kind_combo.model().item(2).setEnabled(False)  # type: ignore[attr-defined]
        if not record_id:
            self.kind_combo.model().item(5).setEnabled(False)  # type: ignore[attr-defined]
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.date_edit = QDateEdit(QDate(as_of.year, as_of.month, as_of.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.group_combo = self._combo([(self.tr("按科室"), "section"), (self.tr("按重点任务"), "key_task"),
                                        (self.tr("按来源（问题整改清单）"), "source")])
        self.section_combo = self._combo([(self.tr("全部科室"), "")] + [(n, n) for n in sections])
        self.key_task_combo = self._combo([(self.tr("全部重点任务"), "")] + [(n, n) for n in key_tasks])
        self.leader_combo = self._combo([(self.tr("全部分管领导"), "")] + [(n, n) for n in leaders])
        self.only_combo = self._combo(self._only_items(PROGRESS))
        self.columns_button = QToolButton()
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(QMenu(self.columns_button))
        self.column_actions = {}
        for key, (header, *_bounds) in COLUMNS.items():
            action = self.columns_button.menu().addAction(header)
            action.setCheckable(True)
            action.setChecked(key in DEFAULT_COLUMNS)
            action.toggled.connect(self._columns_changed)
            self.column_actions[key] = action
        self._update_columns_text()
        self.binding_check = QCheckBox(self.tr("左侧留装订边（10 毫米）"))
        # A batch at the level each task's trigger gives it, or one level for all (report notices --level).
        self.level_combo = self._combo([(self.tr("按触发条件"), ""),
                                        (self.tr("提醒（不编号）"), NoticeLevel.BLUE.value),
                                        (self.tr("督办单"), NoticeLevel.YELLOW.value),
                                        (self.tr("红色督办单"), NoticeLevel.RED.value)])
        self.level_combo.setToolTip(self.tr(
            "按触发条件：逾期超过设定天数的发红色督办单，逾期、进度滞后或本期未反馈的发督办单，临近完成时限的发提醒函，"
            "都不符合的不发；选定等级则列出的每项都按这一等级。提醒函不编号，只记入催办记录。"))
        # A task whose notice is still open gets that notice again (same number); a second one only when asked.
        self.again_check = QCheckBox(self.tr("催办：督办单未办结的任务另发一张新编号的督办单"))
        self.again_check.setToolTip(self.tr("不选时，督办单未办结（任务未办结，且反馈时限未到或发出后未报送进展）的任务"
                                            "重印原督办单，编号不变；选中时另发一张，注明前次督办单。"))
        self.kind_combo.currentIndexChanged.connect(self.fit_to_kind)  # at once: 列出 offers the new report's words
        for combo in (self.kind_combo, self.group_combo, self.section_combo, self.key_task_combo,
                      self.leader_combo, self.only_combo, self.level_combo, monthly.month_combo):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.binding_check, self.again_check):
            check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in ((self.tr("报表"), self.kind_combo), (self.tr("截至"), self.date_edit),
                             (self.tr("月份"), monthly.month_combo), (self.tr("分组"), self.group_combo),
                             (self.tr("科室"), self.section_combo), (self.tr("重点任务"), self.key_task_combo),
                             (self.tr("分管领导"), self.leader_combo), (self.tr("列出"), self.only_combo),
                             (self.tr("等级"), self.level_combo),
                             (self.tr("列"), self.columns_button)):
            form.addRow(label, field)
        form.addRow("", self.binding_check)
        form.addRow("", self.again_check)
        self.monthly = monthly

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def as_of(self) -> date:
        return to_date(self.date_edit.date())

    def fit_to_kind(self) -> None:
        """Only the choices the chosen report reads are open; 列出 offers that report's own words."""
        kind = self.kind()
        for widget in (self.group_combo, self.key_task_combo, self.leader_combo, self.columns_button,
                       self.binding_check):
            widget.setEnabled(kind == PROGRESS)
        self.group_combo.setEnabled(kind in (PROGRESS, PROBLEMS))
        self.monthly.month_combo.setEnabled(kind == MONTHLY)
        for widget in (self.section_combo, self.only_combo):
            widget.setEnabled(kind in (PROGRESS, NOTICES, PROBLEMS))
        self._show_only_items(kind)
        self.again_check.setEnabled(kind in (NOTICE, NOTICES))
        self.level_combo.setEnabled(kind == NOTICES)
        # A month's 通报 counts to the month's end whatever the day; the day chosen is the one it goes out on (its
        # 编发 line), which 截至 beside 2026年12月6日 did not say while the text read 截至11月30日.
        label = self.form.labelForField(self.date_edit)
        if isinstance(label, QLabel):
            label.setText(self.tr("编发日期") if kind == MONTHLY else self.tr("截至"))
        self.date_edit.setToolTip(self.tr("通报红头下编发行的日期；通报中的数字截至所选月份的月底（本月则截至今天）")
                                  if kind == MONTHLY else "")

    def level(self) -> NoticeLevel | None:
        """The level asked for the batch; None: each task's by the office's trigger."""
        chosen = self.level_combo.currentData() if self.kind() == NOTICES else ""
        return NoticeLevel(chosen) if chosen else None

    def notice_summary(self, notices: list[NoticeData], sent: bool, left_out: int = 0) -> str:
        """The notices counted by level ("红色督办单 2 张、督办单 3 张") with their numbers, the 提醒函 (never numbered:
        recorded in the 催办记录 when they go out, `sent` once they have), and the tasks 列出 chose that the trigger
        names no notice for (`left_out`)."""
        papers = {NoticeLevel.RED: self.tr("红色督办单"), NoticeLevel.YELLOW: self.tr("督办单"),
                  NoticeLevel.BLUE: self.tr("提醒函")}
        counted = {level: sum(1 for notice in notices if notice.level is level) for level in papers}
        counts = "、".join(self.tr("{paper} {n} 张").format(paper=paper, n=counted[level])
                          for level, paper in papers.items() if counted[level])
        spared = self.tr("；另有 {n} 项按触发条件无需督办，未列入").format(n=left_out) if left_out else ""
        if not notices:
            return self.tr("没有符合条件的任务") + spared
        when = self.tr("已记入催办记录") if sent else self.tr("打印或保存时记入催办记录")
        numbered = [notice for notice in notices if notice.level is not NoticeLevel.BLUE]
        if not numbered:
            return self.tr("{counts}（提醒不编号，{when}）").format(counts=counts, when=when) + spared
        # Each 文号 kept whole where the line wraps (WORD JOINER between its characters, drawn as nothing): the
        # wrapped line broke "督" from "〔2026〕11号".
        numbers = "、".join("\u2060".join(notice.number) for notice in numbered if notice.number)
        waiting = sum(1 for notice in numbered if not notice.number)
        if not waiting:
            words = self.tr("{counts}：{numbers}").format(counts=counts, numbers=numbers)
        elif numbers:  # open notices shown under their numbers, the rest numbered when they go out
            words = self.tr("{counts}：{numbers} 为未办结的原单，另 {waiting} 张打印或保存时编号").format(
                counts=counts, numbers=numbers, waiting=waiting)
        else:
            words = self.tr("{counts}（打印或保存时编号）").format(counts=counts)
        if counted[NoticeLevel.BLUE]:
            words += self.tr("；提醒函不编号，{when}").format(when=when)
        return words + spared

    def options(self) -> ProgressSheetOptions:
        return ProgressSheetOptions(
            as_of=self.as_of(), year=self.year, section=self.section_combo.currentData() or "",
            key_task=self.key_task_combo.currentData() or "", leader=self.leader_combo.currentData() or "",
            group_by=self.group_combo.currentData(), only=self.only_combo.currentData(),
            columns=tuple(k for k, a in self.column_actions.items() if a.isChecked()),
            binding=self.binding_check.isChecked())

    def problem_options(self) -> ProblemSheetOptions:
        """The sheet's choices read for problems: by section unless by source; 未完成 is 未整改完成, and
        逾期及临期 the problems' own."""
        only = {"unfinished": "open", "overdue": "due"}.get(self.only_combo.currentData(), "all")
        group_by = "source" if self.group_combo.currentData() == "source" else "section"
        return ProblemSheetOptions(self.as_of(), self.year, group_by, only, self.section_combo.currentData() or "")

    def _only_items(self, kind: str) -> list[tuple[str, str]]:
        """列出's choices: a batch of 督办单 is chosen by what a notice is for, each choice counted as the
        statistics count (the sheets' 逾期及临期 would promise notices for what is only due soon)."""
        if kind == NOTICES:
            return [(self.tr("逾期的（含子任务逾期）"), "overdue"), (self.tr("红灯的"), "red"),
                    (self.tr("本期未反馈的"), "no_feedback"), (self.tr("全部未启动、推进中的（不含暂缓）"), "all")]
        return [(self.tr("全部任务"), "all"), (self.tr("未完成的"), "unfinished"),
                (self.tr("逾期及临期（红灯、黄灯）"), "overdue"), (self.tr("本期未反馈的"), "no_feedback")]

    def _show_only_items(self, kind: str) -> None:
        """The 列出 choices for `kind`, keeping the one chosen where the new list has it; between a sheet's list
        and the batch's, whose words mean other things (全部任务 is not 全部未启动、推进中的), the first: for the
        batch 逾期的, as `report notices` chooses by default."""
        wanted = self._only_items(kind)
        shown = [self.only_combo.itemData(i) for i in range(self.only_combo.count())]
        if shown == [v for _, v in wanted] and [
                self.only_combo.itemText(i) for i in range(self.only_combo.count())] == [t for t, _ in wanted]:
            return
        batch = [value for _, value in self._only_items(NOTICES)]
        chosen = self.only_combo.currentData() if (shown == batch) == (kind == NOTICES) else None
        self.only_combo.blockSignals(True)
        self.only_combo.clear()
        for label, value in wanted:
            self.only_combo.addItem(label, value)
        self.only_combo.setCurrentIndex(max(0, self.only_combo.findData(chosen)))
        self.only_combo.blockSignals(False)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _columns_changed(self) -> None:
        self._update_columns_text()
        self.changed.emit()

    def _update_columns_text(self) -> None:
        chosen = [a.text() for a in self.column_actions.values() if a.isChecked()]
        self.columns_button.setText(self.tr("{n} 列").format(n=len(chosen)))
        self.columns_button.setToolTip("、".join(chosen))
