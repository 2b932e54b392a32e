"""The editor's 督办 menu: 签收, 申请延期, 审批延期申请, 退回重办, 催办 on the task shown, each an undoable change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import changes.supervision
import changes.undoing
import changes.year
from models.domain.enums import DeadlineKind, Status
from models.domain.reminders import PAPER
from models.domain.rights import Act
from models.domain.supervision import percent_after_return
from models.read.notice_targets import NoticeTargets
from models.read.queries import TaskRow
from models.read.reminders import notice_title
from models.read.task_detail import TaskDetail
from ui.i18n import tr as _tr
from ui.rights_view import grey, in_own_name

if TYPE_CHECKING:
    from ui.window_actions import WindowActions
    from ui.window_host import WindowHost


def update_supervision(registry: WindowActions, detail: TaskDetail | None, writable: bool,
                       why: dict[Act, str]) -> None:
    """Each step on only where it applies to the task shown, and greyed with the reason where the account may
    not take it (a 科室 signs for and asks on its own tasks; the 督查室 or a 分管领导 decides and returns)."""
    active = detail is not None and detail.status.is_active
    grey(registry.sign, writable and detail is not None and detail.awaiting_sign, why.get(Act.SIGN, ""))
    grey(registry.ask_extension, writable and active and detail is not None and detail.pending_request is None,
         why.get(Act.ASK_EXTENSION, ""))
    grey(registry.decide_extension, writable and active and detail is not None
         and detail.pending_request is not None, why.get(Act.DECIDE_EXTENSION, ""))
    grey(registry.return_task, writable and detail is not None and detail.status == Status.COMPLETED,
         why.get(Act.RETURN, ""))
    grey(registry.remind, writable and active, why.get(Act.NOTICES, ""))
    registry.supervise.setEnabled(detail is not None)  # its 呈报单 is read only: open on a read-only ledger too


class SupervisionCommands:
    """What the 督办 actions do, on the task the editor shows (saved first, as every task action does)."""

    def __init__(self, window: WindowHost, current: Callable[[], TaskDetail | None]) -> None:
        """`current`: the task shown, once the editor's own edits are saved (TaskCommands.current)."""
        self.window, self.current = window, current
        self.context = window.context

    def _row(self, task_id: int) -> TaskRow | None:
        """The task's row as the list has it (its 编号, lead section and dated deadline), listed or not."""
        return next((row for row in self.context.rows if row.id == task_id), None)

    def sign(self) -> None:
        detail = self.current()
        if detail is None:
            return
        from ui.dialogs.supervision_dialogs import SignDialog

        section = next((s.name for s in self.context.sections if s.id == detail.lead_section_id), "")
        # A section signs for what was assigned to it together: its other tasks awaiting 签收 are offered too.
        others = [row.id for row in self.context.rows if row.awaiting_sign and row.id != detail.id
                  and detail.lead_section_id is not None and row.lead_section_id == detail.lead_section_id]
        dialog = SignDialog(detail.title, section, self.window.window(), others=len(others),
                            today=self.context.as_of)
        if self.window.dialogs.run(dialog):
            by, on, together = dialog.by_edit.text(), dialog.day(), others if dialog.together() else []
            self.context.controller.supervise(_tr("签收"), detail.id, lambda: changes.supervision.sign(
                self.context.ledger, detail.id, by=by, on=on, seen=detail.status, with_others=together))

    def ask_extension(self) -> None:
        detail = self.current()
        if detail is None:
            return
        from ui.dialogs.supervision_dialogs import AskExtensionDialog

        row = self._row(detail.id)
        due = row.due_date if row is not None and row.deadline_kind == DeadlineKind.DATE else None
        dialog = AskExtensionDialog(detail.deadline_display, detail.year, due, self.window.window(),
                                    today=self.context.as_of, section=row.lead_section if row else "",
                                    task=f"{row.code} {detail.title}" if row else detail.title)
        if self.window.dialogs.run(dialog):
            asked, reason, on, by = dialog.deadline(), dialog.reason(), dialog.day(), dialog.by_edit.text()
            self.context.controller.supervise(_tr("申请延期"), detail.id, lambda: changes.supervision.ask_extension(
                self.context.ledger, detail.id, asked, reason, on=on, seen=detail.status, by=by))

    def decide_extension(self) -> None:
        detail = self.current()
        request = detail.pending_request if detail is not None else None
        if detail is None or request is None:
            return
        from ui.dialogs.supervision_dialogs import DecideExtensionDialog

        row = self._row(detail.id)
        dialog = DecideExtensionDialog(detail.deadline_display, request, self.window.window(),
                                       task=f"{row.code} {detail.title}" if row else detail.title,
                                       section=row.lead_section if row else "")
        in_own_name(dialog.by_edit, self.context.ledger)
        if self.window.dialogs.run(dialog):
            approve, by, answer = dialog.approved(), dialog.by_edit.text(), dialog.answer()
            text = _tr("同意延期") if approve else _tr("不同意延期")
            self.context.controller.supervise(text, detail.id, lambda: changes.supervision.decide_extension(
                self.context.ledger, detail.id, approve, by=by, answer=answer, on=self.context.as_of,
                request_id=request.id))

    def return_task(self) -> None:
        detail = self.current()
        if detail is None:
            return
        from ui.dialogs.supervision_dialogs import ReturnDialog

        row = self._row(detail.id)
        today = self.context.as_of
        passed = (row is not None and row.deadline_kind == DeadlineKind.DATE and row.due_date is not None
                  and row.due_date < today)
        reports = [entry.percent for entry in detail.timeline if entry.kind.counts_as_feedback]
        percent = percent_after_return(detail.percent, reports)
        dialog = ReturnDialog(detail.title, self.window.window(), year=detail.year, today=today,
                              deadline=detail.deadline_display, passed=passed, percent=percent,
                              reported=detail.percent < 100 or any(p is not None and p < 100 for p in reports))
        in_own_name(dialog.by_edit, self.context.ledger)
        if self.window.dialogs.run(dialog):
            reason, by, deadline = dialog.reason(), dialog.by_edit.text(), dialog.redo_deadline()
            self.context.controller.supervise(_tr("退回重办"), detail.id, lambda: changes.supervision.return_task(
                self.context.ledger, detail.id, reason, by=by, on=today, seen=detail.status, deadline=deadline))

    def remind(self) -> None:
        """催办: the level the office's trigger gives the task chosen first; recorded as `task remind` records it."""
        detail = self.current()
        row = self.window.list_pane.model.task_row(detail.id) if detail is not None else None
        if detail is None or row is None:
            return
        from ui.dialogs.supervision_dialogs import RemindDialog

        target = NoticeTargets(self.context.rows, self.context.as_of,
                               self.context.ledger.settings().notice_trigger).target(row)
        dialog = RemindDialog(detail.title, target.level, target.reason, self.window.window(),
                              today=self.context.as_of, subtask=row.parent_id is not None)
        if not self.window.dialogs.run(dialog):
            return
        level, how, day = dialog.level(), dialog.how(), dialog.day()
        late = target.overdue if row.parent_id is None else row.overdue
        done: list[changes.year.Reminded] = []

        def run() -> changes.undoing.Change:
            done.append(changes.year.remind(self.context.ledger, detail.id, level, day, how=how, late=late))
            return done[-1].change

        def named() -> str:  # 撤销 says the number it gives back: the next notice will be given it
            if not done or not done[-1].new_notice or done[-1].notice_id is None:
                return _tr("催办")
            with self.context.ledger.reading() as session:
                return _tr("催办（发出{title}）").format(title=notice_title(session, done[-1].notice_id))
        if self.context.controller.supervise(_tr("催办"), detail.id, run, named_after=named) and done:
            self.window.tell(self._said(done[-1], how or PAPER))

    def _said(self, done: changes.year.Reminded, how: str) -> str:
        """What the 催办 did, as `task remind` says it."""
        if done.notice_id is None:
            return (_tr("已记录提醒（{how}）") if done.recorded
                    else _tr("当天已记录过这条提醒（{how}），未重复记录")).format(how=how)
        with self.context.ledger.reading() as session:
            title = notice_title(session, done.notice_id)
        if done.new_notice:
            return _tr("已发出{title}（{how}）。打印：文件 → 打印进展表…，报表选“督办单”").format(title=title, how=how)
        if done.recorded:
            return _tr("{title}尚未办结，已记为{how}催办").format(title=title, how=how)
        return _tr("{title}当天已记录过（{how}），未重复记录").format(title=title, how=how)
