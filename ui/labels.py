"""Every word the window shows for a status, a light, a report's kind and a view, translatable from here.

models/ keeps the Chinese words (printed sheets and exports use them); the window shows these, so an
English interface says "In progress" where the sheet still prints 推进中. A test checks both lists agree."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.domain.enums import (
    ClosingTiming,
    EvidencePurpose,
    InspectionKind,
    Light,
    Pace,
    ProblemStatus,
    ProgressKind,
    Status,
)
from models.read.counting import Tally
from models.read.problems import NO_SOURCE
from models.read.stats import UNASSIGNED_SECTION
from models.read.task_views import NO_KEY_TASK, NO_LEADER, TaskView

CONTEXT = "Labels"
STATUS = {
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "未启动"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "推进中"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("Labels", "已办结"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Labels", "已销号"),
    Status.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "暂缓"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Labels", "已撤销"),
}
LIGHT = {
    Light.RED: QT_TRANSLATE_NOOP("Labels", "红灯"),
    Light.YELLOW: QT_TRANSLATE_NOOP("Labels", "黄灯"),
    Light.GREEN: QT_TRANSLATE_NOOP("Labels", "绿灯"),
    Light.NONE: QT_TRANSLATE_NOOP("Labels", "—"),
}
PROGRESS_KIND = {
    ProgressKind.PROGRESS: QT_TRANSLATE_NOOP("Labels", "进展"),
    ProgressKind.FEEDBACK: QT_TRANSLATE_NOOP("Labels", "复命"),
    ProgressKind.SUPERVISION: QT_TRANSLATE_NOOP("Labels", "督办"),
    ProgressKind.REMINDER: QT_TRANSLATE_NOOP("Labels", "催办"),
    ProgressKind.SIGN_OFF: QT_TRANSLATE_NOOP("Labels", "签收"),
    ProgressKind.EXTENSION_ASK: QT_TRANSLATE_NOOP("Labels", "延期申请"),
    ProgressKind.EXTENSION_ANSWER: QT_TRANSLATE_NOOP("Labels", "延期审批"),
    ProgressKind.RETURN: QT_TRANSLATE_NOOP("Labels", "退回重办"),
    ProgressKind.INSTRUCTION: QT_TRANSLATE_NOOP("Labels", "领导批示"),
}
PROBLEM_STATUS = {
    ProblemStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "待整改"),
    ProblemStatus.RECTIFYING: QT_TRANSLATE_NOOP("Labels", "整改中"),
    ProblemStatus.RECTIFIED: QT_TRANSLATE_NOOP("Labels", "已整改"),
    ProblemStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "已销号"),
}
INSPECTION_KIND = {
    InspectionKind.RESEARCH: QT_TRANSLATE_NOOP("Labels", "大调研"),
    InspectionKind.SUPERVISION: QT_TRANSLATE_NOOP("Labels", "大督查"),
    InspectionKind.SPECIAL: QT_TRANSLATE_NOOP("Labels", "专项督查"),
    InspectionKind.PATROL: QT_TRANSLATE_NOOP("Labels", "巡察反馈"),
    InspectionKind.MEETING: QT_TRANSLATE_NOOP("Labels", "月例会"),
}
CLOSING_TIMING = {
    ClosingTiming.ON_TIME: QT_TRANSLATE_NOOP("Labels", "按时完成"),
    ClosingTiming.EXTENDED: QT_TRANSLATE_NOOP("Labels", "延期后完成"),
    ClosingTiming.OVERDUE: QT_TRANSLATE_NOOP("Labels", "逾期完成"),
}
EVIDENCE_PURPOSE = {
    EvidencePurpose.PROGRESS: QT_TRANSLATE_NOOP("Labels", "进展佐证"),
    EvidencePurpose.CLOSING: QT_TRANSLATE_NOOP("Labels", "销号佐证"),
    EvidencePurpose.RECTIFICATION: QT_TRANSLATE_NOOP("Labels", "整改佐证"),
}
PACE = {
    Pace.AHEAD: QT_TRANSLATE_NOOP("Labels", "超进度"),
    Pace.ON_SCHEDULE: QT_TRANSLATE_NOOP("Labels", "达进度"),
    Pace.BEHIND: QT_TRANSLATE_NOOP("Labels", "欠进度"),
}
VIEW = {
    TaskView.BY_SECTION: QT_TRANSLATE_NOOP("Labels", "按科室"),
    TaskView.BY_KEY_TASK: QT_TRANSLATE_NOOP("Labels", "按重点任务"),
    TaskView.BY_LEADER: QT_TRANSLATE_NOOP("Labels", "按分管领导"),
    TaskView.NO_FEEDBACK: QT_TRANSLATE_NOOP("Labels", "本期未反馈"),
    TaskView.DUE_OR_LATE: QT_TRANSLATE_NOOP("Labels", "临期/逾期"),
    TaskView.AWAITING_SIGN: QT_TRANSLATE_NOOP("Labels", "待签收"),
    TaskView.RED_NOTICE: QT_TRANSLATE_NOOP("Labels", "红色督办"),
    TaskView.CLOSED: QT_TRANSLATE_NOOP("Labels", "已销号"),
    TaskView.ALL: QT_TRANSLATE_NOOP("Labels", "全部"),
}

# The names models/ gives a group of tasks that lack a section, key task or leader: words, not data.
NO_GROUP = {
    UNASSIGNED_SECTION: QT_TRANSLATE_NOOP("Labels", "未指定科室"),
    NO_KEY_TASK: QT_TRANSLATE_NOOP("Labels", "未归入重点任务"),
    NO_LEADER: QT_TRANSLATE_NOOP("Labels", "未指定分管领导"),
    NO_SOURCE: QT_TRANSLATE_NOOP("Labels", "未注明来源"),
}


def group_name(name: str) -> str:
    """A group's name as shown: a section, key task or leader as written, or "no section" in words."""
    word = NO_GROUP.get(name)
    return name if word is None else QCoreApplication.translate(CONTEXT, str(word))


Labelled = (Status | Light | ProgressKind | TaskView | ProblemStatus | InspectionKind | ClosingTiming
            | EvidencePurpose | Pace)
WORDS: dict[type, dict[Any, object]] = {
    Status: STATUS, Light: LIGHT, ProgressKind: PROGRESS_KIND, TaskView: VIEW, ProblemStatus: PROBLEM_STATUS,
    InspectionKind: INSPECTION_KIND, ClosingTiming: CLOSING_TIMING, EvidencePurpose: EVIDENCE_PURPOSE,
    Pace: PACE,
}


def label(value: Labelled) -> str:
    """The word for `value` in the interface's language."""
    text = WORDS[type(value)][value]
    return QCoreApplication.translate(CONTEXT, str(text))  # QT_TRANSLATE_NOOP's stub says object


def count_words(tally: Tally, *, in_brackets: bool = False) -> str:
    """Tally.words in the interface's language: "11项（另有子任务2项）", "11 (and 2 subtasks)"."""
    if not tally.subtasks:
        return QCoreApplication.translate("Labels", "{n}项").format(n=tally.tasks)
    text = (QCoreApplication.translate("Labels", "{n}项，另有子任务{m}项") if in_brackets
            else QCoreApplication.translate("Labels", "{n}项（另有子任务{m}项）"))
    return text.format(n=tally.tasks, m=tally.subtasks)


def date_format() -> str:
    """A date edit's display format: 2026年3月25日 in Chinese, 2026-03-25 in English, as shown_date."""
    return QCoreApplication.translate("Labels", "yyyy年M月d日")


def month_format() -> str:
    return QCoreApplication.translate("Labels", "yyyy年M月")


def shown_date(day: date) -> str:
    """A date as the window shows it: 2026年3月25日 in Chinese (as printed), 2026-03-25 in English."""
    return QCoreApplication.translate("Labels", "{year}年{month}月{day}日").format(
        year=day.year, month=day.month, day=day.day)
