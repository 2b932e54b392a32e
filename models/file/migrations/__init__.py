"""Alembic migrations of the ledger schema, run in-process by models.file.schema."""
