"""Where the user's ledger and the example ledger live by default (the platform's user data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def data_dir() -> Path:
    # LUOSHI_DATA_DIR lets tests and portable installs (a USB stick) keep everything in one folder.
    override = os.environ.get("LUOSHI_DATA_DIR")
    return Path(override) if override else Path(user_data_dir("Luoshi", appauthor=False))


def default_ledger_path() -> Path:
    return data_dir() / "落实台账.sqlite"


def demo_ledger_path() -> Path:
    return data_dir() / "示例台账.sqlite"
