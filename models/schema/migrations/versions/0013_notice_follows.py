"""A 催办 cites the 督办单 it follows: each notice may name the open notice of the same task it chases.

A task with an open notice keeps that notice's number when the batch is run again; a second notice is issued
only when asked for, as a 催办 that says when the first went out ("前已于11月5日发出督〔2026〕1号督办单").
Which notice it follows is what was open when it went out, and can not be worked out again later.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follows_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_notice_follows_id_notice'), 'notice', ['follows_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_notice_follows_id_notice'), type_='foreignkey')
        batch_op.drop_column('follows_id')
