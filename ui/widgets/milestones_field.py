"""The editor's 序时进度 line ("3月30%、6月60%（完成初稿）、12月100%"), read on save, and the newest report's class."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from models.domain import milestones as schedule
from models.domain.enums import Pace
from models.errors import RuleError
from models.read.task_detail import TaskDetail
from ui.i18n import error_text
from ui.labels import label

# The class beside the progress, in the colours of the lights it may turn on: 欠进度 amber, 超进度 green.
PACE_COLOURS = {Pace.AHEAD: "#1b7f3b", Pace.ON_SCHEDULE: "#333333", Pace.BEHIND: "#b36b00"}


class MilestonesField(QLineEdit):
    """The milestones as one line of text, parsed only when the task is saved (a bad line is said in words
    and nothing is saved); `standing_label` shows where the newest report stands against them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("如 3月30%、6月60%（完成初稿）、12月100%；留空为不设"))
        self.setToolTip(self.tr("每月报告对照当月或之前最近一个节点：高出10个百分点及以上为超进度，"
                                "达到为达进度，低于为欠进度"))
        self.standing_label = QLabel()
        self.detail: TaskDetail | None = None

    def beside(self, percent: QWidget) -> QHBoxLayout:
        """The progress row: the percentage, and the newest report's class beside it."""
        row = QHBoxLayout()
        row.addWidget(percent)
        row.addWidget(self.standing_label, 1)
        return row

    def show_task(self, detail: TaskDetail | None) -> None:
        self.detail = detail
        self.setText(schedule.as_text(detail.milestones, detail.year) if detail else "")
        self.standing_label.setText(self.standing_words(detail))

    def standing_words(self, detail: TaskDetail | None) -> str:
        """"最近报告：欠进度（6月应达60%，报45%）", in the class's colour; empty without a class."""
        standing = detail.standing if detail else None
        if detail is None or standing is None:
            return ""
        year, month = (int(part) for part in standing.target.period.split("-"))
        due = (self.tr("{month}月").format(month=month) if year == detail.year
               else self.tr("{year}年{month}月").format(year=year, month=month))
        words = self.tr("最近报告：{pace}（{due}应达{target}%，报{percent}%）").format(
            pace=label(standing.pace), due=due, target=standing.target.percent, percent=standing.percent)
        return f'<span style="color:{PACE_COLOURS[standing.pace]}">{words}</span>'

    def is_changed(self) -> bool:
        saved = schedule.as_text(self.detail.milestones, self.detail.year) if self.detail else ""
        return self.detail is not None and self.text().strip() != saved

    def typed(self) -> schedule.Milestones | None:
        """The milestones typed, None when the line is as saved; raises RuleError for a line not understood."""
        if self.detail is None or not self.is_changed():
            return None
        return schedule.from_text(self.text(), self.detail.year)

    def edited(self) -> dict[str, object]:
        """{"milestones": what was typed} when the line was changed and can be read, as the editor's fields."""
        typed = None if self.problem() else self.typed()
        return {} if typed is None else {"milestones": typed}

    def problem(self) -> str:
        """What is wrong with the line typed, in words, or ""."""
        try:
            self.typed()
        except RuleError as error:
            return error_text(error)
        return ""
