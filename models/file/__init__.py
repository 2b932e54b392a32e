"""The ledger file: SQLite storage, the writer lock, schema and migrations, backups, drafts."""
