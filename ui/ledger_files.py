"""Opening ledger files from the UI: a damaged file offers its newest backup, other problems are explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.backup import restore_backup
from models.errors import LedgerDamaged, LedgerError
from models.ledger import Ledger, open_ledger


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerFiles", text)


def open_interactively(path: Path, actor: str | None, parent: QWidget | None = None) -> Ledger | None:
    """Open `path`; a damaged file offers its newest good backup, other problems are explained."""
    try:
        return open_ledger(path, actor=actor)
    except LedgerDamaged as damaged:
        if damaged.backup is None:
            QMessageBox.critical(parent, _tr("台账文件已损坏"), str(damaged))
            return None
        answer = QMessageBox.question(
            parent, _tr("台账文件已损坏"),
            str(damaged) + "\n\n" + _tr("现在用这份备份恢复吗？损坏的文件会改名保留，不会删除。"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_backup(damaged.backup, path)
            return open_ledger(path, actor=actor)
        except LedgerError as error:
            QMessageBox.critical(parent, _tr("恢复失败"), str(error))
            return None
    except LedgerError as error:
        QMessageBox.critical(parent, _tr("无法打开台账"), str(error))
        return None
