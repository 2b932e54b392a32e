"""Connecting to the office's PostgreSQL server, and saying in Chinese why it refused or dropped a connection."""

from __future__ import annotations

import socket
import ssl
from contextlib import suppress
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from models.errors import Conflicting, LedgerError, ServerLoginFailed, ServerUnreachable, said
from models.server.address import ServerAddress
from models.server.passfile import password_from_file
from models.server.tls import tls_context

DATE_OID, TIMESTAMP_OID = 1082, 1114  # PostgreSQL's own type numbers for date and timestamp
# The longest the program waits for the server to answer anything, a login or a statement: an office network
# answers in well under a second, and a server that has stopped answering should not hold a save for long.
ANSWER_TIMEOUT_S = 10
# What each connection asks of the server, so that one PC can never hold up the others for long: a row
# another PC is changing is waited for a few seconds, not for ever; no statement runs past half a minute;
# a transaction left open by a PC that froze or vanished mid-save is ended (its locks with it) after a
# minute; and a PC gone from the network is noticed by the server within about a minute, not two hours.
SESSION_LIMITS = {
    "lock_timeout": "5s", "statement_timeout": "30s", "idle_in_transaction_session_timeout": "60s",
    "tcp_keepalives_idle": "30", "tcp_keepalives_interval": "10", "tcp_keepalives_count": "3",
}
KEEPALIVE = {"TCP_KEEPIDLE": 30, "TCP_KEEPINTVL": 10, "TCP_KEEPCNT": 3}  # the same on this PC's side
# What a lost server looks like to the caller: the driver's own errors, and the socket's, which it lets through
# unwrapped (a read that timed out is a bare TimeoutError).
CERT_NAME_MISMATCH = {62, 64}  # OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH
SERVER_FAILURES = (DBAPIError, TimeoutError, ConnectionError, ssl.SSLError)


def make_server_engine(address: ServerAddress, password: str | None) -> Engine:
    # pool_pre_ping: a connection the server or a switch dropped overnight is replaced, not handed out dead.
    # No password (none given, none in ~/.pgpass) is sent as an empty one: the driver cannot answer a SCRAM
    # login with none at all, and a server that wants one then refuses the login, which server_failure turns
    # into "asks for a password".
    engine = create_engine(address.url(), pool_pre_ping=True, pool_size=2, max_overflow=2,
                           connect_args={"timeout": ANSWER_TIMEOUT_S, "application_name": "luoshi",
                                         "password": password or password_from_file(address) or "",
                                         "ssl_context": tls_context(address)})

    @event.listens_for(engine, "connect")
    def _prepare(connection: Any, _record: Any) -> None:
        # The driver reads dates and times with strptime, a third of reading 20,000 tasks; the server sends
        # them in ISO form (DateStyle ISO), which fromisoformat reads in C.
        connection.register_in_adapter(DATE_OID, date.fromisoformat)
        connection.register_in_adapter(TIMESTAMP_OID, datetime.fromisoformat)
        _limit_session(connection)
        _keep_alive(getattr(connection, "_usock", None))

    @event.listens_for(engine, "handle_error")
    def _lost(context: ExceptionContext) -> None:
        # A socket error in the middle of a statement leaves the connection half-read: it must not go back
        # into the pool, where the next save would meet it.
        if isinstance(context.original_exception, OSError):
            context.is_disconnect = True

    return engine


def unhurried(connection: Connection) -> None:
    """Lifts the statement and idle limits of SESSION_LIMITS for the transaction under way on `connection`: a
    whole-ledger copy (a backup, a move, a restore) may read one table of files for minutes, and pauses while
    this PC writes what it read. SET LOCAL: the connection goes back to the pool with its limits."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL statement_timeout = 0"))
        connection.execute(text("SET LOCAL idle_in_transaction_session_timeout = 0"))


def _limit_session(connection: Any) -> None:
    """Sets SESSION_LIMITS on a new connection, each only where the server knows it (an older or a derived
    server lacking one would refuse the whole login if it were asked for at connecting)."""
    cursor = connection.cursor()
    wanted = ", ".join(f"('{name}', '{value}')" for name, value in SESSION_LIMITS.items())
    cursor.execute(f"SELECT set_config(w.name, w.value, false) FROM (VALUES {wanted}) AS w(name, value) "
                   "WHERE w.name IN (SELECT name FROM pg_settings)")
    cursor.close()
    connection.commit()


def _keep_alive(sock: socket.socket | None) -> None:
    if sock is None or sock.family == getattr(socket, "AF_UNIX", None):
        return
    for option, value in KEEPALIVE.items():
        if hasattr(socket, option):  # Windows before 10 (1709) and some Unixes lack some of them
            with suppress(OSError):  # a system refusing a value keeps its own: the server's keepalive holds
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)


def server_failure(address: ServerAddress, error: BaseException, *, password_given: bool = True) -> LedgerError:
    """What to tell the user when the server refused or dropped a connection or a statement; a login refused
    when no password was given means the server wants one."""
    original = getattr(error, "orig", error)
    fields = original.args[0] if getattr(original, "args", None) else None
    code = fields.get("C", "") if isinstance(fields, dict) else ""
    message = fields.get("M", "") if isinstance(fields, dict) else str(original)
    if "password" in str(original) and "no password was provided" in str(original):
        return ServerLoginFailed("服务器 {place} 要求输入密码。", True, place=address.display)
    if message == "network error" and not password_given and address.on_socket:
        # Over a Unix socket the driver loses the server's last words when it hangs up: the login refused
        # for want of a password is then only "network error". Asking for the password is the likely help.
        return ServerLoginFailed("服务器 {place} 要求输入密码。", True, place=address.display)
    if code in ("28P01", "28000") and not password_given:
        return ServerLoginFailed("服务器 {place} 要求输入密码。", True, place=address.display)
    # The server's own words are English (or its locale's): the user is told the kind of refusal only.
    if code == "28P01":
        return ServerLoginFailed("服务器 {place} 拒绝了登录：用户名或密码不对。", False, place=address.display)
    if code == "28000":
        return ServerLoginFailed("服务器 {place} 不允许这个账号登录：账号可能已停用，或服务器的访问规则（pg_hba.conf）"
                                 "没有放行这台电脑。请联系信息管理员。", False, place=address.display)
    if code == "3D000":
        return LedgerError("服务器上没有名为 {database} 的数据库，请先按说明建立数据库。",
                           database=address.database)
    if isinstance(original, ssl.SSLCertVerificationError):
        reason = (said("证书上的服务器名与地址中的不符") if original.verify_code in CERT_NAME_MISMATCH
                  else said("证书不是所指定的证书机构（CA）签发的，或已过期"))
        return ServerUnreachable("服务器 {place} 的证书没有通过核验（{reason}），为防冒充，没有连接。"
                                 "请向管理员要服务器的 CA 文件，并核对服务器名。", place=address.display, reason=reason)
    if isinstance(original, ssl.SSLError):
        return ServerUnreachable("与服务器 {place} 建立加密连接失败（TLS），没有连接。", place=address.display)
    if message == "Server refuses SSL":
        return ServerUnreachable("服务器 {place} 不接受加密连接，而所选的“加密”方式要求加密，没有连接。请信息管理员"
                                 "在服务器上开启加密（ssl），或暂时在“加密”中选“尽量加密”。", place=address.display)
    if code == "57P03":  # cannot_connect_now: the server is starting up (or recovering after a crash)
        return ServerUnreachable("服务器 {place} 正在启动，请稍候再试。这次操作没有保存。", place=address.display)
    if code.startswith("08") or not code:
        timed_out = isinstance(original, TimeoutError) or isinstance(original.__cause__, TimeoutError)
        if timed_out or ("Can't create a connection" in message or "timed out" in message or "timeout" in message
                         or message == "communication error"):
            reason = said("服务器没有应答：它可能没有开机、没有启动数据库，或被防火墙挡住")
        elif isinstance(original, ConnectionError) or isinstance(original.__cause__, ConnectionError):
            reason = said("与服务器的连接中断了")
        elif message == "network error":
            reason = said("服务器断开了连接：数据库名或用户名可能不对，或服务器不接受这台电脑")
        else:  # the driver's words are English: the user is told the kind of failure
            reason = said("网络连接出错")
        return ServerUnreachable("无法连接服务器 {place}（{reason}）。这次操作没有保存，请检查后重试。",
                                 place=address.display, reason=reason)
    if code in ("23505", "23503"):  # unique_violation, foreign_key_violation
        return Conflicting()
    if code == "55P03":  # lock_not_available: lock_timeout passed while another PC held the row
        return LedgerError("有人正在修改同一条记录，等了 {seconds} 秒仍未改完，这次操作没有保存，请稍后重试。",
                           seconds=_seconds(SESSION_LIMITS["lock_timeout"]))
    if code in ("40001", "40P01"):  # serialization failure, deadlock
        return LedgerError("另一台电脑正在同时修改这些内容，这次操作没有保存，请再试一次。")
    if code == "57014":  # query_canceled: statement_timeout, or stopped on the server by its administrator
        return LedgerError("服务器处理这次操作超过 {seconds} 秒仍未完成（或被服务器管理员停止），没有保存，"
                           "请稍后重试。", seconds=_seconds(SESSION_LIMITS["statement_timeout"]))
    if code == "25P03":  # idle_in_transaction_session_timeout ended this PC's open transaction
        return ServerUnreachable("这台电脑与服务器 {place} 的连接停顿太久，服务器已结束这次操作，没有保存，请重试。",
                                 place=address.display)
    reason = _SERVER_WORDS.get(code) or _SERVER_WORDS.get(code[:2]) or said("服务器报告的错误")
    return LedgerError("服务器拒绝了这次操作（{reason}，代码 {code}），没有保存。", reason=reason, code=code)


# PostgreSQL's refusals by SQLSTATE (its own words follow the server's language, English by default).
_SERVER_WORDS = {
    "53": said("服务器资源不足：磁盘已满或内存不够"),
    "25006": said("服务器上的数据库当前只读"), "42501": said("服务器上的这个账号没有权限"),
    "22": said("数据的格式服务器不接受"), "23": said("数据不符合台账的规则"), "57": said("服务器正在关闭或重启"),
}


def _seconds(setting: str) -> int:
    return int(setting.removesuffix("s"))


def server_revision(engine: Engine) -> tuple[str | None, int]:
    """The ledger's schema revision in the database (None: no ledger there) and how many tables it has."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
            revision = str(row[0]) if row else None
    return revision, len(tables)
