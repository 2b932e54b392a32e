"""The --db of every command: a ledger file, or a server's postgresql:// address (its password asked, not kept)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import LedgerError, ServerLoginFailed
from models.server.address import ServerAddress, is_server_address, parse_address

if TYPE_CHECKING:
    from models.ledger import Ledger

Place = Path | str  # a file, or a server address as written


def ledger_place(text: str) -> Place:
    """argparse type of --db: a server address is checked here, so a typo is told before anything opens."""
    if is_server_address(text):
        try:
            _address, password = parse_address(text)
        except LedgerError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        if password is not None:
            print("注意：地址里写着密码，它会留在命令记录、脚本和进程列表里。请从地址中去掉密码，改用 ~/.pgpass"
                  "（或 PGPASSFILE 指向的文件）或环境变量 PGPASSWORD。", file=sys.stderr)
        return text
    return Path(text)


def is_server(place: Place) -> bool:
    return isinstance(place, str)


def server_password(address: ServerAddress) -> str:
    """The password for `address`: PGPASSWORD (PostgreSQL's own variable, for scripts), else asked on the
    terminal without echo. Never written anywhere."""
    given = os.environ.get("PGPASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise LedgerError("服务器 {place} 要求输入密码：请在终端里运行本命令（会提示输入），或设置环境变量 "
                          "PGPASSWORD。", place=address.display)
    return getpass.getpass(f"服务器 {address.display} 的密码：")


def open_cli_ledger(place: Place, *, read_only: bool = False, auto_backup: bool = True, create: bool = False,
                    actor: str | None = None) -> Ledger:
    """Open `place`; a server that asks for a password gets one (PGPASSWORD or the terminal) and one retry.
    What the window would tell on opening (an automatic backup that failed, an upgrade, changes lost) is
    printed to stderr, each line beginning 注意："""
    from models.places import open_place  # the storage layer loads when a command runs, not to read arguments

    try:
        ledger = open_place(place, read_only=read_only, auto_backup=auto_backup, create=create, actor=actor)
    except ServerLoginFailed as error:
        if not error.needs_password or not isinstance(place, str):
            raise
        address, _ = parse_address(place)
        ledger = open_place(place, password=server_password(address), read_only=read_only, create=create,
                            actor=actor)
    for notice in ledger.notices:
        if not (read_only and notice.startswith("以只读方式打开")):  # asked for: nothing to tell
            print(f"注意：{notice}", file=sys.stderr)
    return ledger
