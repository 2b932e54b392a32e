"""导入 Excel: pick a file, see every row checked, then import it all in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import changes.imports
from importers.breakdown import FIELD_LABELS
from importers.progress_return import period_in_name
from importers.sources import Reading, changed_since, read_breakdown, read_pasted, read_return_file, read_returns
from models.apply.breakdown import CREATED_KINDS, ImportResult
from models.apply.progress_return import ReturnResult
from models.domain.lights import period_of
from models.errors import LedgerError, RuleError
from ui.controller import LedgerController
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import busy, error_line, preview_table, to_date, typed_file
from ui.i18n import error_text
from ui.item_models.import_preview_model import ImportPreviewModel
from ui.labels import month_format
from ui.reading_job import read_with_progress
from ui.window_geometry import RemembersGeometry

BREAKDOWN, RETURN = "breakdown", "return"
MAPPING_PER_ROW = 3
# importers.breakdown.FIELD_LABELS, as the window says them (the CLI's --columns keeps the Chinese words).
FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("ImportDialog", "序号"), "key_task": QT_TRANSLATE_NOOP("ImportDialog", "重点任务"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "任务内容"), "lead": QT_TRANSLATE_NOOP("ImportDialog", "牵头科室"),
    "co": QT_TRANSLATE_NOOP("ImportDialog", "配合科室"), "leader": QT_TRANSLATE_NOOP("ImportDialog", "分管领导"),
    "owner": QT_TRANSLATE_NOOP("ImportDialog", "责任人"), "deadline": QT_TRANSLATE_NOOP("ImportDialog", "完成时限"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "备注"),
}


class ImportDialog(RemembersGeometry, QDialog):
    def __init__(self, controller: LedgerController, year: int, today: date, parent: QWidget | None = None, *,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入"))
        self.controller, self.today = controller, today
        self.dialogs = dialogs or DialogHost()  # the window's: files and pasted text are asked for there
        self.pasted: str | None = None  # a 分工方案 pasted from Word instead of a file
        self.returns: list[Path] = []  # the sections' feedback forms, read together for one period
        self.result_of_import: ImportResult | ReturnResult | None = None
        # What the preview read, and from what: the import writes these rows, read once, in the worker.
        self.reading: Reading | None = None
        self._read_from: tuple[object, ...] = ()
        self._mapped: Path | None = None  # the file whose header the column choices offer
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("点“选择文件…”，或把文件的路径粘贴在这里后按回车"))
        self.path_edit.returnPressed.connect(self.open_typed_path)
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.choose_file)
        paste = QPushButton(self.tr("粘贴文字…"))
        paste.setToolTip(self.tr("从 Word 复制分工方案的文字（一、（一）1. 各条及括号里的责任单位、时限），"
                                 "粘贴进来导入"))
        paste.clicked.connect(self.paste_text)
        several = QPushButton(self.tr("多份反馈表…"))
        several.setToolTip(self.tr("选择各科室报回的反馈表（可多选），按同一期次一起导入"))
        several.clicked.connect(self.choose_returns)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("任务分解表（新建或更新任务）"), BREAKDOWN)
        self.kind_combo.addItem(self.tr("推进情况表（科室报回的进展）"), RETURN)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.period_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.period_edit.setDisplayFormat(month_format())
        self.kind_combo.currentIndexChanged.connect(self.preview)
        self.year_spin.valueChanged.connect(self.preview)
        self.period_edit.dateChanged.connect(self.preview)
        # 列对应: which column holds which field, as found from the header; the user can correct it.
        self.mapping_box = QWidget()
        mapping_layout = QGridLayout(self.mapping_box)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        self.field_combos: dict[str, QComboBox] = {}
        for position, (name, _label) in enumerate(FIELD_LABELS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.field_combos[name] = combo
            # Three to a row: five were wider than a 1366×768 screen at 150% once the labels were English.
            row, column = divmod(position, MAPPING_PER_ROW)
            mapping_layout.addWidget(QLabel(self.tr(str(FIELD_NAMES[name]))), row, column * 2)
            mapping_layout.addWidget(combo, row, column * 2 + 1)
        self.mapping_box.hide()
        self._filling = False
        self.columns: dict[str, int] | None = None
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        file_row.addWidget(paste)
        file_row.addWidget(several)
        form = QFormLayout()
        form.addRow(self.tr("文件"), file_row)
        form.addRow(self.tr("内容"), self.kind_combo)
        form.addRow(self.tr("年度"), self.year_spin)
        form.addRow(self.tr("期次（推进情况表）"), self.period_edit)
        form.addRow(self.tr("列对应"), self.mapping_box)
        self.model = ImportPreviewModel(self)
        self.table = preview_table(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error_label = error_line()
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        # Enter in the path box reads the path typed there; as the dialog's default button it would also
        # click 选择文件… (or 导入, once enabled) when the reading ends.
        for button in (browse, paste, several, self.import_button, close):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.keep_geometry("import", 1200, 640)

    def path(self) -> Path | None:
        text = self.path_edit.text()
        return Path(text) if text and self.pasted is None and not self.returns else None

    def path_name(self) -> str:
        if self.returns:
            return self.tr("{n} 份反馈表").format(n=len(self.returns))
        path = self.path()
        return path.name if path else self.tr("粘贴的文字") if self.pasted is not None else ""

    def choose_returns(self) -> bool:
        """Several returned feedback forms at once: their period is the one their names give, if they agree."""
        chosen = self.dialogs.ask_open_files(self.tr("选择各科室报回的反馈表"), "forms",
                                             self.tr("Excel 表格 (*.xlsx *.xls *.et);;所有文件 (*)"), several=True,
                                             over=self)
        if not chosen:
            return False
        self.pasted, self.returns = None, chosen
        self.path_edit.setText(self.tr("{n} 个文件：{names}").format(
            n=len(chosen), names="、".join(path.name for path in chosen)))
        periods = {found for path in chosen if (found := period_in_name(path.name))}
        if len(periods) == 1:
            year, month = periods.pop()
            self.period_edit.setDate(QDate(year, month, 1))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(RETURN))
        self.mapping_box.hide()
        self.preview()
        return True

    def paste_text(self) -> None:
        text = self.dialogs.ask_long_text(
            self.tr("粘贴分工方案的文字"),
            self.tr("一、强化政治引领\n（一）加强理论武装\n1.组织专题学习（干部教育科牵头，3月底前完成）"),
            self.tr("预览"), over=self)
        if text and text.strip():
            self.pasted = text
            self.path_edit.setText(self.tr("（粘贴的文字，{n} 行）").format(n=len(text.strip().splitlines())))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(BREAKDOWN))
            self.mapping_box.hide()
            self.preview()

    def period(self) -> str:
        return period_of(to_date(self.period_edit.date()))

    def choose_file(self) -> None:
        """选择文件…: the file asked for, read and previewed (no argument: the button's click passes one)."""
        found = self.dialogs.ask_open_files(
            self.tr("选择任务分解表或分工方案"), "imports",
            self.tr("表格或 Word 文档 (*.xlsx *.xls *.et *.docx);;Excel 表格 (*.xlsx *.xls);;"
                    "WPS 表格 (*.et);;Word 文档 (*.docx);;所有文件 (*)"), over=self)
        if found:
            self.open_file(found[0])

    def open_file(self, chosen: Path) -> None:
        """Read and preview `chosen` (chosen in the file dialog, or typed into the box)."""
        self.pasted, self.returns = None, []
        if chosen != self._mapped:  # the last file's rows and columns are not this one's, even while reading
            self._fill_mapping(None, [], {})
            self.model.show_breakdown([])
            self.summary.clear()
        self.path_edit.setText(str(chosen))
        self.columns = None
        self.preview()

    def open_typed_path(self) -> None:
        """A path typed or pasted into the box (from Explorer's 复制为路径, quotes and all) is read as chosen."""
        text = self.path_edit.text().strip().strip('"').strip()
        if not text:
            return
        typed = typed_file(text)
        if typed is None:
            self.error_label.setText(self.tr("找不到这个文件：{path}").format(path=text))
            return
        self.open_file(typed)

    def _fill_mapping(self, path: Path | None, labels: list[str], found: dict[str, int]) -> None:
        """Offer the header's columns for each field, preset to what was recognised."""
        self._mapped = path
        self._filling = True
        for name, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("（不导入）"), -1)
            for column, label in enumerate(labels):
                combo.addItem(f"{get_column_letter(column + 1)} {label}".strip(), column)
            combo.setCurrentIndex(max(0, combo.findData(found.get(name, -1))))
        self._filling = False
        self.columns = None
        self.mapping_box.setVisible(bool(labels) and self.kind_combo.currentData() == BREAKDOWN)

    def _mapping_changed(self) -> None:
        if not self._filling:
            self.columns = {name: int(combo.currentData()) for name, combo in self.field_combos.items()
                            if combo.currentData() is not None}
            self.preview()

    def _source(self) -> tuple[object, ...]:
        """What the reading depends on: the same again is not read again (a new 期次 only re-checks)."""
        columns = tuple(sorted(self.columns.items())) if self.columns is not None else None
        if self.pasted is not None:
            return BREAKDOWN, self.pasted, self.year_spin.value()
        if self.returns:
            return RETURN, tuple(self.returns)
        kind = self.kind_combo.currentData()
        return (kind, self.path(), self.year_spin.value(), columns) if kind == BREAKDOWN else (kind, self.path())

    def _read(self) -> Reading | None:
        """The rows, read in a worker behind a progress bar; None when the user cancelled."""
        source = self._source()
        if self.reading is not None and source == self._read_from and not changed_since(self.reading):
            return self.reading
        year, path = self.year_spin.value(), self.path()
        if self.pasted is not None:
            job: Callable[[], Reading] = partial(read_pasted, self.pasted, year)
        elif self.returns:
            job = partial(read_returns, list(self.returns))
        elif source[0] == BREAKDOWN and path is not None:
            job = partial(read_breakdown, path, year, self.columns, self.reading)
        else:
            assert path is not None
            job = partial(read_return_file, path)
        reading = read_with_progress(self, self.tr("导入"),
                                     self.tr("正在读取并检查 {name}……").format(name=self.path_name()), job)
        self.reading, self._read_from = reading, source if reading is not None else ()
        if reading is not None and path is not None and source[0] == BREAKDOWN and path != self._mapped:
            self._fill_mapping(path, reading.labels, reading.found)
        return reading

    def _apply(self, reading: Reading, dry_run: bool) -> ImportResult | ReturnResult:
        ledger, year = self.controller.ledger, self.year_spin.value()
        if self._read_from[0] == BREAKDOWN:
            apply_rows = changes.imports.check_breakdown if dry_run else changes.imports.import_tasks
            return apply_rows(ledger, reading.rows, year, self.path_name())
        apply_lines = changes.imports.check_return if dry_run else changes.imports.import_reports
        return apply_lines(ledger, reading.lines, year, self.period(), self.today)

    def preview(self) -> None:
        """Check the file without writing: every row with its result, and what would be created."""
        has_header = self.field_combos["title"].count() > 1
        self.mapping_box.setVisible(self.kind_combo.currentData() == BREAKDOWN and has_header)
        self.import_button.setEnabled(False)
        self.error_label.clear()
        if self.path() is None and self.pasted is None and not self.returns:
            return
        try:
            reading = self._read()
            if reading is None:
                self.model.show_breakdown([])
                self.summary.setText(self.tr("已取消读取 {name}，台账未作任何改动。").format(name=self.path_name()))
                return
            result = self._apply(reading, dry_run=True)
        except (RuleError, LedgerError, OSError) as error:
            self.reading, self._read_from = None, ()
            self.model.show_breakdown([])
            self.summary.clear()
            self.error_label.setText(error_text(error))
            return
        self._show(result)
        usable = [r for r in result.rows if r.status in ("ok", "warning")]
        self.import_button.setEnabled(bool(usable) and not self.controller.ledger.read_only)

    def _show(self, result: ImportResult | ReturnResult) -> None:
        extra = ""
        if isinstance(result, ImportResult):
            self.model.show_breakdown(result.rows)
            labels = {"sections": self.tr("新科室"), "outside": self.tr("新部外单位"), "everyone": self.tr("泛指"),
                      "people": self.tr("新人员"), "key_tasks": self.tr("新重点任务")}
            created = "；".join(f"{labels[key]}：{'、'.join(result.created[key])}" for key, _ in CREATED_KINDS
                                if result.created.get(key))
            extra = self.tr("将新建——{names}").format(names=created) if created else ""
            reports = sum(len(row.reports) for row in result.importable)
            if reports:
                extra += self.tr("表中的进展列共 {n} 条进展将记入各任务（按列名的月份）。").format(n=reports)
        else:
            self.model.show_return(result.rows)
            if result.unmatched:
                extra = self.tr("对不上的 {n} 行不会导入。").format(n=len(result.unmatched))
            if self.model.count("skip"):
                extra += self.tr("没有填写的 {n} 行跳过。").format(n=self.model.count("skip"))
            if self.model.count("same"):
                extra += self.tr("已导入过的 {n} 行不变。").format(n=self.model.count("same"))
        counts = self.tr("共 {total} 行：正常 {ok}，提示 {warning}，错误 {error}（不导入）。").format(
            total=self.model.rowCount(), ok=self.model.count("ok"), warning=self.model.count("warning"),
            error=self.model.count("error"))
        self.summary.setText(counts + extra)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long texts get a readable width, the rest fit
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def run_import(self) -> bool:
        """The rows previewed, all in one transaction: a failure half way leaves the ledger as it was."""
        reading = self.reading
        if reading is None:
            return False
        if moved := changed_since(reading):  # saved again in Excel since: what was checked is not what is there
            self.preview()
            if not self.error_label.text():
                names = "、".join(path.name for path in moved)
                self.error_label.setText(
                    self.tr("{names} 在预览之后有改动，已重新读取：请核对预览后再点“导入”。").format(names=names))
            return False
        with busy(self.summary, self.tr("正在导入 {name}，全部行一次写入……").format(name=self.path_name())):
            done = self.controller.perform(self.tr("导入"), lambda: self._apply(reading, dry_run=False))
        if done is None:
            self.error_label.setText(self.tr("导入没有完成，台账未作任何改动。"))
            return False
        self.result_of_import = done
        if isinstance(done, ImportResult):
            text = self.tr("已导入 {new} 项新任务，更新 {updated} 项已有任务，{same} 项与台账相同未改动。").format(
                new=done.imported, updated=done.updated, same=done.unchanged)
            if done.reported:
                text += self.tr("表中原有的进展 {n} 条已记入各任务的进展记录。").format(n=done.reported)
        else:
            text = self.tr("已录入 {n} 条复命记录。").format(n=done.entered)
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        return True
