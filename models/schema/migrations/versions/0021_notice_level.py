"""A 督办单 carries its level (提醒 blue, 督办单 yellow, 红色督办单 red), and each notice or reminder sent is kept in
the 催办记录 (reminder): the day, the level and how it went (纸质, 电话, 短信, 系统).

The notices a ledger holds when it is upgraded become yellow (督办单, as they were printed), each with its line in
the 催办记录 (纸质, on the day it went out).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('level', sa.String(length=8), server_default='yellow', nullable=False))
    op.create_table(
        'reminder',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=False),
        sa.Column('level', sa.String(length=8), nullable=False),
        sa.Column('how', sa.String(length=16), nullable=False),
        sa.Column('notice_id', sa.Integer(), nullable=True),
        sa.Column('sent_by', sa.String(length=64), nullable=False),
        sa.Column('progress_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_reminder_task_id_task'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_reminder_notice_id_notice'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['progress_id'], ['progress_entry.id'],
                                name=op.f('fk_reminder_progress_id_progress_entry'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder')))
    op.create_index(op.f('ix_reminder_task_id'), 'reminder', ['task_id'], unique=False)
    op.execute("INSERT INTO reminder (task_id, sent_on, level, how, notice_id, sent_by, created_at) "
               "SELECT task_id, issued_on, 'yellow', '纸质', id, issued_by, CURRENT_TIMESTAMP FROM notice ORDER BY id")


def downgrade() -> None:
    op.drop_index(op.f('ix_reminder_task_id'), table_name='reminder')
    op.drop_table('reminder')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_column('level')
