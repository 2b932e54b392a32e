"""Starting a meeting and the summary at its end."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.errors import os_error_words
from models.read.meetings import MeetingSummary
from ui import ui_state
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import error_line, file_name_part, to_date
from ui.dialogs.task_dialogs import FormDialog
from ui.labels import date_format, shown_date
from ui.window_geometry import RemembersGeometry

if TYPE_CHECKING:
    from reports.meeting_minutes import MinutesFields


class NewMeetingDialog(FormDialog):
    def __init__(self, today: date, taken: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("开始新的会议"), parent)
        self.taken = {title.strip() for title in taken}
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
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


class MeetingSummaryDialog(RemembersGeometry, QDialog):
    """What the meeting produced, readable at a glance, and saved as its 会议纪要 (PDF or Word) with who was there."""

    def __init__(self, summary: MeetingSummary, org: str = "", report_font: str = "",
                 parent: QWidget | None = None, dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("会议小结"))
        self.summary, self.org, self.report_font = summary, org, report_font
        self.dialogs = dialogs or DialogHost()  # the window's: where to save the 纪要 is asked there
        self.chair_edit, self.attendees_edit, self.recorder_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.place_edit = QLineEdit()
        form = QFormLayout()
        for label, edit, key in ((self.tr("地点"), self.place_edit, "place"),
                                 (self.tr("主持"), self.chair_edit, "chair"),
                                 (self.tr("参加人员"), self.attendees_edit, "attendees"),
                                 (self.tr("记录"), self.recorder_edit, "recorder")):
            edit.setText(ui_state.remembered_text(f"minutes/{key}"))  # the same people sit every month
            form.addRow(label, edit)
        self.attendees_edit.setPlaceholderText(self.tr("如：王部长、李副部长，各科室负责人"))
        self.place_edit.setPlaceholderText(self.tr("如：部机关三楼会议室"))
        self.text = QTextBrowser()
        self.text.setPlainText(self.summary_text(summary))
        self.status = error_line()
        self.save_button = QPushButton(self.tr("另存为会议纪要 PDF…"))
        self.save_button.clicked.connect(self.save_minutes)
        self.word_button = QPushButton(self.tr("另存为 Word…"))
        self.word_button.setToolTip(self.tr("会议纪要的 Word 文档（公文样式），便于修改后印发"))
        self.word_button.clicked.connect(self.save_word)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.word_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.keep_geometry("meeting-summary", 680, 560)

    def summary_text(self, summary: MeetingSummary) -> str:
        meeting = summary.meeting
        lines = [self.tr("{title}（{day}）").format(title=meeting.title, day=shown_date(meeting.held_on)), ""]
        lines.append(self.tr("一、本次录入进展 {n} 条").format(n=len(summary.entries)))
        lines += [f"  {code} {title}：{text}" for code, title, text in summary.entries]
        lines += ["", self.tr("二、本期仍未反馈 {n} 项").format(n=len(summary.silent))]
        lines += [f"  {code} {title}（{section}）" for code, title, section in summary.silent]
        lines += ["", self.tr("三、本次会议交办 {n} 项").format(n=len(summary.assigned))]
        lines += [f"  {code} {title}（{section}）" for code, title, section in summary.assigned]
        return "\n".join(lines)

    def fields(self) -> MinutesFields:
        from reports.meeting_minutes import MinutesFields  # ReportLab loads on the first minutes, not at start

        return MinutesFields(self.org, self.chair_edit.text().strip(), self.attendees_edit.text().strip(),
                             self.recorder_edit.text().strip(), self.place_edit.text().strip())

    def save_minutes(self) -> Path | None:
        """The 会议纪要 as a PDF where the user chooses; who sat is remembered for next month."""
        return self._save(word=False)

    def save_word(self) -> Path | None:
        """The 会议纪要 as a Word document in the 公文 styles, to be finished and issued."""
        return self._save(word=True)

    def _save(self, *, word: bool) -> Path | None:
        path = self._ask_save_path(word)
        if path is None:
            return None
        fields = self.fields()
        for key, value in (("place", fields.place), ("chair", fields.chair), ("attendees", fields.attendees),
                           ("recorder", fields.recorder)):
            ui_state.remember_text(f"minutes/{key}", value)
        from reports.fonts import setup_fonts
        from reports.meeting_minutes import write_minutes, write_minutes_docx
        from reports.output import write_atomically

        summary, note = self.summary, ""
        try:
            if word:
                write_atomically(path, lambda temporary: write_minutes_docx(summary, fields, temporary),
                                 suffix=".docx")
                said = self.tr("会议纪要已保存为 Word 文档：{path}").format(path=path)
            else:
                fonts = setup_fonts(self.report_font)
                pages = write_atomically(path, lambda temporary: write_minutes(summary, fields, fonts, temporary))
                note = f"（{fonts.notice}）" if fonts.notice else ""
                said = self.tr("会议纪要已保存（{pages} 页）：{path}{note}").format(pages=pages, path=path, note=note)
        except OSError as error:
            self.status.setStyleSheet("color: #c62828;")  # red again after an earlier save said green
            self.status.setText(self.tr("无法保存：{error}").format(error=os_error_words(error)))
            return None
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(said)
        return path

    def _ask_save_path(self, word: bool) -> Path | None:
        meeting = self.summary.meeting
        name = file_name_part(self.tr("{title}纪要").format(title=f"{meeting.held_on.year}年{meeting.title}"))
        if word:
            return self.dialogs.ask_save_path(self.tr("另存为 Word"), "reports", name + ".docx",
                                              self.tr("Word 文档 (*.docx)"), over=self)
        return self.dialogs.ask_save_path(self.tr("另存为会议纪要"), "reports", name + ".pdf",
                                          self.tr("PDF 文件 (*.pdf)"), over=self)
