"""Opening a ledger by what the user gave: a file's path, or a server's postgresql:// address."""

from __future__ import annotations

from pathlib import Path

from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.server.address import is_server_address, parse_address
from models.server.ledger import open_server_ledger


def open_place(place: str | Path, *, password: str | None = None, actor: str | None = None,
               auto_backup: bool = True, read_only: bool = False, create: bool = False) -> Ledger:
    """The ledger at `place`. A server address may carry its password (used once, never kept); `password`
    is the one asked for. `create` makes an empty server database a ledger (a file is made by create_ledger)."""
    if isinstance(place, str) and is_server_address(place):
        address, written = parse_address(place)
        return open_server_ledger(address, password if password is not None else written, actor=actor,
                                  create=create, read_only=read_only)
    return open_ledger(Path(place), actor=actor, auto_backup=auto_backup, read_only=read_only)
