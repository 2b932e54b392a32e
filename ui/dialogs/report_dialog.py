"""打印: choose a report and its options, see it as it will print, then print or save it as PDF."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

import changes.year
from changes.bulletins import issue_bulletin_number
from models.domain.bulletins import issue_words, record_subject
from models.domain.enums import NoticeLevel
from models.domain.notices import IssuedNotice
from models.errors import RuleError, os_error_words
from models.read.year_account import year_account
from reports.assessment_sheet import assessment_report, write_assessment_sheet
from reports.fonts import FontSetup, setup_fonts
from reports.inspection_bulletin import bulletin_data, bulletin_title, write_bulletin, write_bulletin_docx
from reports.notice import (
    Batch,
    notice_batch,
    notice_levels,
    preview_notices,
    sent_notices,
    target_for_notice,
)
from reports.notice_form import write_notices
from reports.output import check_output, write_atomically
from reports.problem_sheet import problem_sheet_data, write_problem_sheet
from reports.progress_sheet import (
    ProgressSheetOptions,
    progress_sheet_data,
    write_progress_sheet,
)
from reports.stats_sheet import stats_report, write_stats_sheet
from reports.year_account import write_account_docx, write_account_pdf
from ui.controller import LedgerController
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import error_line, file_name_part
from ui.dialogs.monthly_part import MonthlyPart
from ui.dialogs.report_choices import (
    ASSESSMENT,
    BULLETIN,
    MONTHLY,
    NOTICE,
    NOTICES,
    PROBLEMS,
    PROGRESS,
    STATS,
    WORD_KINDS,
    YEAR,
    ReportChoices,
)
from ui.labels import count_words
from ui.print_job import print_with_progress
from ui.widgets.pdf_preview import PdfPreview
from ui.window_geometry import RemembersGeometry


class ReportDialog(RemembersGeometry, QDialog):
    def __init__(self, controller: LedgerController, year: int, as_of: date, *, sections: list[str],
                 key_tasks: list[str], leaders: list[str], task_code: str = "", kind: str = "", record_id: int = 0,
                 parent: QWidget | None = None, dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印报表"))
        self.dialogs = dialogs or DialogHost()  # the window's: the questions printing asks
        self.controller, self.ledger = controller, controller.ledger
        self.year, self.task_code, self.record_id = year, task_code, record_id
        # The notices of this preview as they went out (printed or saved): their numbers stand, the 提醒 recorded.
        self.sent: tuple[Batch, list[IssuedNotice]] | None = None
        self.sent_numbers: list[str] = []  # their 文号, as the preview of them shows them
        self.bulletin_numbered = False  # the 督查通报 shown carries its 第N期 (given when printed or saved)
        self.folder = Path(tempfile.mkdtemp(prefix="luoshi-report-"))
        self.current: Path | None = None
        self.pages = 0
        self.monthly = MonthlyPart(self.ledger, as_of, self)
        self.choices = ReportChoices(self.monthly, year, as_of, sections=sections, key_tasks=key_tasks,
                                     leaders=leaders, task_code=task_code, record_id=record_id, kind=kind)
        self.choices.changed.connect(self._schedule)
        # The form's fields by name, as a user and the tests reach them.
        self.kind_combo, self.date_edit = self.choices.kind_combo, self.choices.date_edit
        self.group_combo, self.section_combo = self.choices.group_combo, self.choices.section_combo
        self.key_task_combo, self.leader_combo = self.choices.key_task_combo, self.choices.leader_combo
        self.only_combo, self.columns_button = self.choices.only_combo, self.choices.columns_button
        self.column_actions, self.binding_check = self.choices.column_actions, self.choices.binding_check
        self.again_check, self.level_combo = self.choices.again_check, self.choices.level_combo
        self.fonts: FontSetup = setup_fonts(self.ledger.settings().report_font)
        self.font_note = QLabel(self.fonts.notice)
        self.font_note.setWordWrap(True)
        self.font_note.setStyleSheet("color: #8a5300;")
        self.font_note.setVisible(bool(self.fonts.notice))
        self.status = QLabel()
        self.status.setWordWrap(True)  # a batch's numbers, counted by level, would widen the form over the preview
        self.error_label = error_line()
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.word_button = QPushButton(self.tr("另存为 Word…"))
        self.word_button.clicked.connect(self.save_word)
        self.ask_word_path: Callable[[], Path | None] = self._ask_word_path
        close_button = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_as)
        close_button.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.choices)
        left.addWidget(self.font_note)
        left.addWidget(self.status)
        left.addWidget(self.error_label)
        left.addStretch(1)
        # Two by two: the form has grown a row for each report's choices, and at 150% a column of four
        # buttons pushed the dialog past a 1366×768 screen's height.
        buttons = QGridLayout()
        for at, button in enumerate((self.print_button, self.save_button, self.word_button, close_button)):
            buttons.addWidget(button, at // 2, at % 2)
        left.addLayout(buttons)
        self.preview = PdfPreview()
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.preview, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.generate)
        self.keep_geometry("report", 1200, 720)
        self.generate()

    def _schedule(self) -> None:
        self.sent = None  # other options: another set of notices, numbered when it goes out
        self._timer.start()

    def as_of(self) -> date:
        return self.choices.as_of()

    def options(self) -> ProgressSheetOptions:
        return self.choices.options()

    def generate(self) -> bool:
        """Write the chosen report to a fresh temporary file and show it; long sheets report their pages."""
        kind = self.choices.kind()
        self.choices.fit_to_kind()
        self.word_button.setVisible(kind in WORD_KINDS)
        target = self.folder / f"{kind}-{len(list(self.folder.iterdir()))}.pdf"
        self.status.setText(self.tr("正在生成……"))
        QApplication.processEvents()

        def progress(page: int) -> None:
            self.status.setText(self.tr("正在生成：已排好 {n} 页……").format(n=page))
            QApplication.processEvents()
        try:
            with self.ledger.reading() as session:
                if kind == PROGRESS:
                    data = progress_sheet_data(session, self.options())
                    self.pages = write_progress_sheet(data, self.fonts, target, progress)
                    summary = count_words(data.tally)  # counted as the sheet's own heading counts
                elif kind == PROBLEMS:
                    problems = problem_sheet_data(session, self.choices.problem_options())
                    self.pages = write_problem_sheet(problems, self.fonts, target)
                    summary = self.tr("{n} 个问题").format(n=problems.totals.found)
                elif kind == BULLETIN:
                    bulletin = bulletin_data(session, self.record_id, self.as_of())
                    self.pages = write_bulletin(bulletin, self.fonts, target)
                    self.bulletin_numbered = bulletin.issue_number > 0
                    issue = (issue_words(bulletin.year, bulletin.issue_number) if self.bulletin_numbered
                             else self.tr("打印或保存时编期号"))
                    summary = self.tr("{n} 个问题，{issue}").format(n=len(bulletin.problems), issue=issue)
                elif kind == MONTHLY:
                    self.pages, summary = self.monthly.write_preview(session, self.as_of(), self.fonts, target)
                elif kind == YEAR:
                    account = year_account(session, self.year, self.as_of())
                    self.pages = write_account_pdf(account, self.fonts, target, progress)
                    summary = self.tr("任务{n}、{m} 个问题").format(
                        n=count_words(account.tally, in_brackets=True), m=account.problem_totals.found)
                elif kind == ASSESSMENT:
                    scores, sign_off = assessment_report(session, self.as_of(), self.year)
                    self.pages = write_assessment_sheet(scores, sign_off, self.fonts, target)
                    summary = self.tr("{n} 个科室").format(n=len(scores.sections))
                elif kind == STATS:
                    report, sign_off = stats_report(session, self.as_of(), self.year)
                    self.pages = write_stats_sheet(report, sign_off, self.fonts, target)
                    summary = self.tr("{n} 个科室").format(n=len(report.sections))
                else:
                    batch = self.sent[0] if self.sent is not None else self._notice_batch(session)
                    notices = (sent_notices(session, batch, self.sent[1], self.as_of()) if self.sent is not None
                               else preview_notices(session, batch.targets, self.as_of(),
                                                    again=self.again_check.isChecked(), levels=batch.levels))
                    self.pages = write_notices(notices, self.fonts, target)
                    self.sent_numbers = [notice.number for notice in notices
                                         if self.sent is not None and notice.number]
                    summary = self.choices.notice_summary(notices, self.sent is not None, batch.left_out)
        except (ValueError, OSError, RuleError) as error:
            self.error_label.setText(self.tr("生成失败：{error}").format(error=error))
            self.status.clear()
            return False
        self.error_label.clear()
        self.current = target
        self.preview.show_file(target)
        self.status.setText(self.tr("{summary}，共 {pages} 页").format(summary=summary, pages=self.pages))
        return True

    def _notice_batch(self, session: Session) -> Batch:
        """One notice per top-level task (a selected subtask's goes to its task), counted as the sheets count; a
        batch chosen as `report notices` chooses it (notice_batch), by the trigger unless 等级 names a level."""
        if self.kind_combo.currentData() == NOTICE:  # asked for by hand: a 督办单 at least
            target = target_for_notice(session, self.task_code, self.as_of(), self.year)[0]
            return Batch([target], notice_levels([target]))
        return notice_batch(session, self.as_of(), only=str(self.only_combo.currentData() or "overdue"),
                            section=self.section_combo.currentData() or "", year=self.year,
                            level=self.choices.level())

    def _issue_notices(self) -> bool:
        """督办单 are numbered when they go out (printed or saved: once the file or the printer is chosen), not when
        previewed; once per preview. A task whose notice is open keeps it (same number) unless 催办 is ticked; a
        提醒函 is never numbered: each is recorded in its 催办记录 as it goes out."""
        if self.kind_combo.currentData() not in (NOTICE, NOTICES) or self.sent is not None:
            return True
        with self.ledger.reading() as session:
            batch = self._notice_batch(session)
        if not batch.targets:
            return True
        day, reply_days, again = self.as_of(), self.ledger.settings().notice_reply_days, self.again_check.isChecked()
        numbered = any(level is not NoticeLevel.BLUE for level in batch.levels.values())
        issued = self.controller.perform(
            self.tr("发出督办单") if numbered else self.tr("发出提醒函"), lambda: changes.year.send_notices(
                self.ledger, batch.levels, day, reply_days, again=again,
                late={t.row.id for t in batch.targets if t.overdue}))
        if issued is None:
            return False
        self.sent = (batch, issued)
        return self.generate()

    def _issue_monthly(self) -> bool:
        """The month's 通报 takes its 第N期 as it goes out, as a 督查通报 does (the same series)."""
        if self.kind_combo.currentData() != MONTHLY or self.monthly.numbered:
            return True
        issued = self.controller.perform(self.tr("编发月度通报"), lambda: self.monthly.issue(self.as_of()))
        return issued is not None and self.generate()

    def _issue_bulletin(self) -> bool:
        """A 督查通报 takes its 第N期 when it goes out (printed or saved), not when previewed; a record's 通报
        printed again keeps the number it was given. The series is the year's, shared with the monthly 通报."""
        if self.kind_combo.currentData() != BULLETIN or self.bulletin_numbered:
            return True
        with self.ledger.reading() as session:
            bulletin = bulletin_data(session, self.record_id, self.as_of())
        issued = self.controller.perform(self.tr("编发督查通报"), lambda: issue_bulletin_number(
            self.ledger, bulletin.year, record_subject(self.record_id), bulletin_title(bulletin.record),
            self.as_of()))
        return issued is not None and self.generate()

    def _number_what_goes_out(self) -> bool:
        """Called once the file or the printer is chosen, never before: a save or a print cancelled numbers
        nothing and records nothing. False when nothing may go out (refused, or the numbered sheet not made)."""
        if self._issue_notices() and self._issue_bulletin() and self._issue_monthly():
            return True
        self._say_numbered()
        return False

    def _numbered_note(self) -> str:
        """What stands though the sheet did not go out: the 督办单 numbered and recorded, the 通报's 第N期."""
        kind = self.kind_combo.currentData()
        if kind in (NOTICE, NOTICES) and self.sent is not None:
            if not self.sent[1]:
                return self.tr("提醒函已记入催办记录（提醒不编号）：可以再点“打印…”或“另存为 PDF…”，不会重复记录。")
            numbers = self.sent_numbers
            if not numbers:
                named = self.tr("督办单")
            elif len(numbers) <= 3:
                named = self.tr("督办单（{numbers}）").format(numbers="、".join(numbers))
            else:
                named = self.tr("督办单（{first}等 {n} 张）").format(first=numbers[0], n=len(numbers))
            return self.tr("{notices}已编号并记入催办记录：再点“打印…”或“另存为 PDF…”，"
                           "仍用原编号，不会重新编号。").format(notices=named)
        if (kind == BULLETIN and self.bulletin_numbered) or (kind == MONTHLY and self.monthly.numbered):
            return self.tr("通报已编期号：再打印或另存，仍是这一期，不会重新编期号。")
        return ""

    def _say_numbered(self) -> None:
        """After the error line's own words (why it did not go out), what was numbered all the same."""
        note = self._numbered_note()
        if note:
            said = self.error_label.text()
            self.error_label.setText(f"{said}\n{note}" if said else note)

    def _refused_output(self, path: Path, suffix: str) -> bool:
        """A file the sheet may not be written to (a ledger's name, a folder that cannot be written), said before
        anything is numbered, as the command line says it."""
        try:
            check_output(path, suffix)
        except OSError as error:
            self.error_label.setText(self.tr("无法保存：{error}").format(error=os_error_words(error)))
            return True
        return False

    def save_as(self) -> Path | None:
        """The file is asked for first, then what goes out is numbered (督办单, 通报), then it is written."""
        if self.current is None:
            return None
        path = self._ask_save_path()
        self.error_label.clear()
        if path is None or self._refused_output(path, ".pdf") or not self._number_what_goes_out():
            return None
        try:
            current = self.current

            def copy(temporary: Path) -> int:
                shutil.copyfile(current, temporary)
                return self.pages
            # Beside the target and renamed into place: a full disk or a crash never leaves half a PDF there.
            write_atomically(path, copy)
        except OSError as error:
            self.error_label.setText(self.tr("无法保存：{error}").format(error=os_error_words(error)))
            self._say_numbered()
            return None
        self.error_label.clear()
        self.status.setText(self.tr("已保存：{path}").format(path=path))
        return path

    def save_word(self) -> Path | None:
        """The year's account as a Word document the office edits into its 年度总结, or the 督查通报 as the
        draft the office finishes (numbered as it goes out, as a printed one is: once the file is chosen)."""
        if self.current is None and self.kind_combo.currentData() in (BULLETIN, MONTHLY):
            return None
        path = self.ask_word_path()
        self.error_label.clear()
        if path is None or self._refused_output(path, ".docx") or not self._number_what_goes_out():
            return None
        try:
            with self.ledger.reading() as session:
                if self.kind_combo.currentData() == MONTHLY:
                    self.monthly.write_word(path, self.as_of())
                elif self.kind_combo.currentData() == BULLETIN:
                    bulletin = bulletin_data(session, self.record_id, self.as_of())
                    write_atomically(path, lambda temporary: write_bulletin_docx(bulletin, temporary),
                                     suffix=".docx")
                else:
                    account = year_account(session, self.year, self.as_of())
                    write_atomically(path, lambda temporary: write_account_docx(account, temporary), suffix=".docx")
        except OSError as error:
            self.error_label.setText(self.tr("无法保存：{error}").format(error=os_error_words(error)))
            self._say_numbered()
            return None
        self.error_label.clear()
        self.status.setText(self.tr("已保存：{path}").format(path=path))
        return path

    def _ask_word_path(self) -> Path | None:
        name = self.suggested_file_name().removesuffix(".pdf") + ".docx"
        return self.dialogs.ask_save_path(self.tr("另存为 Word"), "reports", name, self.tr("Word 文档 (*.docx)"),
                                          over=self)

    def print_report(self) -> int:
        """The printer is asked for first (a PC with none is told so, and the print dialog may be cancelled), then
        what goes out is numbered (督办单, 通报), then the numbered sheet is sent."""
        if self.current is None:
            return 0
        printer = self._ask_printer()
        self.error_label.clear()
        if printer is None or not self._number_what_goes_out():
            return 0
        outcome, problem = print_with_progress(self, self.current, printer)
        if outcome.pages and not outcome.cancelled:
            self.status.setText(self.tr("已送打印：{n} 页").format(n=outcome.pages))
            return outcome.pages
        if outcome.cancelled:
            self.status.setText(self.tr("已取消打印：已送出 {n} 页").format(n=outcome.pages))
        else:
            self.error_label.setText(self.tr("没有能送去打印{problem}：请检查打印机，或“另存为 PDF”后用阅读器打印。")
                                     .format(problem=f"（{problem}）" if problem else ""))
        self._say_numbered()
        return outcome.pages

    def suggested_file_name(self) -> str:
        """What the office would call the file: the month, the section when one is chosen, and the sheet."""
        day, kind = self.as_of(), self.kind_combo.currentData()
        month = self.tr("{year}年{month}月").format(year=day.year, month=day.month)
        section = self.section_combo.currentData() or ""
        scope = section if kind != NOTICE else ""
        names = {PROGRESS: self.tr("{month}{scope}重点工作任务推进情况表"),
                 STATS: self.tr("{month}重点工作任务统计表"),
                 NOTICE: self.tr("{month}督办单（{code}）"),
                 NOTICES: self.tr("{month}{scope}督办单"), PROBLEMS: self.tr("{month}{scope}问题整改清单"),
                 BULLETIN: self.tr("{month}督查通报"), ASSESSMENT: self.tr("{month}科室考核汇总表"),
                 YEAR: self.tr("{year}年度工作台账"), MONTHLY: self.monthly.file_name()}
        name = names[kind].format(month=month, scope=scope, code=self.task_code or "", year=self.year)
        return file_name_part(name) + ".pdf"

    def _ask_save_path(self) -> Path | None:
        return self.dialogs.ask_save_path(self.tr("另存为 PDF"), "reports", self.suggested_file_name(),
                                          self.tr("PDF 文件 (*.pdf)"), over=self)

    def _ask_printer(self) -> QPrinter | None:
        return self.dialogs.ask_printer(self.current, over=self) if self.current is not None else None

    def done(self, result: int) -> None:
        self._clean_up()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clean_up()
        super().closeEvent(event)

    def _clean_up(self) -> None:
        self._timer.stop()
        self.preview.release()
        shutil.rmtree(self.folder, ignore_errors=True)
