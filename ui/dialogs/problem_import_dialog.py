"""导入整改台账…: a 整改台账 chosen, every row checked (new, updated, unchanged, why), then all of it in one go."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from changes.problem_ledger import check_problems, import_problems
from importers.problem_ledger import read_problem_ledger
from importers.sources import stamp_of
from models.apply.problem_ledger import CREATED_KINDS, ProblemImportResult
from models.apply.problem_rows import ProblemLine
from models.domain.text import reasons
from models.errors import LedgerError, RuleError
from ui.controller import LedgerController
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import busy, error_line, preview_table, typed_file
from ui.i18n import error_text
from ui.i18n import tr as _tr
from ui.item_models.import_preview_model import STATUS_COLOURS, STATUS_WORDS
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.reading_job import read_with_progress
from ui.window_geometry import RemembersGeometry

OUTCOMES = {"new": QT_TRANSLATE_NOOP("", "新增"), "update": QT_TRANSLATE_NOOP("", "更新"),
            "same": QT_TRANSLATE_NOOP("", "不变"), "": ""}
CREATED_LABELS = {"sources": QT_TRANSLATE_NOOP("", "新来源（督查记录）"), "sections": QT_TRANSLATE_NOOP("", "新科室"),
                  "outside": QT_TRANSLATE_NOOP("", "新部外单位"), "everyone": QT_TRANSLATE_NOOP("", "泛指"),
                  "people": QT_TRANSLATE_NOOP("", "新人员")}


class ProblemPreviewModel(HeaderedTableModel):
    """Each row of the 台账: its result, what the import makes of it, why, and what it says."""

    def show(self, lines: list[ProblemLine]) -> None:
        self.headers = [_tr("工作表"), _tr("行"), _tr("结果"), _tr("导入为"), _tr("说明"), _tr("来源"), _tr("序号"),
                        _tr("问题类别"), _tr("存在问题"), _tr("责任单位"), _tr("整改时限"), _tr("完成情况")]
        self.statuses = [line.status for line in lines]
        self.replace_rows([[line.sheet, str(line.row), _tr(str(STATUS_WORDS[line.status])),
                            _tr(str(OUTCOMES[line.outcome])),
                            reasons([error_text(m) for m in line.messages], _tr("；")), line.source, line.number,
                            line.category, line.description, line.section, line.deadline_text, line.state_word]
                           for line in lines])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(STATUS_COLOURS[self.statuses[index.row()]])
        return None


class ProblemImportDialog(RemembersGeometry, QDialog):
    def __init__(self, controller: LedgerController, year: int, today: date, parent: QWidget | None = None, *,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入整改台账"))
        self.controller, self.year, self.today = controller, year, today
        self.dialogs = dialogs or DialogHost()
        self.lines: list[ProblemLine] = []
        self.stamp: str | None = None
        self.result_of_import: ProblemImportResult | None = None
        self.path_edit = QLineEdit()  # a path pasted here and 回车 opens it, as in 导入任务分解表
        self.path_edit.setPlaceholderText(self.tr("点“选择文件…”选择巡察、审计或督查反馈问题的整改台账，"
                                                  "或把文件的路径粘贴在这里后按回车"))
        self.path_edit.returnPressed.connect(self.open_typed_path)
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self.choose_file)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("不填则取表格的标题行，没有标题行时取文件名"))
        self.source_edit.editingFinished.connect(self.preview)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("文件"), file_row)
        form.addRow(self.tr("来源"), self.source_edit)
        self.model = ProblemPreviewModel(self)
        self.table = preview_table(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error_label = error_line()
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        for button in (browse, self.import_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.keep_geometry("problem_import", 1200, 640)

    def path(self) -> Path | None:
        return Path(self.path_edit.text()) if self.path_edit.text() else None

    def choose_file(self) -> None:
        found = self.dialogs.ask_open_files(
            self.tr("选择整改台账"), "imports",
            self.tr("表格或 Word 文档 (*.xlsx *.xls *.et *.docx);;所有文件 (*)"), over=self)
        if found:
            self.open_file(found[0])

    def open_typed_path(self) -> None:
        text = self.path_edit.text().strip().strip('"').strip()
        typed = typed_file(text) if text else None
        if text and typed is None:
            self.error_label.setText(self.tr("找不到这个文件：{path}").format(path=text))
        elif typed is not None:
            self.open_file(typed)

    def open_file(self, chosen: Path) -> None:
        self.path_edit.setText(str(chosen))
        self.lines = []
        self.preview()

    def preview(self) -> None:
        """Read the file (again, when it or the source changed) and check it against the ledger, nothing written."""
        path = self.path()
        self.import_button.setEnabled(False)
        self.error_label.clear()
        if path is None:
            return
        try:
            lines = read_with_progress(self, self.tr("导入整改台账"), self.tr("正在读取并检查 {name}……").format(
                name=path.name), partial(read_problem_ledger, path, self.year, self.source_edit.text().strip()))
            if lines is None:
                self.summary.setText(self.tr("已取消读取 {name}，台账未作任何改动。").format(name=path.name))
                return
            self.lines, self.stamp = lines, stamp_of(path)
            result = check_problems(self.controller.ledger, lines, self.year, path.name, self.today)
        except (RuleError, LedgerError, OSError) as error:
            self.lines = []
            self.model.show([])
            self.summary.clear()
            self.error_label.setText(error_text(error))
            return
        self.model.show(result.lines)
        created = "；".join(f"{_tr(str(CREATED_LABELS[key]))}：{'、'.join(result.created[key])}"
                           for key, _label in CREATED_KINDS if result.created.get(key))
        counts = self.tr("共 {total} 行：新增 {new}，更新 {updated}，不变 {same}，错误 {error}（不导入）。").format(
            total=len(result.lines), new=result.imported, updated=result.updated, same=result.unchanged,
            error=sum(1 for line in result.lines if line.status == "error"))
        self.summary.setText(counts + (self.tr("将新建——{names}").format(names=created) if created else ""))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.import_button.setEnabled(bool(result.importable) and not self.controller.ledger.read_only)

    def run_import(self) -> bool:
        """The rows previewed, all in one transaction; a file saved again since is read and shown again first."""
        path = self.path()
        if path is None or not self.lines:
            return False
        if stamp_of(path) != self.stamp:
            self.preview()
            self.error_label.setText(self.tr("{name} 在预览之后有改动，已重新读取：请核对预览后再点“导入”。").format(
                name=path.name))
            return False
        lines = self.lines
        with busy(self.summary, self.tr("正在导入 {name}，全部行一次写入……").format(name=path.name)):
            done = self.controller.perform(self.tr("导入整改台账"), lambda: import_problems(
                self.controller.ledger, lines, self.year, path.name, self.today))
        if done is None:
            self.error_label.setText(self.tr("导入没有完成，台账未作任何改动。"))
            return False
        self.result_of_import = done
        self.summary.setText(self.tr("已导入 {new} 个新问题，更新 {updated} 个已有问题，{same} 个不变。").format(
            new=done.imported, updated=done.updated, same=done.unchanged))
        self.import_button.setEnabled(False)
        return True
