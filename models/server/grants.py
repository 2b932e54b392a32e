"""What a person's account may touch on the server: this ledger's tables by role, never the trail's rows."""

from __future__ import annotations

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from models.domain.entities import LedgerUser
from models.domain.rights import Role

# What only the owner writes: the trail is appended to, never changed; the list of people and the schema's
# revision are IT's.
_OWNERS_ONLY = ("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {who}",
                "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ledger_user, alembic_version FROM {who}")


def quoted(name: str) -> str:
    """A name as SQL writes an identifier: in double quotes, its own doubled."""
    return '"' + name.replace('"', '""') + '"'


def grant(connection: Connection | Session, login: str, role: Role) -> None:
    """Connect to this database, read all of it, and unless 只读 write its tables but the owner's."""
    who = quoted(login)
    database = quoted(str(connection.scalar(text("SELECT current_database()"))))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {who}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {who}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}"))
    if role is not Role.READER:
        connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {who}"))
        connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}"))
        for statement in _OWNERS_ONLY:
            connection.execute(text(statement.format(who=who)))


def revoke(connection: Connection | Session, login: str) -> None:
    """Nothing of this ledger for the account any more, and no login (its changes stay in the trail)."""
    who = quoted(login)
    database = quoted(str(connection.scalar(text("SELECT current_database()"))))
    connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}"))
    connection.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {who}"))
    connection.execute(text(f"REVOKE ALL ON DATABASE {database} FROM {who}"))
    connection.execute(text(f"ALTER ROLE {who} NOLOGIN"))


def grant_everyone(connection: Connection) -> None:
    """After an upgrade made new tables: every listed person's grants again, on all of them."""
    if connection.dialect.name != "postgresql":
        return
    people = connection.execute(select(LedgerUser.login, LedgerUser.role).where(LedgerUser.disabled.is_(False)))
    for login, role in people.all():
        grant(connection, login, Role(role))
