"""The password of a server address from PostgreSQL's own password file (~/.pgpass, PGPASSFILE), as libpq reads it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from models.server.address import ServerAddress


def password_file() -> Path:
    """PGPASSFILE, else ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def password_from_file(address: ServerAddress) -> str | None:
    """The password the file gives for `address` (first matching line), or None. Lines are
    host:port:database:user:password, `*` matching anything, `\\:` and `\\\\` standing for : and \\; a server on
    this machine's socket matches the host "localhost". As libpq, a file others may read is not used."""
    path = password_file()
    try:
        if os.name != "nt" and stat.S_IMODE(path.stat().st_mode) & 0o077:
            return None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    wanted = ("localhost" if address.on_socket else address.host, str(address.port), address.database, address.user)
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _fields(line)
        if len(fields) == 5 and all(field in ("*", value) for field, value in zip(fields, wanted, strict=False)):
            return fields[4]
    return None


def _fields(line: str) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    escaped = False
    for character in line:
        if escaped:
            current.append(character)
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(character)
    fields.append("".join(current))
    return fields
