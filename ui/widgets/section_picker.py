"""配合科室 in the task editor: a button whose menu ticks any number of sections, the names on the button."""

from __future__ import annotations

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

    def set_choices(self, choices: list[Choice], checked: tuple[int, ...]) -> None:
        menu = self.menu()
        menu.clear()
        self._actions = {}
        for choice in choices:
            action = menu.addAction(choice.name)
            action.setCheckable(True)
            action.setChecked(choice.id in checked)
            action.toggled.connect(self._update)
            self._actions[choice.id] = action
        self._update()

    def all_ids(self) -> list[int]:
        return list(self._actions)

    def checked_ids(self) -> list[int]:
        return [item_id for item_id, action in self._actions.items() if action.isChecked()]

    def set_checked(self, item_id: int, checked: bool) -> None:
        self._actions[item_id].setChecked(checked)

    def _update(self) -> None:
        names = [action.text() for action in self._actions.values() if action.isChecked()]
        self.setText("、".join(names) if names else self.tr("（无）"))
        self.changed.emit()
