"""A problem keeps what a 整改台账 row says beside its description: its 序号 as written (so the same 台账
imported again finds it), its 问题类别 and its 责任领导.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=32), server_default='', nullable=False))
        batch_op.add_column(sa.Column('category', sa.String(length=128), server_default='', nullable=False))
        batch_op.add_column(sa.Column('leader_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_problem_leader_id_person'), 'person', ['leader_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_problem_leader_id_person'), type_='foreignkey')
        batch_op.drop_column('leader_id')
        batch_op.drop_column('category')
        batch_op.drop_column('number')
