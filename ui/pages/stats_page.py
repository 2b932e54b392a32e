"""统计: the per-section table with a bar chart (clicking a count shows those tasks), and problems per section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from models.read.assessment import FIGURES_NOTE, AssessmentReport, SectionScore, assessment
from models.read.problems import problem_rows, problem_stats
from models.read.stats import SectionStats, unit_stats
from ui.dialogs.score_details_dialog import ScoreDetailsDialog
from ui.i18n import said_text
from ui.item_models.assessment_models import SCORE_ROLE, AssessmentModel
from ui.item_models.stats_model import TASK_IDS_ROLE, ProblemStatsModel, StatsTableModel
from ui.labels import group_name, shown_date
from ui.pages.page_refresh import follow_rows

if TYPE_CHECKING:
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

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.setObjectName("page_stats")
        self.context = context
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
        self.score_note = QLabel()
        self.score_note.setWordWrap(True)
        scores = QWidget()
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        scores_layout.addWidget(self.score_note)
        scores_layout.addWidget(self.score_table, 1)
        self.tabs.addTab(scores, self.tr("考核排名"))
        # The page's caption tells how tasks are counted and that a number opens its tasks: not the ranking's.
        self.tabs.currentChanged.connect(lambda index: self.caption.setVisible(self.tabs.widget(index) is not scores))
        layout.addWidget(self.caption)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # computed when shown, not while the window opens
        super().showEvent(event)

    def rows_read_again(self, _task_ids: list[int] | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        context = self.context
        rows = context.rows  # the window's own rows: the same year, day and rules
        report = unit_stats(rows, context.year, context.as_of, context.sections)
        self.model.set_report(report)
        self.chart.set_sections(self.model.sections())
        QTimer.singleShot(0, self._give_the_table_its_rows)  # once the page is laid out at its height
        settings = context.ledger.settings()
        with context.ledger.reading() as session:
            problems = problem_rows(session, context.year, context.as_of, context.rules)
            scored = assessment(session, context.year, context.as_of, settings, context.sections, rows=rows,
                                problems=problems)
        self.problem_model.set_stats(*problem_stats(problems, context.sections))
        self.scored = scored
        self.score_model.set_scores(scored.sections)
        kept = (self.tr("{year}年设置").format(year=scored.rules_year) if scored.rules_year
                else self.tr("程序默认，可在“设置 → 考核”中修改"))
        self.score_note.setText(self.tr("考核办法：{name}（{kept}）。双击一个科室，查看每一分的来历。").format(
            name=said_text(scored.rules.name), kept=kept))
        self.score_note.setToolTip("\n".join(said_text(line) for line in [*scored.rules.describe(), FIGURES_NOTE]))
        self.score_table.horizontalHeader().setToolTip(said_text(FIGURES_NOTE))
        self.caption.setText(self.tr(
            "{year}年 截至{day}：按牵头科室统计。{rule}。点击数字查看对应任务。"
        ).format(year=context.year, day=shown_date(context.as_of), rule=self.counting_rule()))

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
