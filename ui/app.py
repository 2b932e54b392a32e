"""Starting the desktop app: pick the ledger (welcome dialog on first run), open it, show the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from models.backup import restore_backup
from models.demo import create_demo_ledger
from models.errors import BackupError, LedgerDamaged, LedgerError
from models.ledger import Ledger, create_ledger, open_ledger
from models.paths import default_ledger_path, demo_ledger_path
from ui.main_window import MainWindow
from ui.welcome_dialog import WelcomeChoice, WelcomeDialog

SCREENSHOT_SIZE = (1366, 768)  # the common office PC screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def ensure_demo(path: Path) -> None:
    if not path.exists():
        create_demo_ledger(path).close()


def choose_ledger(args: argparse.Namespace, ask: Callable[[], WelcomeDialog | None]) -> Path | None:
    """The file to open: --db, --demo, the user's ledger, or what the welcome dialog decides."""
    if args.db is not None:
        return Path(args.db)
    if args.demo:
        ensure_demo(demo_ledger_path())
        return demo_ledger_path()
    user_ledger = default_ledger_path()
    if user_ledger.exists():
        return user_ledger
    dialog = ask()
    if dialog is None:
        return None
    if dialog.choice() == WelcomeChoice.EMPTY:
        create_ledger(user_ledger, org_name=dialog.org_name(), year=dialog.year(), actor=args.user).close()
        return user_ledger
    ensure_demo(demo_ledger_path())
    return demo_ledger_path()


def _ask_welcome() -> WelcomeDialog | None:
    dialog = WelcomeDialog()
    return dialog if dialog.exec() == WelcomeDialog.DialogCode.Accepted else None


def open_interactively(path: Path, actor: str | None, parent: QWidget | None = None) -> Ledger | None:
    """Open `path`; a damaged file offers its newest good backup, other problems are explained."""
    try:
        return open_ledger(path, actor=actor)
    except LedgerDamaged as damaged:
        if damaged.backup is None:
            QMessageBox.critical(parent, _tr("台账文件已损坏"), str(damaged))
            return None
        answer = QMessageBox.question(
            parent, _tr("台账文件已损坏"),
            str(damaged) + "\n\n" + _tr("现在用这份备份恢复吗？损坏的文件会改名保留，不会删除。"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_backup(damaged.backup, path)
            return open_ledger(path, actor=actor)
        except LedgerError as error:
            QMessageBox.critical(parent, _tr("恢复失败"), str(error))
            return None
    except LedgerError as error:
        QMessageBox.critical(parent, _tr("无法打开台账"), str(error))
        return None


def take_screenshot(args: argparse.Namespace) -> int:
    """Headless check of the UI: load, render the main window to a PNG, exit."""
    path = choose_ledger(args, lambda: None) or demo_ledger_path()
    if not path.exists():
        print(f"错误：找不到台账文件：{path}", file=sys.stderr)
        return 1
    try:
        ledger = open_ledger(path, actor=args.user, auto_backup=False)
    except (LedgerError, BackupError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    window = MainWindow(ledger)
    window.remember_layout = False
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    open_view(window, args.view)
    QApplication.processEvents()
    saved = window.grab().save(str(args.screenshot))
    window.close()
    ledger.close()
    if not saved:
        print(f"错误：无法写入截图：{args.screenshot}", file=sys.stderr)
        return 1
    print(f"已保存截图：{args.screenshot}")
    return 0


def open_view(window: MainWindow, view: str) -> None:
    """--view: start on the meeting or statistics page; a meeting page opens the newest meeting's first task."""
    if view == "meeting":
        window.actions.meeting.trigger()
    elif view == "stats":
        window.actions.stats.trigger()
    else:
        first = next((row.id for row in window.list_pane.model.shown_tasks()), None)
        if first is not None:
            window.list_pane.select_task(first)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("Luoshi")
    QApplication.setApplicationDisplayName(_tr("落实台账"))
    if args.screenshot is not None:
        return take_screenshot(args)
    try:
        path = choose_ledger(args, _ask_welcome)
    except LedgerError as error:
        QMessageBox.critical(None, _tr("无法创建台账"), str(error))
        return 1
    if path is None:
        return 0
    ledger = open_interactively(path, args.user)
    if ledger is None:
        return 1
    window = MainWindow(ledger)
    window.show_notices(ledger.notices)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    open_view(window, args.view)
    code = app.exec()  # type: ignore[union-attr]
    ledger.close()
    return int(code)
