"""Headless command-line subcommands of main.py."""
