"""The month frozen: a month's 统计, monthly 通报 and 考核 figures kept as they stood (结束会议, `month freeze`).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'frozen_month',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('as_of', sa.Date(), nullable=False),
        sa.Column('frozen_at', sa.DateTime(), nullable=False),
        sa.Column('frozen_by', sa.String(length=64), nullable=False),
        sa.Column('figures', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_frozen_month')))
    op.create_index('ix_frozen_month_month', 'frozen_month', ['month'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_frozen_month_month', table_name='frozen_month')
    op.drop_table('frozen_month')
