"""Saving over another PC's change, one rule for tasks, problems and 督查 records: the fields a user edited are
checked against what they saw when they began.

Only a field the user changed can clash, and only when someone else has since changed that same field to
something else: a progress entry, a change to another field, or the same change made twice is no clash. A
form saved whole (a problem, a record) keeps the other PC's value of every field this user left alone."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy.orm import Session

from models.domain.audit import by_words, last_change, when_words
from models.domain.deadlines import Deadline
from models.domain.entities import Inspection, Problem, Task
from models.domain.text import cut_title, normalise_text
from models.errors import RuleError, said
from models.read.problems import inspection_fields, problem_fields
from models.read.task_detail import task_detail

# Each thing's fields, as its form and its reader name them, in the words the window uses.
FIELD_WORDS: dict[str, dict[str, str]] = {
    "task": {
        "title": said("任务内容"), "measures": said("具体措施"), "target": said("工作目标"), "note": said("备注"),
        "percent": said("进度"), "key_task_id": said("重点任务"), "lead_section_id": said("牵头科室"),
        "co_section_ids": said("配合科室"), "leader": said("分管领导"), "owner": said("责任人"),
        "deadline_display": said("完成时限"), "milestones": said("序时进度"),
    },
    "problem": {
        "description": said("问题描述"), "measures": said("整改措施"), "inspection_id": said("问题来源"),
        "task_id": said("涉及任务"), "section_id": said("整改科室"), "owner": said("整改责任人"),
        "deadline": said("整改时限"),
    },
    "inspection": {
        "held_on": said("督查日期"), "kind": said("督查类型"), "title": said("督查记录标题"), "team": said("督查人员"),
        "findings": said("发现的情况"), "unit_ids": said("督查的单位"), "task_ids": said("督查的任务"),
        "praised_ids": said("通报表扬"), "criticised_ids": said("通报批评"),
    },
}


def _task_fields(session: Session, task_id: int) -> dict[str, object]:
    detail = task_detail(session, task_id)
    return {name.name: getattr(detail, name.name) for name in fields(detail)}


# What each thing holds now (its row locked first), and the table it lives in.
CURRENT: dict[str, tuple[type[object], Callable[[Session, int], dict[str, object]]]] = {
    "task": (Task, _task_fields), "problem": (Problem, problem_fields), "inspection": (Inspection, inspection_fields),
}


@dataclass(frozen=True)
class Clash:
    field: str  # a name of FIELD_WORDS
    seen: object  # when the user began
    theirs: object  # in the ledger now
    mine: object  # what the user typed


class ChangedElsewhere(RuleError):
    """The thing was changed by someone else since the user began editing; nothing of this save was written."""

    def __init__(self, title: str, clashes: list[Clash], who: str, pc: str, when: datetime | None,
                 entity: str = "task") -> None:
        words = FIELD_WORDS[entity]
        named = "、".join(words.get(clash.field, clash.field) for clash in clashes)
        by = by_words(who, pc)
        super().__init__("「{title}」在你开始修改之后，已由 {by} 于 {when} 改过：{fields}。为免覆盖，这次没有保存。",
                         title=cut_title(title), by=by or said("别人"),
                         when=when_words(when), fields=named)
        self.clashes, self.who, self.pc, self.when, self.entity = clashes, who, pc, when, entity


def comparable(value: object) -> object:
    if isinstance(value, str):
        return normalise_text(value).strip()
    if isinstance(value, list | tuple):
        return tuple(sorted(value))
    if isinstance(value, Deadline):
        return value.kind, value.due, normalise_text(value.text).strip()
    return value


def edited(seen: Mapping[str, object], mine: Mapping[str, object]) -> dict[str, object]:
    """The fields of a form saved whole that the user changed from what it showed."""
    return {name: value for name, value in mine.items()
            if name not in seen or comparable(value) != comparable(seen[name])}


def clashes_with(now: Mapping[str, object], seen: Mapping[str, object], mine: Mapping[str, object]) -> list[Clash]:
    return [Clash(name, seen[name], now[name], value) for name, value in mine.items()
            if name in seen and name in now and comparable(now[name]) != comparable(seen[name])
            and comparable(now[name]) != comparable(value)]


def check_unchanged(session: Session, entity: str, entity_id: int, seen: Mapping[str, object],
                    mine: Mapping[str, object]) -> dict[str, object]:
    """Raise ChangedElsewhere when a field the user changed (`mine`) no longer holds what they saw (`seen`);
    otherwise the thing's fields as they are now.

    The row is locked first (on a server; a file has one writer anyway) and held to the end of the save:
    another PC's save of the same thing waits, then finds this one's values, and no save slips between this
    check and the write."""
    table, _read = CURRENT[entity]
    session.get(table, entity_id, with_for_update=True, populate_existing=True)
    now, refusal = _compared(session, entity, entity_id, seen, mine)
    if refusal is not None:
        raise refusal
    return now


def changed_since(session: Session, entity: str, entity_id: int, seen: Mapping[str, object],
                  mine: Mapping[str, object]) -> ChangedElsewhere | None:
    """What check_unchanged would refuse, asked by a form before it closes (a read: nothing is locked)."""
    return _compared(session, entity, entity_id, seen, mine)[1]


def _compared(session: Session, entity: str, entity_id: int, seen: Mapping[str, object],
              mine: Mapping[str, object]) -> tuple[dict[str, object], ChangedElsewhere | None]:
    """The thing's fields now, and the refusal when a field the user changed was changed by someone else."""
    now = CURRENT[entity][1](session, entity_id)
    clashes = clashes_with(now, seen, mine)
    if not clashes:
        return now, None
    title = str(now.get("title") or now.get("description") or "")
    return now, ChangedElsewhere(title, clashes, *last_change(session, entity, entity_id), entity)


def check_status_seen(session: Session, entity: str, entity_id: int, seen: object | None) -> None:
    """Before a step of the workflow (办结, 销号, 重新打开, 延期; a problem's 整改 and 销号): the row is locked, so
    two PCs' steps on one thing take turns, and the step is refused, naming who and when, when the status is no
    longer the one the user saw (another PC has 销号'd it, or reopened it, meanwhile). `seen` None: no check."""
    thing: Task | Problem | None = (
        session.get(Task, entity_id, with_for_update=True, populate_existing=True) if entity == "task"
        else session.get(Problem, entity_id, with_for_update=True, populate_existing=True))
    if thing is None or seen is None or thing.status == seen:
        return
    who, pc, when = last_change(session, entity, entity_id)
    by = by_words(who, pc)
    title = thing.title if isinstance(thing, Task) else thing.description
    raise RuleError("「{title}」已由 {by} 于 {when} 改为「{now}」（你看到的是「{seen}」），这次没有改。"
                    "请看过现在的情况再操作。",
                    title=cut_title(title), by=by or said("别人"), now=thing.status.label,
                    seen=getattr(seen, "label", str(seen)),
                    when=when_words(when))
