"""Read-only queries that return plain rows for the window, the reports and the statistics."""
