"""Index progress entries by task, kind and period: each task's latest report is then read from the index.

Replaces ix_progress_task_period, whose columns it starts with.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('progress_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_progress_task_period')
        batch_op.create_index('ix_progress_task_kind_period', ['task_id', 'kind', 'period', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('progress_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_progress_task_kind_period')
        batch_op.create_index('ix_progress_task_period', ['task_id', 'period'], unique=False)
