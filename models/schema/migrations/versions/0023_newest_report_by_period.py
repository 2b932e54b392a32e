"""A task's newest report is the one of its latest period, not the one entered last: a 反馈表 for November
imported after December's report left the task showing 2026-12 with November's words.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

# Frozen here on purpose, as in 0004: a migration must not change when the enum does later.
FEEDBACK = "('progress', 'feedback')"


def _refresh(task: str, order: str) -> str:
    """SQL that recomputes the newest-report columns of the task whose id is `task`, newest by `order`."""
    newest = f"FROM progress_entry WHERE task_id = {task} AND kind IN {FEEDBACK} ORDER BY {order} LIMIT 1"
    return (f"UPDATE task SET "
            f"report_period = coalesce((SELECT max(period) FROM progress_entry "
            f"WHERE task_id = {task} AND kind IN {FEEDBACK}), ''), "
            f"report_text = coalesce((SELECT text {newest}), ''), "
            f"report_date = (SELECT entry_date {newest}) "
            f"WHERE id = {task};")


def _triggers(order: str) -> dict[str, str]:
    return {
        "progress_entry_after_insert": f"AFTER INSERT ON progress_entry BEGIN {_refresh('NEW.task_id', order)} END",
        "progress_entry_after_delete": f"AFTER DELETE ON progress_entry BEGIN {_refresh('OLD.task_id', order)} END",
        "progress_entry_after_update": (f"AFTER UPDATE ON progress_entry BEGIN {_refresh('OLD.task_id', order)} "
                                        f"{_refresh('NEW.task_id', order)} END"),
    }


def _pg_function(order: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION luoshi_refresh_task_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN {_refresh('OLD.task_id', order)} END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN {_refresh('NEW.task_id', order)} END IF;
    RETURN NULL;
END $$"""


BY_PERIOD, BY_ENTRY = "period DESC, id DESC", "id DESC"


def _use(order: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_pg_function(order))  # the trigger calls the function by name: replacing it is enough
    else:
        for name, body in _triggers(order).items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(_refresh("task.id", order).replace("WHERE id = task.id;", ""))


def upgrade() -> None:
    _use(BY_PERIOD)


def downgrade() -> None:
    _use(BY_ENTRY)
