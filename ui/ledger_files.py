"""Opening ledgers from the UI: a damaged or missing file offers its newest good copy, a server asks for its
password; the rest is explained."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject

from models.errors import LedgerDamaged, LedgerError, LedgerMissing, ServerLoginFailed
from models.file.backup import restore_backup
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.server.address import ServerAddress, parse_address
from models.server.ledger import open_server_ledger
from ui.dialog_host import DialogHost
from ui.i18n import error_text
from ui.i18n import tr as _tr

Built = TypeVar("Built")



def _open_checked(path: Path, actor: str | None, build: Callable[[Ledger], Built]) -> tuple[Ledger, Built]:
    """Open `path` and `build` on it (the window reads its tasks) while the integrity check runs beside."""
    ledger = open_ledger(path, actor=actor, check_in_background=True)
    try:
        built = build(ledger)
    except BaseException:
        ledger.close()  # release the writer lock: a failed window must not leave the file locked
        raise
    try:
        ledger.wait_until_checked()
    except LedgerDamaged:
        if isinstance(built, QObject):
            built.deleteLater()  # a window built on a damaged file is never shown
        ledger.close()
        raise
    return ledger, built


def open_and_build(place: Path | str, actor: str | None, dialogs: DialogHost,
                   build: Callable[[Ledger], Built], password: str | None = None) -> tuple[Ledger, Built] | None:
    """Open `place` (a file, or a server's address) and build on it; a damaged file offers its newest good
    backup, a server that wants a password asks for it, other problems are explained."""
    if isinstance(place, str):
        return _open_server(place, actor, dialogs, build, password)
    path = place
    try:
        return _open_checked(path, actor, build)
    except (LedgerDamaged, LedgerMissing) as problem:
        title = _tr("台账文件已损坏") if isinstance(problem, LedgerDamaged) else _tr("找不到台账文件")
        if problem.backup is None:
            dialogs.warn(title, error_text(problem))
            return None
        keeps = _tr("损坏的文件会改名保留，不会删除。") if isinstance(problem, LedgerDamaged) else ""
        asked = error_text(problem) + "\n\n" + _tr("现在用这份副本恢复吗？") + keeps
        if not dialogs.confirm(title, asked):
            return None
        try:
            restore_backup(problem.backup, path)
            return _open_checked(path, actor, build)
        except LedgerError as error:
            dialogs.warn(_tr("恢复失败"), error_text(error))
            return None
    except LedgerError as error:
        dialogs.warn(_tr("无法打开台账"), error_text(error))
        return None


PASSWORD_TRIES = 3


def _open_server(place: str, actor: str | None, dialogs: DialogHost, build: Callable[[Ledger], Built],
                 password: str | None) -> tuple[Ledger, Built] | None:
    try:
        address, written = parse_address(place)
    except LedgerError as error:
        dialogs.warn(_tr("无法打开台账"), error_text(error))
        return None
    password = password if password is not None else written
    for _attempt in range(PASSWORD_TRIES):
        try:
            ledger = open_server_ledger(address, password, actor=actor)
        except ServerLoginFailed as refused:
            asked = ask_password(dialogs, address, "" if refused.needs_password else error_text(refused))
            if asked is None:
                return None
            password = asked
            continue
        except LedgerError as error:
            dialogs.warn(_tr("无法连接服务器"), error_text(error))
            return None
        try:
            return ledger, build(ledger)
        except BaseException:
            ledger.close()
            raise
    dialogs.warn(_tr("无法连接服务器"), _tr("密码连续 {n} 次不对，没有连接。").format(n=PASSWORD_TRIES))
    return None


def ask_password(dialogs: DialogHost, address: ServerAddress, problem: str) -> str | None:
    """The server's password, typed unseen; None when the user gives up. Never stored anywhere."""
    return dialogs.ask_password(_tr("服务器密码"), (problem + "\n\n" if problem else "")
                                + _tr("{place} 的密码：").format(place=address.display))


def open_interactively(path: Path, actor: str | None, dialogs: DialogHost) -> Ledger | None:
    """Open `path` on its own, with the same help for damaged and unusable files."""
    opened = open_and_build(path, actor, dialogs, lambda _ledger: None)
    return None if opened is None else opened[0]
