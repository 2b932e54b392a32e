"""A 督办单 keeps the 文号 code it went out with (组督〔2026〕3号): a reprint after the office changes its code
(设置 → 督办单 → 文号代字) still reads as the paper that went out. Notices issued before are 督.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=16), server_default='督', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_column('code')
