"""考核评价 at 销号: the approver's rating and note on each task, and whether its closing came on time, after an
extension or late (worked out here for the tasks already closed).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rating', sa.String(length=16), server_default='', nullable=False))
        batch_op.add_column(sa.Column('rating_note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('closed_timing', sa.String(length=16), server_default='', nullable=False))
    op.execute(
        "UPDATE task SET closed_timing = CASE "
        "WHEN deadline_kind = 'date' AND due_date IS NOT NULL AND COALESCE(completed_on, closed_on) > due_date "
        "THEN 'overdue' "
        "WHEN deadline_kind = 'date' AND EXISTS (SELECT 1 FROM extension WHERE extension.task_id = task.id) "
        "THEN 'extended' ELSE 'on_time' END WHERE status = 'closed'")



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_column('closed_timing')
        batch_op.drop_column('rating_note')
        batch_op.drop_column('rating')

