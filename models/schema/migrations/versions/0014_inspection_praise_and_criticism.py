"""A 督查通报 may praise (通报表扬) or criticise (通报批评) sections: the 考核办法 scores each as an event.

Two tables like inspection_unit: the record and the section, a row each.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

TABLES = ('inspection_praise', 'inspection_criticism')


def upgrade() -> None:
    for name in TABLES:
        op.create_table(
            name,
            sa.Column('inspection_id', sa.Integer(), nullable=False),
            sa.Column('section_id', sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f(f'fk_{name}_inspection_id_inspection'),
                                    ondelete='CASCADE'),
            sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f(f'fk_{name}_section_id_section'),
                                    ondelete='RESTRICT'),
            sa.PrimaryKeyConstraint('inspection_id', 'section_id', name=op.f(f'pk_{name}')))


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
