"""The status workflow of DESIGN.md: which status may follow which, and the error when one may not."""

from __future__ import annotations

from models.domain.enums import Status
from models.domain.text import normalise_text
from models.errors import RuleError

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


# The longest text one field takes: some ten printed pages, and within an Excel cell's 32,767 characters,
# so whatever is stored can also be printed and exported whole.
MAX_TEXT = 20_000
MAX_NAME = 64  # a section's or a person's name


def require_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Closing needs a note and an extension needs a reason: blank or whitespace is refused."""
    cleaned = normalise_text(value).strip()
    if not cleaned:
        raise RuleError(f"{what}不能为空。")
    return check_length(cleaned, what, limit)


def check_length(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Refuse, with the numbers, a text longer than a field takes (a paste of a whole document)."""
    value = normalise_text(value)
    if len(value) > limit:
        raise RuleError(f"{what}太长：{len(value)} 个字，最多 {limit} 个字。请精简，或分成几条填写。")
    return value


def check_percent(percent: int) -> int:
    if not 0 <= percent <= 100:
        raise RuleError(f"进度应在 0 到 100 之间，收到的是 {percent}。")
    return percent
