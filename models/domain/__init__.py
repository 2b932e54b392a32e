"""The ledger's tables and the office's rules: statuses, deadlines, lights, and edits as transactions."""
