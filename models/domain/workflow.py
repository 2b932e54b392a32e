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


# The words offices write in a 办理状态 or 完成状态 column, in breakdowns and returns alike. 销号 needs an
# approver's note, which no cell carries: a sheet's "已销号" comes in as 已办结, to be closed in the ledger.
STATUS_WORDS: dict[str, Status] = {
    "已完成": Status.COMPLETED, "已办结": Status.COMPLETED, "完成": Status.COMPLETED, "已销号": Status.COMPLETED,
    "已完成销号": Status.COMPLETED, "推进中": Status.IN_PROGRESS, "正在推进": Status.IN_PROGRESS,
    "进行中": Status.IN_PROGRESS, "滞后": Status.IN_PROGRESS, "未启动": Status.NOT_STARTED, "暂缓": Status.SUSPENDED,
    # How far along, in the words returns use: all of them mean the task is under way.
    "达进度": Status.IN_PROGRESS, "超进度": Status.IN_PROGRESS, "欠进度": Status.IN_PROGRESS,
    "正常推进": Status.IN_PROGRESS, "按计划推进": Status.IN_PROGRESS, "已撤销": Status.CANCELLED,
}


# What 重新打开 applies to, in the window and on the command line: a task finished, closed, paused or cancelled.
REOPENABLE = (Status.COMPLETED, Status.CLOSED, Status.CANCELLED, Status.SUSPENDED)


def status_of_word(word: str) -> Status | None:
    """The status a 办理状态 cell names ("已完成", "正常推进"), or None for a word no rule knows."""
    return STATUS_WORDS.get(word)


# The 完成状态 (进度评价) words of a section's 反馈表, as its drop-down offers them: what the return import reads.
RETURN_STATUS_WORDS = ("未启动", "推进中", "正常推进", "超进度", "达进度", "欠进度", "滞后", "已完成", "已办结", "暂缓")
# Of them, a task still under way but said to be late: kept 推进中, and the report says so.
BEHIND_WORDS = ("滞后", "欠进度")
# Written by hand instead of chosen: the word of the list each means.
_RETURN_SPELLINGS = {"进行中": "推进中", "正在推进": "推进中", "按计划推进": "正常推进", "按进度推进": "正常推进",
                     "完成": "已完成", "已销号": "已办结", "已完成销号": "已办结", "办结": "已办结",
                     "进度滞后": "滞后", "严重滞后": "滞后", "尚未启动": "未启动", "未开始": "未启动"}
_AROUND_A_WORD = " \t\n。，,；;：:.!！、√✓☑*"


def return_word(cell: str) -> str:
    """The word of RETURN_STATUS_WORDS a returned 完成状态 cell says ("已完成。", "滞后（受疫情影响）", "进行中"),
    or the cell's text as written when it says none of them."""
    text = cell.strip(_AROUND_A_WORD)
    for opener in "（(【[":  # a reason in brackets after the word
        text = text.split(opener)[0].strip(_AROUND_A_WORD) if text.find(opener) > 0 else text
    text = _RETURN_SPELLINGS.get(text, text)
    return text if text in RETURN_STATUS_WORDS else cell.strip()


def can_transition(old: Status, new: Status) -> bool:
    return new in ALLOWED_TRANSITIONS[old]


def check_transition(old: Status, new: Status) -> None:
    if old == new:
        raise RuleError("任务已经是「{status}」状态，无需更改。", status=old.label)
    if not can_transition(old, new):
        allowed = "、".join(s.label for s in Status if s in ALLOWED_TRANSITIONS[old])
        raise RuleError("不能从「{old}」改为「{new}」；此时只能改为：{allowed}。", old=old.label, new=new.label,
                        allowed=allowed)


# The longest text one field takes: some ten printed pages, and within an Excel cell's 32,767 characters,
# so whatever is stored can also be printed and exported whole.
MAX_TEXT = 20_000
MAX_NAME = 64  # a section's or a person's name
MAX_KEY_TASK = 500  # a key task's title is a heading, not a document


def require_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Closing needs a note and an extension needs a reason: blank or whitespace is refused."""
    cleaned = normalise_text(value).strip()
    if not cleaned:
        raise RuleError("{what}不能为空。", what=what)
    return check_length(cleaned, what, limit)


def check_length(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Refuse, with the numbers, a text longer than a field takes (a paste of a whole document)."""
    value = normalise_text(value)
    if len(value) > limit:
        raise RuleError("{what}太长：{length} 个字，最多 {limit} 个字。请精简，或分成几条填写。", what=what,
                        length=len(value), limit=limit)
    return value


def check_percent(percent: int) -> int:
    if not 0 <= percent <= 100:
        raise RuleError("进度应在 0 到 100 之间，收到的是 {percent}。", percent=percent)
    return percent
