"""`main.py --gallery DIR`: the window's pages and every dialog, opened the way a user opens them, rendered to
PNGs as on a 1366×768 office screen at the current scale factor (QT_SCALE_FACTOR), with what does not fit.

For the README's pictures and for checks: a window larger than that screen, or a button outside its window,
is listed in DIR/gallery.json and makes the exit code 1."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from models.domain.enums import Status
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.read.task_detail import task_detail
from reports.xlsx_export import export_ledger
from ui import window_geometry
from ui.dialog_host import DialogHost
from ui.dialogs.server_dialog import ServerDialog
from ui.dialogs.welcome_dialog import WelcomeDialog
from ui.i18n import chosen_language
from ui.main_window import MEETING_PAGE, PROBLEMS_PAGE, STATS_PAGE, MainWindow

OFFICE_SCREEN = (1366, 768)
TASKBAR = 40  # physical pixels Windows keeps at the bottom


def office_area(taskbar: int = TASKBAR) -> QRect:
    """The free area of a 1366×768 screen with a taskbar (none: the whole screen, as a full-screen window has
    it), in this process's logical pixels."""
    screen = QGuiApplication.primaryScreen()
    scale = screen.devicePixelRatio() if screen is not None else 1.0
    return QRect(0, 0, int(OFFICE_SCREEN[0] / scale), int((OFFICE_SCREEN[1] - taskbar) / scale))


def problems_of(window: QWidget, area: QRect) -> list[str]:
    """What a user would not reach: the window beyond the screen, a button outside the window."""
    found = []
    if window.width() > area.width() or window.height() > area.height():
        found.append(f"窗口 {window.width()}×{window.height()} 大于屏幕 {area.width()}×{area.height()}")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not inside.contains(where):
            found.append(f"按钮“{button.text()}”超出窗口")
    return found


class GalleryHost(DialogHost):
    """Where the window's dialogs run for the gallery: shown, prepared, shot and cancelled; questions say yes."""

    def __init__(self, gallery: Gallery) -> None:
        super().__init__()
        self.gallery = gallery
        self.name = ""
        self.prepare: Callable[[QDialog], object] = lambda dialog: None

    def run(self, dialog: QDialog) -> bool:
        dialog.show()
        self.prepare(dialog)
        self.gallery.shoot(self.name, dialog)
        dialog.reject()
        return False

    def confirm(self, title: str, text: str, *, over: QWidget | None = None) -> bool:
        return True


class Gallery:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.area = office_area()
        self.report: dict[str, dict[str, Any]] = {}
        self.host = GalleryHost(self)

    def shoot(self, name: str, widget: QWidget, area: QRect | None = None,
              more: Callable[[], list[str]] = list) -> None:
        """Render `widget`; what does not fit `area` (the office screen less its taskbar), or what `more` finds,
        goes in the report."""
        QApplication.processEvents()
        QApplication.processEvents()  # what laying out started (a preview fitted to its width) finishes first
        widget.grab().save(str(self.folder / f"{name}.png"))
        self.report[name] = {"width": widget.width(), "height": widget.height(),
                             "problems": problems_of(widget, area or self.area) + more()}

    def dialog_from(self, name: str, open_it: Callable[[], object],
                    prepare: Callable[[QDialog], object] = lambda dialog: None) -> None:
        """Open a dialog as the user would (its action), show it in a representative state, shoot, cancel."""
        self.host.name, self.host.prepare = name, prepare
        open_it()
        if name not in self.report:
            self.report[name] = {"problems": ["没有打开"]}


def render_gallery(folder: Path, ledger_path: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    gallery = Gallery(folder)
    window_geometry.simulated_screen = gallery.area
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ledger_path.name  # dialogs are cancelled, but the user's file is not the place
        shutil.copyfile(ledger_path, copy)
        ledger = open_ledger(copy, auto_backup=False)
        try:
            _render(gallery, ledger, Path(scratch))
        finally:
            ledger.close()
    for name, dialog in (("welcome", WelcomeDialog()), ("connect-server", ServerDialog())):
        dialog.show()
        gallery.shoot(name, dialog)
        dialog.close()
    (folder / "gallery.json").write_text(json.dumps({"area": [gallery.area.width(), gallery.area.height()],
                                                     "language": chosen_language(), "windows": gallery.report},
                                                    ensure_ascii=False, indent=2), encoding="utf-8")
    troubled = {name: shot["problems"] for name, shot in gallery.report.items() if shot["problems"]}
    for name, problems in troubled.items():
        print(f"{name}：{'；'.join(str(p) for p in problems)}", file=sys.stderr)
    print(f"已保存 {len(gallery.report)} 张截图到 {folder}（按 {gallery.area.width()}×{gallery.area.height()} 的屏幕）")
    return 1 if troubled else 0


def _render(gallery: Gallery, ledger: Ledger, scratch: Path) -> None:
    window = MainWindow(ledger, dialogs=gallery.host)
    window.remember_layout = False
    window.geometry_keeper.remember = False
    window.show()
    first = next((row for row in window.list_pane.model.shown_tasks() if row.status.is_active), None)
    if first is not None:
        window.list_pane.select_task(first.id)
    gallery.shoot("main-tasks", window)
    window.show_page(MEETING_PAGE)
    gallery.shoot("main-meeting", window)
    screen = office_area(taskbar=0)  # the projector's view fills the meeting room's screen
    projector = window.projector.start(screen.size())
    if projector is not None:
        gallery.shoot("meeting-projector", projector, screen, projector.clipped)
        projector.close()
    window.show_page(STATS_PAGE)
    gallery.shoot("main-stats", window)
    window.stats_page.tabs.setCurrentIndex(1)
    gallery.shoot("main-stats-problems", window)
    window.stats_page.tabs.setCurrentIndex(2)
    gallery.shoot("main-stats-scores", window)
    window.stats_page.tabs.setCurrentIndex(0)
    gallery.dialog_from("month-compare", window.stats_page.compare_months)
    _problems(gallery, window)
    window.pages.setCurrentIndex(0)
    sheet = scratch / "导出.xlsx"
    with window.context.ledger.reading() as session:
        export_ledger(session, sheet, year=window.context.year, as_of=window.context.as_of)

    def preview_import(dialog: QDialog) -> None:
        from ui.dialogs.import_dialog import ImportDialog  # as the window loads it: on first use

        if isinstance(dialog, ImportDialog):
            dialog.open_file(sheet)
    registry = window.registry
    gallery.dialog_from("import", registry.import_xlsx.trigger, preview_import)
    for name, action in (("report", registry.print_sheet), ("settings", registry.settings),
                         ("data-safety", registry.data_safety), ("recycle-bin", registry.recycle_bin),
                         ("new-task", registry.new_task), ("progress", registry.progress),
                         ("extend", registry.extend), ("instruct", registry.instruct)):
        gallery.dialog_from(name, action.trigger)
    done = next((row for row in window.list_pane.model.shown_tasks() if row.status == Status.COMPLETED), None)
    if done is not None:  # 销号 is for a finished task
        window.list_pane.select_task(done.id)
    gallery.dialog_from("close", registry.close_task.trigger)
    closed = next((row for row in window.list_pane.model.shown_tasks() if row.status == Status.CLOSED), None)
    if closed is not None:  # a closed task of the example has its 销号审核表
        window.list_pane.select_task(closed.id)
    gallery.dialog_from("evidence", registry.evidence.trigger)
    _supervision(gallery, window)
    window.show_page(MEETING_PAGE)
    gallery.dialog_from("new-meeting", window.meeting_page.new_meeting)
    gallery.dialog_from("meeting-summary", window.meeting_page.finish)
    window.close()


def _supervision(gallery: Gallery, window: MainWindow) -> None:
    """The 督办 steps, each on a task of the example it applies to: one awaiting 签收, one open, one with an
    application pending, one reported 已办结."""
    registry, rows = window.registry, window.list_pane.model.shown_tasks()
    with window.context.ledger.reading() as session:
        asked = {row.id for row in rows if row.status.is_active
                 and task_detail(session, row.id).pending_request is not None}
    pending = next((row for row in rows if row.id in asked), None)
    # one to ask on: open with no application waiting, a late one first (the example may have none late)
    open_rows = sorted((row for row in rows if row.status.is_active and row.id not in asked),
                       key=lambda row: not row.overdue)
    steps = ((next((row for row in rows if row.awaiting_sign), None), (("sign", registry.sign),)),
             (next(iter(open_rows), None), (("ask-extension", registry.ask_extension), ("remind", registry.remind))),
             (pending, (("decide-extension", registry.decide_extension),)),
             (next((row for row in rows if row.status == Status.COMPLETED), None),
              (("return", registry.return_task),)))
    for row, dialogs in steps:
        if row is not None:
            window.list_pane.select_task(row.id)
        for name, action in dialogs:
            gallery.dialog_from(name, action.trigger)


def _problems(gallery: Gallery, window: MainWindow) -> None:
    """The 问题清单 with an overdue problem chosen, and the forms of 督查 work."""
    window.show_page(PROBLEMS_PAGE)
    page = window.problems_page
    late = next((p for p in page.problems if p.overdue), None)
    if late is not None:
        page.tree.setCurrentIndex(page.model.index_of("problem", late.id))
    gallery.shoot("main-problems", window)
    gallery.dialog_from("new-record", page.new_record)
    gallery.dialog_from("new-problem", page.new_problem)
    gallery.dialog_from("problem-report", page.add_report)
    rectified = next((p for p in page.problems if p.status.value == "rectified"), None)
    if rectified is not None:
        page.tree.setCurrentIndex(page.model.index_of("problem", rectified.id))
    gallery.dialog_from("problem-close", page.close_problem)
