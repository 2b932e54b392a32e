"""Ledgers kept in a PostgreSQL database on the office network, and moving ledgers to and from one."""
