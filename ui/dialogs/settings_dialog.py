"""设置: the ledger's own settings, and its sections and people (add, rename, deactivate, merge)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import changes.directory
from changes.directory import Names
from models.domain.assessment_rules import check_rules, rules_for_year
from models.domain.enums import UnitKind
from models.domain.numbering import tree_numbers
from models.domain.rating import parse_scale, scale_text
from models.domain.settings import LedgerSettings
from models.errors import RuleError
from models.read import lookups
from ui.controller import LedgerController
from ui.dialog_host import DialogHost
from ui.dialogs.assessment_rules_tab import AssessmentRulesTab
from ui.dialogs.dialog_parts import error_line, ok_cancel
from ui.dialogs.papers_tab import PapersTab
from ui.i18n import LANGUAGES, choose_language, chosen_language, error_text
from ui.window_geometry import RemembersGeometry


class NamesTab(QWidget):
    """A list of sections or people with the four things an office does to them."""

    def __init__(self, dialog: SettingsDialog, kind: Names) -> None:
        super().__init__()
        self.dialog, self.kind = dialog, kind
        self.ledger = dialog.controller.ledger
        self.what = self.tr("科室") if kind is Names.UNITS else self.tr("人员")
        self.list = QListWidget()
        buttons = QVBoxLayout()
        actions = [(self.tr("添加…"), self.add), (self.tr("改名…"), self.rename),
                   (self.tr("停用/启用"), self.toggle), (self.tr("合并到…"), self.merge)]
        if kind is Names.UNITS:
            actions.append((self.tr("类别…"), self.change_kind))
        for text, handler in actions:
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(self.tr("停用的{what}保留在原有任务上，但不再出现在新任务的选项里。"
                              "改名后所有任务立即显示新名称。").format(what=self.what)
                      + (self.tr("部外单位（如市委党校）牵头的任务在统计中单独列出，不参加科室排名。")
                         if kind is Names.UNITS else ""))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        self.reload()

    def reload(self) -> None:
        with self.dialog.controller.ledger.reading() as session:
            choices = (lookups.sections(session, include_inactive=True) if self.kind is Names.UNITS
                       else lookups.people(session, include_inactive=True))
        self.choices = choices
        self.list.clear()
        for choice in choices:
            label = choice.name
            if self.kind is Names.UNITS and choice.kind != UnitKind.SECTION:
                label = self.tr("{name}（{kind}）").format(name=label, kind=self.kind_label(choice.kind))
            if not choice.active:
                label = self.tr("{name}（已停用）").format(name=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            if not choice.active:
                item.setForeground(QBrush(QColor("#888")))
            self.list.addItem(item)

    def selected(self) -> tuple[int, str, bool] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        chosen = next(c for c in self.choices if c.id == item.data(Qt.ItemDataRole.UserRole))
        return chosen.id, chosen.name, chosen.active

    def _apply(self, text: str, change: Callable[[], object]) -> None:
        chosen = self.selected()
        if self.dialog.controller.apply(text, change):
            self.reload()
            if chosen is not None:  # the row acted on stays chosen: 停用 then 启用 again is two clicks
                for row in range(self.list.count()):
                    if self.list.item(row).data(Qt.ItemDataRole.UserRole) == chosen[0]:
                        self.list.setCurrentRow(row)

    def add(self) -> None:
        name = self.dialog.ask_text(self.tr("添加{what}").format(what=self.what), self.tr("名称："), "")
        if name:
            self._apply(self.tr("添加"), lambda: changes.directory.add_name(self.ledger, self.kind, name))

    def rename(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        name = self.dialog.ask_text(self.tr("改名"), self.tr("新名称："), chosen[1])
        if name and name != chosen[1]:
            self._apply(self.tr("改名"), lambda: changes.directory.rename(self.ledger, self.kind, chosen[0], name))

    def toggle(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._apply(self.tr("停用/启用"),
                        lambda: changes.directory.set_active(self.ledger, self.kind, chosen[0], not chosen[2]))

    def merge(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        others = [c.name for c in self.choices if c.id != chosen[0] and c.active]
        target = self.dialog.ask_choice(self.tr("合并"), self.tr("把「{name}」合并到：").format(name=chosen[1]), others)
        if not target:
            return
        target_id = next(c.id for c in self.choices if c.name == target)
        self._apply(self.tr("合并"), lambda: changes.directory.merge(self.ledger, self.kind, chosen[0], target_id))

    def kind_label(self, kind: UnitKind) -> str:
        return {UnitKind.SECTION: self.tr("本部科室"), UnitKind.OUTSIDE: self.tr("部外单位"),
                UnitKind.EVERYONE: self.tr("泛指各科室")}[kind]

    def change_kind(self) -> None:
        """Mark a unit as the department's own section or one outside it (市委党校 counts apart)."""
        chosen = self.selected()
        if chosen is None:
            return
        labels = {self.kind_label(kind): kind for kind in UnitKind}
        picked = self.dialog.ask_choice(self.tr("类别"), self.tr("「{name}」是：").format(name=chosen[1]), list(labels))
        if picked:
            self._apply(self.tr("改类别"),
                        lambda: changes.directory.set_unit_kind(self.ledger, chosen[0], labels[picked]))


class KeyTasksTab(QWidget):
    """The year's key tasks (重点任务): tasks are grouped and numbered by them."""

    def __init__(self, dialog: SettingsDialog, year: int) -> None:
        super().__init__()
        self.dialog, self.year = dialog, year
        self.list = QListWidget()
        buttons = QVBoxLayout()
        for text, handler in ((self.tr("添加…"), self.add), (self.tr("改名…"), self.rename),
                              (self.tr("重新编号…"), self.renumber)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{year}年的重点任务（编号按此顺序）").format(year=year)))
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        with self.dialog.controller.ledger.reading() as session:
            self.choices = lookups.key_tasks(session, self.year)
        self.list.clear()
        for position, choice in enumerate(self.choices, start=1):
            item = QListWidgetItem(f"{position}. {choice.name}")
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.list.addItem(item)

    def add(self) -> None:
        title = self.dialog.ask_text(self.tr("添加重点任务"), self.tr("名称："), "")
        if title:
            ledger, year = self.dialog.controller.ledger, self.year
            if self.dialog.controller.apply(
                    self.tr("添加重点任务"), lambda: changes.directory.add_key_task(ledger, year, title)):
                self.reload()

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key_task_id = int(item.data(Qt.ItemDataRole.UserRole))
        old = next(c.name for c in self.choices if c.id == key_task_id)
        title = self.dialog.ask_text(self.tr("改名"), self.tr("新名称："), old)
        if title and title != old:
            ledger = self.dialog.controller.ledger
            if self.dialog.controller.apply(self.tr("改名"), lambda: changes.directory.rename_key_task(
                    ledger, key_task_id, title)):
                self.reload()

    def renumber(self) -> None:
        """重新编号: each task numbered by the tree as it stands, every change shown before it is made."""
        with self.dialog.controller.ledger.reading() as session:
            coming = tree_numbers(session, self.year)
        if not coming:
            self.dialog.inform(self.tr("重新编号"),
                               self.tr("{year}年的任务已按现在的顺序编号，不需要重新编号。").format(year=self.year))
            return
        shown = "\n".join(f"{change.old or '—'} → {change.new}　{change.title[:30]}" for change in coming[:25])
        if len(coming) > 25:
            shown += "\n" + self.tr("……另有 {n} 项").format(n=len(coming) - 25)
        question = self.tr("将改动 {n} 项任务的编号：\n{shown}\n\n已经发出的报表、督办单和反馈表上仍是原来的编号。"
                           "确定重新编号吗？").format(n=len(coming), shown=shown)
        if self.dialog.confirm(self.tr("重新编号"), question):
            ledger, year = self.dialog.controller.ledger, self.year
            self.dialog.controller.perform(self.tr("重新编号"), lambda: changes.directory.renumber_year(ledger, year))


class SettingsDialog(RemembersGeometry, QDialog):
    def __init__(self, controller: LedgerController, parent: QWidget | None = None, year: int = 0, *,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.controller = controller
        self.dialogs = dialogs or DialogHost()  # the window's: its questions are asked over this dialog
        settings = self.loaded = controller.ledger.settings()
        self.org_edit = QLineEdit(settings.org_name)
        self.year_spin = self._spin(2000, 2100, settings.current_year or 2026, "")
        self.warning_spin = self._spin(0, 90, settings.warning_days, self.tr(" 天"))
        self.gap_spin = self._spin(0, 100, settings.schedule_gap, self.tr(" 个百分点"))
        self.behind_check = QCheckBox(self.tr("欠进度亮黄灯"))
        self.behind_check.setChecked(bool(settings.behind_yellow))
        self.behind_check.setToolTip(self.tr("最近一次报告低于序时进度节点目标（欠进度）的任务亮黄灯"))
        gap_row = QHBoxLayout()
        gap_row.addWidget(self.gap_spin)
        gap_row.addWidget(self.behind_check, 1)
        self.sign_spin = self._spin(0, 30, settings.sign_days, self.tr(" 天"))
        self.sign_spin.setToolTip(self.tr("交办的任务过了这些天仍未签收，亮黄灯；0 表示不提醒"))
        # Some offices keep the colour's history: a 延期 does not turn a red task green at once.
        self.red_yellow_spin = kept = self._spin(0, 90, max(0, settings.red_yellow_days), self.tr(" 天"))
        kept.setSpecialValueText(self.tr("不保留（直接按规则亮灯）"))
        kept.setToolTip(self.tr("逾期（红灯）的任务延期后，先亮这些天黄灯，再按通常的规则亮灯；0 表示不保留"))
        self.backup_edit = QLineEdit(settings.backup_dir)
        self.backup_edit.setPlaceholderText(str(controller.ledger.backup_dir(settings)))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(browse)
        self.keep_spin = self._spin(1, 999, settings.backup_keep, self.tr(" 份"))
        self.preparer_edit = QLineEdit(settings.sheet_preparer)
        self.reviewer_edit = QLineEdit(settings.sheet_reviewer)
        self.leader_edit = QLineEdit(settings.sheet_leader)
        for edit in (self.preparer_edit, self.reviewer_edit, self.leader_edit):
            edit.setPlaceholderText(self.tr("留空则打印空白签字栏"))
        # The 督办单's 文号 code and the 督查室's contact, printed on every notice and its 回执.
        self.notice_code_edit = QLineEdit(settings.notice_code)
        self.notice_code_edit.setMaxLength(8)
        self.notice_code_edit.setPlaceholderText(self.tr("督"))
        self.notice_code_edit.setToolTip(self.tr("督办单文号的代字：填“组督”，文号为“组督〔2026〕3号”"))
        self.notice_days_spin = self._spin(1, 365, max(1, settings.notice_reply_days), self.tr(" 天"))
        # The trigger of a notice's level: 提醒 before the deadline, 红色督办单 once late by more than some days.
        self.remind_spin = self._spin(0, 90, max(0, settings.remind_days), self.tr(" 天"))
        self.red_spin = self._spin(0, 365, max(0, settings.red_after_days), self.tr(" 天"))
        self.red_spin.setToolTip(self.tr("0：一逾期即发红色督办单；逾期未超过这些天数的发督办单"))
        self.notice_contact_edit = QLineEdit(settings.notice_contact)
        self.notice_phone_edit = QLineEdit(settings.notice_phone)
        for edit in (self.notice_contact_edit, self.notice_phone_edit):
            edit.setPlaceholderText(self.tr("留空则在督办单上留空待填"))
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("单位名称"), self.org_edit)
        form.addRow(self.tr("当前年度"), self.year_spin)
        form.addRow(self.tr("临期提醒（到期前）"), self.warning_spin)
        form.addRow(self.tr("进度滞后提醒（落后于时间进度）"), gap_row)
        form.addRow(self.tr("签收期限（交办后）"), self.sign_spin)
        form.addRow(self.tr("红灯纠正后保留黄灯"), self.red_yellow_spin)
        form.addRow(self.tr("备份文件夹（留空为台账旁的默认位置）"), backup_row)
        form.addRow(self.tr("保留最近备份"), self.keep_spin)
        form.addRow(self.tr("报表制表人"), self.preparer_edit)
        form.addRow(self.tr("报表审核人"), self.reviewer_edit)
        form.addRow(self.tr("报表分管领导"), self.leader_edit)
        self.language_combo = QComboBox()  # this PC's choice, not the ledger's: each clerk reads their own
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen_language())))
        self.language_combo.setToolTip(self.tr("重新启动程序后生效；打印的报表始终是中文"))
        form.addRow(self.tr("界面语言（重新启动后生效）"), self.language_combo)
        self.error_label = error_line()
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("常规"))
        notices = QWidget()  # a tab of its own: the general one already fills a small screen
        notice_form = QFormLayout(notices)
        notice_form.addRow(self.tr("文号代字"), self.notice_code_edit)
        notice_form.addRow(self.tr("反馈时限（发出后）"), self.notice_days_spin)
        notice_form.addRow(self.tr("提醒（距完成时限）"), self.remind_spin)
        notice_form.addRow(self.tr("红色督办单（逾期超过）"), self.red_spin)
        notice_form.addRow(self.tr("联系人"), self.notice_contact_edit)
        notice_form.addRow(self.tr("联系电话"), self.notice_phone_edit)
        self.tabs.addTab(notices, self.tr("督办单"))
        self.papers_tab = PapersTab(settings, self.dialogs)
        self.tabs.addTab(self.papers_tab, self.tr("通报"))
        self.sections_tab = NamesTab(self, Names.UNITS)
        self.people_tab = NamesTab(self, Names.PEOPLE)
        self.tabs.addTab(self.sections_tab, self.tr("科室"))
        self.tabs.addTab(self.people_tab, self.tr("人员"))
        self.key_tasks_tab = KeyTasksTab(self, year or settings.current_year)
        self.tabs.addTab(self.key_tasks_tab, self.tr("重点任务"))
        self.assessment_year = year or settings.year_for(None, date.today().year)
        self.assessment_tab = self._assessment_tab(settings, self.assessment_year)
        self.tabs.addTab(self.assessment_tab, self.tr("考核"))
        buttons = ok_cancel(self, self.tr("保存"), self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.keep_geometry("settings", 620, 460)
        self.shown = self.values()  # only what the user then changes is saved

    def _assessment_tab(self, settings: LedgerSettings, year: int) -> AssessmentRulesTab:
        """The year's 考核办法, the rating words an approver chooses at 销号, and the evidence rule."""
        with self.controller.ledger.reading() as session:
            rules, set_for = rules_for_year(session, year)
        tab = AssessmentRulesTab(rules, year, set_for, settings.rating_scale, bool(settings.closing_needs_evidence))
        self.scale_edit, self.evidence_check = tab.scale_edit, tab.evidence_check
        return tab

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _browse(self) -> None:
        start = Path(self.backup_edit.text() or Path.home())
        folder = self.dialogs.ask_folder(self.tr("选择备份文件夹"), start, over=self)
        if folder is not None:
            self.backup_edit.setText(str(folder))

    def values(self) -> LedgerSettings:
        return LedgerSettings(org_name=self.org_edit.text().strip(), current_year=self.year_spin.value(),
                              warning_days=self.warning_spin.value(), schedule_gap=self.gap_spin.value(),
                              sign_days=self.sign_spin.value(), behind_yellow=int(self.behind_check.isChecked()),
                              red_yellow_days=self.red_yellow_spin.value(),
                              backup_dir=self.backup_edit.text().strip(), backup_keep=self.keep_spin.value(),
                              sheet_preparer=self.preparer_edit.text().strip(),
                              sheet_reviewer=self.reviewer_edit.text().strip(),
                              sheet_leader=self.leader_edit.text().strip(),
                              notice_code=self.notice_code_edit.text().strip() or "督",
                              notice_reply_days=self.notice_days_spin.value(),
                              remind_days=self.remind_spin.value(), red_after_days=self.red_spin.value(),
                              notice_contact=self.notice_contact_edit.text().strip(),
                              notice_phone=self.notice_phone_edit.text().strip(),
                              monthly_requirements=self.papers_tab.requirements(),
                              report_font=self.papers_tab.font_file(),
                              rating_scale=self.scale_edit.text().strip(),
                              # the weights are the rule set's now; the settings keep the old ones untouched
                              weight_on_time=self.loaded.weight_on_time, weight_rating=self.loaded.weight_rating,
                              weight_problems=self.loaded.weight_problems, weight_reports=self.loaded.weight_reports,
                              closing_needs_evidence=int(self.evidence_check.isChecked()),
                              freeze_day=self.papers_tab.freeze_spin.value())

    def accept(self) -> None:
        """Save the general settings (names were saved as they were changed)."""
        values = self.values()
        if not values.org_name:
            self.error_label.setText(self.tr("单位名称不能为空。"))
            self.tabs.setCurrentIndex(0)
            return
        try:
            values.rating_scale = scale_text(parse_scale(values.rating_scale))
        except RuleError as error:
            self.error_label.setText(error_text(error))
            self.tabs.setCurrentWidget(self.assessment_tab)
            return
        rules = self.assessment_tab.rules()
        try:
            check_rules(rules)
        except RuleError as error:
            self.error_label.setText(error_text(error))
            self.tabs.setCurrentWidget(self.assessment_tab)
            return
        choose_language(str(self.language_combo.currentData()))
        changed = {name: value for name, value in asdict(values).items() if getattr(self.shown, name) != value}
        ledger = self.controller.ledger
        new_rules = self.rules_changed()
        assessment = (self.assessment_year, rules) if new_rules else None
        # What the dialog showed of each changed setting: another PC's change since is refused, not overwritten.
        seen = {name: getattr(self.shown, name) for name in changed}
        seen_rules = self.assessment_tab.shown_rules

        def save() -> list[str]:
            return changes.directory.save_settings(ledger, changed, assessment=assessment, seen=seen,
                                                   seen_rules=seen_rules)
        if (changed or new_rules) and not self.controller.apply(self.tr("修改设置"), save):
            return
        super().accept()

    def reject(self) -> None:
        """关闭, Esc or the window's ×: settings typed but not saved are not dropped without a word (the names
        and key tasks on their tabs are saved as they change; these wait for 保存)."""
        language_changed = self.language_combo.currentData() != chosen_language()
        if (self.values() != self.shown or language_changed or self.rules_changed()) and not self.confirm(
                self.tr("设置还没有保存"), self.tr("常规、考核等设置中的修改还没有保存，关闭后就没有了。\n"
                                            "不保存，直接关闭吗？（要保存请点“否”，再点“保存”。）")):
            return
        super().reject()

    def rules_changed(self) -> bool:
        return self.assessment_tab.rules() != self.assessment_tab.shown_rules  # 2 and 2.0 are the same points

    def confirm(self, title: str, text: str) -> bool:
        return self.dialogs.confirm(title, text, over=self)

    def inform(self, title: str, text: str) -> None:
        self.dialogs.inform(title, text, over=self)

    def ask_text(self, title: str, label: str, default: str) -> str | None:
        return self.dialogs.ask_text(title, label, default, over=self)

    def ask_choice(self, title: str, label: str, items: list[str]) -> str | None:
        return self.dialogs.ask_choice(title, label, items, over=self)
