"""A server that wants a password: asked for (never stored), a wrong one told as such, in the window and on the
command line. Runs on the test cluster's password user (packaging/pg_cluster.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pg8000.dbapi
import pytest
from pytestqt.qtbot import QtBot

from models.server.address import ServerAddress, parse_address
from tests.ui.answering_host import AnsweringHost
from ui.ledger_files import open_and_build

ROOT = Path(__file__).resolve().parents[2]
USER = os.environ.get("LUOSHI_TEST_PASSWORD_USER", "")
PASSWORD = os.environ.get("LUOSHI_TEST_PASSWORD", "")


def _for_password_user(server_demo: str) -> str:
    """The example ledger's database, opened to the password user; its address with that user."""
    if not USER:
        pytest.fail("packaging/pg_cluster.py names a password user (LUOSHI_TEST_PASSWORD_USER)")
    address, _ = parse_address(server_demo)
    connection = pg8000.dbapi.connect(user=address.user, database=address.database,
                                      unix_sock=f"{address.host}/.s.PGSQL.{address.port}")
    cursor = connection.cursor()
    cursor.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {USER}")
    cursor.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {USER}")
    connection.commit()
    connection.close()
    return ServerAddress(address.host, address.database, USER, address.port).display


def test_the_command_line_asks_for_the_password_or_says_it_is_wrong(server_demo: str) -> None:
    """Over loopback, as an office PC reaches its server (the driver hears every refusal there)."""
    socket_place = _for_password_user(server_demo)
    tcp, _ = parse_address(os.environ.get("LUOSHI_TEST_SERVER_TCP", ""))
    place = ServerAddress(tcp.host, parse_address(socket_place)[0].database, USER, tcp.port).display
    env = {key: value for key, value in os.environ.items() if key != "PGPASSWORD"}
    runs = {None: "要求输入密码", "不对的口令": "拒绝了登录", PASSWORD: "已连接"}
    for password, says in runs.items():
        given = env if password is None else dict(env, PGPASSWORD=password)
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", place], cwd=ROOT, env=given,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
        assert says in done.stdout + done.stderr and "Traceback" not in done.stderr, (password, done.stderr)


def test_the_window_asks_for_the_password_and_stores_none(qtbot: QtBot, server_demo: str,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       data_dir: Path) -> None:
    place = _for_password_user(server_demo)
    typed = iter([PASSWORD])
    problems: list[str] = []

    def ask(_title: str, label: str) -> str | None:
        problems.append(label.rpartition("\n\n")[0])  # the problem said above "…的密码："
        return next(typed)
    dialogs = AnsweringHost()
    dialogs.answer("ask_password", ask)
    opened = open_and_build(place, "测试员", dialogs, lambda ledger: ledger.settings().org_name)
    assert opened is not None and opened[1] == "中共示例市委组织部"
    assert problems == [""]  # asked once, because none was given (a wrong one: the command-line test)
    opened[0].close()
    stored = "".join(p.read_text(encoding="utf-8", errors="replace") for p in data_dir.rglob("*") if p.is_file())
    assert PASSWORD not in stored
