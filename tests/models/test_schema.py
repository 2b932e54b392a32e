"""The migrations and the ORM describe the same schema, so a new file and a migrated one are alike."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models.domain.entities import Base
from models.ledger import Ledger


def test_migrated_schema_matches_the_models(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_revisions_read_from_file_names_are_alembics_own_chain() -> None:
    from alembic.script import ScriptDirectory

    from models.schema.revisions import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == [rev.revision for rev in reversed(list(script.walk_revisions()))]
