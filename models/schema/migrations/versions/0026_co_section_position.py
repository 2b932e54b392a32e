"""配合单位 in the order written: each task's co units keep their place (县财政局、县委组织部), not the list's order.
The pairs a ledger holds when it is upgraded are all at 0 and so keep the order they showed in (the list's).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task_co_section', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    op.execute("ALTER TABLE task_co_section DROP COLUMN position")
