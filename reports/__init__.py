"""Printed and exported output (PDF, xlsx); reads the ledger, never writes it."""
