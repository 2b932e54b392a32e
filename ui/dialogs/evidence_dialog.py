"""佐证材料…: the files attached to a task or a problem — name, size, what they stand behind, who and when —
to add to, open with the system's viewer, or take off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.domain.enums import EvidencePurpose
from models.domain.evidence import MAX_FILE, MAX_TOTAL, megabytes
from models.domain.rights import Act
from models.errors import LedgerError, RuleError, os_error_words
from models.read.evidence import AttachmentRow, problem_attachments, task_attachments
from ui.controller import LedgerController
from ui.dialog_host import DialogHost
from ui.dialogs.dialog_parts import error_line
from ui.i18n import error_text
from ui.i18n import tr as _tr
from ui.item_models.table_base import HeaderedTableModel, Index
from ui.labels import label, shown_date
from ui.rights_view import grey, refusals
from ui.widgets.evidence import EvidencePicker, open_attachment
from ui.window_geometry import RemembersGeometry

HEADERS = [QT_TRANSLATE_NOOP("", "文件"), QT_TRANSLATE_NOOP("", "大小"), QT_TRANSLATE_NOOP("", "用于"),
           QT_TRANSLATE_NOOP("", "添加人"), QT_TRANSLATE_NOOP("", "添加时间")]


class AttachmentModel(HeaderedTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.headers = [_tr(str(h)) for h in HEADERS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: AttachmentRow = self.rows[index.row()]
        purpose = label(row.purpose)
        if row.entry_date is not None:
            purpose = _tr("{purpose}（{day}）").format(purpose=purpose, day=shown_date(row.entry_date))
        return [row.name, megabytes(row.size), purpose, row.added_by,
                f"{shown_date(row.added_at.date())} {row.added_at:%H:%M}"][index.column()]


class EvidenceDialog(RemembersGeometry, QDialog):
    """The evidence of one task (`task_id`) or one problem (`problem_id`)."""

    def __init__(self, controller: LedgerController, title: str, *, task_id: int | None = None,
                 problem_id: int | None = None, parent: QWidget | None = None,
                 dialogs: DialogHost | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("佐证材料"))
        self.controller, self.task_id, self.problem_id = controller, task_id, problem_id
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl  # tests look instead of launching
        self.model = AttachmentModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.purpose_combo = QComboBox()
        purposes = ([EvidencePurpose.PROGRESS, EvidencePurpose.CLOSING] if task_id is not None
                    else [EvidencePurpose.RECTIFICATION])
        for purpose in purposes:
            self.purpose_combo.addItem(label(purpose), purpose.value)
        self.picker = EvidencePicker(dialogs or DialogHost())
        self.picker.clear_button.hide()  # chosen files are attached at once here; 删除 takes one off
        self.picker.changed.connect(self.add_chosen)
        self.open_button = QPushButton(self.tr("打开"))
        self.remove_button = QPushButton(self.tr("删除"))
        close_button = QPushButton(self.tr("关闭"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        close_button.clicked.connect(self.accept)
        self.error_label = error_line()
        limits = QLabel(self.tr("可附加 PDF、OFD、Word、Excel、WPS、PPT 文档、文本和图片；每个文件不超过 {file}，"
                                "整个台账合计不超过 {total}。文件保存在台账中，随备份一起保存；相同的文件只存一份。")
                        .format(file=megabytes(MAX_FILE), total=megabytes(MAX_TOTAL)))
        limits.setWordWrap(True)
        limits.setStyleSheet("color: #555;")
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("用于")))
        add_row.addWidget(self.purpose_combo)
        add_row.addWidget(self.picker, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        # A 科室's account adds evidence to its own tasks and problems only: elsewhere the files can be opened.
        act = Act.REPORT if task_id is not None else Act.RECTIFY
        why = refusals(controller.ledger, [act], task_id=task_id, problem_id=problem_id).get(act, "")
        grey(self.picker.choose_button, True, why)
        grey(self.remove_button, True, why)
        self.purpose_combo.setEnabled(not why)
        layout = QVBoxLayout(self)
        heading = QLabel(title[:120])
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(limits)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.keep_geometry("evidence", 640, 380)
        read_only = controller.ledger.read_only
        for widget in (self.picker, self.remove_button, self.purpose_combo):
            widget.setEnabled(not read_only)
        self.reload()

    def reload(self) -> None:
        with self.controller.ledger.reading() as session:
            rows = (task_attachments(session, self.task_id) if self.task_id is not None
                    else problem_attachments(session, self.problem_id or 0))
        self.model.replace_rows(rows)
        self.table.resizeColumnsToContents()
        has = bool(rows)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self.controller.ledger.read_only)
        if has:
            self.table.selectRow(0)

    def selected(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def add_chosen(self) -> None:
        """Attach what was just chosen, as what the purpose says; refusals stay in the picker's words."""
        files = self.picker.files
        if not files:
            return
        purpose = EvidencePurpose(str(self.purpose_combo.currentData()))
        attached = self.controller.attach(files, purpose, task_id=self.task_id, problem_id=self.problem_id)
        refused = list(self.picker.refused)
        self.picker.clear()  # attached, or refused (the window says why): never shown as if waiting to go in
        if attached is not None:
            self.reload()
        self.error_label.setText("\n".join(refused))

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            open_attachment(self.controller.ledger, row.id, self.opener)
        except (RuleError, LedgerError) as error:
            self.error_label.setText(error_text(error))
        except OSError as error:
            self.error_label.setText(self.tr("无法打开：{error}").format(error=os_error_words(error)))

    def remove_selected(self) -> None:
        row = self.selected()
        if row is not None and self.controller.detach(row.id):
            self.reload()
