"""A page that reads the window's rows again itself when the context has, while it is the page shown: the main
window routes nothing to it."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.window_context import WindowContext


class FollowsRows:
    """Mixed into a page (a QWidget in the window's stack); it gives `rows_read_again`."""

    def follow_rows(self, context: WindowContext) -> None:
        context.rows_changed.connect(self._rows_changed)

    def _rows_changed(self, task_ids: list[int] | None) -> None:
        page = self if isinstance(self, QWidget) else None
        stack = page.parentWidget() if page is not None else None
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is page:
            self.rows_read_again(task_ids)

    def rows_read_again(self, task_ids: list[int] | None) -> None:
        """Everything was read again (None), or just these tasks."""
        raise NotImplementedError
