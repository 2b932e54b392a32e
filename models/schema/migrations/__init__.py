"""Alembic migrations of the ledger schema, run in-process by models.schema.revisions, for a file and a server alike."""
