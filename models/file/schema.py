"""A ledger file's schema: what revision it has, whether this program knows it, and upgrading it."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine

from models.file.storage import APPLICATION_ID, read_only_connection
from models.schema import revisions
from models.schema.revisions import head_revision, known_revisions


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # None: no alembic_version table
    application_id: int
    table_count: int

    @property
    def is_ours(self) -> bool:
        return self.application_id == APPLICATION_ID or self.revision is not None

    @property
    def is_known(self) -> bool:
        return self.revision in known_revisions()

    @property
    def is_current(self) -> bool:
        return self.revision == head_revision()


def read_schema_state(path: Path, *, untouched: bool = False) -> SchemaState:
    with read_only_connection(path, untouched=untouched) as connection:
        app_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            try:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                row = None
            revision = str(row[0]) if row else None
    return SchemaState(revision, app_id, len(tables))


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the file to `target`, all migrations in one transaction, and mark it as a ledger."""
    revisions.upgrade(engine, target, then=_mark_as_ledger)


def _mark_as_ledger(connection: Connection) -> None:
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    if not connection.exec_driver_sql("PRAGMA user_version").scalar():
        # The ledger's identity, copied into every backup: backups belong to a ledger by it, not by a
        # file name every ledger shares (落实台账.sqlite), so two ledgers never rotate each other's out.
        connection.exec_driver_sql(f"PRAGMA user_version={secrets.randbelow(2**31 - 2) + 1}")
