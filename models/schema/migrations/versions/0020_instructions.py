"""A leader's 批示 (who, when, on which document, what it says), on a task and/or the 交办 task it started.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'instruction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=True),
        sa.Column('assigned_task_id', sa.Integer(), nullable=True),
        sa.Column('leader', sa.String(length=64), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('document', sa.String(length=128), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_instruction_task_id_task'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['assigned_task_id'], ['task.id'], name=op.f('fk_instruction_assigned_task_id_task'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_instruction')))
    op.create_index(op.f('ix_instruction_task_id'), 'instruction', ['task_id'], unique=False)
    op.create_index(op.f('ix_instruction_assigned_task_id'), 'instruction', ['assigned_task_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_instruction_assigned_task_id'), table_name='instruction')
    op.drop_index(op.f('ix_instruction_task_id'), table_name='instruction')
    op.drop_table('instruction')
