"""The server ledger's measures: the 20,000-task tree and one saved entry on PostgreSQL over loopback, each
beside the same on SQLite in the same run. Taken when packaging/pg_cluster.py runs the bench (make bench)."""

from __future__ import annotations

import os
import shutil
import statistics
import time
from datetime import date
from pathlib import Path

import pg8000.dbapi

from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.file.ledger import open_ledger
from models.places import open_place
from models.read.lookups import sections
from models.read.queries import task_rows
from models.read.task_views import TaskFilter, TaskView, visible_rows
from models.server.address import parse_address
from models.server.engine import make_server_engine
from models.server.transfer import copy_to_server
from ui.item_models.task_tree_model import TaskTreeModel

AS_OF = date(2026, 11, 24)
DATABASE = "bench_big"


def server_place(path: Path, scratch: Path) -> str | None:
    """The big ledger moved into a fresh database of the bench's cluster (over loopback); None without one."""
    tcp, admin = os.environ.get("LUOSHI_TEST_SERVER_TCP"), os.environ.get("LUOSHI_TEST_SERVER")
    if not tcp or not admin:
        return None
    server, _ = parse_address(admin)
    connection = pg8000.dbapi.connect(user=server.user, database="postgres",
                                      unix_sock=f"{server.host}/.s.PGSQL.{server.port}")
    connection.autocommit = True
    connection.cursor().execute(f'DROP DATABASE IF EXISTS "{DATABASE}"')
    connection.cursor().execute(f'CREATE DATABASE "{DATABASE}"')
    connection.close()
    place = f"{tcp.rsplit('/', 1)[0]}/{DATABASE}"
    copy = scratch / "server-source.sqlite"
    shutil.copyfile(path, copy)
    source = open_ledger(copy, auto_backup=False)
    address, _ = parse_address(place)
    engine = make_server_engine(address, None)
    print("把基准台账复制到 PostgreSQL（约一分钟）……", flush=True)
    copy_to_server(source, engine, address)
    engine.dispose()
    source.close()
    return place


def open_tree(place: str | Path) -> None:
    """As the window opens a ledger: connect, or open a file with its check beside the load; read the year's
    tasks, build the section tree. The file's measure (bench/run.py) and the server's both time this."""
    ledger = (open_place(place, auto_backup=False) if isinstance(place, str) else
              open_ledger(place, auto_backup=False, check_in_background=True))
    with ledger.reading() as session:
        rows = task_rows(session, 2026, AS_OF, LightRules())
        order = [s.name for s in sections(session)]
    TaskTreeModel().set_rows(visible_rows(rows, TaskView.BY_SECTION, TaskFilter()).rows, order)
    ledger.wait_until_checked()
    ledger.close()


def tree_times(file: Path, server: str, runs: int) -> tuple[float, float]:
    """Median seconds on the server and on the file, timed in turns so the machine's moods fall on both."""
    on_server, on_file = [], []
    for _ in range(runs):
        for place, times in ((server, on_server), (file, on_file)):
            start = time.perf_counter()
            open_tree(place)
            times.append(time.perf_counter() - start)
    return statistics.median(on_server), statistics.median(on_file)


def save_time(server: str, runs: int) -> float:
    """Median seconds for one progress entry saved on the server (connection kept, as in the window)."""
    ledger = open_place(server, auto_backup=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with ledger.begin() as session:
            add_progress(session, "基准", 17, "按计划推进，完成阶段任务", period="2026-11", entry_date=AS_OF,
                         percent=50)
        times.append(time.perf_counter() - start)
    ledger.close()
    return statistics.median(times)
