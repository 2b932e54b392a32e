"""Window and dialog sizes taken from the screen they open on, remembered between runs, never off that screen.

At 150% on a 1366×768 office screen Qt has 911×512 logical pixels to offer; a dialog sized in fixed pixels
put its buttons below the taskbar. Every window asks for the size it would like and gets at most what the
screen has, and a size the user gave it comes back next time, clamped to the screen it opens on (a laptop
taken from its large monitor)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from ui import ui_state

SCREEN_SHARE = 0.94  # of the screen's free area a window takes at most: its frame and title bar need the rest
# --gallery: lay windows out as on this screen (the office's 1366×768 at the current scale), not the machine's.
simulated_screen: QRect | None = None


def available_area(widget: QWidget | None = None) -> QRect:
    """The free area (without taskbar) of the screen `widget` is on, in logical pixels."""
    if simulated_screen is not None:
        return QRect(simulated_screen)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted(wanted: QSize, area: QRect, share: float = SCREEN_SHARE) -> QSize:
    """`wanted`, made smaller where the screen has less."""
    return QSize(min(wanted.width(), int(area.width() * share)), min(wanted.height(), int(area.height() * share)))


def clamped(rect: QRect, area: QRect) -> QRect:
    """`rect` no larger than `area` and moved wholly inside it."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def rescaled(rect: QRect, then: QRect, now: QRect) -> QRect:
    """`rect`, left on a screen area `then`, as the same share of the area `now` (another scale or screen):
    910×485 of a 150% screen is the whole of it, and at 100% the whole again, not a small window in a corner."""
    x_ratio, y_ratio = now.width() / then.width(), now.height() / then.height()
    return QRect(now.x() + round((rect.x() - then.x()) * x_ratio), now.y() + round((rect.y() - then.y()) * y_ratio),
                 round(rect.width() * x_ratio), round(rect.height() * y_ratio))


def centred(size: QSize, area: QRect, over: QWidget | None = None) -> QRect:
    """A rectangle of `size` centred over `over` (a dialog over its window), or on the screen."""
    centre = over.frameGeometry().center() if over is not None and over.isVisible() else area.center()
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(centre)
    return clamped(rect, area)


class KeptGeometry:
    """Where `window` goes when it is first shown (its remembered place, else `wanted` fitted and centred), and
    its place remembered when it is hidden; one per window, named for the settings file. The window's own
    showEvent and hideEvent call it (RemembersGeometry), never an event filter: a filter written in Python is
    still called while Qt destroys the window, by which time the garbage collector may have emptied the
    filter's Python side ('KeptGeometry' object has no attribute 'window', then a crash)."""

    def __init__(self, window: QWidget, name: str, wanted: QSize) -> None:
        self.window, self.name, self.wanted = window, name, wanted
        self.placed = False
        self.remember = True
        self.maximise_when_cramped = False  # the main window on a screen smaller than it wants: fill it

    def shown(self) -> None:
        if not self.placed:
            self.placed = True
            self.place()

    def hidden(self) -> None:
        if self.placed and self.remember and simulated_screen is None:
            maximised = self.window.isMaximized()
            normal = self.window.normalGeometry() if maximised else self.window.geometry()
            ui_state.remember_geometry(self.name, normal, maximised, available_area(self.window))

    def place(self) -> None:
        if self.window.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return  # sized by its caller before it was shown (--screenshot, a test at 1366×768): leave it
        area = available_area(self.window)
        wanted = fitted(self.wanted.expandedTo(self.window.minimumSizeHint()), area)
        remembered, maximised, then = (ui_state.remembered_geometry(self.name) if simulated_screen is None
                                       else (None, False, None))
        if remembered is not None and then is not None and then.size() != area.size():
            remembered = rescaled(remembered, then, area)  # left at 150%, opened at 100% (or the other way)
        parent = self.window.parentWidget()
        cramped = self.wanted.width() > area.width() or self.wanted.height() > area.height()
        if remembered is None and self.maximise_when_cramped and cramped:
            # First start on the office's 1366×768: all of the screen, as the user would make it anyway.
            self.window.setGeometry(area)
            if simulated_screen is None:
                QTimer.singleShot(0, self.window.showMaximized)
            return
        rect = clamped(remembered, area) if remembered is not None else centred(wanted, area, parent)
        self.window.setGeometry(rect)
        if maximised:
            QTimer.singleShot(0, self.window.showMaximized)  # once shown: maximising inside Show is ignored


# mypy sees the mixin as the widget it is mixed into; at run time it must be a plain class before the Qt base.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class RemembersGeometry(_Widget):
    """A window or dialog (this first among its bases) sized from its screen and remembered between runs:
    `keep_geometry()` in its __init__ names it and says the size it would like."""

    geometry_keeper: KeptGeometry | None = None

    def keep_geometry(self, name: str, width: int, height: int) -> KeptGeometry:
        """Size this window from its screen (up to width×height logical pixels) and remember what the user makes
        of it."""
        self.geometry_keeper = KeptGeometry(self, name, QSize(width, height))
        return self.geometry_keeper

    def showEvent(self, event: QShowEvent) -> None:
        if self.geometry_keeper is not None:
            self.geometry_keeper.shown()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.geometry_keeper is not None:
            self.geometry_keeper.hidden()
        super().hideEvent(event)
