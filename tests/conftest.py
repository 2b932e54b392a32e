"""Shared fixtures: every test gets its own data folder and, where needed, a fresh ledger."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from demo.ledger import DEMO_ACTOR, create_demo_ledger
from models.file.ledger import create_ledger, open_ledger
from models.ledger import Ledger

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
DEMO_DAY = date(2026, 3, 25)  # the example ledger's today in tests: every light and status shows


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program works on PCs with no network: any test whose code reaches for one fails."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("程序试图访问网络")

    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(original):  # type: ignore[no-untyped-def]
        def call(self: socket.socket, *args: object) -> object:
            if self.family in _NETWORK_FAMILIES:
                refuse()
            return original(self, *args)
        return call
    monkeypatch.setattr(socket.socket, "connect", guarded(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(connect_ex))
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the user's real ledger folder out of every test."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("LUOSHI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = create_ledger(tmp_path / "ledger.sqlite", org_name="中共测试市委组织部", year=2026, actor="测试员")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example ledger as of DEMO_DAY, written once per run; each test gets its own copy (demo_ledger)."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    create_demo_ledger(path, today=DEMO_DAY).close()
    return path


@pytest.fixture
def demo_ledger(demo_template: Path, tmp_path: Path) -> Iterator[Ledger]:
    """A copy of the example ledger of DEMO_DAY (2026年3月25日), opened for writing."""
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, copy)
    opened = open_ledger(copy, actor=DEMO_ACTOR, auto_backup=False)
    yield opened
    opened.close()
