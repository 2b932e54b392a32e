"""Four PCs working one server ledger at once for a while (tests/several_pcs_worker.py each): no step of the
workflow is taken from a status the task was no longer in, no task is 销号'd twice, and every report a PC
was told was saved is there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from models.domain import directory
from models.domain.entities import AuditEntry, ProgressEntry
from models.domain.enums import Status
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 12  # each PC's working time: bounded, so make test-server stays quick


def test_four_pcs_at_once_take_no_stale_step_and_lose_nothing(ledger: Ledger, tmp_path: Path) -> None:
    if not ledger.is_server:
        pytest.skip("a file has one writer at a time (the writer lock); several writers need the server")
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科")
        task_ids = [create_task(session, "测试员", TaskDraft(2026, f"重点任务{n}", lead_section_id=section.id)).id
                    for n in range(5)]  # few tasks, so the PCs keep meeting on the same one
    runs = []
    for number, name in enumerate(("甲", "乙", "丙", "丁")):
        env_dir = tmp_path / name  # each PC its own data folder, as on its own machine
        runs.append(subprocess.Popen(
            [sys.executable, "-m", "tests.several_pcs_worker", ledger.place, name, str(SECONDS), str(number),
             *map(str, task_ids)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "LUOSHI_DATA_DIR": str(env_dir)}))
    results = []
    for run in runs:
        out, err = run.communicate(timeout=SECONDS + 120)
        assert run.returncode == 0 and "Traceback" not in err, err
        results.append(json.loads(out))
    with ledger.reading() as session:
        trail = session.execute(select(AuditEntry.entity_id, AuditEntry.old_value, AuditEntry.new_value)
                                .where(AuditEntry.entity == "task", AuditEntry.field == "status",
                                       AuditEntry.entity_id.in_(task_ids)).order_by(AuditEntry.id)).all()
        stored = set(session.scalars(select(ProgressEntry.text).where(ProgressEntry.task_id.in_(task_ids))))
    # Every status change starts from the status the one before it left: none was made from a stale view.
    now = {task_id: Status.NOT_STARTED.value for task_id in task_ids}
    for task_id, old, new in trail:
        assert old == now[task_id], (task_id, old, new)
        assert new != old
        now[task_id] = new
    steps = [step for result in results for step in result["steps"]]
    closes = [step for step in steps if step[2] == Status.CLOSED.value]
    assert closes and all(seen == Status.COMPLETED.value for _task, seen, _new in closes)
    reported = [words for result in results for words in result["reports"]]
    assert reported and set(reported) <= stored  # every acknowledged report is there
    told = [words for result in results for words in result["refusals"]]
    assert told and all("Traceback" not in words for words in told)  # they met, and were told in words
