"""A whole ledger moved between a file and a server (migrate, a server's backup and restore), counted both sides."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, bindparam, func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from models.errors import LedgerError
from models.file.schema import upgrade
from models.file.storage import make_engine
from models.ledger import Ledger
from models.schema import revisions
from models.server.address import ServerAddress
from models.server.engine import make_server_engine, server_failure, server_revision, unhurried

BATCH = 2000  # rows per executemany: big enough to be quick, small enough to keep memory flat
FILE_BATCH = 4  # evidence files per batch: up to 4 × 20 MB in memory at once
_SKIPPED = {"alembic_version"}  # each side's schema is made by the same migrations, then compared
_EMPTY_WHEN = ("task", "key_task", "progress_entry", "audit_entry")  # a ledger with none of these holds nothing


@contextmanager
def one_moment(source: Ledger) -> Iterator[Connection]:
    """A connection reading the whole of `source` as it was at one moment, while other PCs go on writing.

    Tables are read one after another: under the server's default (READ COMMITTED) each read saw a later
    moment, so a report whose task was made after the tasks were read failed the copy's FOREIGN KEY, and a row
    added between copying and counting failed 复制后核对不符. One REPEATABLE READ transaction sees one snapshot
    throughout; READ ONLY, it holds no lock and keeps no writer waiting. A file being copied has no other
    writer (migrate refuses one in use)."""
    with source.engine.connect() as reading:
        if reading.dialect.name == "postgresql":
            reading.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            unhurried(reading)
        yield reading


def copy_to_file(source: Ledger, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """`source` whole into a new SQLite file at `path` (which must not exist), at the same schema revision."""
    path = Path(path)
    if path.exists():
        raise LedgerError("文件已存在，不会覆盖：{path}", path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        sqlite3.connect(path).close()
    except (OSError, sqlite3.Error) as error:
        raise LedgerError("无法在此处创建台账文件：{path}（{error}）", path=path, error=error) from error
    engine = make_engine(path)
    try:
        with one_moment(source) as reading:
            upgrade(engine, _revision(reading))
            with engine.begin() as writing:
                counts = copy_rows(reading, writing, replace=True, progress=progress)
        return counts
    except BaseException:
        engine.dispose()
        for extra in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + extra).unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()


def copy_to_server(source: Ledger, target: Engine, address: ServerAddress, *, replace: bool = False,
                   progress: Progress | None = None) -> dict[str, int]:
    """`source` whole into the server database behind `target`, in one transaction: all of it or nothing.

    The database must be empty or hold an empty ledger; with `replace` (a restore) what it holds is replaced."""
    with one_moment(source) as reading:
        revision = _revision(reading)
        with target.connect() as probe:
            there = _revision(probe) if "alembic_version" in _tables(probe) else None
            foreign = _tables(probe) - set(_tables(reading)) - _SKIPPED
        if foreign:
            raise LedgerError("数据库 {database} 里已有别的数据表，不是落实台账，没有做任何改动。",
                              database=address.database)
        if there is None:
            revisions.upgrade(target, revision)
        elif there != revision:
            raise LedgerError("服务器上的台账是数据结构版本 {there}，要搬的台账是 {revision}：请先用同一版本的程序"
                              "打开两者。", there=there, revision=revision)
        with target.begin() as writing:
            unhurried(writing)
            if not replace and not _is_empty(writing):
                raise LedgerError("服务器上的数据库 {database} 里已经有台账内容，没有覆盖。要用文件替换它，"
                                  "请用 main.py restore。", database=address.database)
            return copy_rows(reading, writing, replace=True, progress=progress)


# Told as the copy goes: the table, rows copied of it so far, and its rows in all.
Progress = Callable[[str, int, int], None]


def copy_rows(source: Connection, target: Connection, *, replace: bool,
              progress: Progress | None = None) -> dict[str, int]:
    """Every row of every ledger table from `source` into `target` (same schema), then the counts compared;
    raises LedgerError, and the caller's transaction rolls back, when any table differs."""
    tables = MetaData()
    tables.reflect(bind=source)
    targets = MetaData()
    targets.reflect(bind=target)
    ordered = [table for table in tables.sorted_tables if table.name not in _SKIPPED]
    on_server = target.dialect.name == "postgresql"
    if replace:
        _clear(target, [targets.tables[table.name] for table in ordered], on_server)
    # The copied tasks already hold their newest report, and the trail its actors: no trigger works them out.
    with_triggers = [name for name in ("progress_entry", "audit_entry") if name in targets.tables]
    for name in with_triggers if on_server else ():
        target.execute(text(f"ALTER TABLE {name} DISABLE TRIGGER USER"))
    counts: dict[str, int] = {}
    for table in ordered:
        counts[table.name] = _copy_table(source, target, table, targets.tables[table.name], progress)
    if on_server:
        for name in with_triggers:
            target.execute(text(f"ALTER TABLE {name} ENABLE TRIGGER USER"))
        _advance_sequences(target, [targets.tables[table.name] for table in ordered])
    for table in ordered:
        there = target.execute(select(func.count()).select_from(targets.tables[table.name])).scalar_one()
        here = source.execute(select(func.count()).select_from(table)).scalar_one()
        if not here == there == counts[table.name]:
            raise LedgerError("复制后核对不符：{table} 表原有 {here} 行，复制了 {copied} 行，目标里有 {there} 行。"
                              "没有保存这次复制。", table=table.name, here=here, copied=counts[table.name], there=there)
    return counts


def _copy_table(source: Connection, target: Connection, table: Table, into: Table,
                progress: Progress | None = None) -> int:
    """Rows in id order, a batch at a time; a column naming a row of the same table (a subtask's parent) is
    filled in after, so a row may name one that comes later.

    A table with an id is read by ranges of ids (WHERE id > last … LIMIT): the server's driver holds a whole
    result in memory, and the evidence files, read at once, took twice their size (300 MB of files peaked at
    549 MB); a few files at a time keep the copy's memory flat whatever the evidence weighs."""
    names = [column.name for column in table.columns if column.name in into.c]
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]
    later: list[dict[str, object]] = []
    copied = 0
    total = source.execute(select(func.count()).select_from(table)).scalar_one() if progress else 0
    for rows in _batches(source, table, names):
        for row in rows:
            if any(row.get(name) is not None for name in own):
                later.append({"row_id": row["id"], **{f"new_{name}": row[name] for name in own}})
                row.update({name: None for name in own})
        target.execute(into.insert(), rows)
        copied += len(rows)
        if progress is not None:
            progress(table.name, copied, total)
    if later:
        statement = into.update().where(into.c.id == bindparam("row_id")).values(
            {name: bindparam(f"new_{name}") for name in own})
        target.execute(statement, later)
    return copied


def _batches(source: Connection, table: Table, names: list[str]) -> Iterator[list[dict[str, object]]]:
    columns = [table.c[name] for name in names]
    size = FILE_BATCH if table.name == "evidence_file" else BATCH
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].name == "id" and "id" in names:
        last: object = None
        while True:
            query = select(*columns).order_by(table.c.id).limit(size)
            if last is not None:
                query = query.where(table.c.id > last)
            rows = [dict(row._mapping) for row in source.execute(query)]
            if not rows:
                return
            yield rows
            last = rows[-1]["id"]
    result = source.execution_options(yield_per=size).execute(select(*columns).order_by(*(keys or columns)))
    for batch in result.partitions():
        yield [dict(row._mapping) for row in batch]


def _clear(target: Connection, tables: list[Table], on_server: bool) -> None:
    if on_server:
        names = ", ".join(f'"{table.name}"' for table in tables)
        target.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return
    for table in reversed(tables):
        target.execute(table.delete())


def _advance_sequences(target: Connection, tables: list[Table]) -> None:
    """Rows went in with their ids: each table's id sequence moves past the largest, so new rows fit."""
    for table in tables:
        if "id" in table.c and table.c.id.primary_key:
            target.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM \"{table.name}\""))


def _revision(connection: Connection) -> str:
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    if row is None:
        raise LedgerError("要复制的台账没有数据结构版本，不能复制。")
    return str(row[0])


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _is_empty(connection: Connection) -> bool:
    return all(connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one() == 0
               for name in _EMPTY_WHEN)



def copy_to_address(source: Ledger, address: ServerAddress, password: str | None,
                    progress: Progress | None = None) -> dict[str, int]:
    """`copy_to_server` into the empty database at `address`, connecting and disconnecting; the driver's
    refusal said in the user's words (ServerLoginFailed when it wants a password)."""

    engine = make_server_engine(address, password)
    try:
        return copy_to_server(source, engine, address, progress=progress)
    except DBAPIError as error:
        raise server_failure(address, error, password_given=bool(password)) from error
    finally:
        engine.dispose()


def revision_at(address: ServerAddress, password: str | None) -> str | None:
    """The schema revision of the ledger in the database at `address` (None: no ledger there yet)."""

    engine = make_server_engine(address, password)
    try:
        return server_revision(engine)[0]
    except DBAPIError as error:
        raise server_failure(address, error, password_given=bool(password)) from error
    finally:
        engine.dispose()
