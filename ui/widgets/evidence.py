"""Choosing files of 佐证材料 on this PC and opening attached ones with the system's own viewer (never run)."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from models.domain.evidence import ALLOWED_SUFFIXES, MAX_BATCH, check_file, megabytes
from models.errors import RuleError, os_error_words
from models.file.paths import chosen_file_size, read_chosen_file
from models.ledger import Ledger
from models.read.evidence import attachment_content
from ui.dialog_host import DialogHost
from ui.i18n import error_text
from ui.i18n import tr as _tr

Chosen = tuple[str, bytes]  # a file's name and bytes, read and checked, to be attached in the same action


def file_pattern() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(ALLOWED_SUFFIXES))
    return _tr("文档和图片 ({patterns})").format(patterns=patterns)


def read_chosen(paths: list[Path]) -> tuple[list[Chosen], list[str]]:
    """The files read, each checked for type and size before its bytes are read; and what was refused, said."""
    chosen: list[Chosen] = []
    refused: list[str] = []
    held = 0
    for path in dict.fromkeys(paths):  # the same file chosen twice is read once
        try:
            if held + chosen_file_size(path) > MAX_BATCH:  # never more held at once than one batch may be
                refused.append(_tr("“{name}”没有附加：这次选中的文件合计超过 {limit}，请分几次附加。").format(
                    name=path.name, limit=megabytes(MAX_BATCH)))
                continue
            chosen.append(read_chosen_file(path, check_file))
            held += len(chosen[-1][1])
        except RuleError as error:
            refused.append(error_text(error))
        except OSError as error:
            refused.append(_tr("无法读取“{name}”：{error}").format(name=path.name, error=os_error_words(error)))
    return chosen, refused


def open_attachment(ledger: Ledger, attachment_id: int,
                    opener: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> Path:
    """Write the file to a folder of its own in the temporary folder, read-only, and hand it to the viewer the
    system has for its type. A name of a type the ledger would not take (a hand-edited ledger) is refused."""
    with ledger.reading() as session:
        name, content = attachment_content(session, attachment_id)  # refuses a type the ledger would not take
    folder = Path(tempfile.mkdtemp(prefix="luoshi-evidence-"))
    target = folder / name
    target.write_bytes(content)
    os.chmod(target, stat.S_IRUSR)
    opener(QUrl.fromLocalFile(str(target)))
    return target


class EvidencePicker(QWidget):
    """附加文件…: the files chosen to go with a report or a 销号, listed by name; 不附加这些 starts again."""

    changed = Signal()

    def __init__(self, dialogs: DialogHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs  # the window's: the files are chosen there
        self.files: list[Chosen] = []
        self.refused: list[str] = []
        self.choose_button = QPushButton(self.tr("附加文件…"))
        # Forgets the files chosen here, before they are attached: never an attached file (that is 删除).
        self.clear_button = QPushButton(self.tr("不附加这些"))
        self.clear_button.setToolTip(self.tr("放弃这次选中的文件；已经附加的佐证材料不受影响"))
        self.names = QLabel(self.tr("（未附加）"))
        self.names.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.clear_button)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        self.setFocusProxy(self.choose_button)

    def tab_stops(self) -> list[QWidget]:
        stops: list[QWidget] = [self.choose_button]
        return stops + ([self.clear_button] if self.clear_button.isEnabled() else [])

    def choose(self) -> None:
        paths = self.dialogs.ask_open_files(self.tr("选择佐证材料"), "evidence", file_pattern(), several=True,
                                            over=self)
        chosen, self.refused = read_chosen(paths)
        known = {content for _, content in self.files}
        self.files += [(name, content) for name, content in chosen if content not in known]
        self._show()

    def clear(self) -> None:
        self.files, self.refused = [], []
        self._show()

    def _show(self) -> None:
        text = "、".join(name for name, _ in self.files) or self.tr("（未附加）")
        if self.refused:
            text += "\n" + "\n".join(self.refused)
        self.names.setText(text)
        self.clear_button.setEnabled(bool(self.files))
        self.changed.emit()
