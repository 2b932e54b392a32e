"""Where a server ledger is: postgresql://user@host:port/database, read and written without its password."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from sqlalchemy import URL

from models.errors import LedgerError

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres", "postgresql+pg8000")
SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")  # libpq's, "" its default
QUERY_NAMES = {"host", "port", "sslmode", "sslrootcert"}
_NAME = re.compile(r"^[^\x00-\x1f/]{1,63}$")  # a database or user name: printable, no slash, as PostgreSQL allows


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database on the office's network. `host` may be a folder holding the server's Unix
    socket (as libpq writes it, "/run/postgresql"): a server on this very machine, reached without TCP."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = ""  # as libpq's: "" (prefer), disable, require, verify-ca, verify-full (see models/server/tls)
    sslrootcert: str = ""  # the certificate authority's file that verify-ca and verify-full check the server by

    @property
    def on_socket(self) -> bool:
        return self.host.startswith("/")

    @property
    def display(self) -> str:
        """"postgresql://luoshi@10.1.2.3:5432/ledger": what the title bar and 数据安全 say, never a password."""
        # Names are written percent-encoded, so an @, a space, a % or a # in one reads back as itself.
        user, database = quote(self.user, safe=""), quote(self.database, safe="")
        tls = (f"sslmode={self.sslmode}" if self.sslmode else "") + (
            f"{'&' if self.sslmode else ''}sslrootcert={quote(self.sslrootcert, safe='/')}" if self.sslrootcert else "")
        if self.on_socket:
            port = "" if self.port == DEFAULT_PORT else f"&port={self.port}"
            return f"postgresql://{user}@/{database}?host={quote(self.host, safe='/')}{port}{'&' + tls if tls else ''}"
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="")
        return f"postgresql://{user}@{host}:{self.port}/{database}{'?' + tls if tls else ''}"

    @property
    def short(self) -> str:
        """"ledger（10.1.2.3）": the database and its server, for the title bar."""
        return f"{self.database}（{'本机' if self.on_socket else self.host}）"

    def url(self, password: str | None = None) -> URL:
        """SQLAlchemy's URL for the pure-Python driver (pg8000: nothing to install beside the program)."""
        if self.on_socket:
            socket = f"{self.host.rstrip('/')}/.s.PGSQL.{self.port}"
            return URL.create("postgresql+pg8000", username=self.user, password=password,
                              database=self.database, query={"unix_sock": socket})
        return URL.create("postgresql+pg8000", username=self.user, password=password, host=self.host,
                          port=self.port, database=self.database)


def is_server_address(text: str) -> bool:
    return text.strip().lower().split("://", 1)[0] in SCHEMES and "://" in text


def parse_address(text: str) -> tuple[ServerAddress, str | None]:
    """The address in `text` and the password written into it, if any (used once, never kept).

    Raises LedgerError with a Chinese message when the text is not a usable address."""
    parts = urlsplit(text.strip())
    shown = without_password(text)  # what a refusal may echo: never the password
    if parts.scheme.lower() not in SCHEMES:
        raise LedgerError("服务器地址应以 postgresql:// 开头，例如 postgresql://luoshi@10.1.2.3/ledger；"
                          "收到的是“{text}”。", text=shown)
    query = parse_qs(parts.query)
    unknown = sorted(set(query) - QUERY_NAMES)
    if unknown:  # a setting silently ignored (sslmode, before it was known) would only look as if it held
        raise LedgerError("服务器地址中的“{name}”本程序不认识（可以写的有 host、port、sslmode、sslrootcert）："
                          "“{text}”。", name=unknown[0], text=shown)
    try:
        port = parts.port or int(query.get("port", [DEFAULT_PORT])[0])
    except ValueError:
        raise LedgerError("服务器地址中的端口不是 1–65535 之间的数字：“{text}”。", text=shown) from None
    host = unquote(parts.hostname or "") or query.get("host", [""])[0]
    address = ServerAddress(host, unquote(parts.path.lstrip("/")), unquote(parts.username or ""), port,
                            query.get("sslmode", [""])[0], query.get("sslrootcert", [""])[0])
    password = unquote(parts.password) if parts.password is not None else None
    return checked(address, shown), password


def without_password(text: str) -> str:
    """`text` with the password written in it (postgresql://user:password@…) shown as ***."""
    scheme, separator, rest = text.partition("://")
    who, at, where = rest.partition("@")
    if not separator or not at or ":" not in who.split("/")[0]:
        return text
    return f"{scheme}://{who.partition(':')[0]}:***@{where}"


def checked(address: ServerAddress, written: str) -> ServerAddress:
    """`address` when every part of it is usable; LedgerError naming the missing part otherwise."""
    if not address.host:
        raise LedgerError("服务器地址缺少服务器名或 IP：“{text}”。", text=written)
    labels = address.host.split(".")
    if not address.host.startswith("/") and ":" not in address.host and (
            len(address.host) > 253 or any(not 0 < len(label) <= 63 for label in labels if label != labels[-1])
            or len(labels[-1]) > 63):
        # A name the network cannot carry (a label over 63 characters) failed deep in the driver, in English.
        raise LedgerError("服务器名不对：每一段（点之间）最多 63 个字符，整个最多 253 个字符：“{text}”。", text=written)
    if not address.database or not _NAME.match(address.database):
        raise LedgerError("服务器地址缺少数据库名（写在最后一个 / 之后）：“{text}”。", text=written)
    if not address.user or not _NAME.match(address.user):
        raise LedgerError("服务器地址缺少用户名（写在 @ 之前）：“{text}”。", text=written)
    if not 0 < address.port < 65536:
        raise LedgerError("服务器地址中的端口不是 1–65535 之间的数字：“{text}”。", text=written)
    if address.sslmode not in SSL_MODES:
        raise LedgerError("服务器地址中的 sslmode 只能是 disable、prefer、require、verify-ca 或 verify-full，"
                          "收到的是“{mode}”：“{text}”。", mode=address.sslmode, text=written)
    return address
