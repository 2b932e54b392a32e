"""通报 numbered through the year (第N期): the 督查通报 and the monthly 通报 share one series.

Each number is given once to what the 通报 is about (a 督查 record, a month) and kept when it is printed again.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'bulletin_issue',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('subject', sa.String(length=64), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('issued_by', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bulletin_issue')))
    op.create_index('ix_bulletin_issue_year_number', 'bulletin_issue', ['year', 'number'], unique=True)
    op.create_index('ix_bulletin_issue_subject', 'bulletin_issue', ['subject'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_bulletin_issue_subject', table_name='bulletin_issue')
    op.drop_index('ix_bulletin_issue_year_number', table_name='bulletin_issue')
    op.drop_table('bulletin_issue')
