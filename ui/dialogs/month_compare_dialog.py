"""两个月比较: two months side by side by section — 完成率, 逾期, 未反馈 and the 考核 score — with 进步 or 退步."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain.frozen_months import Frozen
from models.ledger import Ledger
from models.read.assessment import points_text
from models.read.months import BETTER, WORSE, MonthView, compare, month_view, rate_text
from ui.i18n import said_text
from ui.labels import group_name
from ui.window_geometry import RemembersGeometry


class MonthCompareDialog(RemembersGeometry, QDialog):
    """Chooses two months (the month before `second` first) and shows them compared, frozen ones as frozen."""

    def __init__(self, ledger: Ledger, today: date, months: list[tuple[str, str]], second: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger, self.today = ledger, today
        self.setWindowTitle(self.tr("两个月比较"))
        self.first_combo, self.second_combo = QComboBox(), QComboBox()
        for combo in (self.first_combo, self.second_combo):
            for month, name in months:
                combo.addItem(name, month)
            combo.activated.connect(lambda _index: self.show_months())
        self.second_combo.setCurrentIndex(max(self.second_combo.findData(second), 0))
        self.first_combo.setCurrentIndex(min(self.second_combo.currentIndex() + 1, len(months) - 1))
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("比较")))
        choice.addWidget(self.first_combo)
        choice.addWidget(QLabel(self.tr("和")))
        choice.addWidget(self.second_combo)
        choice.addStretch(1)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.table = QTableWidget()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(self.tr("进步、退步按考核得分比较；不参与考核排名的科室按完成率比较。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.keep_geometry("month-compare", 980, 460)
        self.show_months()

    def _state(self, view: MonthView) -> str:
        kept: Frozen | None = view.frozen
        name = self.tr("{year}年{month}月").format(year=view.month[:4], month=int(view.month[5:]))
        if kept is None:
            return self.tr("{month}未冻结，按台账现在的情况计算").format(month=name)
        at = kept.frozen_at
        return self.tr("{month}已冻结于{year}年{m}月{day}日 {time}（{who}）").format(
            month=name, year=at.year, m=at.month, day=at.day, time=at.strftime("%H:%M"), who=kept.frozen_by)

    def show_months(self) -> None:
        first, second = sorted((str(self.first_combo.currentData()), str(self.second_combo.currentData())))
        settings = self.ledger.settings()
        with self.ledger.reading() as session:
            views = [month_view(session, month, self.today, settings) for month in (first, second)]
        self.state.setText("；".join(self._state(view) for view in views) + self.tr("。"))
        a, b = (self.tr("{month}月").format(month=int(month[5:])) for month in (first, second))
        headers = [self.tr("科室")] + [self.tr("{what}（{month}）").format(what=what, month=month)
                                       for what in (self.tr("完成率"), self.tr("逾期"), self.tr("未反馈"),
                                                    self.tr("考核得分")) for month in (a, b)] + [self.tr("比较")]
        rows = compare(*views)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for place, row in enumerate(rows):
            cells = [group_name(row.section), rate_text(row.rates[0]), rate_text(row.rates[1]), str(row.overdue[0]),
                     str(row.overdue[1]), str(row.no_feedback[0]), str(row.no_feedback[1]),
                     points_text(row.scores[0]), points_text(row.scores[1]), said_text(row.verdict)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == len(cells) - 1 and row.verdict in (BETTER, WORSE):
                    item.setForeground(QColor("#1a7f37" if row.verdict == BETTER else "#b42318"))
                self.table.setItem(place, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
