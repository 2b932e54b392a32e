"""序时进度: a task's milestones by month ("2026-06=60:完成初稿" a line), each month's report classed against them.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('milestones', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+): a batch copy of task would trip over progress_entry's triggers (0004).
    op.execute("ALTER TABLE task DROP COLUMN milestones")
