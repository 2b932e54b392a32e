"""The ledger's schema versions and their migrations, shared by both storages (a file and a server)."""
