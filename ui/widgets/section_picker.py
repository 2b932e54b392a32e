"""配合科室 in the task editor: a button whose menu ticks any number of sections, the names on the button."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from models.read.lookups import Choice


class SectionPicker(QToolButton):
    """配合科室: a button whose menu ticks any number of sections; the button shows the names."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMenu(QMenu(self))
        self._actions: dict[int, QAction] = {}
        self._order: list[int] = []  # the ticked ones in the order written, each ticked since after them

    def set_choices(self, choices: list[Choice], checked: tuple[int, ...]) -> None:
        """The menu of `choices`, those `checked` ticked, named on the button in the order given (as written)."""
        menu = self.menu()
        menu.clear()
        self._actions = {}
        for choice in choices:
            action = menu.addAction(choice.name)
            action.setCheckable(True)
            action.setChecked(choice.id in checked)
            action.toggled.connect(partial(self._toggled, choice.id))
            self._actions[choice.id] = action
        self._order = [item_id for item_id in dict.fromkeys(checked) if item_id in self._actions]
        self._update()

    def all_ids(self) -> list[int]:
        return list(self._actions)

    def checked_ids(self) -> list[int]:
        """The ticked ones, those written first in their order, then each in the order it was ticked."""
        return [item_id for item_id in self._order if self._actions[item_id].isChecked()]

    def set_checked(self, item_id: int, checked: bool) -> None:
        self._actions[item_id].setChecked(checked)

    def _toggled(self, item_id: int, checked: bool) -> None:
        if item_id in self._order:
            self._order.remove(item_id)
        if checked:
            self._order.append(item_id)
        self._update()

    def _update(self) -> None:
        names = [self._actions[item_id].text() for item_id in self.checked_ids()]
        self.setText("、".join(names) if names else self.tr("（无）"))
        self.changed.emit()
