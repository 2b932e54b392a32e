"""加减分明细: one section's score line by line — the base, every event with its date, 编号 and points, the sum."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from models.read.assessment import AssessmentReport, SectionScore, points_text, signed
from ui.i18n import said_text
from ui.item_models.assessment_models import TITLE_COLUMN, ScoreLinesModel, tier_words
from ui.labels import group_name, shown_date
from ui.window_geometry import RemembersGeometry


class ScoreDetailsDialog(RemembersGeometry, QDialog):
    def __init__(self, report: AssessmentReport, score: SectionScore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{section}加减分明细").format(section=group_name(score.section)))
        heading = QLabel(self.tr("{year}年，截至{day}；考核办法：{rules}。第{rank}名，{tier}。").format(
            year=report.year, day=shown_date(report.as_of), rules=said_text(report.rules.name),
            rank=score.rank or "—", tier=tier_words(score)))
        heading.setWordWrap(True)
        self.model = ScoreLinesModel(self)
        self.model.set_lines(score.lines)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("截至当日没有加减分的事项：考核得分就是基础分。"))
        self.empty_label.setVisible(not score.lines)
        if score.base:
            sums = self.tr("基础分 {base} ＋ 加分 {added} ＋ 减分 {taken} ＝ 考核得分 {score}")
        else:
            sums = self.tr("各项合计 ＝ 考核得分 {score}（按比率加权，满分100）")
        self.total_label = QLabel(sums.format(base=points_text(score.base), added=signed(score.added),
                                              taken=signed(score.taken), score=points_text(score.score)))
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.total_label)
        layout.addWidget(buttons)
        self.keep_geometry("score-details", 900, 460)
