"""A large, reproducible ledger for the benchmarks: 20,000 tasks, 100,000 progress entries, seeded."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from models.domain.entities import KeyTask, Meeting, Person, ProgressEntry, Section, Task
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.file.ledger import create_ledger

YEAR = 2026
SECTIONS = ["办公室", "研究室", "干部一科", "干部二科", "干部监督科", "干部教育科", "组织科", "人才工作科",
            "公务员管理科", "信息管理科"]
PHRASES = ["深入学习贯彻全会精神", "完善干部考核评价体系", "推动基层党组织标准化规范化建设", "加强年轻干部培养选拔",
           "建立健全督查督办机制", "开展专题调研并形成报告", "推进人才引育留用工作", "抓好问题整改落实"]
PROGRESS = ["已召开专题会议研究部署", "已完成调研摸底，正在起草方案", "按计划推进，完成阶段任务",
            "受其他工作影响进度有所滞后，已调整计划", "已形成初稿并征求意见", "已完成全部工作，待验收"]


def _text(rng: random.Random, parts: list[str], low: int, high: int) -> str:
    return "，".join(rng.choice(parts) for _ in range(rng.randint(low, high)))


def build(path: Path, *, tasks: int = 20_000, entries: int = 100_000, seed: int = 20260325) -> Path:
    """Write the ledger through the real schema with bulk inserts (no audit rows: it is a fixture)."""
    rng = random.Random(seed)
    ledger = create_ledger(path, org_name="中共基准市委组织部", year=YEAR, actor="基准")
    now = datetime(YEAR, 11, 1, 9, 0)
    with ledger.begin() as session:
        session.execute(insert(Person), [{"id": i + 1, "name": f"干部{i + 1:03d}", "title": "", "active": True}
                                         for i in range(60)])
        session.execute(insert(Section), [{"id": i + 1, "name": name, "sort_order": i + 1, "active": True}
                                          for i, name in enumerate(SECTIONS)])
        session.execute(insert(KeyTask), [{"id": i + 1, "year": YEAR, "title": _text(rng, PHRASES, 2, 3),
                                           "theme": "", "sort_order": i + 1} for i in range(8)])
        session.execute(insert(Meeting), [{"id": m, "held_on": date(YEAR, m, 25), "title": f"{m}月月例会"}
                                          for m in range(1, 12)])
        rows: list[dict[str, object]] = []
        parents: list[int] = []
        for task_id in range(1, tasks + 1):
            is_sub = bool(parents) and rng.random() < 0.6
            parent = rng.choice(parents[-50:]) if is_sub else None
            if not is_sub:
                parents.append(task_id)
            due = date(YEAR, 1, 1) + timedelta(days=rng.randint(30, 364))
            status = rng.choice([Status.IN_PROGRESS] * 6 + [Status.NOT_STARTED, Status.COMPLETED, Status.CLOSED])
            rows.append({
                "id": task_id, "year": YEAR, "parent_id": parent, "key_task_id": rng.randint(1, 8),
                "title": _text(rng, PHRASES, 1, 3), "measures": _text(rng, PHRASES, 2, 6), "target": "", "note": "",
                "lead_section_id": rng.randint(1, len(SECTIONS)), "leader_id": rng.randint(1, 8),
                "owner_id": rng.randint(9, 60), "deadline_kind": DeadlineKind.DATE, "due_date": due,
                "deadline_text": f"{due.month}月{due.day}日前", "status": status,
                "percent": 100 if status in (Status.COMPLETED, Status.CLOSED) else rng.randint(0, 90),
                "sort_order": task_id, "source_text": "", "closed_note": "", "closed_by": "",
                "completed_on": due if status in (Status.COMPLETED, Status.CLOSED) else None,
                "created_at": now, "updated_at": now,
            })
        session.execute(insert(Task), rows)
        progress = []
        for entry_id in range(1, entries + 1):
            month = rng.randint(1, 11)
            progress.append({
                "id": entry_id, "task_id": rng.randint(1, tasks), "period": f"{YEAR}-{month:02d}",
                "entry_date": date(YEAR, month, 25), "text": _text(rng, PROGRESS, 1, 4),
                "percent": rng.randint(0, 100), "kind": ProgressKind.PROGRESS, "author": "干部010",
                "meeting_id": month, "created_at": now,
            })
        session.execute(insert(ProgressEntry), progress)
    ledger.close()
    return path
