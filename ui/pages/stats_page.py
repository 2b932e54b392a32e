"""统计: the per-section table with a bar chart (clicking a count shows those tasks), and problems per section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.domain.frozen_months import frozen_list
from models.read.assessment import FIGURES_NOTE, AssessmentReport, SectionScore, assessment
from models.read.monthly import previous_month
from models.read.months import month_view
from models.read.problems import problem_rows, problem_stats
from models.read.stats import SectionStats, unit_stats
from ui.dialogs.month_compare_dialog import MonthCompareDialog
from ui.dialogs.score_details_dialog import ScoreDetailsDialog
from ui.i18n import said_text
from ui.item_models.assessment_models import SCORE_ROLE, AssessmentModel
from ui.item_models.stats_model import TASK_IDS_ROLE, ProblemStatsModel, StatsTableModel
from ui.labels import group_name, shown_date
from ui.month_freezing import MonthFreezer
from ui.pages.page_refresh import follow_rows
from ui.rights_view import grey

if TYPE_CHECKING:
    from ui.dialog_host import DialogHost
    from ui.window_context import WindowContext


class CompletionChart(QWidget):
    """Horizontal bars of each section's completion rate, with the figure written on the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[SectionStats] = []
        self.setMinimumHeight(160)

    def set_sections(self, sections: list[SectionStats]) -> None:
        self.sections = [s for s in sections if s.total and not s.outside]  # the department's own sections
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = painter.fontMetrics()
        title = self.tr("各科室完成率")
        painter.drawText(8, metrics.ascent() + 4, title)
        if not self.sections:
            painter.drawText(8, 2 * metrics.height() + 8, self.tr("暂无可统计的任务"))
            return
        label_width = max(metrics.horizontalAdvance(group_name(s.section)) for s in self.sections) + 16
        top = metrics.height() + 12
        row_height = max(metrics.height() + 6, (self.height() - top - 8) / len(self.sections))
        bar_space = max(40, self.width() - label_width - 90)
        for position, item in enumerate(self.sections):
            y = top + position * row_height
            rate = item.completion_rate or 0.0
            painter.setPen(QColor("#222"))
            painter.drawText(QRectF(4, y, label_width - 8, row_height), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, group_name(item.section))
            bar = QRectF(label_width, y + 3, bar_space * rate, row_height - 6)
            painter.fillRect(bar, QColor("#4a7fb5"))
            painter.drawRect(QRectF(label_width, y + 3, bar_space, row_height - 6))
            painter.drawText(QRectF(label_width + bar_space + 6, y, 80, row_height), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("{rate:.0f}%（{done}/{total}）").format(rate=rate * 100, done=item.finished,
                                                                           total=item.total))


def compact(table: QTableView) -> None:
    """Rows as tall as a line needs and the names' column as wide as the names: at 150% on 1366×768 the table
    has some 200 pixels, and every section down to 合计 should be in them."""
    rows = table.verticalHeader()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    headings = table.horizontalHeader()
    headings.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    headings.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    headings.setTextElideMode(Qt.TextElideMode.ElideRight)  # "按时完…" with its tooltip, not "安时完成率" clipped


class StatsPage(QWidget):
    tasks_requested = Signal(frozenset, str)  # a clicked number: show exactly these tasks, labelled

    def __init__(self, context: WindowContext, dialogs: DialogHost) -> None:
        super().__init__()
        self.setObjectName("page_stats")
        self.context = context
        self.freezer = MonthFreezer(context, dialogs, self)
        self.month_combo = QComboBox()  # 截至今天, or a month: as frozen, else as it stood at its end
        self.month_combo.setToolTip(self.tr("统计哪一个月：冻结的月份显示冻结时的数字，之后的修改不计入"))
        self.month_combo.activated.connect(lambda _index: self.refresh())
        self.freeze_button = QPushButton(self.tr("冻结本月数字"))
        self.freeze_button.clicked.connect(self.freeze_month)
        self.unfreeze_button = QPushButton(self.tr("解除冻结"))
        self.unfreeze_button.clicked.connect(self.unfreeze_month)
        self.compare_button = QPushButton(self.tr("两个月比较…"))
        self.compare_button.setToolTip(self.tr("按科室比较两个月的完成率、逾期、未反馈和考核得分，标出进步或退步"))
        self.compare_button.clicked.connect(self.compare_months)
        follow_rows(self, context, self.rows_read_again)
        self.model = StatsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        compact(self.table)
        self.table.clicked.connect(self.open_cell)
        self.chart = CompletionChart()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([360, 260])
        splitter.setStretchFactor(0, 3)  # the numbers first: the chart gives up height before the table does
        splitter.setStretchFactor(1, 1)
        self.chart.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problem_model = ProblemStatsModel(self)
        self.problem_table = QTableView()
        self.problem_table.setModel(self.problem_model)
        self.problem_table.verticalHeader().hide()
        compact(self.problem_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("任务推进"))
        self.tabs.addTab(self.problem_table, self.tr("问题整改"))
        self.score_model = AssessmentModel(self)
        self.score_table = QTableView()
        self.score_table.setModel(self.score_model)
        self.score_table.verticalHeader().hide()
        compact(self.score_table)
        self.score_table.doubleClicked.connect(self.show_score_details)
        self.score_table.setToolTip(self.tr("双击一个科室，查看它的加减分明细"))
        self.scored: AssessmentReport | None = None
        self.last_comparison: MonthCompareDialog | None = None
        self.score_note = QLabel()
        self.score_note.setWordWrap(True)
        scores = QWidget()
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        scores_layout.addWidget(self.score_note)
        scores_layout.addWidget(self.score_table, 1)
        self.tabs.addTab(scores, self.tr("考核排名"))
        self.scores_tab = scores
        # The caption says the day and whether the month is frozen on every tab; how tasks are counted and that a
        # number opens its tasks only where they are (not the ranking's). Always there, it keeps the buttons their
        # own width.
        self.captions = ("", "")  # (the task tabs', the ranking's)
        self.tabs.currentChanged.connect(lambda _index: self._show_caption())
        top = QHBoxLayout()
        top.addWidget(self.month_combo)
        top.addWidget(self.freeze_button)
        top.addWidget(self.unfreeze_button)
        top.addWidget(self.compare_button)
        top.addWidget(self.caption, 1)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # computed when shown, not while the window opens
        super().showEvent(event)

    def rows_read_again(self, _task_ids: list[int] | None) -> None:
        self.refresh()

    @property
    def month(self) -> str:
        """The month chosen ("2026-11"), or "" for the figures as of the window's day."""
        return str(self.month_combo.currentData() or "")

    def _fill_months(self, frozen: set[str], chosen: str) -> None:
        """截至今天, then this year's months up to the day's, newest first, the frozen ones said so."""
        day = self.context.as_of
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("截至{day}").format(day=shown_date(day)), "")
        month = f"{day.year}-{day.month:02d}"
        while month.startswith(f"{self.context.year}-") and month >= f"{self.context.year}-01":
            name = self.freezer.month_name(month)
            shown = self.tr("{month}（已冻结）").format(month=name) if month in frozen else name
            self.month_combo.addItem(shown, month)
            month = previous_month(month)
        for month in sorted(frozen, reverse=True):  # another year's frozen months, listed too
            if self.month_combo.findData(month) < 0:
                self.month_combo.addItem(self.tr("{month}（已冻结）").format(month=self.freezer.month_name(month)),
                                         month)
        self.month_combo.setCurrentIndex(max(self.month_combo.findData(chosen), 0))

    def freeze_month(self) -> None:
        month = self.month or f"{self.context.as_of.year}-{self.context.as_of.month:02d}"
        if self.freezer.freeze(month, asked=True):
            self.refresh(chosen=month)

    def unfreeze_month(self) -> None:
        if self.month and self.freezer.unfreeze(self.month):
            self.refresh(chosen=self.month)

    def compare_months(self) -> None:
        """Two months side by side: the one chosen (or the latest) and the one before it, changeable there."""
        listed = [str(self.month_combo.itemData(index) or "") for index in range(self.month_combo.count())]
        months = [(month, self.freezer.month_name(month)) for month in listed if month]
        if len(months) < 2:
            self.freezer.dialogs.inform(self.tr("两个月比较"), self.tr("本年度还不到两个月，没有可比较的月份。"))
            return
        self.last_comparison = MonthCompareDialog(self.context.ledger, self.context.as_of, months,
                                                  self.month or months[0][0], self)
        self.freezer.dialogs.run(self.last_comparison)

    def refresh(self, chosen: str | None = None) -> None:
        context = self.context
        with context.ledger.reading() as session:
            frozen = {month for month, *_ in frozen_list(session)}
        self._fill_months(frozen, self.month if chosen is None else chosen)
        month = self.month
        settings = context.ledger.settings()
        with context.ledger.reading() as session:
            if month:  # the month as frozen, else as it stood at its end: what its 通报 counts
                view = month_view(session, month, context.as_of, settings)
                report, scored, frozen_as = view.stats, view.scores, view.frozen
                problems = problem_rows(session, context.year, report.as_of, context.rules, on_the_day=True)
            else:
                rows = context.rows  # the window's own rows: the same year, day and rules
                report, frozen_as = unit_stats(rows, context.year, context.as_of, context.sections), None
                problems = problem_rows(session, context.year, context.as_of, context.rules)
                scored = assessment(session, context.year, context.as_of, settings, context.sections, rows=rows,
                                    problems=problems)
        self.model.set_report(report)
        self.chart.set_sections(self.model.sections())
        QTimer.singleShot(0, self._give_the_table_its_rows)  # once the page is laid out at its height
        why = self.freezer.may_freeze()
        grey(self.freeze_button, not why, why)
        self.freeze_button.setText(self.tr("重新冻结…") if frozen_as else self.tr("冻结本月数字") if not month
                                   else self.tr("冻结这个月的数字"))
        grey(self.unfreeze_button, not why and frozen_as is not None, why)
        self.unfreeze_button.setVisible(frozen_as is not None)
        self.problem_model.set_stats(*problem_stats(problems, context.sections))
        self.scored = scored
        self.score_model.set_scores(scored.sections)
        kept = (self.tr("{year}年设置").format(year=scored.rules_year) if scored.rules_year
                else self.tr("程序默认，可在“设置 → 考核”中修改"))
        self.score_note.setText(self.tr("考核办法：{name}（{kept}）。双击一个科室，查看每一分的来历。").format(
            name=said_text(scored.rules.name), kept=kept))
        self.score_note.setToolTip("\n".join(said_text(line) for line in [*scored.rules.describe(), FIGURES_NOTE]))
        self.score_table.horizontalHeader().setToolTip(said_text(FIGURES_NOTE))
        frozen_words = (self.freezer.frozen_words(frozen_as) + self.tr("，之后的修改不计入。") if frozen_as
                        else self.tr("未冻结，按台账现在的情况计算。") if month else "")
        day = shown_date(report.as_of)
        self.captions = (self.tr("{year}年 截至{day}：按牵头科室统计。{rule}。点击数字查看对应任务。").format(
            year=context.year, day=day, rule=self.counting_rule()) + frozen_words,
            self.tr("{year}年 截至{day}。").format(year=context.year, day=day) + frozen_words)
        self._show_caption()

    def _show_caption(self) -> None:
        self.caption.setText(self.captions[self.tabs.currentWidget() is self.scores_tab])

    def show_score_details(self, index: QModelIndex) -> None:
        score = self.score_model.data(index, SCORE_ROLE)
        if self.scored is None or not isinstance(score, SectionScore) or score.not_ranked:
            return
        ScoreDetailsDialog(self.scored, score, self).exec()

    def _give_the_table_its_rows(self) -> None:
        """Every row down to 合计 in sight where the page has the height; the chart takes what is left."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        rows = self.table.verticalHeader().length() + self.table.horizontalHeader().sizeHint().height()
        wanted = rows + 2 * self.table.frameWidth() + 2
        table = min(wanted, total - self.chart.minimumHeight())
        self.splitter.setSizes([table, total - table])

    def counting_rule(self) -> str:
        # models.read.counting.COUNTING_RULE in the interface's language (a test keeps the Chinese equal).
        return self.tr("按一级任务计数，子任务计入所属任务（有子任务逾期、临期或本期未反馈的，所属任务按此计），已撤销的不计")  # noqa: E501

    def open_cell(self, index: QModelIndex) -> None:
        ids = self.model.data(index, TASK_IDS_ROLE)
        if isinstance(ids, list) and ids:
            self.tasks_requested.emit(frozenset(ids), self.model.label(index))
