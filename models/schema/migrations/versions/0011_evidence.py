"""佐证材料: files attached to progress entries, 销号 and problems' 整改, their bytes kept once inside the ledger.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('evidence_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_file')),
    sa.UniqueConstraint('sha256', name=op.f('uq_evidence_file_sha256'))
    )
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('purpose', sa.Enum('progress', 'closing', 'rectification', name='evidencepurpose', native_enum=False, length=20), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('progress_entry_id', sa.Integer(), nullable=True),
    sa.Column('problem_id', sa.Integer(), nullable=True),
    sa.Column('problem_report_id', sa.Integer(), nullable=True),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['file_id'], ['evidence_file.id'], name=op.f('fk_attachment_file_id_evidence_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_attachment_problem_id_problem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['problem_report_id'], ['problem_report.id'], name=op.f('fk_attachment_problem_report_id_problem_report'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['progress_entry_id'], ['progress_entry.id'], name=op.f('fk_attachment_progress_entry_id_progress_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_attachment_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_problem', ['problem_id'], unique=False)
        batch_op.create_index('ix_attachment_task', ['task_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_task')
        batch_op.drop_index('ix_attachment_problem')

    op.drop_table('attachment')
    op.drop_table('evidence_file')
