"""Shared fixtures: every test gets its own data folder and, where needed, a fresh ledger."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.ledger import Ledger, create_ledger


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the user's real ledger folder out of every test."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("LUOSHI_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = create_ledger(tmp_path / "ledger.sqlite", org_name="中共测试市委组织部", year=2026, actor="测试员")
    yield opened
    opened.close()


@pytest.fixture
def today() -> date:
    return date(2026, 3, 25)
