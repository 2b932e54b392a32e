"""The plain rows importers/ hands to models/: what a document said, checked, with no SQL and no file format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.errors import Message

Cell = str | date | float | int | None  # a spreadsheet cell's value, as importers/ tidied it


@dataclass
class PlannedRow:
    sheet: str
    row: int  # 1-based, as Excel shows it
    status: str = "ok"  # ok | warning | error | skip (a 合计 row or a sheet of explanations: not a task)
    messages: list[str] = field(default_factory=list)
    key_task: str = ""
    title: str = ""
    lead_section: str = ""
    co_sections: list[str] = field(default_factory=list)
    leader: str = ""
    owner: str = ""
    deadline_text: str = ""
    deadline_kind: str = "none"
    due_date: date | None = None
    note: str = ""
    parent_row: int | None = None  # the row (1-based) of the task this one is a subtask of
    deadline_value: Cell = None
    # Reports the sheet already holds (a 工作台账's "1-3月进展情况"): (period "2026-03", or "" for the
    # import's own period; text)
    reports: list[tuple[str, str]] = field(default_factory=list)
    status_word: str = ""  # a 办理状态 cell the rules know ("已完成", "正常推进")
    measures: str = ""  # 具体措施: what a 分工方案 wrote under the measure besides its duty (工作目标：…)

    def warn(self, template: str, **values: object) -> None:
        self.messages.append(Message(template, **values))
        if self.status == "ok":
            self.status = "warning"

    def fail(self, template: str, **values: object) -> None:
        self.messages.append(Message(template, **values))
        self.status = "error"

    def to_dict(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "status": self.status, "messages": self.messages,
                "key_task": self.key_task, "title": self.title, "lead_section": self.lead_section,
                "co_sections": self.co_sections, "leader": self.leader, "owner": self.owner,
                "deadline_text": self.deadline_text,
                "deadline_kind": self.deadline_kind, "measures": self.measures,
                "due_date": self.due_date.isoformat() if self.due_date else None,
                "reports": [{"period": period or None, "text": text} for period, text in self.reports]}


@dataclass(frozen=True)
class ReturnLine:
    """One row of a section's progress return (推进情况表), as written; `problem` marks a sheet not read."""

    sheet: str
    row: int
    number: str = ""
    title: str = ""
    text: str = ""
    status_word: str = ""
    percent: int | None = None
    problem: str = ""
