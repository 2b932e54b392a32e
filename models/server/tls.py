"""How a connection to the server is encrypted, by the address's sslmode as libpq reads it, and its certificate file."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

from models.errors import LedgerError
from models.server.address import ServerAddress


def default_root_certificate() -> Path:
    """Where libpq looks for the certificate authority's file when the address names none."""
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "root.crt"
    return Path.home() / ".postgresql" / "root.crt"


def tls_context(address: ServerAddress) -> ssl.SSLContext | bool | None:
    """What the driver is given as ssl_context: False, no TLS; None, TLS when the server offers it and any
    certificate taken (libpq's prefer, its default: proof against listening, not against a false server);
    a context, TLS required, the certificate checked as the mode says (verify-full: its authority and name).

    Raises LedgerError when the certificate authority's file named cannot be read."""
    mode = address.sslmode or "prefer"
    if address.on_socket or mode == "disable":
        return False  # a socket on this very machine: PostgreSQL offers no TLS there, and needs none
    if mode in ("allow", "prefer"):
        return None
    named = Path(address.sslrootcert).expanduser() if address.sslrootcert else None
    if mode == "require" and named is None:  # as libpq: encrypted, whoever answers
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    root = named or (default_root_certificate() if default_root_certificate().is_file() else None)
    try:  # no file named or in its usual place: the system's own certificate authorities
        context = ssl.create_default_context(cafile=str(root) if root else None)
    except (OSError, ValueError) as error:  # ssl.SSLError is an OSError: a file that is no certificate
        raise LedgerError("读不出证书机构（CA）文件 {path}（{reason}），没有连接服务器。请检查服务器地址中的 "
                          "sslrootcert，或连接服务器窗口中的 CA 文件。", path=root,
                          reason=getattr(error, "strerror", None) or type(error).__name__) from None
    context.check_hostname = mode == "verify-full"  # verify-ca (and require with a CA file): the authority only
    context.verify_mode = ssl.CERT_REQUIRED
    return context
