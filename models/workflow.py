"""The status workflow of DESIGN.md: which status may follow which, and the error when one may not."""

from __future__ import annotations

from models.enums import Status


class RuleError(ValueError):
    """A change the office's rules forbid; the message is Chinese and meant for the user."""


ALLOWED_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NOT_STARTED: frozenset(
        {Status.IN_PROGRESS, Status.COMPLETED, Status.SUSPENDED, Status.CANCELLED}
    ),
    Status.IN_PROGRESS: frozenset({Status.COMPLETED, Status.SUSPENDED, Status.CANCELLED}),
    # Reopening sends a finished item back to work; closing (销号) needs it completed first.
    Status.COMPLETED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.CLOSED: frozenset({Status.IN_PROGRESS}),
    Status.SUSPENDED: frozenset({Status.NOT_STARTED, Status.IN_PROGRESS, Status.CANCELLED}),
    Status.CANCELLED: frozenset({Status.IN_PROGRESS}),
}


def can_transition(old: Status, new: Status) -> bool:
    return new in ALLOWED_TRANSITIONS[old]


def check_transition(old: Status, new: Status) -> None:
    if old == new:
        raise RuleError(f"任务已经是「{old.label}」状态，无需更改。")
    if not can_transition(old, new):
        allowed = "、".join(s.label for s in Status if s in ALLOWED_TRANSITIONS[old])
        raise RuleError(f"不能从「{old.label}」改为「{new.label}」；此时只能改为：{allowed}。")


def require_text(value: str, what: str) -> str:
    """Closing needs a note and an extension needs a reason: blank or whitespace is refused."""
    cleaned = value.strip()
    if not cleaned:
        raise RuleError(f"{what}不能为空。")
    return cleaned


def check_percent(percent: int) -> int:
    if not 0 <= percent <= 100:
        raise RuleError(f"进度应在 0 到 100 之间，收到的是 {percent}。")
    return percent
