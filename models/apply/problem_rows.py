"""A 整改台账's rows as importers/ hands them over, and what its 完成情况 words mean for a problem's status."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.apply.rows import Cell
from models.domain.enums import ProblemStatus
from models.errors import Message

# 完成情况 / 整改状态 as offices write it, tried in this order: 未完成 holds 完成, 基本完成 is not done yet.
_PENDING = re.compile(r"未启动|未整改|未完成|尚未|待整改|未开始|没有")
_RECTIFYING = re.compile(r"整改中|正在|持续|推进|基本完成|部分完成|长期|阶段性|进行中|逐步|常态")
_RECTIFIED = re.compile(r"已完成|已整改|已办结|已销号|整改完成|完成整改|整改到位|已落实|^完成$|^[√✓✔]$|^是$")
STATUS_WORDS = {ProblemStatus.PENDING: "待整改", ProblemStatus.RECTIFYING: "整改中",
                ProblemStatus.RECTIFIED: "已整改", ProblemStatus.CLOSED: "已销号"}


def status_of_problem_word(word: str) -> ProblemStatus | None:
    """已完成/已整改 → 已整改, 正在整改/持续推进/整改中 → 整改中, 未启动/未整改 → 待整改; None for a word not known.
    已销号 comes in as 已整改: a 销号 needs its approver's note in the ledger."""
    word = re.sub(r"\s+", "", word)
    if not word:
        return None
    for pattern, status in ((_PENDING, ProblemStatus.PENDING), (_RECTIFYING, ProblemStatus.RECTIFYING),
                            (_RECTIFIED, ProblemStatus.RECTIFIED)):
        if pattern.search(word):
            return status
    return None


@dataclass
class ProblemLine:
    """One problem as a 整改台账 row says it; `source` is the record it goes under (the sheet's title row)."""

    sheet: str
    row: int  # 1-based, as Excel shows it
    source: str = ""
    status: str = "ok"  # ok | warning | error | skip
    messages: list[str] = field(default_factory=list)
    number: str = ""
    category: str = ""
    description: str = ""
    measures: str = ""
    leader: str = ""
    section: str = ""  # the first 责任单位: responsible
    other_units: list[str] = field(default_factory=list)
    owner: str = ""
    deadline_value: Cell = None
    deadline_text: str = ""
    progress: str = ""  # 整改进展: the first 整改 report
    state_word: str = ""  # 完成情况 as written
    wanted: ProblemStatus | None = None  # what the word means; None: blank or not known
    outcome: str = ""  # after checking against the ledger: new | update | same

    def warn(self, template: str, **values: object) -> None:
        self.messages.append(Message(template, **values))
        if self.status == "ok":
            self.status = "warning"

    def fail(self, template: str, **values: object) -> None:
        self.messages.append(Message(template, **values))
        self.status = "error"

    @property
    def importable(self) -> bool:
        return self.status in ("ok", "warning")

    def to_dict(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "source": self.source, "status": self.status,
                "messages": self.messages, "number": self.number, "category": self.category,
                "description": self.description, "measures": self.measures, "leader": self.leader,
                "section": self.section, "other_units": self.other_units, "owner": self.owner,
                "deadline_text": self.deadline_text, "progress": self.progress, "state_word": self.state_word,
                "status_wanted": self.wanted.value if self.wanted else None, "outcome": self.outcome or None}
