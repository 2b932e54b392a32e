"""The closed vocabularies of the ledger: status, deadline kind, progress kind, light, inspection, problem."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Workflow state of a task (DESIGN.md: 未启动 → 推进中 → 已办结 → 已销号, plus side states)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CLOSED = "closed"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_finished(self) -> bool:
        """Done as far as deadlines go: a finished task is never overdue."""
        return self in (Status.COMPLETED, Status.CLOSED)

    @property
    def is_active(self) -> bool:
        """Still expected to move and to report back each period."""
        return self in (Status.NOT_STARTED, Status.IN_PROGRESS)


STATUS_LABELS: dict[Status, str] = {
    Status.NOT_STARTED: "未启动",
    Status.IN_PROGRESS: "推进中",
    Status.COMPLETED: "已办结",
    Status.CLOSED: "已销号",
    Status.SUSPENDED: "暂缓",
    Status.CANCELLED: "已撤销",
}


class DeadlineKind(StrEnum):
    DATE = "date"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    UNPARSED = "unparsed"
    NONE = "none"


class Recurrence(StrEnum):
    """How often a recurring task must report; also its feedback cadence."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        return {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[self.value]


class ProgressKind(StrEnum):
    PROGRESS = "progress"
    FEEDBACK = "feedback"
    SUPERVISION = "supervision"
    REMINDER = "reminder"
    # The 督办 steps, each a line of the task's timeline: 签收, 延期申请 and its 审批, 退回重办.
    SIGN_OFF = "sign_off"
    EXTENSION_ASK = "extension_ask"
    EXTENSION_ANSWER = "extension_answer"
    RETURN = "return"
    INSTRUCTION = "instruction"  # a leader's 批示 on the task, or the 批示 it was assigned by

    @property
    def label(self) -> str:
        return {"progress": "进展", "feedback": "复命", "supervision": "督办", "reminder": "催办", "sign_off": "签收",
                "extension_ask": "延期申请", "extension_answer": "延期审批", "return": "退回重办",
                "instruction": "领导批示"}[self.value]

    @property
    def counts_as_feedback(self) -> bool:
        """Entries written by the section count as its report-back; the office's chasing does not."""
        return self in (ProgressKind.PROGRESS, ProgressKind.FEEDBACK)


class Light(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "none": "—"}[self.value]


class NoticeLevel(StrEnum):
    """How hard a task is chased: 提醒 (blue) before the deadline, 督办单 (yellow) when behind or silent, 红色督办单
    (red) when overdue. Blue is a reminder, never numbered; yellow and red are numbered 督办单."""

    BLUE = "blue"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self) -> str:
        return {"blue": "提醒", "yellow": "督办", "red": "红色督办"}[self.value]

    @property
    def paper(self) -> str:
        """What the paper is called, printed as its title."""
        return {"blue": "提醒函", "yellow": "督办单", "red": "红色督办单"}[self.value]

    @property
    def colour(self) -> str:
        return {"blue": "蓝", "yellow": "黄", "red": "红"}[self.value]

    @property
    def rank(self) -> int:
        return {"blue": 0, "yellow": 1, "red": 2}[self.value]


class UnitKind(StrEnum):
    """Who a responsible unit is: one of the department's own 科室, a unit outside it, or "every section"."""

    SECTION = "section"
    OUTSIDE = "outside"  # 市委党校, 市人社局, 各县（市、区）委组织部: named in breakdowns, not staffed by the office
    EVERYONE = "everyone"  # 各科室, 各有关科室: the whole department, as a co-operator

    @property
    def label(self) -> str:
        return {"section": "本部科室", "outside": "部外单位", "everyone": "泛指（各科室）"}[self.value]


class InspectionKind(StrEnum):
    """What took the office out to look: the speech's 大调研 and 大督查, and the occasions beside them."""

    RESEARCH = "research"
    SUPERVISION = "supervision"
    SPECIAL = "special"
    PATROL = "patrol"
    MEETING = "meeting"

    @property
    def label(self) -> str:
        return INSPECTION_KIND_LABELS[self]


INSPECTION_KIND_LABELS: dict[InspectionKind, str] = {
    InspectionKind.RESEARCH: "大调研",
    InspectionKind.SUPERVISION: "大督查",
    InspectionKind.SPECIAL: "专项督查",
    InspectionKind.PATROL: "巡察反馈",
    InspectionKind.MEETING: "月例会",
}


class ProblemStatus(StrEnum):
    """A problem's way to its end: 待整改 → 整改中 → 已整改 → 已销号, as the office writes its 问题清单."""

    PENDING = "pending"
    RECTIFYING = "rectifying"
    RECTIFIED = "rectified"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return PROBLEM_STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still to be put right: a deadline passed while open makes the problem overdue."""
        return self in (ProblemStatus.PENDING, ProblemStatus.RECTIFYING)


PROBLEM_STATUS_LABELS: dict[ProblemStatus, str] = {
    ProblemStatus.PENDING: "待整改",
    ProblemStatus.RECTIFYING: "整改中",
    ProblemStatus.RECTIFIED: "已整改",
    ProblemStatus.CLOSED: "已销号",
}


class ClosingTiming(StrEnum):
    """How a task reached its 销号, recorded when it is closed: in time, in time after an approved extension,
    or after its deadline."""

    ON_TIME = "on_time"
    EXTENDED = "extended"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return {"on_time": "按时完成", "extended": "延期后完成", "overdue": "逾期完成"}[self.value]


class EvidencePurpose(StrEnum):
    """What a file of 佐证材料 stands behind: a report of progress, a 销号, or a problem's 整改."""

    PROGRESS = "progress"
    CLOSING = "closing"
    RECTIFICATION = "rectification"

    @property
    def label(self) -> str:
        return {"progress": "进展佐证", "closing": "销号佐证", "rectification": "整改佐证"}[self.value]


class Pace(StrEnum):
    """序时进度: a month's report against the milestone due by its month (models/domain/milestones.py)."""

    AHEAD = "ahead"
    ON_SCHEDULE = "on_schedule"
    BEHIND = "behind"

    @property
    def label(self) -> str:
        return {"ahead": "超进度", "on_schedule": "达进度", "behind": "欠进度"}[self.value]
