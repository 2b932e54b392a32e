"""Schema versions: what revision a file has, whether we know it, and upgrading it with Alembic."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from models.file.storage import APPLICATION_ID, read_only_connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads only when a file is created or upgraded

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """Every revision this program knows, oldest first.

    Read from the migration files' names ("0004_task_newest_report.py" is revision 0004, each revising
    the one before), not through Alembic, which costs a sixth of the program's start to import.
    """
    names = sorted(path.name for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name[:4] for name in names]


def head_revision() -> str:
    return known_revisions()[-1]


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
    """Bring the file (or a server's database) to `target`, all migrations in one transaction, and mark
    a file as ours."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            if not connection.exec_driver_sql("PRAGMA user_version").scalar():
                # The ledger's identity, copied into every backup: backups belong to a ledger by it, not by a
                # file name every ledger shares (落实台账.sqlite), so two ledgers never rotate each other's out.
                connection.exec_driver_sql(f"PRAGMA user_version={secrets.randbelow(2**31 - 2) + 1}")
