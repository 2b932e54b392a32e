"""TLS and the password: sslmode and the CA file in the address, the certificate checked as the mode says and a
refusal told in Chinese; the password read from ~/.pgpass (PGPASSFILE), never echoed when written in an address.

The connection tests turn ssl on in the test cluster (packaging/pg_cluster.py) with certificates made here by
openssl, and connect over loopback as an office PC does."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pg8000.dbapi
import pytest
from sqlalchemy import text

from models.errors import LedgerError, ServerUnreachable
from models.server.address import ServerAddress, parse_address
from models.server.engine import make_server_engine, server_failure
from models.server.passfile import password_from_file
from tests.server_databases import SERVER

ROOT = Path(__file__).resolve().parents[2]
_REAL_SOCKETS = {(socket.socket, "connect"): socket.socket.connect,
                 (socket.socket, "connect_ex"): socket.socket.connect_ex,
                 (socket, "create_connection"): socket.create_connection, (socket, "getaddrinfo"): socket.getaddrinfo}


@pytest.mark.parametrize("written", [
    "postgresql://luoshi@10.1.2.3/ledger?sslmode=verify-full&sslrootcert=/etc/luoshi/ca.crt",
    "postgresql://luoshi@db.local:6543/ledger?sslmode=require",
    "postgresql://luoshi@/ledger?host=/run/postgresql&sslmode=disable",
])
def test_an_address_keeps_its_sslmode_and_ca_file(written: str) -> None:
    address, _ = parse_address(written)
    assert address.sslmode == written.partition("sslmode=")[2].partition("&")[0]
    assert parse_address(address.display) == (address, None)  # what the PC remembers keeps them


@pytest.mark.parametrize(("written", "says"), [
    ("postgresql://luoshi@h/ledger?sslmode=required", "sslmode 只能是"),
    ("postgresql://luoshi@h/ledger?ssl=true", "“ssl”本程序不认识"),
    ("postgresql://luoshi:口令-S3cret@h/ledger?sslmode=maybe", "sslmode 只能是"),
    ("postgresql://luoshi:口令-S3cret@h:port/ledger", "端口"),
    ("postgresql://luoshi:口令-S3cret@h/", "数据库名"),
])
def test_a_refused_address_is_told_in_chinese_without_its_password(written: str, says: str) -> None:
    with pytest.raises(LedgerError, match=says) as refused:
        parse_address(written)
    assert "S3cret" not in str(refused.value)


def test_the_password_file_is_read_as_libpq_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text("# the office's server\nother:5432:*:luoshi:不是这个\n10.1.2.3:*:ledger:luoshi:a\\:b\\\\c\n"
                        "*:*:*:*:通用\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert password_from_file(ServerAddress("10.1.2.3", "ledger", "luoshi")) == "a:b\\c"
    assert password_from_file(ServerAddress("10.1.2.4", "ledger", "luoshi")) == "通用"
    passfile.chmod(0o644)  # others may read it: not used, as libpq does not
    assert password_from_file(ServerAddress("10.1.2.3", "ledger", "luoshi")) is None


def _openssl(*arguments: str) -> None:
    subprocess.run(["openssl", *arguments], check=True, capture_output=True)


def _authority(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
             "-keyout", str(key), "-out", str(cert))
    return key, cert


@pytest.fixture
def tls_server(server_database: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ServerAddress, Path, Path]]:
    """The test cluster with ssl on: a certificate for "localhost" signed by a CA made here; the address of
    `server_database` over loopback, the CA's file, and another CA's that signed nothing of the server's."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the certificates")
    for (owner, name), real in _REAL_SOCKETS.items():  # loopback to the test cluster, as an office PC's network
        monkeypatch.setattr(owner, name, real)
    admin, _ = parse_address(SERVER)
    folder = Path(admin.host) / "tls"  # beside the cluster, where its server user may read
    folder.mkdir(exist_ok=True)
    ca_key, ca_cert = _authority(folder, "luoshi-test-ca")
    _other_key, other_cert = _authority(folder, "someone-else-ca")
    key, request, cert = folder / "server.key", folder / "server.csr", folder / "server.crt"
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", str(key),
             "-out", str(request))
    names = folder / "names.ext"
    names.write_text("subjectAltName=DNS:localhost\n", encoding="utf-8")
    _openssl("x509", "-req", "-in", str(request), "-CA", str(ca_cert), "-CAkey", str(ca_key), "-CAcreateserial",
             "-days", "2", "-extfile", str(names), "-out", str(cert))
    owner = (Path(admin.host) / "data").stat()
    for path in (folder, *folder.iterdir()):
        os.chown(path, owner.st_uid, owner.st_gid)
    key.chmod(0o600)
    _server_tls(admin, {"ssl_cert_file": str(cert), "ssl_key_file": str(key), "ssl": "on"})
    tcp, _ = parse_address(os.environ["LUOSHI_TEST_SERVER_TCP"])
    database = parse_address(server_database)[0].database
    try:
        yield ServerAddress(tcp.host, database, tcp.user, tcp.port), ca_cert, other_cert
    finally:
        _server_tls(admin, {"ssl": None, "ssl_cert_file": None, "ssl_key_file": None})
        shutil.rmtree(folder, ignore_errors=True)


def _server_tls(admin: ServerAddress, settings: dict[str, str | None]) -> None:
    connection = pg8000.dbapi.connect(user=admin.user, database="postgres",
                                      unix_sock=f"{admin.host}/.s.PGSQL.{admin.port}")
    connection.autocommit = True
    cursor = connection.cursor()
    for name, value in settings.items():
        cursor.execute(f"ALTER SYSTEM SET {name} = '{value}'" if value else f"ALTER SYSTEM RESET {name}")
    cursor.execute("SELECT pg_reload_conf()")
    connection.close()
    time.sleep(0.5)  # the postmaster reads its configuration again on its own time


def _encrypted(address: ServerAddress) -> bool:
    """Whether a connection to `address` is encrypted; a refusal as the user would read it."""
    engine = make_server_engine(address, None)
    try:
        with engine.connect() as connection:
            return bool(connection.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
    except Exception as error:
        raise server_failure(address, error) from error
    finally:
        engine.dispose()


def test_the_server_certificate_is_checked_as_the_address_says(tls_server: tuple[ServerAddress, Path, Path]) -> None:
    tcp, ca, other_ca = tls_server
    by_name = ServerAddress("localhost", tcp.database, tcp.user, tcp.port)
    assert _encrypted(ServerAddress(**{**by_name.__dict__, "sslmode": "verify-full", "sslrootcert": str(ca)}))
    with pytest.raises(ServerUnreachable, match="证书没有通过核验（证书不是所指定的证书机构"):
        _encrypted(ServerAddress(**{**by_name.__dict__, "sslmode": "verify-full", "sslrootcert": str(other_ca)}))
    with pytest.raises(ServerUnreachable, match="证书上的服务器名与地址中的不符"):  # 127.0.0.1 is not its name
        _encrypted(ServerAddress(**{**tcp.__dict__, "sslmode": "verify-full", "sslrootcert": str(ca)}))
    assert _encrypted(ServerAddress(**{**tcp.__dict__, "sslmode": "verify-ca", "sslrootcert": str(ca)}))
    with pytest.raises(LedgerError, match="读不出证书机构"):
        _encrypted(ServerAddress(**{**tcp.__dict__, "sslmode": "verify-full", "sslrootcert": str(ca) + ".missing"}))
    assert _encrypted(ServerAddress(**{**tcp.__dict__, "sslmode": "require"}))  # encrypted, whoever answers
    assert _encrypted(tcp)  # the default (prefer): encrypted when the server offers it
    assert not _encrypted(ServerAddress(**{**tcp.__dict__, "sslmode": "disable"}))


def test_an_address_that_requires_tls_refuses_a_server_without_it(server_database: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for (owner, name), real in _REAL_SOCKETS.items():
        monkeypatch.setattr(owner, name, real)
    tcp, _ = parse_address(os.environ["LUOSHI_TEST_SERVER_TCP"])
    with pytest.raises(ServerUnreachable, match="不接受加密连接"):
        _encrypted(ServerAddress(tcp.host, "postgres", tcp.user, tcp.port, "require"))


def test_a_scheduled_backup_takes_its_password_from_the_password_file(server_demo: str, tmp_path: Path) -> None:
    """No PGPASSWORD and no terminal, as under cron: the password user's password comes from PGPASSFILE."""
    from tests.ui.test_server_login import PASSWORD, USER, _for_password_user

    database = parse_address(_for_password_user(server_demo))[0].database
    tcp, _ = parse_address(os.environ["LUOSHI_TEST_SERVER_TCP"])
    place = ServerAddress(tcp.host, database, USER, tcp.port).display
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{tcp.host}:{tcp.port}:*:{USER}:{PASSWORD}\n", encoding="utf-8")
    passfile.chmod(0o600)
    env = {key: value for key, value in os.environ.items() if key != "PGPASSWORD"}
    for given, says in ((dict(env, PGPASSFILE=str(passfile)), "已连接"),
                        (dict(env, PGPASSFILE=str(tmp_path / "none")), "要求输入密码")):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", place], cwd=ROOT, env=given,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
        assert says in done.stdout + done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_password_written_in_an_address_on_the_command_line_is_warned_of_and_never_shown(tmp_path: Path) -> None:
    place = f"postgresql://luoshi:口令-S3cret@/ledger?host={tmp_path / 'no-server-here'}"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", place], cwd=ROOT,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert "地址里写着密码" in done.stderr and "S3cret" not in done.stdout + done.stderr, done.stderr
    assert "Traceback" not in done.stderr
