"""Which schema revisions this program knows, and bringing a database (a file's or a server's) up to one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

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


def upgrade(engine: Engine, target: str = "head", *, then: Callable[[Connection], None] | None = None) -> None:
    """Bring the database to `target`, all migrations in one transaction; `then` runs inside it too (a file
    marks itself as a ledger there)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        if then is not None:
            then(connection)
