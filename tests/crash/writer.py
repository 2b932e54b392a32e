"""A child process for the crash tests: saves progress entries the way the window does, one per line acknowledged.

Run as `python -m tests.crash.writer LEDGER TASK_ID FIRST`; prints each entry's text only after its commit
returned, so whatever the parent read is on disk, whenever the process is killed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from changes.progress import ProgressDraft
from models.file.ledger import open_ledger
from ui.controller import LedgerController


def main() -> int:
    path, task_id, first = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QCoreApplication(sys.argv[:1])  # noqa: F841 — the controller is a QObject
    ledger = open_ledger(path, auto_backup=False)
    if ledger.read_only:
        print(f"只读：{ledger.read_only_reason}", file=sys.stderr, flush=True)
        return 2
    controller = LedgerController(ledger)
    number = first
    while True:
        text = f"第{number}条进展：按计划推进" + "，完成阶段任务" * (number % 7)
        if not controller.add_progress(task_id, ProgressDraft(text, period="2026-03", entry_date=date(2026, 3, 25))):
            return 1
        print(text, flush=True)
        number += 1


if __name__ == "__main__":
    sys.exit(main())
