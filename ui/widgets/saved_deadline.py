"""The editor's 完成时限: the saved words and the day they meant, fixed once set (延期 moves them, with a reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind
from models.domain.relative_deadlines import typed_deadline
from ui.i18n import tr as _tr
from ui.widgets.deadline_field import deadline_hint
from ui.widgets.wrapped_label import WrappedLabel


class SavedDeadlineField(QWidget):
    """A task's deadline in the editor. One it has is shown fixed (greyed, no cursor, taking no keys) with how to
    move it said under it; a task without one takes words typed, read on the window's day. The saved words keep
    the day they meant when saved (3月底前 saved in March stays that March when read in December)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved, self.shown, self.movable = Deadline(DeadlineKind.NONE), False, True
        self.year, self.today = 0, date.today()
        self.edit = QLineEdit()
        self._editable_palette = QPalette(self.edit.palette())
        self.hint = WrappedLabel()
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._show_reading)

    def show_saved(self, saved: Deadline | None, year: int, today: date, *, movable: bool = True) -> None:
        """The task's deadline as saved (None: no task shown), read for `year` on `today` once the clerk types
        other words; `movable`: 延期 may move it (not on a finished task), and the line under it says so."""
        self.shown, self.movable = saved is not None, movable
        self.saved, self.year, self.today = saved or Deadline(DeadlineKind.NONE), year, today
        fixed = self.is_fixed()
        self.edit.setReadOnly(fixed)
        # Read-only alone still drew a white box taking the cursor, and keys typed into it went nowhere.
        self.edit.setFocusPolicy(Qt.FocusPolicy.NoFocus if fixed else Qt.FocusPolicy.StrongFocus)
        palette = QPalette(self._editable_palette)
        if fixed:
            palette.setColor(QPalette.ColorRole.Base, self.palette().color(QPalette.ColorRole.Window))
        self.edit.setPalette(palette)
        self.edit.setToolTip(_tr("已有完成时限：改动请用“延期”按钮并写明理由") if fixed and movable else "")
        self.edit.setText(self.saved.display)
        self._show_reading()  # the same words on another task may mean another day: not only on a change

    def is_fixed(self) -> bool:
        return self.saved.kind != DeadlineKind.NONE

    def typed(self) -> Deadline:
        """The words in the box, read as typed on the window's day."""
        return typed_deadline(self.edit.text(), self.year or self.today.year, self.today)

    def changed(self) -> Deadline | None:
        """A deadline typed for a task that had none, or None (none typed, or the task has one)."""
        if self.is_fixed() or self.edit.text().strip() == self.saved.display:
            return None
        typed = self.typed()
        return None if typed.kind == DeadlineKind.NONE else typed

    def _show_reading(self, _text: str = "") -> None:
        if not self.shown:
            self.hint.clear()
            return
        words = self.edit.text().strip()
        reading = deadline_hint(self.saved if words == self.saved.display else self.typed())
        if self.is_fixed() and self.movable and words:
            reading = _tr("{reading}（改动请用“延期”按钮）").format(reading=reading)
        self.hint.setText(reading)
