"""Shared fixtures: every test gets its own data folder and, where needed, a fresh ledger."""

from __future__ import annotations

import gc
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from demo.ledger import DEMO_ACTOR, create_demo_ledger
from models.domain.settings import save_setting
from models.file.ledger import create_ledger, open_ledger
from models.ledger import Ledger
from models.places import open_place
from models.server.address import parse_address
from models.server.engine import make_server_engine
from models.server.ledger import open_server_ledger
from models.server.transfer import copy_to_server
from tests.fixtures.day import TODAY
from tests.server_databases import SERVER, TestDatabases

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.main_window import MainWindow

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
DEMO_DAY = TODAY  # the example ledger's today in tests: every light and status shows


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


TEST_ORG, TEST_ACTOR = "中共测试市委组织部", "测试员"


@pytest.fixture
def ledger(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Ledger]:
    """A new empty ledger of 2026: a file, or with LUOSHI_TEST_SERVER a fresh database on that server."""
    if SERVER:
        yield from _server_ledger(request, "luoshi_empty", _fill_empty, TEST_ACTOR)
        return
    opened = create_ledger(tmp_path / "ledger.sqlite", org_name=TEST_ORG, year=2026, actor=TEST_ACTOR)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def test_databases() -> TestDatabases:
    if not SERVER:
        pytest.skip("没有测试用的 PostgreSQL 服务器：用 packaging/pg_cluster.py 运行（make test-server，CI 会运行）")
    return TestDatabases(SERVER)


@pytest.fixture
def server_database(test_databases: TestDatabases) -> Iterator[str]:
    """The address of a new, empty database on the test server (no ledger in it yet)."""
    name = test_databases.fresh()
    yield test_databases.url(name)
    test_databases.drop(name)


def _server_ledger(request: pytest.FixtureRequest, template: str, fill: Callable[[str], None],
                   actor: str) -> Iterator[Ledger]:
    databases: TestDatabases = request.getfixturevalue("test_databases")
    name = databases.fresh(databases.template(template, fill))
    opened = open_server_ledger(databases.address(name), actor=actor)
    try:
        yield opened
    finally:
        opened.close()
        databases.drop(name)


@pytest.fixture
def server_demo(test_databases: TestDatabases, demo_template: Path) -> Iterator[str]:
    """The address of a database on the test server holding the example ledger (server runs only)."""
    name = test_databases.fresh(test_databases.template("luoshi_demo", _demo_filler(demo_template)))
    yield test_databases.url(name)
    test_databases.drop(name)


def _demo_filler(demo_template: Path) -> Callable[[str], None]:
    def fill(url: str) -> None:
        source = open_ledger(demo_template, auto_backup=False, read_only=True)
        address, _ = parse_address(url)
        engine = make_server_engine(address, None)
        copy_to_server(source, engine, address)
        engine.dispose()
        source.close()
    return fill


def _fill_empty(url: str) -> None:
    made = open_place(url, create=True)
    with made.begin() as session:
        save_setting(session, "org_name", TEST_ORG)
        save_setting(session, "current_year", 2026)
    made.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a server (LUOSHI_TEST_SERVER): the storage-independent tests only, those working through a ledger
    fixture and not about the file itself."""
    if not SERVER:
        return
    kept, dropped = [], []
    for item in items:
        uses_ledger = {"ledger", "demo_ledger", "server_database", "server_demo"} & set(
            getattr(item, "fixturenames", ()))
        (kept if uses_ledger and item.get_closest_marker("file_only") is None else dropped).append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example ledger as of DEMO_DAY, written once per run; each test gets its own copy (demo_ledger)."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    create_demo_ledger(path, today=DEMO_DAY).close()
    return path


@pytest.fixture
def demo_ledger(demo_template: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Ledger]:
    """A copy of the example ledger of DEMO_DAY (2026年3月25日), opened for writing (on LUOSHI_TEST_SERVER: a
    database holding it)."""
    if SERVER:
        yield from _server_ledger(request, "luoshi_demo", _demo_filler(demo_template), DEMO_ACTOR)
        return
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, copy)
    opened = open_ledger(copy, actor=DEMO_ACTOR, auto_backup=False)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def answered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window a test opens asks its questions of an AnsweringHost: answered as the test says, and one
    the test did not expect fails it (a real dialog would wait offscreen for a click that never comes)."""
    from tests.ui.answering_host import AnsweringHost
    from ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "default_host", AnsweringHost)


@pytest.fixture
def window_data(ledger: Ledger) -> object:
    """What `ledger` holds when `window` opens on it: nothing here. A module whose window needs sections or
    tasks overrides this fixture; what it returns (task ids, say) is the module's to use."""
    return None


@pytest.fixture
def window(qtbot: QtBot, ledger: Ledger, window_data: object) -> MainWindow:
    """The main window on `ledger` as the office sees it on TODAY, shown at 1366×768. A module that needs it
    further along (a task selected, a meeting begun) overrides this fixture and asks for it by the same name."""
    from tests.ui.helpers import show_window

    return show_window(qtbot, ledger)


@pytest.fixture
def fresh_heap() -> Iterator[None]:
    """The heap of a window just opened, not of a test run, for tests that time the event loop: the objects
    earlier tests left are set aside, so a full collection walks only what this test made (on CI, after 1,900
    tests, one such walk paused every thread for 1.6 s in the middle of a file's reading)."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()
