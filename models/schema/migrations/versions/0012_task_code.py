"""编号 kept for life: each task's number stored, given once; a delete leaves a gap, as with 文号.

Until now the number was worked out from each task's place in the tree every time the ledger was read, so a
delete renumbered the tasks after it and sheets already handed out named other tasks. The numbers tasks show
today are written down as they stand; tasks in the recycle bin get theirs after their siblings'.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# The rule the numbers were worked out by until now (models/read/queries.py before this revision).
_ROWS = sa.text(
    "SELECT t.id, t.parent_id, coalesce(k.sort_order, 0), t.deleted_at IS NOT NULL FROM task t "
    "LEFT JOIN key_task k ON k.id = t.key_task_id WHERE t.year = :year "
    "ORDER BY CASE WHEN t.parent_id IS NULL THEN coalesce(k.sort_order, 0) ELSE 0 END, t.sort_order, t.id")


def _codes(rows: list[tuple[int, int | None, int, bool]]) -> dict[int, str]:
    codes: dict[int, str] = {}
    highest: dict[str, int] = {}
    children: dict[int, list[int]] = {}
    top: list[tuple[int, int]] = []
    deleted = {task_id for task_id, _parent, _group, gone in rows if gone}
    for task_id, parent_id, group, _gone in rows:
        if parent_id is None:
            top.append((task_id, group))
        else:
            children.setdefault(parent_id, []).append(task_id)

    def give(task_id: int, prefix: str) -> None:
        number = highest[prefix] = highest.get(prefix, 0) + 1
        codes[task_id] = f"{prefix}.{number}"

    for shown in (True, False):  # the numbers the window shows now first, then those in the recycle bin
        for task_id, group in top:
            if (task_id in deleted) != shown and task_id not in codes:
                give(task_id, str(group))
        stack = [task_id for task_id, _group in top]
        while stack:
            parent = stack.pop()
            for kid in children.get(parent, []):
                if kid not in codes and parent in codes and ((kid in deleted) != shown or parent in deleted):
                    give(kid, codes[parent])
                stack.append(kid)
    return codes


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=32), server_default='', nullable=False))
    connection = op.get_bind()
    years = [year for (year,) in connection.execute(sa.text("SELECT DISTINCT year FROM task"))]
    for year in years:
        rows = [(r[0], r[1], int(r[2] or 0), bool(r[3])) for r in connection.execute(_ROWS, {"year": year})]
        codes = _codes(rows)
        if codes:
            connection.execute(sa.text("UPDATE task SET code = :code WHERE id = :id"),
                               [{"id": task_id, "code": code} for task_id, code in codes.items()])


def downgrade() -> None:
    # Not in batch mode: a copied table would be renamed under the progress trigger (0004), which SQLite refuses.
    op.drop_column('task', 'code')
