"""Starting the desktop app: pick the ledger (welcome dialog on first run), open it, show the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QApplication

from demo.ledger import ensure_demo_ledger
from models.errors import BackupError, LedgerError
from models.file.ledger import create_ledger, open_ledger
from models.file.paths import default_ledger_path, demo_ledger_path
from models.places import open_place
from ui import ui_state, unhandled
from ui.dialog_host import DialogHost
from ui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
from ui.i18n import error_text, install_translations
from ui.i18n import tr as _tr
from ui.ledger_files import open_and_build
from ui.main_window import PROBLEMS_PAGE, MainWindow
from ui.screen_fonts import prepare_screen_fonts

SCREENSHOT_SIZE = (1366, 768)  # the common office PC screen



def choose_ledger(args: argparse.Namespace, ask: Callable[[], WelcomeDialog | None]) -> Path | str | None:
    """What to open: --db (a file or a server), --demo, the last one, the user's ledger, or what the welcome
    dialog decides."""
    if args.db is not None:
        return args.db if isinstance(args.db, str) else Path(args.db)
    if args.demo:
        ensure_demo_ledger(demo_ledger_path())
        return demo_ledger_path()
    last = ui_state.last_ledger()
    if last is not None and (isinstance(last, str) or last.exists()):
        return last  # reopen what the user worked on last (a file, or a server), as desktop programs do
    user_ledger = default_ledger_path()
    if user_ledger.exists():
        return user_ledger
    dialog = ask()
    if dialog is None:
        return None
    if dialog.choice() in (WelcomeChoice.EMPTY, WelcomeChoice.IMPORT):
        create_ledger(user_ledger, org_name=dialog.org_name(), year=dialog.year(), actor=args.user).close()
        args.start_import = dialog.choice() == WelcomeChoice.IMPORT  # the window opens 导入 Excel at once
        return user_ledger
    ensure_demo_ledger(demo_ledger_path())
    return demo_ledger_path()


def ledger_to_picture(args: argparse.Namespace) -> Path | str:
    """What --screenshot and --gallery draw: the ledger that would open, else the example (made if need be,
    so both work on a fresh data folder, where the window would have asked with the welcome dialog)."""
    chosen = choose_ledger(args, lambda: None)
    if chosen is not None:
        return chosen
    ensure_demo_ledger(demo_ledger_path())
    return demo_ledger_path()


def _ask_welcome() -> WelcomeDialog | None:
    dialog = WelcomeDialog()
    return dialog if dialog.exec() == WelcomeDialog.DialogCode.Accepted else None


def take_screenshot(args: argparse.Namespace) -> int:
    """Headless check of the UI: load, render the main window to a PNG, exit."""
    place = ledger_to_picture(args)
    if isinstance(place, Path) and not place.exists():
        print(f"错误：找不到台账文件：{place}", file=sys.stderr)
        return 1
    try:
        ledger = (open_place(place, actor=args.user, auto_backup=False) if isinstance(place, str) else
                  open_ledger(place, actor=args.user, auto_backup=False, check_in_background=True))
        window = MainWindow(ledger)
        ledger.wait_until_checked()
    except (LedgerError, BackupError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    window.remember_layout = False
    window.geometry_keeper.remember = False
    window.resize(*SCREENSHOT_SIZE)  # as on the office screen, whatever this machine's is
    window.show()
    open_view(window, args.view, screen=QSize(*SCREENSHOT_SIZE))
    QApplication.processEvents()
    shown = window.projector.view if args.view == "projector" and window.projector.view else window
    saved = shown.grab().save(str(args.screenshot))
    window.close()
    ledger.close()
    if not saved:
        print(f"错误：无法写入截图：{args.screenshot}", file=sys.stderr)
        return 1
    print(f"已保存截图：{args.screenshot}")
    return 0


def open_view(window: MainWindow, view: str, *, screen: QSize | None = None) -> None:
    """--view: start on the meeting or statistics page; a meeting page opens the newest meeting's first task,
    and the projector shows it full screen (at `screen`'s size instead, for a picture)."""
    if view in ("meeting", "projector"):
        window.registry.meeting.trigger()
        if view == "projector":
            window.projector.start(screen)
    elif view == "stats":
        window.registry.stats.trigger()
    elif view == "problems":
        window.show_page(PROBLEMS_PAGE)
    else:
        first = next((row.id for row in window.list_pane.model.shown_tasks()), None)
        if first is not None:
            window.list_pane.select_task(first)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("Luoshi")
    unhandled.install()  # an error nothing caught (a server gone away mid-read) is told, not printed
    try:
        return _run_gui(app, args)
    finally:
        unhandled.uninstall()


def _run_gui(app: QCoreApplication, args: argparse.Namespace) -> int:
    install_translations(app)  # 设置 → 界面语言; in Chinese, Qt's own buttons (是/否, 打开, 取消) too
    QApplication.setApplicationDisplayName(_tr("落实台账"))
    font_notice = prepare_screen_fonts(app)  # type: ignore[arg-type]
    if font_notice:
        print(f"警告：{font_notice}", file=sys.stderr)
    if args.screenshot is not None:
        return take_screenshot(args)
    if getattr(args, "gallery", None) is not None:
        from ui.gallery import render_gallery  # only for --gallery

        shown = ledger_to_picture(args)
        if isinstance(shown, str):
            print("错误：--gallery 画的是台账文件（如 --demo），不是服务器上的台账。", file=sys.stderr)
            return 1
        if not shown.exists():
            print(f"错误：找不到台账文件：{shown}", file=sys.stderr)
            return 1
        return render_gallery(args.gallery, shown)
    dialogs = DialogHost()  # the window takes it over: every question before and after it opens asked here
    try:
        path = choose_ledger(args, _ask_welcome)
    except LedgerError as error:
        dialogs.warn(_tr("无法创建台账"), error_text(error))
        return 1
    if path is None:
        return 0
    opened = open_and_build(path, args.user, dialogs, lambda ledger: MainWindow(ledger, dialogs=dialogs))
    if opened is None:
        return 1
    ledger, window = opened
    ui_state.remember_ledger(ledger.place if ledger.is_server else path)  # a server's address without a password
    window.owns_ledger = True
    window.show_notices([*ledger.notices, *([font_notice] if font_notice else [])])
    window.show()  # sized from this screen and the size the user left it at (ui/window_geometry.py)
    open_view(window, args.view)
    if getattr(args, "start_import", False):
        QTimer.singleShot(0, window.file_commands.open_import)
    code = app.exec()
    ledger.close()  # the window closed it already unless File → Open replaced the window
    return int(code)
