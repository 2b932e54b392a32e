"""Initial schema: sections, people, key tasks, tasks, progress, extensions, meetings, audit, settings.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('key_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('theme', sa.String(length=128), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_task'))
    )
    with op.batch_alter_table('key_task', schema=None) as batch_op:
        batch_op.create_index('ix_key_task_year_sort', ['year', 'sort_order'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('name', name=op.f('uq_person_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_section_leader_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_section')),
    sa.UniqueConstraint('name', name=op.f('uq_section_name'))
    )
    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('key_task_id', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('lead_section_id', sa.Integer(), nullable=True),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('deadline_kind', sa.Enum('date', 'ongoing', 'recurring', 'unparsed', 'none', name='deadlinekind', native_enum=False, length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('deadline_text', sa.String(length=128), nullable=False),
    sa.Column('recurrence', sa.Enum('monthly', 'quarterly', 'half_yearly', 'yearly', name='recurrence', native_enum=False, length=20), nullable=True),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'completed', 'closed', 'suspended', 'cancelled', name='status', native_enum=False, length=20), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('source_meeting_id', sa.Integer(), nullable=True),
    sa.Column('source_text', sa.String(length=128), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_note', sa.Text(), nullable=False),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['carried_from_id'], ['task.id'], name=op.f('fk_task_carried_from_id_task'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['key_task_id'], ['key_task.id'], name=op.f('fk_task_key_task_id_key_task'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lead_section_id'], ['section.id'], name=op.f('fk_task_lead_section_id_section'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_task_leader_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_task_owner_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['task.id'], name=op.f('fk_task_parent_id_task'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_meeting_id'], ['meeting.id'], name=op.f('fk_task_source_meeting_id_meeting'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index('ix_task_lead_section', ['lead_section_id'], unique=False)
        batch_op.create_index('ix_task_year_parent', ['year', 'parent_id'], unique=False)

    op.create_table('extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('old_due_date', sa.Date(), nullable=True),
    sa.Column('old_text', sa.String(length=128), nullable=False),
    sa.Column('new_due_date', sa.Date(), nullable=True),
    sa.Column('new_text', sa.String(length=128), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_extension_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extension'))
    )
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extension_task_id'), ['task_id'], unique=False)

    op.create_table('progress_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('progress', 'feedback', 'supervision', 'reminder', name='progresskind', native_enum=False, length=20), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_progress_entry_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_progress_entry_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_entry'))
    )
    with op.batch_alter_table('progress_entry', schema=None) as batch_op:
        batch_op.create_index('ix_progress_task_period', ['task_id', 'period'], unique=False)

    op.create_table('task_co_section',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f('fk_task_co_section_section_id_section'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_task_co_section_task_id_task'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('task_id', 'section_id', name=op.f('pk_task_co_section'))
    )


def downgrade() -> None:
    op.drop_table('task_co_section')
    with op.batch_alter_table('progress_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_progress_task_period')

    op.drop_table('progress_entry')
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extension_task_id'))

    op.drop_table('extension')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ix_task_year_parent')
        batch_op.drop_index('ix_task_lead_section')

    op.drop_table('task')
    op.drop_table('section')
    op.drop_table('setting')
    op.drop_table('person')
    op.drop_table('meeting')
    with op.batch_alter_table('key_task', schema=None) as batch_op:
        batch_op.drop_index('ix_key_task_year_sort')

    op.drop_table('key_task')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_entry')
