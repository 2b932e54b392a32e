"""The facts the 数据安全 page shows, and its full check, on healthy and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import open_ledger
from models.file.safety import safety_facts, verify_ledger
from models.ledger import Ledger

pytestmark = pytest.mark.file_only  # the ledger file itself: its path, lock, journal, backups


def test_facts_name_the_file_its_backups_newest_first_and_the_check_made_on_opening(ledger: Ledger) -> None:
    first = ledger.backup_now(reason="manual")
    second = ledger.backup_now(reason="manual")
    path = ledger.path
    ledger.close()
    reopened = open_ledger(path, auto_backup=False)
    try:
        facts = safety_facts(reopened)
        assert facts.path == path and facts.size >= path.stat().st_size > 0
        assert [b.path for b in facts.backups] == [second, first] and facts.newest_backup is not None
        assert facts.backups[0].reason == "manual" and facts.backups[0].size > 0
        assert facts.last_check is not None and facts.last_check.ok and not facts.last_check.full
        assert facts.last_full_pass is None
        passed = verify_ledger(reopened)
        assert safety_facts(reopened).last_full_pass == passed.at  # remembered in the file
    finally:
        reopened.close()


def test_a_full_check_finds_damage_that_happened_after_opening(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        for number in range(300):
            create_task(session, "测试员", TaskDraft(2026, f"任务{number}" * 20))
    assert verify_ledger(ledger).ok and ledger.last_check is not None and ledger.last_check.full
    ledger.engine.dispose()  # let the bytes on disk be what the check reads
    data = bytearray(ledger.path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\xde\xad\xbe\xef" * 1024
    ledger.path.write_bytes(bytes(data))
    result = verify_ledger(ledger)
    assert not result.ok and result.problems and ledger.last_check == result
