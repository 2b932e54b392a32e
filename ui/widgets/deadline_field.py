"""完成时限 as a form types it: the words, how the program read them, and a tick for text that is not a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind
from models.domain.relative_deadlines import typed_deadline
from ui.i18n import tr as _tr
from ui.labels import shown_date


def deadline_hint(deadline: Deadline) -> str:
    """How the program understood a deadline, so the clerk sees a misreading at once."""
    if deadline.kind == DeadlineKind.DATE and deadline.due:
        return _tr("理解为：{day}前完成").format(day=shown_date(deadline.due))
    return {DeadlineKind.ONGOING: _tr("理解为：长期坚持，按月反馈"),
            DeadlineKind.RECURRING: _tr("理解为：定期任务，按周期反馈"),
            DeadlineKind.UNPARSED: _tr("未能识别为日期：将原样保存，按月反馈，不判逾期"),
            DeadlineKind.NONE: _tr("未填写完成时限")}.get(deadline.kind, "")


def unreadable_question(text: str) -> str:
    """Asked before text that is not a date is kept as a deadline: it will never be 逾期."""
    return _tr("“{text}”不是能识别的日期：保存后这项按月反馈，不判逾期。\n"
               "要按日期督办，请写成日期，如“6月底前”“12月20日前”“下周五前”。\n\n确定这样保存吗？").format(text=text)


class DeadlineField(QWidget):
    """The words typed, read on the day they are typed (下周五前 becomes that Friday), the reading shown under
    them; text that is no date is taken only once 按月反馈，不判逾期 is ticked, and with `needs_date` (延期) not
    at all."""

    def __init__(self, year: int, today: date | None, placeholder: str, *, needs_date: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.today, self.needs_date = year, today or date.today(), needs_date
        self.stored: Deadline | None = None  # the deadline saved before, while its words stand as they were
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.hint = QLabel(_tr("理解为：{day}前完成"))
        # One line of the reading, before it comes; measured unwrapped: a wrapped label's own hint is two lines.
        self.hint.setMinimumHeight(self.hint.sizeHint().height())
        self.hint.setWordWrap(True)
        self.hint.clear()
        self.accept_unreadable = QCheckBox(_tr("不是日期也保存：按月反馈，不判逾期"), self)
        # Its room is kept while it is hidden: half-typed words ("6月") show it for a moment, and the form's
        # buttons moved down under the mouse and back as the typing went on. Where a date is needed it is never
        # shown, and takes no room (延期 had a blank gap under its date).
        policy = self.accept_unreadable.sizePolicy()
        policy.setRetainSizeWhenHidden(not needs_date)
        self.accept_unreadable.setSizePolicy(policy)
        self.accept_unreadable.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        if not needs_date:
            layout.addWidget(self.accept_unreadable)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._show_reading)

    def show_stored(self, deadline: Deadline) -> None:
        """A deadline saved before: its words keep the day they meant when typed (3月底前 saved in March is that
        March, where typed in December it is the next), until the clerk changes them."""
        self.stored = deadline
        self.edit.setText(deadline.display)
        self._show_reading()

    def deadline(self) -> Deadline:
        if self.stored is not None and self.edit.text().strip() == self.stored.display:
            return self.stored
        return typed_deadline(self.edit.text(), self.year, self.today)

    def tab_stops(self) -> list[QWidget]:
        return [self.edit, self.accept_unreadable] if self.accept_unreadable.isVisibleTo(self) else [self.edit]

    def _show_reading(self, _text: str = "") -> None:
        deadline = self.deadline()
        if self.needs_date and deadline.kind not in (DeadlineKind.DATE, DeadlineKind.NONE):
            self.hint.setText(_tr("未能识别为日期：延期须写明日期"))  # not "kept as written": it will be refused
        else:
            self.hint.setText(deadline_hint(deadline))
        self.accept_unreadable.setVisible(deadline.kind == DeadlineKind.UNPARSED and not self.needs_date)

    def problem(self) -> str:
        """Why the words cannot be saved as they are, or ""."""
        deadline = self.deadline()
        if self.needs_date and deadline.kind != DeadlineKind.DATE:
            return _tr("延期须写明新的日期，如“12月20日前”“下周五前”“本月底前”。")
        if deadline.kind == DeadlineKind.UNPARSED and not self.accept_unreadable.isChecked():
            return _tr("“{text}”不是能识别的日期：写成日期（如“6月底前”“下周五前”），"
                       "或勾选“不是日期也保存”。").format(text=self.edit.text().strip())
        return ""
