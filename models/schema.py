"""Schema versions: what revision a file has, whether we know it, and upgrading it with Alembic."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from models.storage import APPLICATION_ID, read_only_connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """Every revision this program knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


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


def read_schema_state(path: Path) -> SchemaState:
    with read_only_connection(path) as connection:
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
    """Bring the file to `target` (all migrations run in one transaction) and mark it as ours."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
