"""考核评价: the office's rating scale read from its setting, and how a closing came in time."""

from __future__ import annotations

import re
from datetime import date

from models.domain.enums import ClosingTiming, DeadlineKind
from models.errors import RuleError

MAX_WORD = 16


def parse_scale(text: str) -> list[tuple[str, int]]:
    """"好=100,较好=85,一般=70,差=50" as [(word, points)], best first; words without points share 100 down to 0
    in equal steps. A word given twice or points outside 0–100 are refused with the office's own words."""
    parts = [part.strip() for part in re.split(r"[,，、;；\n]", text) if part.strip()]
    if not parts:
        raise RuleError("评价等次不能为空，例如：好=100,较好=85,一般=70,差=50。")
    scale: list[tuple[str, int]] = []
    for position, part in enumerate(parts):
        word, _, points_text = part.partition("=")
        word = word.strip()
        if not word or len(word) > MAX_WORD:
            raise RuleError("评价等次“{part}”写得不对：等次名称应为 1 到 16 个字。", part=part)
        if points_text.strip():
            if not points_text.strip().isdigit() or not 0 <= int(points_text) <= 100:
                raise RuleError("评价等次“{part}”的分值应是 0 到 100 的整数。", part=part)
            points = int(points_text)
        else:
            points = round(100 * (len(parts) - 1 - position) / max(1, len(parts) - 1))
        if word in (w for w, _ in scale):
            raise RuleError("评价等次“{word}”写了两次。", word=word)
        scale.append((word, points))
    return scale


def scale_text(scale: list[tuple[str, int]]) -> str:
    return ",".join(f"{word}={points}" for word, points in scale)


def closing_timing(kind: DeadlineKind, due: date | None, completed: date | None, extended: bool) -> ClosingTiming:
    """On time when finished by the deadline it had (after an extension: extended); overdue when after it.
    A task without a dated deadline is on time."""
    if kind is not DeadlineKind.DATE or due is None or completed is None or completed <= due:
        return ClosingTiming.EXTENDED if extended and kind is DeadlineKind.DATE else ClosingTiming.ON_TIME
    return ClosingTiming.OVERDUE
