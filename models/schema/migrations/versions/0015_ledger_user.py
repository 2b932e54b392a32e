"""People with their own accounts on a server ledger (督查, 科室, 只读), and the audit trail naming them.

On PostgreSQL a trigger writes the server's current_user as the actor of every change made by a listed
person, so the trail names who logged in, not what their PC calls them; the owner and a file are unchanged.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# EXECUTE PROCEDURE, as in 0004: the spelling older and domestic servers know.
PG_FUNCTION = """
CREATE FUNCTION luoshi_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_user WHERE login = current_user) THEN
        NEW.actor := current_user;
    END IF;
    RETURN NEW;
END $$"""
PG_TRIGGER = ("CREATE TRIGGER audit_entry_actor BEFORE INSERT ON audit_entry "
              "FOR EACH ROW EXECUTE PROCEDURE luoshi_audit_actor()")


def upgrade() -> None:
    op.create_table(
        'ledger_user',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('section_id', sa.Integer(), nullable=True),
        sa.Column('disabled', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f('fk_ledger_user_section_id_section'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_user')))
    op.create_index('ix_ledger_user_login', 'ledger_user', ['login'], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_entry_actor ON audit_entry")
        op.execute("DROP FUNCTION luoshi_audit_actor()")
    op.drop_index('ix_ledger_user_login', table_name='ledger_user')
    op.drop_table('ledger_user')
