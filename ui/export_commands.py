"""File → 导出 Excel… and 生成科室反馈表…: the spreadsheets the command line writes, from the window."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.domain.enums import UnitKind
from models.domain.lights import parse_period, period_of
from models.errors import os_error_words
from ui import ui_state
from ui.dialogs.dialog_parts import file_name_part
from ui.dialogs.file_dialogs import start_folder
from ui.i18n import tr as _tr
from ui.labels import count_words

if TYPE_CHECKING:
    from ui.window_host import WindowHost



class ExportCommands:
    """Writes the year's ledger as a task breakdown, or one blank feedback form per section, where the user says."""

    def __init__(self, window: WindowHost) -> None:
        self.window = window
        self.context = window.context
        self.dialogs = window.dialogs

    def _tell(self, message: str) -> None:
        self.window.tell(message)

    def export_xlsx(self) -> Path | None:
        year = self.context.year
        path = self.dialogs.ask_save_path(_tr("导出 Excel"), "exports", _tr("{year}年重点工作任务分解表.xlsx").format(
            year=year), _tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return None
        from reports.output import write_atomically  # openpyxl loads on first export, not at every start
        from reports.xlsx_export import export_ledger
        try:
            with self.context.ledger.reading() as session:
                held = write_atomically(path, lambda temporary: export_ledger(
                    session, temporary, year=year, as_of=self.context.as_of), suffix=".xlsx")
        except OSError as error:
            self.context.error_reported.emit(_tr("无法导出到 {path}：{error}").format(
                path=path, error=os_error_words(error)))
            return None
        self._tell(_tr("已导出：{path}（任务{count}）").format(path=path, count=count_words(held, in_brackets=True)))
        return path

    def sections_with_open_tasks(self) -> list[str]:
        """Units that lead or help on an unfinished task this year, in the office's order; "各科室" is no
        one to send a form to (each section gets its own)."""
        wanted = {name for row in self.context.rows if not row.status.is_finished
                  for name in (row.lead_section, *row.co_sections) if name}
        return [choice.name for choice in self.context.sections
                if choice.name in wanted and choice.kind != UnitKind.EVERYONE]

    def feedback_forms(self) -> list[Path]:
        """One 反馈表 per section for this month, into one folder; the sections fill them in and send them back."""
        sections = self.sections_with_open_tasks()
        if not sections:
            self.context.error_reported.emit(_tr("本年度没有未完成的任务，不需要反馈表。"))
            return []
        folder = self.dialogs.ask_folder(_tr("选择保存反馈表的文件夹"), start_folder("forms"))
        if folder is None:
            return []
        period = period_of(self.context.as_of)
        year, month = parse_period(period)
        targets: dict[str, Path] = {}
        for section in sections:
            name = _tr("{section}{year}年{month}月反馈表").format(
                section=file_name_part(section) or _tr("未命名科室"), year=year, month=month)
            # Two names may clean to the same file name (干部一科/二科, 干部一科二科): number the later one.
            taken, number = {path.stem for path in targets.values()}, 2
            unique = name
            while unique in taken:
                unique, number = f"{name}（{number}）", number + 1
            targets[section] = folder / f"{unique}.xlsx"
        existing = [path.name for path in targets.values() if path.exists()]
        if existing and not self.dialogs.confirm(_tr("生成科室反馈表"), _tr(
                "文件夹里已有 {count} 份同名反馈表（如“{first}”），要替换吗？").format(
                    count=len(existing), first=existing[0])):
            return []
        ui_state.remember_folder("forms", folder)
        from reports.feedback_form import feedback_form
        from reports.output import write_atomically  # openpyxl loads on first use, not at every start
        written: list[Path] = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.context.ledger.reading() as session:
                for number, (section, path) in enumerate(targets.items(), start=1):
                    self._tell(_tr("正在生成反馈表 {n}/{total}：{section}").format(
                        n=number, total=len(targets), section=section))
                    QApplication.processEvents()
                    write_atomically(path, partial(feedback_form, session, section=section, period=period,
                                                   year=self.context.year), suffix=".xlsx")
                    written.append(path)
        except OSError as error:
            self.context.error_reported.emit(_tr("无法写入 {path}：{error}（已生成 {count} 份）").format(
                path=path, error=os_error_words(error), count=len(written)))
            return written
        finally:
            QApplication.restoreOverrideCursor()
        self._tell(_tr("已生成 {count} 份反馈表（{period}），在 {folder}").format(
            count=len(written), period=period, folder=folder))
        return written
