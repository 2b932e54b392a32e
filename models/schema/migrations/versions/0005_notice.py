"""Numbered supervision notices (督办单): one row per notice issued, numbered within its year.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'notice',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('reply_by', sa.Date(), nullable=False),
        sa.Column('matter', sa.Text(), nullable=False),
        sa.Column('opinion', sa.Text(), nullable=False),
        sa.Column('issued_by', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_notice_task_id_task'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_notice')),
    )
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.create_index('ix_notice_year_number', ['year', 'number'], unique=True)
        batch_op.create_index(batch_op.f('ix_notice_task_id'), ['task_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_task_id'))
        batch_op.drop_index('ix_notice_year_number')
    op.drop_table('notice')
