"""Keep each task's newest report (progress or 复命) on the task row, maintained by triggers.

Opening a 20,000-task ledger then reads one row per task instead of scanning every progress entry.
Triggers, not Python, keep the columns right, so no code path (import, undo, a deleted task) can miss one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# Frozen here on purpose: a migration must not change when the enum does later.
FEEDBACK = "('progress', 'feedback')"


def _refresh(task: str) -> str:
    """SQL that recomputes the newest-report columns of the task whose id is `task`."""
    newest = (f"FROM progress_entry WHERE task_id = {task} AND kind IN {FEEDBACK} "
              "ORDER BY id DESC LIMIT 1")
    return (f"UPDATE task SET "
            f"report_period = coalesce((SELECT max(period) FROM progress_entry "
            f"WHERE task_id = {task} AND kind IN {FEEDBACK}), ''), "
            f"report_text = coalesce((SELECT text {newest}), ''), "
            f"report_date = (SELECT entry_date {newest}) "
            f"WHERE id = {task};")


TRIGGERS = {
    "progress_entry_after_insert": f"AFTER INSERT ON progress_entry BEGIN {_refresh('NEW.task_id')} END",
    "progress_entry_after_delete": f"AFTER DELETE ON progress_entry BEGIN {_refresh('OLD.task_id')} END",
    "progress_entry_after_update": (f"AFTER UPDATE ON progress_entry BEGIN {_refresh('OLD.task_id')} "
                                    f"{_refresh('NEW.task_id')} END"),
}


# PostgreSQL (a server ledger) runs the same refresh from one trigger function. EXECUTE PROCEDURE, not
# FUNCTION: older servers and the domestic ones that speak PostgreSQL's dialect know only that spelling.
PG_FUNCTION = f"""
CREATE FUNCTION luoshi_refresh_task_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN {_refresh('OLD.task_id')} END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN {_refresh('NEW.task_id')} END IF;
    RETURN NULL;
END $$"""
PG_TRIGGER = ("CREATE TRIGGER progress_entry_report AFTER INSERT OR UPDATE OR DELETE ON progress_entry "
              "FOR EACH ROW EXECUTE PROCEDURE luoshi_refresh_task_report()")


def upgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('report_period', sa.String(length=7), server_default='', nullable=False))
        batch_op.add_column(sa.Column('report_text', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('report_date', sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)
    else:
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(_refresh("task.id").replace("WHERE id = task.id;", ""))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS progress_entry_report ON progress_entry")
        op.execute("DROP FUNCTION IF EXISTS luoshi_refresh_task_report()")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_column('report_date')
        batch_op.drop_column('report_text')
        batch_op.drop_column('report_period')
