"""Writing what importers/ read (plain rows) into the ledger in the caller's one transaction."""
