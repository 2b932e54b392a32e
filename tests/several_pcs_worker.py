"""One PC of the several-PC stress run: `python -m tests.several_pcs_worker PLACE NAME SECONDS SEED TASK_ID…`.

For SECONDS it does what a clerk at a meeting does to the given tasks, each time from what it last saw:
reports (some 办结), 销号, 重新打开, 延期, a note edited, and now and then an undo of its own last step.
Every step the ledger acknowledged is printed as JSON at the end, with every refusal's words; a step
refused for a change made elsewhere is expected, a traceback is not."""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import date, timedelta

from changes.progress import ProgressDraft, enter_progress
from changes.tasks import StatusChange, TaskEdit, edit_task, extend, set_status
from changes.undoing import Change, take_back
from models.domain.deadlines import Deadline
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.errors import LedgerError, RuleError
from models.places import open_place
from models.read.task_detail import task_detail


def main() -> None:
    place, name, seconds, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    task_ids = [int(number) for number in sys.argv[5:]]
    pick = random.Random(seed)
    ledger = open_place(place, actor=name, auto_backup=False)
    reports: list[str] = []  # the words of every report acknowledged and not taken back
    steps: list[list[object]] = []  # [task, status seen, status set] of every workflow step acknowledged
    refusals: list[str] = []
    last: tuple[Change, str | None] | None = None
    end, count = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        count += 1
        task_id = pick.choice(task_ids)
        with ledger.reading() as session:
            seen = task_detail(session, task_id)
        words: str | None = None
        try:
            roll = pick.random()
            if last is not None and roll < 0.08:
                change, undone_words = last
                last = None
                take_back(ledger, change)
                if undone_words is not None:
                    reports.remove(undone_words)
                continue
            if seen.status in (Status.NOT_STARTED, Status.IN_PROGRESS):
                if roll < 0.55:
                    words = f"{name} 第{count}条"
                    done = pick.random() < 0.3
                    change = enter_progress(ledger, task_id, ProgressDraft(
                        words, period="2026-11", percent=100 if done else pick.randint(10, 90),
                        kind=ProgressKind.FEEDBACK if done else ProgressKind.PROGRESS,
                        status=Status.COMPLETED if done else None, seen=seen.status))
                    reports.append(words)
                    if done:
                        steps.append([task_id, seen.status.value, Status.COMPLETED.value])
                elif roll < 0.75:
                    due = date(2026, 12, 1) + timedelta(days=pick.randint(0, 60))
                    change = extend(ledger, task_id, Deadline(DeadlineKind.DATE, due), f"{name} 申请延期",
                                    seen=seen.status)
                else:
                    note = f"{name} 的备注 {count}"
                    change = edit_task(ledger, task_id, TaskEdit({"note": note}, seen={"note": seen.note},
                                                                 mine={"note": note}))
            elif seen.status == Status.COMPLETED and roll < 0.7:
                change = set_status(ledger, task_id, StatusChange(Status.CLOSED, f"{name} 验收", name,
                                                                  seen=seen.status))
                steps.append([task_id, seen.status.value, Status.CLOSED.value])
            else:
                change = set_status(ledger, task_id, StatusChange(Status.IN_PROGRESS, seen=seen.status))
                steps.append([task_id, seen.status.value, Status.IN_PROGRESS.value])
            last = (change, words)
        except (RuleError, LedgerError) as refused:
            refusals.append(str(refused))
    ledger.close()
    print(json.dumps({"reports": reports, "steps": steps, "refusals": refusals, "tries": count},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
