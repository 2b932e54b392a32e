"""督查 in depth: inspection records (督查/调研记录) with the units visited and tasks checked, and the
problems found (问题清单) with their 整改 reports.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('research', 'supervision', 'special', 'patrol', 'meeting', name='inspectionkind', native_enum=False, length=20), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('team', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_year_held', ['year', 'held_on'], unique=False)

    op.create_table('inspection_unit',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_unit_inspection_id_inspection'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f('fk_inspection_unit_section_id_section'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('inspection_id', 'section_id', name=op.f('pk_inspection_unit'))
    )
    op.create_table('inspection_task',
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_task_inspection_id_inspection'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_inspection_task_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('inspection_id', 'task_id', name=op.f('pk_inspection_task'))
    )
    op.create_table('problem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('deadline_kind', sa.Enum('date', 'ongoing', 'recurring', 'unparsed', 'none', name='deadlinekind', native_enum=False, length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('deadline_text', sa.String(length=128), nullable=False),
    sa.Column('status', sa.Enum('pending', 'rectifying', 'rectified', 'closed', name='problemstatus', native_enum=False, length=20), nullable=False),
    sa.Column('rectified_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_note', sa.Text(), nullable=False),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_problem_inspection_id_inspection'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_problem_owner_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f('fk_problem_section_id_section'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_problem_task_id_task'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem'))
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index('ix_problem_inspection', ['inspection_id'], unique=False)
        batch_op.create_index('ix_problem_task', ['task_id'], unique=False)
        batch_op.create_index('ix_problem_year_section', ['year', 'section_id'], unique=False)

    op.create_table('problem_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_report_problem_id_problem'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_report'))
    )
    with op.batch_alter_table('problem_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_report_problem_id'), ['problem_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('problem_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_report_problem_id'))

    op.drop_table('problem_report')
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index('ix_problem_year_section')
        batch_op.drop_index('ix_problem_task')
        batch_op.drop_index('ix_problem_inspection')

    op.drop_table('problem')
    op.drop_table('inspection_task')
    op.drop_table('inspection_unit')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_year_held')

    op.drop_table('inspection')
