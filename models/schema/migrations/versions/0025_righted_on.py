"""红灯纠正: the day a task's deadline was moved on while it was overdue, so that an office may keep a red put right
yellow some days (设置 → 红灯纠正后黄灯天数). The tasks a ledger holds when it is upgraded were never put right.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('righted_on', sa.Date(), nullable=True))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+): a batch copy of task would trip over progress_entry's triggers (0004).
    op.execute("ALTER TABLE task DROP COLUMN righted_on")
