"""A page that reads the window's rows again itself when the context has, while it is the page shown: the main
window routes nothing to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.window_context import WindowContext


def follow_rows(page: QWidget, context: WindowContext, read_again: Callable[[list[int] | None], None]) -> None:
    """Call `read_again` with what the context read again (None: everything; else these tasks) whenever `page`
    is the one its stack shows; a page out of sight reads again when it is shown."""
    def changed(task_ids: list[int] | None) -> None:
        stack = page.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is page:
            read_again(task_ids)
    context.rows_changed.connect(changed)
