"""The office's documents in: spreadsheets read into plain rows; no Qt, no SQL."""
