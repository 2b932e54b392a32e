"""The 督办 steps: a task's 签收 (who, when), the 延期申请 awaiting the 督查室's or the 分管领导's decision.

The tasks a ledger holds when it is upgraded count as signed for on the day they were made, so that nothing
turns yellow as 待签收 on the upgrade; only tasks assigned from now on wait for their section's 签收.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('signed_by', sa.String(length=64), server_default='', nullable=False))
    op.execute("UPDATE task SET signed_at = created_at WHERE signed_at IS NULL")
    op.create_table(
        'extension_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=False),
        sa.Column('asked_on', sa.Date(), nullable=False),
        sa.Column('asked_by', sa.String(length=64), nullable=False),
        sa.Column('new_due_date', sa.Date(), nullable=True),
        sa.Column('new_text', sa.String(length=128), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('late', sa.Boolean(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('decided_by', sa.String(length=64), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('extension_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_extension_request_task_id_task'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['extension_id'], ['extension.id'],
                                name=op.f('fk_extension_request_extension_id_extension'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_extension_request')))
    op.create_index(op.f('ix_extension_request_task_id'), 'extension_request', ['task_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_extension_request_task_id'), table_name='extension_request')
    op.drop_table('extension_request')
    # Dropped in place (SQLite 3.35+): a batch copy of task would trip over progress_entry's triggers (0004).
    op.execute("ALTER TABLE task DROP COLUMN signed_by")
    op.execute("ALTER TABLE task DROP COLUMN signed_at")
