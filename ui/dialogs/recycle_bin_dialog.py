"""回收站: deleted tasks of the year, each restorable with its subtasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.read import lookups
from ui.controller import LedgerController
from ui.window_geometry import RemembersGeometry


class RecycleBinDialog(RemembersGeometry, QDialog):
    def __init__(self, controller: LedgerController, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("回收站"))
        self.controller, self.year = controller, year
        self.list = QListWidget()
        self.empty_label = QLabel(self.tr("回收站是空的。"))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("恢复所选任务"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("删除的任务都在这里，恢复时连同一起删除的子任务一并恢复。")))
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.keep_geometry("recycle-bin", 560, 380)
        self.reload()

    def reload(self) -> None:
        with self.controller.ledger.reading() as session:
            deleted = lookups.deleted_tasks(session, self.year)
        self.list.clear()
        for task_id, title, when in deleted:
            item = QListWidgetItem(self.tr("{title}　（删除于 {when}）").format(title=title, when=when))
            item.setData(Qt.ItemDataRole.UserRole, task_id)
            self.list.addItem(item)
        self.empty_label.setVisible(not deleted)
        self.restore_button.setEnabled(bool(deleted) and not self.controller.ledger.read_only)
        if deleted:
            self.list.setCurrentRow(0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.controller.restore(int(item.data(Qt.ItemDataRole.UserRole))):
            self.reload()
