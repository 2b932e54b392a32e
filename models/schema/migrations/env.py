"""Alembic environment: migrates the connection models.schema.revisions hands over, in SQLite batch mode."""

from __future__ import annotations

from alembic import context

from models.domain.entities import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs the alembic CLI by hand
    raise RuntimeError("运行迁移需要由 models.schema.revisions 提供数据库连接。")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
