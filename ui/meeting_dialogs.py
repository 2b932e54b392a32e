"""Starting a meeting and the summary at its end."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from models.domain.deadlines import chinese_date
from models.read.meetings import MeetingSummary
from ui.dialog_parts import to_date
from ui.task_dialogs import FormDialog
from ui.window_geometry import keep_geometry


class NewMeetingDialog(FormDialog):
    def __init__(self, today: date, taken: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("开始新的会议"), parent)
        self.taken = {title.strip() for title in taken}
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy年M月d日")
        self.title_edit = QLineEdit(self.suggested_title(today.month))
        self._suggested = self.title_edit.text()
        self.date_edit.dateChanged.connect(self._suggest_title)
        self.form.addRow(self.tr("会议日期："), self.date_edit)
        self.form.addRow(self.tr("会议名称："), self.title_edit)

    def suggested_title(self, month: int) -> str:
        """The month's regular meeting, numbered when that name is already used (a second meeting that month)."""
        title = self.tr("{month}月月例会").format(month=month)
        number = 2
        while title in self.taken:
            title = self.tr("{month}月月例会（第{n}次）").format(month=month, n=number)
            number += 1
        return title

    def _suggest_title(self, day: QDate) -> None:
        if self.title_edit.text() == self._suggested:  # only a name the clerk has not typed over
            self.title_edit.setText(self.suggested_title(day.month()))
            self._suggested = self.title_edit.text()

    def held_on(self) -> date:
        return to_date(self.date_edit.date())

    def meeting_title(self) -> str:
        return self.title_edit.text().strip()

    def validate(self) -> str:
        title = self.meeting_title()
        if not title:
            return self.tr("会议名称不能为空。")
        if title in self.taken:
            return self.tr("已经有一个「{title}」了，请换一个名称（例如加上日期）。").format(title=title)
        return ""


class MeetingSummaryDialog(QDialog):
    """What the meeting produced, readable at a glance and easy to copy into the minutes."""

    def __init__(self, summary: MeetingSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("会议小结"))
        self.text = QTextBrowser()
        self.text.setPlainText(self.summary_text(summary))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        keep_geometry(self, "meeting-summary", 640, 520)

    def summary_text(self, summary: MeetingSummary) -> str:
        meeting = summary.meeting
        lines = [self.tr("{title}（{day}）").format(title=meeting.title, day=chinese_date(meeting.held_on)), ""]
        lines.append(self.tr("一、本次录入进展 {n} 条").format(n=len(summary.entries)))
        lines += [f"  {code} {title}：{text}" for code, title, text in summary.entries]
        lines += ["", self.tr("二、本期仍未反馈 {n} 项").format(n=len(summary.silent))]
        lines += [f"  {code} {title}（{section}）" for code, title, section in summary.silent]
        lines += ["", self.tr("三、本次会议交办 {n} 项").format(n=len(summary.assigned))]
        lines += [f"  {code} {title}（{section}）" for code, title, section in summary.assigned]
        return "\n".join(lines)
