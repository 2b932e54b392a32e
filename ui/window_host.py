"""The main window as its menu commands see it: narrow, so no command holds or imports the window itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from models.ledger import Ledger
    from models.read.task_views import TaskView
    from ui.dialog_host import DialogHost
    from ui.editor_drafts import EditorDrafts
    from ui.pages.task_editor import TaskEditor
    from ui.pages.task_list_pane import TaskListPane
    from ui.window_actions import WindowActions
    from ui.window_context import WindowContext


class WindowHost(Protocol):
    """What the task, file and export commands use of the window they act for."""

    context: WindowContext
    dialogs: DialogHost
    editor: TaskEditor
    list_pane: TaskListPane
    editor_drafts: EditorDrafts
    registry: WindowActions

    def window(self) -> QWidget:
        """The window itself, as the parent of the dialogs a command opens (QWidget.window())."""
        ...

    def report_error(self, message: str) -> None: ...

    def tell(self, message: str, milliseconds: int = 15000) -> None:
        """A passing message in the status bar."""
        ...

    def save_edits(self) -> bool:
        """Save what the editor holds; False when it could not be saved (the user stays on it)."""
        ...

    def select_view(self, view: TaskView, task_ids: frozenset[int] | None = None, label: str = "") -> None: ...

    def shows_tasks(self) -> bool:
        """The task list is the page shown (not the meeting, statistics or problem page)."""
        ...

    def built_on(self, ledger: Ledger) -> WindowHost:
        """A new window like this one (same day, same dialog host) on `ledger`, not yet shown."""
        ...

    def give_way_to(self, replacement: WindowHost, notices: list[str]) -> None:
        """Show `replacement` where this window is, with what it must tell, and close this one."""
        ...
