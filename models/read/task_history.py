"""One task's audit trail as the editor's 修改记录 shows it: who changed what, from what to what, when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import milestones
from models.domain.deadlines import chinese_date
from models.domain.entities import AuditEntry, KeyTask, Person, Section
from models.domain.enums import Status

ACTIONS = {"create": "新建", "update": "修改", "status": "改状态", "progress": "录入", "extend": "延期",
           "note": "说明", "delete": "删除", "restore": "恢复", "undo": "撤销", "redo": "重做", "rollover": "结转",
           "merge": "合并", "sign": "签收", "extension_ask": "申请延期", "extension_answer": "审批延期",
           "return": "退回重办", "instruct": "领导批示", "attach": "附佐证材料", "rate": "销号评价",
           "renumber": "重新编号", "remind": "催办", "import": "导入"}
FIELDS = {"title": "任务内容", "measures": "具体措施", "target": "工作目标", "note": "备注", "status": "状态",
          "status_note": "状态说明", "percent": "进度", "deadline": "完成时限", "deadline_text": "完成时限",
          "due_date": "完成日期", "deadline_kind": "时限类型", "start_date": "开始日期", "recurrence": "反馈周期",
          "lead_section_id": "牵头科室", "co_sections": "配合科室", "leader_id": "分管领导", "owner_id": "责任人",
          "key_task_id": "重点任务", "completed_on": "办结日期", "closed_on": "销号日期", "closed_note": "销号说明",
          "closed_by": "销号批准人", "deleted_at": "删除时间", "sort_order": "排列次序", "source_text": "来源",
          "carried_from_id": "结转自", "progress": "进展", "feedback": "复命", "supervision": "督办",
          "reminder": "催办", "extension": "延期", "signed_by": "签收人", "signed_at": "签收时间",
          "milestones": "序时进度", "righted_on": "红灯纠正日期",
          "extension_request": "延期申请", "sign_off": "签收", "extension_ask": "延期申请",
          "extension_answer": "延期审批", "return": "退回重办", "instruction": "领导批示", "closing": "销号材料",
          "rectification": "整改材料", "rating": "评价", "code": "编号", "rollover": "结转"}
STATUS_LABELS = {status.value: status.label for status in Status}
REQUEST_STATES = {"pending": "待审批", "approved": "同意", "refused": "不同意"}


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    action: str  # in Chinese
    field: str  # in Chinese
    old: str
    new: str


class _Names:
    """Ids in the trail (sections, people, key tasks) read back as the names they have now."""

    def __init__(self, session: Session) -> None:
        self.sections: dict[int, str] = {i: name for i, name in session.execute(select(Section.id, Section.name))}
        self.people: dict[int, str] = {i: name for i, name in session.execute(select(Person.id, Person.name))}
        self.key_tasks: dict[int, str] = {i: title for i, title in session.execute(select(KeyTask.id, KeyTask.title))}

    def show(self, field: str, value: str | None) -> str:
        if value is None or value == "":
            return ""
        lookup = {"lead_section_id": self.sections, "leader_id": self.people, "owner_id": self.people,
                  "key_task_id": self.key_tasks}.get(field)
        if lookup is not None and value.isdigit():
            return lookup.get(int(value), value)
        if field == "co_sections":
            return "、".join(self.sections.get(int(part), part) for part in value.split(",") if part.isdigit())
        if field == "status":
            return STATUS_LABELS.get(value, value)
        if field == "milestones":  # with its years: the trail does not know the task's
            return milestones.as_text(milestones.decode(value), 0)
        if field == "extension_request" and value in REQUEST_STATES:
            return REQUEST_STATES[value]
        if field in ("due_date", "start_date", "completed_on", "closed_on", "righted_on"):
            try:
                return chinese_date(date.fromisoformat(value[:10]))
            except ValueError:
                return value
        return value


def task_history(session: Session, task_id: int) -> list[HistoryRow]:
    """Every audit row about the task, newest first, with ids turned into names."""
    names = _Names(session)
    query = (select(AuditEntry).where(AuditEntry.entity == "task", AuditEntry.entity_id == task_id)
             .order_by(AuditEntry.id.desc()))
    return [HistoryRow(entry.at, entry.actor, ACTIONS.get(entry.action, entry.action),
                       FIELDS.get(entry.field, entry.field), names.show(entry.field, entry.old_value),
                       names.show(entry.field, entry.new_value))
            for entry in session.scalars(query)]
