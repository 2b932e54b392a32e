"""A unit's kind: the department's own 科室, a unit outside it (市委党校), or "every section" (各科室).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Units already in a ledger were all made as its sections; the office re-marks outside ones in 设置.
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.Enum('section', 'outside', 'everyone', name='unitkind',
                                                      native_enum=False, length=20),
                                      nullable=False, server_default='section'))


def downgrade() -> None:
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_column('kind')
