"""落实台账 data layer: the ledger file, its schema and its rules (no Qt here)."""
